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
#   kinds: [github-workflow, github-action]
#   confidence: medium
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

_reads_untrusted := github.reads_untrusted

_vars(line) := github.shell_vars(line)

# Does a written line carry untrusted data? It reads untrusted input itself, or a variable the
# script assigned from such a read, or an env: variable set from an attacker-controlled context.
# (`cat <<EOF` writes a heredoc: it reads no file.)
_tainted(s, script, line) if regex.match(_reads_untrusted, regex.replace(line, `\bcat\s*<<-?\s*\S+`, ""))

_tainted(s, script, line) if {
	some name in _vars(line)
	some assign in regex.find_n(sprintf(`(?m)^\s*(export\s+)?%s=.*$`, [name]), script, -1)
	regex.match(_reads_untrusted, assign)
}

_tainted(s, _, line) if {
	some name in _vars(line)
	name in github.tainted_env(s)
}

# One assignment removed: FOO=${TITLE##*/} where TITLE came from an attacker-controlled context.
_tainted(s, script, line) if {
	some name in _vars(line)
	some assign in regex.find_n(sprintf(`(?m)^\s*(export\s+)?%s=.*$`, [name]), script, -1)
	some other in _vars(assign)
	other in github.tainted_env(s)
}

# A line that writes something computed (a variable, a command's output) rather than a constant.
_dynamic(line) if regex.match(`\$\(|\x60|\$\{?[A-Za-z_]`, regex.replace(line, `\$\{?(GITHUB|RUNNER)_[A-Za-z0-9_]*\}?`, ""))

# Lines written by a group (`{ …; } >> "$GITHUB_ENV"`) or a heredoc (`cat <<EOF >> "$GITHUB_ENV"`).
_block_lines(lines) := {[k, file] |
	some i, close in lines
	regex.match(`^\s*\}\s*>>`, close)
	some file in regex.find_n(`GITHUB_(ENV|PATH)`, close, 1)
	j := max([j | some j in numbers.range(0, i); regex.match(`^\s*\{\s*$`, lines[j])])
	some k in numbers.range(j + 1, i - 1)
} | {[k, file] |
	some i, open in lines
	some m in regex.find_all_string_submatch_n(`<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?.*>>\s*"?\$\{?(GITHUB_(ENV|PATH))`, open, 1)
	file := m[2]
	ends := [e | some e in numbers.range(i + 1, count(lines) - 1); trim_space(lines[e]) == m[1]]
	count(ends) > 0
	some k in numbers.range(i + 1, min(ends) - 1)
}

# Lines of a run script that append to $GITHUB_ENV / $GITHUB_PATH, with their index. A line whose
# data is a ${{ }} expression of attacker input is template-injection's finding, not this one.
_line_writes(s) := {{"line": i, "text": line, "file": file} |
	is_string(s.step.run)
	some i, line in split(s.step.run, "\n")
	some file in regex.find_n(`GITHUB_(ENV|PATH)`, line, -1)
	count(github.tainted_expressions(s, line)) == 0
}

_block_writes(s) := {{"line": k, "text": lines[k], "file": file} |
	is_string(s.step.run)
	lines := split(s.step.run, "\n")
	some [k, file] in _block_lines(lines)
	count(github.tainted_expressions(s, lines[k])) == 0
}

_writes(s) := _line_writes(s) | _block_writes(s)

_context := concat(", ", sort([t | some t in github.triggers; t in github.privileged_untrusted]))

# Workflows started by outsiders: a write of untrusted data is reported by default; any other
# computed write only in the strict profile.
violation contains v if {
	github.has_trigger(github.privileged_untrusted)
	some s in github.steps
	some w in _writes(s)
	_tainted(s, s.step.run, w.text)
	v := {
		"msg": sprintf("%s writes data read from files, artifacts or APIs to $%s in a workflow triggered by %s; untrusted data there can inject environment variables or PATH entries into later steps", [s.label, w.file, _context]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, w.line),
	}
}

violation contains v if {
	github.has_trigger(github.privileged_untrusted)
	some s in github.steps
	some w in _writes(s)
	_dynamic(w.text)
	not _tainted(s, s.step.run, w.text)
	v := {
		"msg": sprintf("%s writes a computed value to $%s in a workflow triggered by %s; make sure no outsider can influence it, since it can set environment variables or PATH entries of later steps", [s.label, w.file, _context]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, w.line),
		"profile": "strict",
		"confidence": "low",
	}
}

# Composite actions run in their caller's context, which may be privileged: reported in the
# strict profile when the written data is untrusted.
violation contains v if {
	input.runs.steps
	some s in github.steps
	some w in _writes(s)
	_tainted(s, s.step.run, w.text)
	v := {
		"msg": sprintf("%s writes data read from files or APIs to $%s; a caller triggered by outsiders lets them set environment variables or PATH entries of later steps", [s.label, w.file]),
		"path": github.script_route(array.concat(s.path, ["run"]), s.step.run, w.line),
		"profile": "strict",
	}
}
