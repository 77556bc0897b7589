# METADATA
# title: if condition that is always true
# description: >-
#   GitHub evaluates an `if:` as an expression only when the whole value is one `${{ … }}`. Any
#   text around it — a second expression, a comparison written outside the braces, a space, or the
#   newline a `|` or `>` block scalar keeps — turns the value into a non-empty string, which is
#   true. The guard (an actor, label or event check) then never stops the step or job.
# related_resources:
#   - ref: https://github.com/actions/runner/issues/1173
# custom:
#   id: github-actions/if-always-true
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Write the whole condition inside one expression, or without `${{ }}` at all, and use `>-`
#     (or a plain scalar) for multi-line conditions.
#
#     Before:
#     ```yaml
#     if: ${{ github.actor }} == 'dependabot[bot]'
#     if: |
#       ${{ github.event_name == 'push' }}
#     ```
#     After:
#     ```yaml
#     if: github.actor == 'dependabot[bot]'
#     if: >-
#       ${{ github.event_name == 'push' }}
#     ```
#   tags: [security, github-actions, logic]
#   frameworks:
#     owasp-cicd: [CICD-SEC-1]
#   equivalents:
#     codeql: [actions/if-expression-always-true/critical, actions/if-expression-always-true/high]
#     poutine: [if_always_true]
package palisade.github_actions.if_always_true

import data.palisade.lib.github

_conditions contains {"owner": sprintf("job \"%s\"", [j.id]), "cond": j.job["if"], "path": array.concat(j.path, ["if"])} if {
	some j in github.jobs
	is_string(j.job["if"])
}

_conditions contains {"owner": s.label, "cond": s.step["if"], "path": array.concat(s.path, ["if"])} if {
	some s in github.steps
	is_string(s.step["if"])
}

violation contains v if {
	some c in _conditions
	contains(c.cond, "${{")
	not _one_expression(c.cond)
	v := {
		"msg": sprintf("the if: of %s has text outside its ${{ }} expression, so GitHub reads it as a non-empty string and it is always true", [c.owner]),
		"path": c.path,
	}
}

# The whole value is exactly one expression (nothing before or after, not even a newline).
_one_expression(cond) if {
	[e] := github.expressions(cond)
	e == cond
}
