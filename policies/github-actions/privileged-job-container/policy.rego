# METADATA
# title: Job or service container runs privileged or with host access
# description: >-
#   `container.options` and `services.*.options` are passed to `docker create`. `--privileged`,
#   capabilities such as SYS_ADMIN or SYS_PTRACE, the host's PID/network/IPC namespaces or the
#   Docker socket mounted inside give the container's code root on the runner host. On
#   self-hosted runners that host outlives the job: the next workflow — and its secrets — runs on
#   a machine the previous one controlled (OWASP CI/CD Top 10 CICD-SEC-7; CIS Docker Benchmark 5.4
#   and 5.31).
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontaineroptions
# custom:
#   id: github-actions/privileged-job-container
#   severity: medium
#   kinds: [github-workflow]
#   remediation: |
#     Drop the option; run what needs the host (Docker builds) with a rootless builder or a
#     dedicated ephemeral runner.
#
#     Before:
#     ```yaml
#     container:
#       image: docker:27
#       options: --privileged
#     ```
#     After:
#     ```yaml
#     container:
#       image: docker:27
#     ```
#   tags: [security, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-7]
package palisade.github_actions.privileged_job_container

import data.palisade.lib.github

# Capabilities that let a container escape to the host (module loading, mounts, tracing host
# processes, raw devices, reading any file); IPC_LOCK, NET_BIND_SERVICE and the like do not.
_host_access := `(--privileged|--cap-add[ =](CAP_)?(ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|DAC_READ_SEARCH|DAC_OVERRIDE|NET_ADMIN|BPF)|--(pid|network|net|ipc|userns|uts)[ =]host|--security-opt[ =]\S*unconfined|(-v|--volume)[ =]/var/run/docker\.sock\S*)(\s|$)`

_options contains [array.concat(j.path, ["container", "options"]), j.job.container.options] if {
	some j in github.jobs
	is_string(j.job.container.options)
}

_options contains [array.concat(j.path, ["services", name, "options"]), service.options] if {
	some j in github.jobs
	some name, service in j.job.services
	is_string(service.options)
}

violation contains v if {
	some [path, options] in _options
	some found in regex.find_n(_host_access, options, -1)
	v := {
		"msg": sprintf("container options `%s` give the container root on the runner host; remove them", [trim_space(found)]),
		"path": path,
	}
}
