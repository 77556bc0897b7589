# METADATA
# title: Privileged workflow writes to GITHUB_ENV or GITHUB_PATH
# description: >-
#   Lines written to `$GITHUB_ENV` become environment variables of every later step, and
#   `$GITHUB_PATH` entries come first in their PATH. In a workflow started by outsiders
#   (pull_request_target, workflow_run, issue comments …) whatever ends up in those files — an
#   artifact's content, a branch name, a PR title — can set LD_PRELOAD, NODE_OPTIONS or BASH_ENV,
#   or shadow `git`, and so run code with the workflow's secrets.
# related_resources:
#   - ref: https://securitylab.github.com/advisories/GHSL-2024-177_Litestar/
# custom:
#   id: github-actions/untrusted-env-write
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     Keep untrusted values in step outputs or files read as data; never in GITHUB_ENV/PATH.
#
#     Before:
#     ```yaml
#     - run: echo "PR_TITLE=$(cat pr/title.txt)" >> "$GITHUB_ENV"
#     ```
#     After:
#     ```yaml
#     - id: pr
#       run: echo "title=$(jq -Rs . < pr/title.txt)" >> "$GITHUB_OUTPUT"
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [github-env]
#     codeql: [actions/envvar-injection/critical, actions/envvar-injection/medium, actions/envpath-injection/critical, actions/envpath-injection/medium]
package palisade.github_actions.untrusted_env_write

import data.palisade.lib.github

violation contains v if {
	github.has_trigger(github.privileged_untrusted)
	some s in github.steps
	is_string(s.step.run)
	files := {sprintf("$%s", [f]) | some f in regex.find_n(`GITHUB_(ENV|PATH)`, s.step.run, -1)}
	count(files) > 0
	triggers := concat(", ", sort([t | some t in github.triggers; t in github.privileged_untrusted]))
	v := {
		"msg": sprintf("%s writes to %s in a workflow triggered by %s; untrusted data there can inject environment variables or PATH entries into later steps", [s.label, concat(" and ", sort(files)), triggers]),
		"path": array.concat(s.path, ["run"]),
	}
}
