# Unit tests for palisade.lib.github: trigger normalisation, steps and their labels, `uses`
# parsing and the untrusted-context matcher.
package palisade.lib.github_test

import data.palisade.lib.github

test_triggers_string if {
	ts := github.triggers with input as {"on": "push"}
	ts == {"push"}
}

test_triggers_list if {
	ts := github.triggers with input as {"on": ["push", "pull_request"]}
	ts == {"push", "pull_request"}
}

test_triggers_map if {
	ts := github.triggers with input as {"on": {"pull_request_target": null, "schedule": [{"cron": "0 3 * * *"}]}}
	ts == {"pull_request_target", "schedule"}
}

test_steps_of_workflow_and_composite_action if {
	wf := {s.path | some s in github.steps} with input as {"jobs": {"a": {"steps": [{"run": "x"}, {"uses": "actions/checkout@v4"}]}}}
	wf == {["jobs", "a", "steps", 0], ["jobs", "a", "steps", 1]}
	action := {s.path | some s in github.steps} with input as {"runs": {"using": "composite", "steps": [{"run": "x", "shell": "bash"}]}}
	action == {["runs", "steps", 0]}
}

test_step_labels if {
	labels := {s.label | some s in github.steps} with input as {"jobs": {"build": {"steps": [{"name": "Compile", "run": "make"}, {"uses": "actions/checkout@v4"}, {"run": "ls"}]}}}
	labels == {"step \"Compile\" of job \"build\"", "step 2 (actions/checkout@v4) of job \"build\"", "step 3 of job \"build\""}
}

test_parse_uses if {
	github.parse_uses("actions/checkout@v4") == {"kind": "repo", "raw": "actions/checkout@v4", "name": "actions/checkout", "owner": "actions", "repo": "actions/checkout", "ref": "v4"}
	github.parse_uses("github/codeql-action/init@v3").repo == "github/codeql-action"
	github.parse_uses("github/codeql-action/init@v3").name == "github/codeql-action/init"
	github.parse_uses("./.github/actions/setup").kind == "local"
	github.parse_uses("docker://alpine:3.20").image == "alpine:3.20"
	github.parse_uses("actions/checkout").ref == ""
}

test_is_sha if {
	github.is_sha("11bd71901bbe5b1630ceea73d27597364c9af683")
	not github.is_sha("v4")
	not github.is_sha("11bd71901bbe")
}

test_untrusted_expressions if {
	found := github.untrusted_expressions("a ${{ github.event.issue.title }} b ${{ github.sha }} c ${{ github.event.commits[0].message }} ${{ github.head_ref }}")
	found == ["${{ github.event.issue.title }}", "${{ github.event.commits[0].message }}", "${{ github.head_ref }}"]
	count(github.untrusted_expressions("${{ github.event.pull_request.number }}")) == 0
}
