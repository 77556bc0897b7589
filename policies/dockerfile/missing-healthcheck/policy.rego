# METADATA
# title: Image defines no HEALTHCHECK
# description: >-
#   Without a HEALTHCHECK, Docker, Compose and Swarm consider a container healthy as long as its
#   process runs, so a hung or deadlocked service keeps receiving traffic and is never
#   restarted. (On Kubernetes, probes in the manifest play this role; see k8s/liveness-probe-missing.)
# related_resources:
#   - ref: https://docs.docker.com/reference/dockerfile/#healthcheck
# custom:
#   id: dockerfile/missing-healthcheck
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Add a HEALTHCHECK to the final stage that exercises the service.
#
#     Before:
#     ```dockerfile
#     CMD ["./server"]
#     ```
#     After:
#     ```dockerfile
#     HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
#       CMD ["/app/healthcheck"]
#     CMD ["./server"]
#     ```
#   tags: [reliability]
#   equivalents:
#     checkov: [CKV_DOCKER_2]
#     trivy: [DS026]
#     kics: [healthcheck_instruction_missing]
package palisade.dockerfile.missing_healthcheck

import data.palisade.lib.dockerfile

healthchecks contains e if {
	some e in dockerfile.final_instructions
	e.ins.cmd == "healthcheck"
}

violation contains v if {
	count(input.stages) > 0
	count(healthchecks) == 0
	v := {
		"msg": sprintf("the final stage (FROM %s) has no HEALTHCHECK, so a hung container still counts as healthy", [input.stages[dockerfile.final_stage].from.raw]),
		"path": ["instructions", dockerfile.from_index(dockerfile.final_stage)],
	}
}

# The last HEALTHCHECK wins; `HEALTHCHECK NONE` switches off the base image's check.
violation contains v if {
	last := max({e.i | some e in healthchecks})
	upper(trim_space(dockerfile.text(input.instructions[last]))) == "NONE"
	v := {
		"msg": "HEALTHCHECK NONE disables the health check; define one that exercises the service",
		"path": ["instructions", last],
	}
}
