# METADATA
# title: Self-hosted runner used for untrusted triggers
# description: >-
#   Jobs that run for pull requests, comments or issues execute outsiders' code or input. On a
#   self-hosted runner that code can persist on the machine, read other jobs' secrets and caches,
#   and reach the internal network. Use GitHub-hosted (or ephemeral, isolated) runners for them.
# related_resources:
#   - ref: https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security
# custom:
#   id: github-actions/self-hosted-runner
#   severity: high
#   kinds: [github-workflow]
#   remediation: |
#     Run jobs triggered by untrusted events on GitHub-hosted runners.
#
#     Before:
#     ```yaml
#     on: pull_request
#     jobs:
#       test:
#         runs-on: [self-hosted, linux]
#     ```
#     After:
#     ```yaml
#     on: pull_request
#     jobs:
#       test:
#         runs-on: ubuntu-24.04
#     ```
#   tags: [security, github-actions, runners]
#   frameworks:
#     owasp-cicd: [CICD-SEC-7]
#   equivalents:
#     zizmor: [self-hosted-runner]
#     codeql: [actions/pr-on-self-hosted-runner]
#     poutine: [pr_runs_on_self_hosted]
package palisade.github_actions.self_hosted_runner

import data.palisade.lib.github

_triggers := {"pull_request", "pull_request_target", "issue_comment", "pull_request_review", "pull_request_review_comment", "discussion_comment", "issues"}

violation contains v if {
	github.has_trigger(_triggers)
	some j in github.jobs
	some r in _runners(j)
	triggers := concat(", ", sort([t | some t in github.triggers; t in _triggers]))
	v := object.union(
		{
			"msg": sprintf("job \"%s\" runs on %s in a workflow triggered by %s; use a GitHub-hosted or ephemeral runner", [j.id, r.what, triggers]),
			"path": r.path,
		},
		r.extra,
	)
}

# GitHub-hosted runner labels (an image name with its version or `latest`); anything else names a
# self-hosted runner or a runner group.
_hosted(label) if regex.match(`^(ubuntu|windows|macos)(-[0-9a-z.]+)+$`, label)

# The labels the runner application gives every self-hosted runner (its OS and architecture);
# no GitHub-hosted runner has them, so a job asking for one runs on a self-hosted machine.
_self_hosted_defaults := {"linux", "windows", "macos", "x64", "arm", "arm64"}

# The labels a job may run on: `runs-on` as a string, a list, `{group, labels}`, or an expression
# over the job's matrix, expanded to every value the matrix lists.
_labels(j) := [{"label": j.job["runs-on"], "path": array.concat(j.path, ["runs-on"])}] if {
	is_string(j.job["runs-on"])
	not contains(j.job["runs-on"], "${{")
}

_labels(j) := [{"label": l, "path": array.concat(j.path, ["runs-on", k])} | some k, l in j.job["runs-on"]; is_string(l)] if is_array(j.job["runs-on"])

_labels(j) := [{"label": l, "path": array.concat(j.path, ["runs-on", "labels", k])} | some k, l in _as_list(j.job["runs-on"].labels); is_string(l)] if is_object(j.job["runs-on"])

_labels(j) := [{"label": l, "path": array.concat(j.path, ["runs-on"])} | some l in _matrix_values(j)] if {
	is_string(j.job["runs-on"])
	contains(j.job["runs-on"], "${{")
}

_as_list(x) := x if is_array(x)

_as_list(x) := [x] if is_string(x)

_as_list(x) := [] if {
	not is_string(x)
	not is_array(x)
}

# `${{ matrix.a.b }}` → every string the matrix gives a.b, in `include` entries too.
_matrix_values(j) := {v |
	[_, key] := regex.find_all_string_submatch_n(`^\$\{\{\s*matrix\.([A-Za-z0-9_.-]+)\s*\}\}$`, j.job["runs-on"], 1)[0]
	parts := split(key, ".")
	some entry in _matrix_entries(j.job.strategy.matrix, parts[0])
	some v in _leaves(_dig(entry, array.slice(parts, 1, count(parts))))
}

_dig(x, []) := x

_dig(x, rest) := object.get(x, rest, null) if {
	count(rest) > 0
	is_object(x)
}

_matrix_entries(m, name) := array.concat([x | some x in _as_list(object.get(m, name, []))], [inc[name] | some inc in object.get(m, "include", []); inc[name]])

_leaves(x) := {x} if is_string(x)

_leaves(x) := {l | some l in x; is_string(l)} if is_array(x)

# `self-hosted` and the runner application's OS/architecture labels are certain; another label or
# a runner group is probably a self-hosted runner (or a larger GitHub runner with a custom name), so
# it is reported in the strict profile.
# One finding per job where one label says it: `self-hosted` if listed, else each unknown label,
# else the runner group.
_runners(j) := [r | some l in _labels(j); l.label == "self-hosted"; r := _runner(l)] if _explicit(j)

_runners(j) := _unknown_or_group(j) if not _explicit(j)

_explicit(j) if {
	some l in _labels(j)
	l.label == "self-hosted"
}

_unknown_or_group(j) := _group_runners(j) if count(_unknown(j)) == 0

_unknown_or_group(j) := _unknown(j) if count(_unknown(j)) > 0

_unknown(j) := [_runner(l) | some l in _labels(j); not _hosted(l.label); not contains(l.label, "${{")]

_runner(l) := {"what": _what(l.label), "path": l.path, "extra": _extra(l.label)}

_group(j) := j.job["runs-on"].group if {
	is_object(j.job["runs-on"])
	is_string(j.job["runs-on"].group)
}

_group_runners(j) := [] if not _group(j)

_group_runners(j) := [{"what": sprintf("runner group %s", [_group(j)]), "path": array.concat(j.path, ["runs-on", "group"]), "extra": {"profile": "strict", "confidence": "medium"}}] if _group(j)

_what("self-hosted") := "a self-hosted runner"

_what(label) := sprintf("runner label %s, which only self-hosted runners carry", [label]) if lower(label) in _self_hosted_defaults

_what(label) := sprintf("runner label %s, which is not a GitHub-hosted runner", [label]) if {
	label != "self-hosted"
	not lower(label) in _self_hosted_defaults
}

# A label that says it is self-hosted (`self-hosted-azure`), or one the runner application gives
# every self-hosted runner, is as certain as `self-hosted`.
_extra(label) := {} if _certain(label)

_extra(label) := {"profile": "strict", "confidence": "medium"} if not _certain(label)

_certain(label) if contains(lower(label), "self-hosted")

_certain(label) if lower(label) in _self_hosted_defaults
