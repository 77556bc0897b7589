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

test_untrusted_expressions_variants if {
	found := github.untrusted_expressions("${{ github.event.head_commit.committer.email }} ${{ toJson(github.event.issue) }} ${{ github.event.changes.title.from }} ${{ github['head_ref'] }}")
	count(found) == 4
	count(github.untrusted_expressions("${{ contains(github.event.comment.body, '/go') }} ${{ github.event.issue.title == 'x' }} ${{ toJSON(github.sha) }}")) == 0
}

test_tainted_variables if {
	wf := {
		"env": {"T": "${{ github.event.issue.title }}", "S": "${{ github.sha }}"},
		"jobs": {
			"a": {
				"outputs": {"o": "${{ steps.x.outputs.v }}", "safe": "${{ steps.y.outputs.v }}"},
				"steps": [
					{"id": "x", "run": "echo \"v=${{ github.event.issue.body }}\" >> $GITHUB_OUTPUT"},
					{"id": "y", "run": "echo v=1 >> $GITHUB_OUTPUT"},
					{"run": "echo ${{ env.T }} ${{ env.S }} ${{ steps.x.outputs.v }} ${{ steps.y.outputs.v }}"},
				],
			},
			"b": {"steps": [{"run": "echo ${{ needs.a.outputs.o }} ${{ needs.a.outputs.safe }}"}]},
		},
	}
	some s in github.steps with input as wf
	s.path == ["jobs", "a", "steps", 2]
	found := github.tainted_expressions(s, s.step.run) with input as wf
	found == ["${{ env.T }}", "${{ steps.x.outputs.v }}"]
	some t in github.steps with input as wf
	t.job == "b"
	github.tainted_expressions(t, t.step.run) == ["${{ needs.a.outputs.o }}"] with input as wf
}

test_lines_and_routes if {
	text := "a\nb ${{ x }}\nc ${{ x }} ${{ y }}\n"
	github.lines_with(text, ["${{ x }}", "${{ y }}"]) == [{"line": 1, "found": ["${{ x }}"]}, {"line": 2, "found": ["${{ x }}", "${{ y }}"]}]
	github.script_route(["run"], text, 2) == ["run", 2]
	github.script_route(["run"], "echo ${{ x }}\n", 0) == ["run"]
}

test_bracket_spelling_normalised if {
	github.normalise("${{ github['event']['comment'][ 'body' ] }}") == "${{ github.event.comment.body }}"
	count(github.untrusted_expressions("${{ github['event']['issue']['title'] }}")) == 1
}

# The last step of `job` in `wf`, and the tainted expressions of its script.
_sink(wf, job) := found if {
	some s in github.steps with input as wf
	s.job == job
	s.index == count(wf.jobs[job].steps) - 1
	found := github.tainted_expressions(s, s.step.run) with input as wf
}

test_taint_through_actions_and_scripts if {
	wf := {"on": "push", "jobs": {"a": {"steps": [
		{"id": "r", "uses": "some/replace@v1", "with": {"source": "${{ github.event.head_commit.message }}"}},
		{"id": "o", "env": {"V": "${{ steps.r.outputs.value }}"}, "run": "X=$(echo \"$V\")\necho \"x=$X\" >> $GITHUB_OUTPUT"},
		{"run": "echo ${{ steps.o.outputs.x }}"},
	]}}}
	_sink(wf, "a") == ["${{ steps.o.outputs.x }}"]
}

test_taint_through_github_env if {
	wf := {"on": "pull_request_target", "jobs": {"a": {"steps": [
		{"env": {"T": "${{ github.event.pull_request.title }}"}, "run": "echo KEY=$(echo \"$T\") >> $GITHUB_ENV"},
		{"run": "echo SAFE=1 >> $GITHUB_ENV"},
		{"run": "echo ${{ env.KEY }} ${{ env.SAFE }}"},
	]}}}
	_sink(wf, "a") == ["${{ env.KEY }}"]
}

test_artifact_reads_taint_unless_validated if {
	wf := {"on": {"workflow_run": {"workflows": ["CI"]}}, "jobs": {"a": {"steps": [
		{"uses": "actions/download-artifact@v4", "with": {"name": "pr"}},
		{"id": "pr", "run": "echo \"id=$(<pr-id.txt)\" >> $GITHUB_OUTPUT"},
		{"id": "ok", "run": "N=$(cat pr-id.txt)\nif [[ $N =~ ^[0-9]+$ ]]; then\n  echo \"n=$N\" >> $GITHUB_OUTPUT\nfi"},
		{"run": "echo ${{ steps.pr.outputs.id }} ${{ steps.ok.outputs.n }}"},
	]}}}
	_sink(wf, "a") == ["${{ steps.pr.outputs.id }}"]
}

test_file_reads_without_untrusted_files_are_trusted if {
	wf := {"on": "push", "jobs": {"a": {"steps": [
		{"uses": "actions/download-artifact@v4"},
		{"id": "v", "run": "echo \"v=$(cat VERSION)\" >> $GITHUB_OUTPUT"},
		{"run": "echo ${{ steps.v.outputs.v }}"},
	]}}}
	_sink(wf, "a") == []
}

test_only_composite_actions_have_steps if {
	count(github.steps) == 0 with input as {"runs": {"using": "docker", "image": "Dockerfile", "steps": [{"run": "x"}]}}
}

test_pr_head_checkouts if {
	github.checks_out_head({"run": "gh pr checkout ${{ github.event.issue.number }}"})
	github.checks_out_head({"run": "git fetch origin pull/${{ github.event.number }}/head:pr"})
	github.checks_out_head({"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}})
	not github.checks_out_head({"uses": "actions/checkout@v4"})
	not github.checks_out_head({"run": "git fetch origin main"})
}

test_uses_version if {
	sha := "11bd71901bbe5b1630ceea73d27597364c9af683"
	commented := {"x-palisade": {"uses_versions": {"jobs/b/steps/2": "v4.2.2"}}}
	github.uses_version(["jobs", "b", "steps", 2], github.parse_uses(concat("@", ["actions/checkout", sha]))) == "v4.2.2" with input as commented
	github.uses_version(["jobs", "b", "steps", 1], github.parse_uses(concat("@", ["actions/checkout", sha]))) == sha with input as commented
	github.uses_version(["jobs", "b", "steps", 2], github.parse_uses("actions/checkout@v4")) == "v4" with input as commented
}

_callee_wf := {
	"on": {"workflow_call": {"inputs": {"title": {"type": "string"}, "ref": {"type": "string"}}}},
	"jobs": {"j": {"steps": [{"run": "echo \"${{ inputs.title }}\" ${{ inputs.ref }}"}]}},
	"x-palisade": {"path": ".github/workflows/reusable.yml"},
}

_callers := {"github": {
	"workflows": {
		".github/workflows/pr.yml": {"on": "pull_request_target", "jobs": {"call": {
			"uses": "./.github/workflows/reusable.yml",
			"with": {"title": "${{ github.event.pull_request.title }}", "ref": "${{ github.sha }}"},
		}}},
		".github/workflows/other.yml": {"on": "push", "jobs": {"call": {"uses": "./.github/workflows/elsewhere.yml", "with": {"ref": "${{ github.head_ref }}"}}}},
	},
	"actions": {},
}}

test_caller_tainted_inputs_of_a_reusable_workflow if {
	github.caller_tainted_inputs == {"title"} with input as _callee_wf with data.inventory as _callers
	github.input_callers("title") == [".github/workflows/pr.yml (job \"call\")"] with input as _callee_wf with data.inventory as _callers
	s := {"job": "j", "index": 0, "step": _callee_wf.jobs.j.steps[0], "path": ["jobs", "j", "steps", 0]}
	github.tainted_expressions(s, s.step.run) == ["${{ inputs.title }}"] with input as _callee_wf with data.inventory as _callers
	# Without the inventory (a single file, a partial scan) nothing is known of the callers.
	github.tainted_expressions(s, s.step.run) == [] with input as _callee_wf
}

test_caller_tainted_inputs_of_a_composite_action if {
	action := {"runs": {"using": "composite", "steps": [{"run": "echo ${{ inputs.body }}", "shell": "bash"}]}, "x-palisade": {"path": ".github/actions/greet/action.yaml"}}
	inv := {"github": {"workflows": {"w.yml": {"jobs": {"j": {"steps": [{"uses": "./.github/actions/greet/", "with": {"body": "${{ github.event.comment.body }}"}}]}}}}, "actions": {}}}
	github.caller_tainted_inputs == {"body"} with input as action with data.inventory as inv
	github.via_callers(["${{ inputs.body }}"]) == " (passed by w.yml (job \"j\" step 1))" with input as action with data.inventory as inv
	github.via_callers(["${{ inputs.other }}"]) == "" with input as action with data.inventory as inv
}
