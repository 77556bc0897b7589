# Unit tests for github-actions/argument-injection: tainted program text, continued lines, and
# values passed as data.
package palisade.github_actions.argument_injection_test

import data.palisade.github_actions.argument_injection as policy

_wf(steps) := {"on": "pull_request_target", "env": {"T": "${{ github.event.pull_request.title }}"}, "jobs": {"j": {"steps": steps}}}

test_continued_sed if {
	found := {v.path | some v in policy.violation} with input as _wf([{"run": "x\nsed -e 's#a#b#' \\\n  -e 's#c#${T}#' \\\n  in > out\n"}])
	found == {["jobs", "j", "steps", 0, "run", 1]}
}

test_variable_from_untrusted_checkout if {
	steps := [{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}}, {"run": "B=$(git log --format=%s)\nsed \"s/X/$B/\" f"}]
	count(policy.violation) == 1 with input as _wf(steps)
}

test_data_not_program if {
	count(policy.violation) == 0 with input as _wf([{"run": "awk -v t=\"$T\" '{print t}'\necho \"$T\" | sed 's/a/b/'"}])
}
