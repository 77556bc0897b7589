# METADATA
# title: ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path
# description: >-
#   The `::set-env` and `::add-path` workflow commands were disabled in 2020 because any text a
#   step prints — a log line, a test name, an issue title — could set environment variables such
#   as NODE_OPTIONS or LD_PRELOAD for every later step, and so run code. Setting
#   ACTIONS_ALLOW_UNSECURE_COMMANDS brings that hole back.
# related_resources:
#   - ref: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/
# custom:
#   id: github-actions/unsecure-commands
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Remove the variable and write to `$GITHUB_ENV` / `$GITHUB_PATH` files instead.
#
#     Before:
#     ```yaml
#     env:
#       ACTIONS_ALLOW_UNSECURE_COMMANDS: true
#     ```
#     After:
#     ```yaml
#     - run: echo "$HOME/.local/bin" >> "$GITHUB_PATH"
#     ```
#   tags: [security, injection, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [insecure-commands]
package palisade.github_actions.unsecure_commands

import data.palisade.lib.github

_var := "ACTIONS_ALLOW_UNSECURE_COMMANDS"

_env_blocks contains {"owner": "the workflow", "env": input.env, "path": ["env"]} if is_object(input.env)

_env_blocks contains {"owner": sprintf("job \"%s\"", [j.id]), "env": j.job.env, "path": array.concat(j.path, ["env"])} if {
	some j in github.jobs
	is_object(j.job.env)
}

_env_blocks contains {"owner": s.label, "env": s.step.env, "path": array.concat(s.path, ["env"])} if {
	some s in github.steps
	is_object(s.step.env)
}

violation contains v if {
	some b in _env_blocks
	value := b.env[_var]
	not value in {false, "false", ""}
	v := {
		"msg": sprintf("%s sets %s, re-enabling the ::set-env and ::add-path commands that let printed text inject environment variables; remove it", [b.owner, _var]),
		"path": array.concat(b.path, [_var]),
	}
}
