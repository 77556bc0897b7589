# METADATA
# title: Artifact from another run extracted into the workspace and then executed (artifact poisoning)
# description: >-
#   A workflow_run (or pull_request_target) workflow runs with the base repository's secrets and a
#   writable token, but the artifacts it downloads from the triggering run were produced by a pull
#   request's code. Extracted into the workspace, an artifact can overwrite scripts, build files or
#   local actions that a later step runs, so the pull request's author runs code in the privileged
#   job (OWASP CI/CD Top 10 CICD-SEC-4, poisoned pipeline execution; GitHub Security Lab
#   "Keeping your GitHub Actions and workflows secure, part 1").
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: github-actions/artifact-poisoning
#   severity: critical
#   confidence: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Download artifacts of other runs outside the workspace and treat them as data: validate
#     each value before use, and never run anything from them.
#
#     Before:
#     ```yaml
#     - uses: actions/download-artifact@v4
#       with:
#         run-id: ${{ github.event.workflow_run.id }}
#         github-token: ${{ github.token }}
#     - run: ./scripts/comment.sh
#     ```
#     After:
#     ```yaml
#     - uses: actions/download-artifact@v4
#       with:
#         run-id: ${{ github.event.workflow_run.id }}
#         github-token: ${{ github.token }}
#         path: ${{ runner.temp }}/artifacts
#     - run: ./scripts/comment.sh "${{ runner.temp }}/artifacts/pr-number.txt"
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     codeql: [actions/artifact-poisoning/critical, actions/artifact-poisoning/medium]
#     zizmor: [artifact-poisoning]
package palisade.github_actions.artifact_poisoning

import data.palisade.lib.github

# Downloads of another run's artifacts: every download on workflow_run, and on the other privileged
# triggers the forms that fetch from other runs.
_foreign(t) if {
	github.has_trigger({"workflow_run"})
	github.downloads_artifact(t.step)
}

_foreign(t) if {
	github.has_trigger(github.privileged_untrusted)
	_cross_run(t.step)
}

_cross_run(step) if github.uses_action(step, "dawidd6/action-download-artifact")

_cross_run(step) if {
	github.uses_action(step, "actions/download-artifact")
	is_string(step["with"]["run-id"])
}

_cross_run(step) if {
	github.downloads_artifact(step)
	not is_string(step.uses)
}

_cross_run(step) if {
	github.uses_action(step, "actions/github-script")
	github.downloads_artifact(step)
}

# Places outside the checked-out tree: the runner's temp directory, /tmp, the home directory.
_outside := `runner\.temp|RUNNER_TEMP|^\s*/tmp/|^\s*~/|\s(-D|--dir)[\s=]+["']?(\$\{\{\s*runner\.temp|\$\{?RUNNER_TEMP|/tmp/)`

_extracted_outside(step) if regex.match(_outside, step["with"].path)

_extracted_outside(step) if regex.match(_outside, step.run)

_extracted_outside(step) if {
	github.uses_action(step, "actions/github-script")
	regex.match(`writeFileSync\([^)]*(runner\.temp|RUNNER_TEMP|/tmp/)`, step["with"].script)
}

violation contains v if {
	some t in github.steps
	_foreign(t)
	not _extracted_outside(t.step)
	some u in github.steps
	u.job == t.job
	u.index > t.index
	github.runs_workspace_code(u.step)
	v := {
		"msg": sprintf("%s extracts another run's artifact into the workspace and step %d then runs code from it; a pull request's build can overwrite that code — download to ${{ runner.temp }} and treat the files as data", [t.label, u.index + 1]),
		"path": t.path,
	}
}
