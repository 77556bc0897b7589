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

# A full commit SHA: the only ref that cannot be moved to point at other code.
is_sha(ref) if regex.match(`^[0-9a-f]{40}$`, ref)

# A step that uses the action `name` (owner/repo or owner/repo/path), at any ref.
uses_action(step, name) if {
	is_string(step.uses)
	parse_uses(step.uses).name == name
}

# Container images pinned by digest.
image_pinned(image) if contains(image, "@sha256:")

# The `${{ … }}` expressions of a string.
expressions(text) := regex.find_n(`\$\{\{[^}]*\}\}`, text, -1)

# Contexts whose values an outsider chooses: titles, bodies, branch names, commit messages and
# author fields (GitHub Security Lab's list of untrusted input, as audited by zizmor).
_untrusted_context := concat("|", [
	`github\.event\.(issue|pull_request|discussion)\.(title|body)`,
	`github\.event\.(comment|review|review_comment)\.body`,
	`github\.event\.pages(\[[^\]]*\]|\.\*)\.page_name`,
	`github\.event\.(commits(\[[^\]]*\]|\.\*)|head_commit|workflow_run\.head_commit)\.(message|author\.(email|name))`,
	`github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)`,
	`github\.event\.workflow_run\.(head_branch|display_title|pull_requests(\[[^\]]*\]|\.\*)\.head\.ref)`,
	`github\.head_ref`,
])

# The attacker-controlled expressions in a string, e.g. ["${{ github.event.issue.title }}"].
untrusted_expressions(text) := [e |
	some e in expressions(text)
	regex.match(_untrusted_context, e)
]
