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

# Only composite actions run steps; a Docker or JavaScript action's `steps:` is ignored by GitHub.
steps contains s if {
	input.runs.using == "composite"
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
triggers := triggers_of(input)

triggers_of(doc) := {doc.on} if is_string(doc.on)

triggers_of(doc) := {t | some t in doc.on} if is_array(doc.on)

triggers_of(doc) := {t | some t, _ in doc.on} if is_object(doc.on)

triggers_of(doc) := set() if {
	not is_string(object.get(doc, "on", null))
	not is_array(object.get(doc, "on", null))
	not is_object(object.get(doc, "on", null))
}

# The events this file runs for: its own triggers, and for a reusable workflow or composite
# action those of the workflows in the scan that call it (it runs with their event, secrets and
# token). Only the second pass of a full scan knows the callers (see callers). A call that only
# same-repository pull requests or a maintainer's approval reach (an `if:`, an environment, a
# gated job it `needs`) brings no outsider's event with it.
effective_triggers := triggers | {t | some c in callers; not c.vouched; some t in c.triggers}

# Is the calling job (or step) kept from outsiders, in the caller's own file?
_vouched(caller, job, step) if {
	some cond in [object.get(job, "if", ""), object.get(step, "if", "")]
	is_string(cond)
	regex.match(_same_repository, cond)
}

_vouched(caller, job, step) if {
	some cond in [object.get(job, "if", ""), object.get(step, "if", "")]
	is_string(cond)
	regex.match(_gate, cond)
}

_vouched(caller, job, _) if job.environment

_vouched(caller, job, _) if {
	some name in needs_of(job)
	_gated_job(object.get(object.get(caller, "jobs", {}), name, {}))
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

# The release a `uses:` runs, for comparing with advisories: the ref, or for a SHA the version
# its trailing comment names (`@<sha> # v4.3.2`), which the loader keeps under `x-palisade`
# by the route of the step or job that holds `uses` (docs/inputs.md). A SHA without such a
# comment stays the SHA.
uses_version(owner, u) := object.get(input, ["x-palisade", "uses_versions", concat("/", [sprintf("%v", [p]) | some p in owner])], u.ref) if is_sha(u.ref)

uses_version(_, u) := u.ref if not is_sha(u.ref)

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
	`github\.event\.pull_request\.head\.(ref|label|repo\.(default_branch|description|homepage))`,
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
	regex.match(_untrusted_context, normalise(e))
	not _boolean_expression(e)
]

# References to a pull request's (or a triggering run's) head, as written in a checkout's `ref:`.
head_ref_pattern := `github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head|github\.event\.number|github\.event\.pull_request\.number|github\.event\.issue\.number|refs/pull/`

# Actions whose outputs carry attacker-chosen text (changed file names, branch names, issue
# bodies, slash-command arguments and API responses).
_tainting_actions := {
	"tj-actions/changed-files",
	"tj-actions/branch-names",
	"xt0rted/pull-request-comment-branch",
	"eficode/resolve-pr-refs",
	"octokit/request-action",
	"stefanbuck/github-issue-parser",
	"zentered/issue-forms-body-parser",
	"peter-murray/issue-forms-body-parser",
	"peter-murray/issue-body-parser-action",
	"Ana06/get-changed-files",
	"dorny/paths-filter",
	"github/branch-deploy",
	"khan/pull-request-comment-trigger",
}

# One spelling per context: `github['event']['issue']` is `github.event.issue`.
normalise(e) := regex.replace(e, `\[\s*'([A-Za-z0-9_-]+)'\s*\]`, ".$1")

# Reading something an outsider can have written: a file (a downloaded artifact, the checked-out
# pull request), an API response about the pull request or issue, a web page.
reads_untrusted := `\b(cat|head|tail|jq|yq|unzip|xargs|gh (pr|issue|api)|curl|wget|git (diff|diff-tree|log|show|ls-files))\b|\$\(<`

# Scripts that fetch outsider-written text themselves: the event payload, pull request and issue
# data from the API.
_reads_payload := `GITHUB_EVENT_PATH|gh (pr|issue) view|gh api [^\n]*(pulls|issues)`

# Shell variables a line reads, minus the runner's own GITHUB_*/RUNNER_* ones.
shell_vars(line) := {name |
	some m in regex.find_all_string_submatch_n(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`, line, -1)
	name := m[1]
	not regex.match(`^(GITHUB|RUNNER)_`, name)
}

# Steps that download artifacts: another run's output, which a pull request's build may have
# written when the workflow runs on workflow_run.
downloads_artifact(step) if {
	is_string(step.uses)
	regex.match(`^[^/]+/[^/]*download-artifact[^/]*$`, parse_uses(step.uses).name)
}

downloads_artifact(step) if {
	is_string(step.run)
	regex.match(`\bgh run download\b|\barchive_download_url\b`, step.run)
}

downloads_artifact(step) if {
	uses_action(step, "actions/github-script")
	is_string(step["with"].script)
	contains(step["with"].script, "downloadArtifact")
}

# Steps that put the pull request's own code in the workspace: a checkout of the head, and the
# command-line ways of fetching it.
checks_out_head(step) if {
	uses_action(step, "actions/checkout")
	is_string(step["with"].ref)
	regex.match(head_ref_pattern, step["with"].ref)
}

checks_out_head(step) if {
	is_string(step.run)
	regex.match(`\bgh pr checkout\b|\bgit fetch\b[^\n]*\bpull/|\bgit (checkout|switch)\b[^\n]*(head_ref|\bpull/|pull_request\.head)|\bhub pr checkout\b`, step.run)
}

# git fetching, merging or checking out a branch named by a variable the step sets from the head.
checks_out_head(step) if {
	is_string(step.run)
	some name, value in object.get(step, "env", {})
	is_string(value)
	regex.match(head_ref_pattern, value)
	regex.match(sprintf(`\bgit (fetch|pull|merge|checkout|switch|clone)\b[^\n]*\$\{?%s\b`, [_quote(name)]), step.run)
}

# Steps of a workflow outsiders trigger that bring files an outsider wrote into the job.
brings_untrusted_files(t) if {
	has_trigger(privileged_untrusted)
	downloads_artifact(t.step)
}

brings_untrusted_files(t) if {
	has_trigger(privileged_untrusted)
	checks_out_head(t.step)
}

# Steps that run after such a step in the same job.
after_untrusted_files(t) if {
	some u in steps
	u.job == t.job
	u.index < t.index
	brings_untrusted_files(u)
}

_job_of(s) := input.jobs[s.job] if s.job != ""

_job_of(s) := {} if s.job == ""

# Taint is followed through a job in rounds, each reading the previous round's set of tainted
# step ids (`ids`): Rego has no recursion, and real chains are short (an action's output fed to
# another action, then to a script that writes $GITHUB_OUTPUT).
_expr_base(ids, e) if regex.match(_untrusted_context, normalise(e))

_expr_base(ids, e) if {
	some id in ids
	contains(normalise(e), sprintf("steps.%s.outputs", [id]))
}

# `inputs.<name>` that a caller in the scan sets from attacker-controlled data (see callers).
_expr_base(_, e) if count(_tainted_reads([e])) > 0

# Names of env: variables (workflow, job, step) set from tainted expressions.
_declared_env(t, ids) := {name |
	some env in [object.get(input, "env", {}), object.get(_job_of(t), "env", {}), object.get(t.step, "env", {})]
	is_object(env)
	some name, value in env
	is_string(value)
	some e in expressions(value)
	not _boolean_expression(e)
	_expr_base(ids, e)
}

_expr(t, ids, e) if _expr_base(ids, e)

_expr(t, ids, e) if {
	some name in _declared_env(t, ids)
	regex.match(sprintf(`env\.%s\b`, [_quote(name)]), normalise(e))
}

# Does a line of step t's script carry untrusted data: a tainted expression, a tainted env:
# variable, a read of the event payload or the API, or a file read after untrusted files came in.
_line_direct(t, ids, line) if {
	some e in expressions(line)
	not _boolean_expression(e)
	_expr(t, ids, e)
}

_line_direct(t, ids, line) if {
	some name in shell_vars(line)
	name in _declared_env(t, ids)
}

_line_direct(_, _, line) if regex.match(_reads_payload, line)

# The runner's copy of the pull request's branch name.
_line_direct(_, _, line) if regex.match(`\$\{?GITHUB_HEAD_REF\b`, line)

_line_direct(t, _, line) if {
	regex.match(reads_untrusted, line)
	after_untrusted_files(t)
}

# ... directly, or through up to two shell variables assigned from such lines, unless a variable is
# checked against an anchored pattern (`[[ $PR =~ ^[0-9]+$ ]]` leaves no room for text).
_via(t, line) := {assign |
	some name in shell_vars(line)
	some assign in regex.find_n(sprintf(`(?m)^\s*(export\s+)?%s=.*$`, [name]), t.step.run, -1)
	not regex.match(sprintf(`\$\{?%s\}?"?\s*=~\s*['"]?\^`, [name]), t.step.run)
}

_line1(t, ids, line) if _line_direct(t, ids, line)

_line1(t, ids, line) if {
	some assign in _via(t, line)
	_line_direct(t, ids, assign)
}

_line(t, ids, line) if _line1(t, ids, line)

_line(t, ids, line) if {
	some assign in _via(t, line)
	_line1(t, ids, assign)
}

# Names a step's script exports to later steps through $GITHUB_ENV with untrusted data.
_exported_env(t, ids) := {name |
	is_string(t.step.run)
	some line in split(t.step.run, "\n")
	contains(line, "GITHUB_ENV")
	some m in regex.find_all_string_submatch_n(`^\s*(echo|printf)\s+(-[a-zA-Z]+\s+)*["']?([A-Za-z_][A-Za-z0-9_-]*)=`, line, 1)
	name := m[3]
	_line(t, ids, line)
}

_env(t, ids) := _declared_env(t, ids) | {name |
	some u in steps
	u.job == t.job
	u.index < t.index
	some name in _exported_env(u, ids)
}

_writes_outputs(text) if regex.match(`GITHUB_OUTPUT|::set-output `, text)

_taints_outputs(t, _) if {
	is_string(t.step.uses)
	parse_uses(t.step.uses).name in _tainting_actions
}

# Slash-command arguments come from any commenter once the action lets readers run commands (its
# default, `write`, limits them to collaborators).
_taints_outputs(t, _) if {
	uses_action(t.step, "xt0rted/slash-command-action")
	t.step["with"]["permission-level"] in {"none", "read", "triage"}
}

# An artifact downloaded in a workflow outsiders trigger, and actions that read files after one.
_taints_outputs(t, _) if brings_untrusted_files(t)

_taints_outputs(t, _) if {
	is_string(t.step.uses)
	after_untrusted_files(t)
	some key in {"path", "file", "files"}
	is_string(t.step["with"][key])
}

# Any action fed tainted inputs is assumed to pass them on to its outputs.
_taints_outputs(t, ids) if {
	is_string(t.step.uses)
	some value in object.get(t.step, "with", {})
	is_string(value)
	some e in expressions(value)
	not _boolean_expression(e)
	_expr(t, ids, e)
}

_taints_outputs(t, ids) if {
	is_string(t.step.run)
	some line in split(t.step.run, "\n")
	_writes_outputs(line)
	_line(t, ids, line)
}

_taints_outputs(t, ids) if {
	is_string(t.step.run)
	some line in split(t.step.run, "\n")
	_writes_outputs(line)
	some name in shell_vars(line)
	some u in steps
	u.job == t.job
	u.index < t.index
	name in _exported_env(u, ids)
}

# github-script returns (and sets) what its code computes: tainted when that code reads
# outsider-written payload fields.
_taints_outputs(t, _) if {
	uses_action(t.step, "actions/github-script")
	is_string(t.step["with"].script)
	regex.match(`context\.payload\.(issue|pull_request|comment|review|discussion)\.(title|body|head\.ref)|pulls\.get\(|issues\.get\(|listFiles`, t.step["with"].script)
}

_round(job, ids) := {id |
	some t in steps
	t.job == job
	id := t.step.id
	is_string(id)
	_taints_outputs(t, ids)
}

# The rounds are rules, not functions, so that they are computed once per document (OPA
# memoises rules without arguments, never function calls).
_jobs_with_steps := {s.job | some s in steps}

_round1 := {job: _round(job, set()) | some job in _jobs_with_steps}

_round2 := {job: _round(job, _round1[job]) | some job in _jobs_with_steps}

_round3 := {job: _round(job, _round2[job]) | some job in _jobs_with_steps}

_round4 := {job: _round(job, _round3[job]) | some job in _jobs_with_steps}

_round5 := {job: _round(job, _round4[job]) | some job in _jobs_with_steps}

# Ids of steps in job `job` whose outputs carry untrusted text.
tainted_steps(job) := object.get(_round5, job, set())

# Names of environment variables of step `s` that carry untrusted data: set in `env:` from
# tainted expressions, or exported through $GITHUB_ENV by an earlier step of its job.
tainted_env(s) := _env(s, tainted_steps(s.job))

# Outputs of job `job` defined from tainted step outputs.
tainted_job_outputs(job) := {name |
	some name, value in object.get(input.jobs[job], "outputs", {})
	is_string(value)
	some e in expressions(value)
	some id in tainted_steps(job)
	contains(normalise(e), sprintf("steps.%s.outputs", [id]))
}

# Expressions of `text` (a script of step `s`) that expand untrusted data: the untrusted contexts,
# and `env.X`, `steps.<id>.outputs.*` and `needs.<job>.outputs.X` that carry them.
tainted_expressions(s, text) := [e |
	some e in expressions(text)
	not _boolean_expression(e)
	_tainted_expression(s, e)
]

_tainted_expression(s, e) if _expr_base(tainted_steps(s.job), e)

_tainted_expression(s, e) if {
	some name in tainted_env(s)
	regex.match(sprintf(`env\.%s\b`, [_quote(name)]), normalise(e))
}

_tainted_expression(s, e) if {
	some job, _ in object.get(input, "jobs", {})
	some name in tainted_job_outputs(job)
	regex.match(sprintf(`needs\.%s\.outputs\.%s\b`, [_quote(job), _quote(name)]), normalise(e))
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

# Commands that run code from the workspace: local scripts, and build tools and package managers
# that execute repository-defined scripts (npm's lifecycle hooks, Makefiles, Gradle build files…).
_runs_workspace := concat("|", [
	`(?m)(^|[;&|(])\s*(\./[^\s/]|(ba|z)?sh\s+[^-\s$]|source\s|\.\s+\S)`,
	`\b(npm|yarn|pnpm|bun)\s+(i|install|ci|run|test|build|exec|start|publish)\b|\bnpx\s`,
	`\b(make|gradlew?|mvnw?|mvn|tox|nox|pytest|rake|pre-commit)\b`,
	`\b(cargo|go|dotnet)\s+(run|build|test|generate|install)\b`,
	`\b(pip3?|poetry|composer|bundle)\s+install\b|\bbundle\s+exec\b|\bsed\s+-f\b`,
	`\b(python3?|node|ruby|perl|php|pwsh)\s+[^-\s][^\s]*\.(py|js|mjs|cjs|ts|rb|pl|php|ps1)\b`,
	`\bdocker\s+(build|compose)\b`,
])

# A step that runs code from the workspace (a script, a build, a local action).
runs_workspace_code(step) if {
	is_string(step.run)
	regex.match(_runs_workspace, step.run)
}

runs_workspace_code(step) if {
	is_string(step.uses)
	parse_uses(step.uses).kind == "local"
}

# Actions that run code or plugins the repository defines (hooks, Dockerfile RUN lines, custom
# checks, release hooks).
runs_workspace_code(step) if {
	is_string(step.uses)
	parse_uses(step.uses).repo in {
		"pre-commit/action",
		"bridgecrewio/checkov-action",
		"docker/build-push-action",
		"goreleaser/goreleaser-action",
		"golangci/golangci-lint-action",
		"super-linter/super-linter",
		"github/super-linter",
	}
}

# A condition that only lets pull requests from branches of the repository itself through: their
# authors already have write access.
same_repository_guard(s) if {
	some cond in [object.get(_job_of(s), "if", ""), object.get(s.step, "if", "")]
	is_string(cond)
	regex.match(_same_repository, cond)
}

_same_repository := `(head_repository|head\.repo)\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.(workflow_run\.head_repository|pull_request\.head\.repo)\.full_name|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork`

# Conditions that let a maintainer vouch for a run: an actor or author-association check, a label
# (`safe to test`), a slash command in a comment.
_gate := `github\.actor\s*==|github\.triggering_actor\s*==|author_association|labels\.\*\.name|github\.event\.label\.name\s*==|contains\(\s*github\.event\.pull_request\.labels`

# A step whose job waits for a maintainer (a protected environment) or whose job or own `if:`
# holds such a condition.
gated(s) if _job_of(s).environment

gated(s) if {
	some cond in [object.get(_job_of(s), "if", ""), object.get(s.step, "if", "")]
	is_string(cond)
	regex.match(_gate, cond)
}

# … or whose job waits for a job that is gated so (`needs: security-checks`).
gated(s) if gated_by_needs(s)

gated_by_needs(s) if {
	some name in needs_of(_job_of(s))
	needed := object.get(object.get(input, "jobs", {}), name, {})
	_gated_job(needed)
}

# The jobs a job waits for.
needs_of(job) := {job.needs} if is_string(job.needs)

needs_of(job) := {n | some n in job.needs} if is_array(job.needs)

_gated_job(job) if job.environment

_gated_job(job) if {
	is_string(job["if"])
	regex.match(_gate, job["if"])
}

# Does `line` of step `s`'s script carry untrusted data (see _line)?
line_tainted(s, line) if _line(s, tainted_steps(s.job), line)

# A checkout `ref:` of step `s` naming the pull request's head directly, or through an env:
# variable or a step output that does.
untrusted_ref(_, ref) if regex.match(head_ref_pattern, ref)

untrusted_ref(s, ref) if {
	some env in [object.get(input, "env", {}), object.get(_job_of(s), "env", {}), object.get(s.step, "env", {})]
	some name, value in env
	is_string(value)
	regex.match(head_ref_pattern, value)
	contains(ref, sprintf("env.%s", [name]))
}

untrusted_ref(s, ref) if {
	some id in tainted_steps(s.job)
	contains(ref, sprintf("steps.%s.outputs", [id]))
}

# … or through an input that a caller in the scan sets to the pull request's head.
untrusted_ref(_, ref) if {
	some c in callers
	some name, value in c["with"]
	is_string(value)
	regex.match(head_ref_pattern, value)
	regex.match(sprintf(`\binputs\.%s\b`, [_quote(name)]), normalise(ref))
}

# Steps that put the pull request's code in the workspace, with the head named directly or
# through env: and step outputs.
checks_out_untrusted(s) if {
	uses_action(s.step, "actions/checkout")
	is_string(s.step["with"].ref)
	untrusted_ref(s, s.step["with"].ref)
}

checks_out_untrusted(s) if {
	not uses_action(s.step, "actions/checkout")
	checks_out_head(s.step)
}

# Callers: the reusable workflows and composite actions of the scan that call this file, from
# `data.inventory.github` (src/loaders/github/inventory.ts), which only the second pass of a full
# scan has (docs/inventory.md); elsewhere these sets are empty. The loader gives each file its
# path (`x-palisade.path`); callers name a workflow by that path and an action by its folder.
_self := input["x-palisade"].path

_self_target := _self if not is_object(object.get(input, "runs", null))

_self_target := regex.replace(_self, `(^|/)action\.ya?ml$`, "") if is_object(input.runs)

_local_target(uses) := trim_right(trim_prefix(uses, "./"), "/") if {
	is_string(uses)
	startswith(uses, "./")
}

_is_vouched(caller, job, step) := true if _vouched(caller, job, step)

_is_vouched(caller, job, step) := false if not _vouched(caller, job, step)

# {file, label, with, triggers, vouched}: each job that calls this workflow, and each step that runs this
# action (an action calling it gives no triggers: those are its own callers', one call further).
callers contains {"file": file, "label": sprintf("job \"%s\"", [id]), "with": object.get(job, "with", {}), "triggers": triggers_of(caller), "vouched": _is_vouched(caller, job, {})} if {
	some file, caller in data.inventory.github.workflows
	some id, job in caller.jobs
	is_object(job)
	_local_target(job.uses) == _self_target
}

callers contains {"file": file, "label": sprintf("job \"%s\" step %d", [id, i + 1]), "with": object.get(step, "with", {}), "triggers": triggers_of(caller), "vouched": _is_vouched(caller, job, step)} if {
	some file, caller in data.inventory.github.workflows
	some id, job in caller.jobs
	some i, step in job.steps
	is_object(step)
	_local_target(step.uses) == _self_target
}

callers contains {"file": _action_file(folder), "label": sprintf("step %d", [i + 1]), "with": object.get(step, "with", {}), "triggers": set(), "vouched": false} if {
	some folder, caller in data.inventory.github.actions
	some i, step in caller.runs.steps
	is_object(step)
	_local_target(step.uses) == _self_target
}

# Inputs some caller sets from attacker-controlled contexts (`with: title: ${{
# github.event.pull_request.title }}`): `inputs.<name>` then carries them here. Only the direct
# contexts of the caller are followed, not its own step outputs or env (Rego rules cannot
# recurse into the taint they would feed).
caller_tainted_inputs contains name if {
	some c in callers
	is_object(c["with"])
	some name, value in c["with"]
	is_string(value)
	count(untrusted_expressions(value)) > 0
}

# "<file> (job \"x\")" for each caller that passes attacker-controlled data as input `name`.
input_callers(name) := sort([sprintf("%s (%s)", [c.file, c.label]) |
	some c in callers
	value := object.get(object.get(c, "with", {}), name, "")
	is_string(value)
	count(untrusted_expressions(value)) > 0
])

_action_file("") := "action.yml"

_action_file(folder) := concat("/", [folder, "action.yml"]) if folder != ""

# " (passed by <callers>)" when expressions of `found` read inputs that callers taint, else "".
via_callers(found) := sprintf(" (passed by %s)", [concat(", ", sort({c | some name in _tainted_reads(found); some c in input_callers(name)}))]) if count(_tainted_reads(found)) > 0

via_callers(found) := "" if count(_tainted_reads(found)) == 0

_tainted_reads(found) := {name |
	some e in found
	some name in caller_tainted_inputs
	regex.match(sprintf(`\binputs\.%s\b`, [_quote(name)]), normalise(e))
}

# "<file> (job \"x\")" for each caller that runs this file for one of the events `names`.
called_from(names) := sort({sprintf("%s (%s)", [c.file, c.label]) |
	some c in callers
	some t in c.triggers
	t in names
})
