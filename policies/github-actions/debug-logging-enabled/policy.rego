# METADATA
# title: Runner debug logging switched on in the workflow
# description: >-
#   ACTIONS_RUNNER_DEBUG and ACTIONS_STEP_DEBUG make the runner log every command, expression and
#   environment variable it handles. Set in the workflow file they are on for every run, including
#   ones outsiders trigger, and the extra output exposes internal values (and anything a tool fails
#   to mask) in logs anyone with read access can open. Debug logging is meant to be switched on for
#   one re-run, from the UI or a repository variable, not committed.
# related_resources:
#   - ref: https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/troubleshooting-workflows/enabling-debug-logging
# custom:
#   id: github-actions/debug-logging-enabled
#   severity: low
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Remove the variables from the workflow; enable debug logging for a single run with
#     "Re-run jobs → Enable debug logging" or the ACTIONS_STEP_DEBUG repository variable.
#
#     Before:
#     ```yaml
#     env:
#       ACTIONS_STEP_DEBUG: true
#     ```
#     After:
#     ```yaml
#     env: {}
#     ```
#   tags: [security, github-actions, logging]
#   frameworks:
#     owasp-cicd: [CICD-SEC-10]
#   equivalents:
#     poutine: [debug_enabled]
package palisade.github_actions.debug_logging_enabled

import data.palisade.lib.github

_debug := {"ACTIONS_RUNNER_DEBUG", "ACTIONS_STEP_DEBUG"}

# Where an env: block sits, and the thing it applies to (the finding points at that owner).
_envs contains {"owner": "the workflow", "env": input.env, "path": []} if is_object(input.env)

_envs contains {"owner": sprintf("job \"%s\"", [j.id]), "env": j.job.env, "path": j.path} if {
	some j in github.jobs
	is_object(j.job.env)
}

_envs contains {"owner": s.label, "env": s.step.env, "path": s.path} if {
	some s in github.steps
	is_object(s.step.env)
}

violation contains v if {
	some e in _envs
	some name, value in e.env
	name in _debug
	lower(sprintf("%v", [value])) == "true"
	v := {
		"msg": sprintf("%s sets %s: true, so every run logs debug output; enable debug logging for one re-run instead", [e.owner, name]),
		"path": e.path,
	}
}
