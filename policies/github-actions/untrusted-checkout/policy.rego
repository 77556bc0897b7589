# METADATA
# title: Privileged workflow checks out untrusted pull request code
# description: >-
#   `pull_request_target`, `workflow_run` and `issue_comment` run with the base repository's secrets and a
#   writable token. Checking out the pull request's head there, then building or testing it,
#   runs the contributor's code — build scripts, test files, package hooks — with those secrets
#   ("pwn request").
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: github-actions/untrusted-checkout
#   severity: critical
#   kinds: [github-workflow]
#   remediation: |
#     Build untrusted code in a `pull_request` workflow (no secrets); pass results to a
#     privileged `workflow_run` workflow as artifacts that are treated as data, never executed.
#
#     Before:
#     ```yaml
#     on: pull_request_target
#     steps:
#       - uses: actions/checkout@v4
#         with:
#           ref: ${{ github.event.pull_request.head.sha }}
#       - run: npm ci && npm test
#     ```
#     After:
#     ```yaml
#     on: pull_request
#     steps:
#       - uses: actions/checkout@v4
#       - run: npm ci && npm test
#     ```
#   tags: [security, github-actions, pwn-request]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [dangerous-triggers]
#     checkov: [CKV_GHA_3]
#     codeql: [actions/untrusted-checkout/critical, actions/untrusted-checkout/high, actions/untrusted-checkout/medium]
#     poutine: [untrusted_checkout_exec]
package palisade.github_actions.untrusted_checkout

import data.palisade.lib.github

_privileged := {"pull_request_target", "workflow_run", "issue_comment"}

_untrusted_ref(s, ref) := github.untrusted_ref(s, ref)

# A job that waits for a maintainer (a protected environment) or only runs for trusted actors or
# labelled pull requests: reported only in the strict profile (a label or actor check can still be
# raced, so it is not silent; github-actions/checkout-toctou reports the race itself).
_gated(s) if github.gated(s)

_extra(s) := {"profile": "strict", "confidence": "low"} if _gated(s)

_extra(s) := {} if not _gated(s)

# A reusable workflow or composite action runs with its callers' events (github.effective_triggers).
_trigger := concat("", [concat(", ", sort([t | some t in github.effective_triggers; t in _privileged])), _called_from])

# Named when the event is a caller's, not this file's own.
_called_from := sprintf(" (called from %s)", [concat(", ", github.called_from(_privileged))]) if not github.has_trigger(_privileged)

_called_from := "" if github.has_trigger(_privileged)

_privileged_run if {
	some t in github.effective_triggers
	t in _privileged
}

# Checkouts of the pull request's code: actions/checkout of a head ref, and the command-line ways.
_checkouts contains [s, array.concat(s.path, ["with", "ref"]), ref] if {
	_privileged_run
	some s in github.steps
	github.uses_action(s.step, "actions/checkout")
	ref := s.step["with"].ref
	is_string(ref)
	_untrusted_ref(s, ref)
	not github.same_repository_guard(s)
}

_checkouts contains [s, array.concat(s.path, ["run"]), "a git or gh command"] if {
	_privileged_run
	some s in github.steps
	not github.uses_action(s.step, "actions/checkout")
	github.checks_out_head(s.step)
	not github.same_repository_guard(s)
}

violation contains v if {
	some [s, path, ref] in _checkouts
	v := object.union(
		{
			"msg": sprintf("%s checks out untrusted pull request code (ref: %s) in a %s workflow that has secrets and a write token; build it in a pull_request workflow instead", [s.label, ref, _trigger]),
			"path": path,
		},
		_extra(s),
	)
}

# The folder a checkout writes to ("" for the workspace itself).
_dir(s) := trim(object.get(object.get(s.step, "with", {}), "path", ""), "./")

# A later step runs the pull request's code: code from its checkout folder when it has one; code
# from the workspace otherwise, unless it is a local action inside another checkout's folder.
_runs_checkout(u, s) if {
	_dir(s) != ""
	github.runs_workspace_code(u.step)
	some text in [object.get(u.step, "uses", ""), object.get(u.step, "run", ""), object.get(u.step, "working-directory", "")]
	is_string(text)
	contains(text, _dir(s))
}

_runs_checkout(u, s) if {
	_dir(s) == ""
	github.runs_workspace_code(u.step)
	not _in_other_checkout(u, s)
}

_in_other_checkout(u, s) if {
	some c in github.steps
	c.job == s.job
	github.uses_action(c.step, "actions/checkout")
	_dir(c) != ""
	startswith(object.get(u.step, "uses", ""), sprintf("./%s/", [_dir(c)]))
}

# Each later step that runs the checked-out code (a build, an install, a local action) is where
# the pull request's author gets code execution: reported too, so that it is fixed or reviewed.
violation contains v if {
	some [s, _, _] in _checkouts
	some u in github.steps
	u.job == s.job
	u.index > s.index
	_runs_checkout(u, s)
	v := object.union(
		{
			"msg": sprintf("%s runs code from the pull request checked out earlier in the job, with the %s workflow's secrets and token", [u.label, _trigger]),
			"path": u.path,
		},
		_extra(s),
	)
}
