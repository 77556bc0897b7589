# Shared helpers for the `github-actions` pack, over parsed workflow files (.github/workflows/*.yml)
# and action metadata (action.yml, for composite and Docker actions).
# Owns: jobs and steps with their routes and human labels, the normalised set of triggers, `uses`
# parsing, and the list of attacker-controllable expression contexts.
# Must not: decide what is a violation — that belongs to each policy.
package palisade.lib.github

# Jobs of a workflow, with their route.
jobs contains j if {
	some id, job in input.jobs
	is_object(job)
	j := {"id": id, "job": job, "path": ["jobs", id]}
}

# Steps of a workflow's jobs and of a composite action, with their route and a label that names
# them in messages.
steps contains s if {
	some id, job in input.jobs
	some i, step in job.steps
	is_object(step)
	s := {"job": id, "index": i, "step": step, "path": ["jobs", id, "steps", i], "label": _label(step, id, i)}
}

steps contains s if {
	some i, step in input.runs.steps
	is_object(step)
	s := {"job": "", "index": i, "step": step, "path": ["runs", "steps", i], "label": _label(step, "", i)}
}

_label(step, job, i) := sprintf("step \"%s\"%s", [step.name, _in_job(job)]) if is_string(step.name)

_label(step, job, i) := sprintf("step %d (%s)%s", [i + 1, step.uses, _in_job(job)]) if {
	not is_string(object.get(step, "name", null))
	is_string(step.uses)
}

_label(step, job, i) := sprintf("step %d%s", [i + 1, _in_job(job)]) if {
	not is_string(object.get(step, "name", null))
	not is_string(object.get(step, "uses", null))
}

_in_job("") := ""

_in_job(job) := sprintf(" of job \"%s\"", [job]) if job != ""

# The events that trigger a workflow: `on` may be a string, a list or a map.
triggers contains t if {
	is_string(input.on)
	t := input.on
}

triggers contains t if {
	is_array(input.on)
	some t in input.on
}

triggers contains t if {
	is_object(input.on)
	some t, _ in input.on
}

# Events whose payload or code an outsider controls (a fork's pull request, an issue, a comment)
# and that run with the base repository's secrets and a writable token.
privileged_untrusted := {
	"pull_request_target",
	"workflow_run",
	"issue_comment",
	"issues",
	"discussion",
	"discussion_comment",
	"pull_request_review_comment",
}

# Events that run code or data from outside contributors at all (with or without secrets).
untrusted := privileged_untrusted | {"pull_request", "pull_request_review"}

# Jobs that run with the repository's default token: neither the workflow nor the job declares
# `permissions`, and the workflow is not only a reusable one (`workflow_call` runs with the
# caller's token).
default_token_jobs contains j if {
	not "permissions" in object.keys(input)
	some t in triggers
	t != "workflow_call"
	some j in jobs
	not "permissions" in object.keys(j.job)
}

has_trigger(names) if {
	some t in triggers
	t in names
}

# `uses` parsed: {"kind": "local"|"docker"|"repo", ...}.
parse_uses(u) := {"kind": "local", "raw": u} if startswith(u, "./")

parse_uses(u) := {"kind": "docker", "raw": u, "image": substring(u, 9, -1)} if startswith(u, "docker://")

parse_uses(u) := {"kind": "repo", "raw": u, "name": name, "owner": parts[0], "repo": concat("/", array.slice(parts, 0, 2)), "ref": ref} if {
	not startswith(u, "./")
	not startswith(u, "docker://")
	at := indexof(u, "@")
	at > 0
	name := substring(u, 0, at)
	ref := substring(u, at + 1, -1)
	parts := split(name, "/")
}

parse_uses(u) := {"kind": "repo", "raw": u, "name": u, "owner": split(u, "/")[0], "repo": u, "ref": ""} if {
	not startswith(u, "./")
	not startswith(u, "docker://")
	not contains(u, "@")
}

# A full commit SHA (40 hex digits, or 64 in SHA-256 repositories): the only ref that cannot be
# moved to point at other code.
is_sha(ref) if regex.match(`^([0-9a-f]{40}|[0-9a-f]{64})$`, ref)

# A step that uses the action `name` (owner/repo or owner/repo/path), at any ref.
uses_action(step, name) if {
	is_string(step.uses)
	parse_uses(step.uses).name == name
}

# Container images pinned by digest.
image_pinned(image) if contains(image, "@sha256:")

# The `${{ … }}` expressions of a string.
expressions(text) := regex.find_n(`\$\{\{[^}]*\}\}`, text, -1)

# Contexts whose values an outsider chooses: titles, bodies, branch names, commit messages,
# author and committer fields, repository descriptions, edit histories (GitHub Security Lab's list
# of untrusted input, as audited by zizmor and CodeQL), and whole event objects serialised with
# toJSON. Both `a.b` and `a['b']` spellings.
_untrusted_context := concat("|", [
	`github\.event\.(issue|pull_request|discussion)\.(title|body)`,
	`github\.event\.(comment|review|review_comment)\.body`,
	`github\.event\.pages(\[[^\]]*\]|\.\*)\.(page_name|title)`,
	`github\.event\.(commits(\[[^\]]*\]|\.\*)|head_commit|workflow_run\.head_commit)\.(message|(author|committer)\.(email|name))`,
	`github\.event\.pull_request\.head\.(ref|label|repo\.(default_branch|description))`,
	`github\.event\.workflow_run\.(head_branch|display_title|head_repository\.description|pull_requests(\[[^\]]*\]|\.\*)\.head\.ref)`,
	`github\.event\.changes\.`,
	`github\.head_ref`,
	`github\[\s*'head_ref'\s*\]`,
	`[Tt][Oo][Jj][Ss][Oo][Nn]\(\s*github\.event(\.(issue|comment|pull_request|review|review_comment|discussion|changes|head_commit|commits|workflow_run|pages))?\s*\)`,
])

# An expression whose value is a boolean (a comparison, or contains/startsWith/endsWith) carries
# no attacker text into the script, whatever it reads.
_boolean_expression(e) if regex.match(`(?i)^\$\{\{\s*!?\s*(contains|startswith|endswith)\(`, e)

_boolean_expression(e) if regex.match(`==|!=`, e)

# The attacker-controlled expressions in a string, e.g. ["${{ github.event.issue.title }}"].
untrusted_expressions(text) := [e |
	some e in expressions(text)
	regex.match(_untrusted_context, e)
	not _boolean_expression(e)
]

# References to a pull request's (or a triggering run's) head, as written in a checkout's `ref:`.
head_ref_pattern := `github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head|github\.event\.number|github\.event\.pull_request\.number|github\.event\.issue\.number|refs/pull/`

# Actions whose outputs carry attacker-chosen text (changed file names, branch names, issue
# bodies and API responses).
_tainting_actions := {
	"tj-actions/changed-files",
	"tj-actions/branch-names",
	"xt0rted/pull-request-comment-branch",
	"octokit/request-action",
	"stefanbuck/github-issue-parser",
	"zentered/issue-forms-body-parser",
	"peter-murray/issue-forms-body-parser",
	"Ana06/get-changed-files",
}

_job_of(s) := input.jobs[s.job] if s.job != ""

_job_of(s) := {} if s.job == ""

# Names of environment variables set (workflow, job or step `env:`) from untrusted expressions.
tainted_env(s) := {name |
	some env in [object.get(input, "env", {}), object.get(_job_of(s), "env", {}), object.get(s.step, "env", {})]
	is_object(env)
	some name, value in env
	is_string(value)
	count(untrusted_expressions(value)) > 0
}

# Ids of steps in job `job` whose outputs carry untrusted text: a tainting action, or a script that
# writes $GITHUB_OUTPUT from untrusted expressions or from pull request / issue data it fetches.
tainted_steps(job) := {id |
	some t in steps
	t.job == job
	id := t.step.id
	is_string(id)
	_taints_outputs(t)
}

_taints_outputs(t) if {
	is_string(t.step.uses)
	parse_uses(t.step.uses).name in _tainting_actions
}

_taints_outputs(t) if {
	is_string(t.step.run)
	contains(t.step.run, "GITHUB_OUTPUT")
	count(untrusted_expressions(t.step.run)) > 0
}

_taints_outputs(t) if {
	is_string(t.step.run)
	contains(t.step.run, "GITHUB_OUTPUT")
	regex.match(`gh (pr|issue) view|gh api [^\n]*(pulls|issues)`, t.step.run)
}

# Outputs of job `job` defined from tainted step outputs.
tainted_job_outputs(job) := {name |
	some name, value in object.get(input.jobs[job], "outputs", {})
	is_string(value)
	some e in expressions(value)
	some id in tainted_steps(job)
	contains(e, sprintf("steps.%s.outputs", [id]))
}

# Expressions of `text` (a script of step `s`) that expand untrusted data: the untrusted contexts,
# and `env.X`, `steps.<id>.outputs.*` and `needs.<job>.outputs.X` that carry them.
tainted_expressions(s, text) := [e |
	some e in expressions(text)
	not _boolean_expression(e)
	_tainted_expression(s, e)
]

_tainted_expression(_, e) if regex.match(_untrusted_context, e)

_tainted_expression(s, e) if {
	some name in tainted_env(s)
	regex.match(sprintf(`env\.%s\b`, [_quote(name)]), e)
}

_tainted_expression(s, e) if {
	some id in tainted_steps(s.job)
	contains(e, sprintf("steps.%s.outputs", [id]))
}

_tainted_expression(s, e) if {
	some job, _ in object.get(input, "jobs", {})
	some name in tainted_job_outputs(job)
	regex.match(sprintf(`needs\.%s\.outputs(\.%s\b|\[\s*'%s'\s*\])`, [_quote(job), _quote(name), _quote(name)]), e)
}

_quote(name) := regex.replace(name, `([.\\+*?()|\[\]{}^$-])`, `\$1`)

# Lines of a script and the expressions found on each, by the line each expression starts on:
# [{"line": 0, "found": ["${{ … }}"]}]. A finding on a line of a `run: |` block routes to it.
lines_with(text, found) := [{"line": line, "found": on_line} |
	some line in sort({l | some e in found; some l in _lines_of(text, e)})
	on_line := sort({e | some e in found; line in _lines_of(text, e)})
]

_lines_of(text, e) := {count(indexof_n(substring(text, 0, at), "\n")) | some at in indexof_n(text, e)}

# The route to line `line` of a script at `path`: one-line scripts keep the string's own route.
script_route(path, text, line) := array.concat(path, [line]) if contains(trim_right(text, "\n"), "\n")

script_route(path, text, _) := path if not contains(trim_right(text, "\n"), "\n")
