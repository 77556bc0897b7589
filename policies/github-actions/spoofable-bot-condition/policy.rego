# METADATA
# title: Bot check based on github.actor can be spoofed
# description: >-
#   `github.actor` is whoever caused the latest event, not who wrote the pull request. An attacker
#   can make a bot (e.g. Dependabot) the actor of their PR's next run — by having it rebase or
#   by a close/reopen it triggers — and so pass an `if: github.actor == 'dependabot[bot]'` gate
#   that auto-merges or grants secrets. Check the PR author instead.
# related_resources:
#   - ref: https://securitylab.github.com/resources/github-actions-new-patterns-and-mitigations/
# custom:
#   id: github-actions/spoofable-bot-condition
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Compare the pull request's author.
#
#     Before:
#     ```yaml
#     if: github.actor == 'dependabot[bot]'
#     ```
#     After:
#     ```yaml
#     if: github.event.pull_request.user.login == 'dependabot[bot]'
#     ```
#   tags: [security, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-4]
#   equivalents:
#     zizmor: [bot-conditions]
package palisade.github_actions.spoofable_bot_condition

import data.palisade.lib.github

# Who triggered the run, in every spelling: github.actor, github['actor'], actor_id,
# triggering_actor and the event's sender.
_who := `github(\.(actor|actor_id|triggering_actor)\b|\[\s*['"](actor|actor_id|triggering_actor)['"]\s*\]|\.event\.sender\.(login|id)\b)`

# A bot: a `[bot]` login, or the numeric id of dependabot, renovate or github-actions.
_bot := `['"]([^'"]*\[bot\]|49699333|29139614|41898282)['"]|\b(49699333|29139614|41898282)\b`

_actor := sprintf(`(%s)\s*==\s*(%s)|(%s)\s*==\s*(%s)|([Cc]ontains|[Ee]nds[Ww]ith|[Ss]tarts[Ww]ith)\(\s*(%s)\s*,\s*['"][^'"]*\[bot\]`, [_who, _bot, _bot, _who, _who])

_conditions contains {"owner": sprintf("job \"%s\"", [j.id]), "if": j.job["if"], "path": array.concat(j.path, ["if"])} if {
	some j in github.jobs
	is_string(j.job["if"])
}

_conditions contains {"owner": s.label, "if": s.step["if"], "path": array.concat(s.path, ["if"])} if {
	some s in github.steps
	is_string(s.step["if"])
}

violation contains v if {
	some c in _conditions
	some found in regex.find_n(_actor, c["if"], -1)
	v := {
		"msg": sprintf("%s trusts a bot through %s, which the bot's own follow-up events make true for anyone's pull request; check github.event.pull_request.user.login instead", [c.owner, found]),
		"path": c.path,
	}
}
