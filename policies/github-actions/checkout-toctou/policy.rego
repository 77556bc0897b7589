# METADATA
# title: Approved pull request checked out by a mutable ref (time-of-check to time-of-use)
# description: >-
#   A privileged workflow that waits for a maintainer's approval — a label such as `safe to test`,
#   a protected environment, an author-association or actor check — and then checks out the pull
#   request by branch name, PR number or merge ref runs whatever the branch holds at checkout time.
#   The author can push new commits after the approval and before the checkout, and that unreviewed
#   code runs with the base repository's secrets and token (OWASP CI/CD Top 10 CICD-SEC-4;
#   "ActionsTOCTOU", Adnan Khan 2024). Checking out the exact commit that was approved closes the
#   window.
# related_resources:
#   - ref: https://github.com/AdnaneKhan/ActionsTOCTOU
# custom:
#   id: github-actions/checkout-toctou
#   severity: high
#   confidence: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Check out the commit SHA the approval was given for, never the branch or the PR number.
#
#     Before:
#     ```yaml
#     - uses: actions/checkout@v4
#       with:
#         ref: ${{ github.event.pull_request.head.ref }}
#     ```
#     After:
#     ```yaml
#     - uses: actions/checkout@v4
#       with:
#         ref: ${{ github.event.pull_request.head.sha }}
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     codeql: [actions/untrusted-checkout-toctou/critical, actions/untrusted-checkout-toctou/high, actions/improper-access-control]
package palisade.github_actions.checkout_toctou

import data.palisade.lib.github

_privileged := {"pull_request_target", "issue_comment", "workflow_run"}

# A ref naming the pull request without pinning a commit: a branch, a PR number, refs/pull/N, or
# the branch output of a step that looked the pull request up.
_mutable(ref) if {
	regex.match(`github\.event\.pull_request\.head\.ref|github\.head_ref|github\.event\.workflow_run\.head_branch|github\.event\.(number|pull_request\.number|issue\.number)|refs/pull/|steps\.[A-Za-z0-9_-]+\.outputs\.[A-Za-z0-9_-]*(ref|branch)\b|\)\.(head_)?ref\b`, ref)
	not regex.match(`(?i)sha|commit`, ref)
}

_checkout(step) := step["with"].ref if {
	github.uses_action(step, "actions/checkout")
	is_string(step["with"].ref)
	_mutable(step["with"].ref)
}

_checkout(step) := m[0] if {
	is_string(step.run)
	some m in regex.find_all_string_submatch_n(`\b(gh pr checkout|hub pr checkout)\b[^\n]*`, step.run, 1)
}

# A label stays on the pull request when new commits are pushed: it only vouches for the code when
# the workflow cannot run again on `synchronize` with the label still set.
_label_gate := `labels\.\*\.name|github\.event\.label\.name|contains\(\s*github\.event\.pull_request\.labels`

_relabel_runs if {
	"pull_request_target" in github.triggers
	not input.on.pull_request_target.types
}

_relabel_runs if "synchronize" in input.on.pull_request_target.types

# An actor check is not an approval: it names who may trigger the run, and that actor's own pushes
# are not a race. Author-association checks, labels and environments are approvals of the code.
_gated(s) if _job_of(s).environment

_gated(s) if github.gated_by_needs(s)

_gated(s) if {
	some cond in _conds(s)
	contains(cond, "author_association")
}

_gated(s) if {
	some cond in _conds(s)
	regex.match(_label_gate, cond)
	_relabel_runs
}

_job_of(s) := object.get(input.jobs, s.job, {})

_conds(s) := [c | some c in [object.get(_job_of(s), "if", ""), object.get(s.step, "if", "")]; is_string(c)]

# A job that compares the pull request's last push with the approval time has closed the window.
_checks_push_time(s) if {
	some u in github.steps
	_before(u, s)
	some text in [object.get(u.step, "run", ""), object.get(object.get(u.step, "with", {}), "script", "")]
	is_string(text)
	contains(text, "pushed_at")
}

# Steps that run before step s: earlier in its job, or in a job it waits for.
_before(u, s) if {
	u.job == s.job
	u.index < s.index
}

_before(u, s) if u.job in github.needs_of(_job_of(s))

# Mutable checkouts in gated jobs of privileged workflows.
_races contains [s, ref] if {
	github.has_trigger(_privileged)
	some s in github.steps
	_gated(s)
	ref := _checkout(s.step)
	not _checks_push_time(s)
}

# Reported where the raced code runs: each later step of the job that runs workspace code …
violation contains v if {
	some [s, ref] in _races
	some u in github.steps
	u.job == s.job
	u.index > s.index
	github.runs_workspace_code(u.step)
	v := {
		"msg": sprintf("%s runs pull request code that %s checked out by a mutable ref (%s) after an approval gate; commits pushed after the approval run unreviewed with the workflow's secrets — check out the approved commit SHA", [u.label, s.label, ref]),
		"path": u.path,
	}
}

# … or at the checkout when nothing in the job runs it yet.
violation contains v if {
	some [s, ref] in _races
	not _runs_later(s)
	v := {
		"msg": sprintf("%s checks out the pull request by a mutable ref (%s) after an approval gate; commits pushed after the approval reach the job unreviewed — check out the approved commit SHA", [s.label, ref]),
		"path": s.path,
	}
}

_runs_later(s) if {
	some u in github.steps
	u.job == s.job
	u.index > s.index
	github.runs_workspace_code(u.step)
}
