# Unit tests for github-actions/unpinned-tool-install: @latest by default, unversioned global
# installs in the strict profile, pinned installs not at all.
package palisade.github_actions.unpinned_tool_install_test

import data.palisade.github_actions.unpinned_tool_install as policy

test_latest_and_unversioned if {
	found := policy.violation with input as {"jobs": {"j": {"steps": [{"run": "go install x.io/y@latest\ncargo install cargo-deny\npipx install black\nnpm i -g pnpm"}]}}}
	{[v.path[5], object.get(v, "profile", "default")] | some v in found} == {[0, "default"], [1, "strict"], [2, "strict"], [3, "strict"]}
}

test_pinned if {
	count(policy.violation) == 0 with input as {"jobs": {"j": {"steps": [{"run": "go install x.io/y@v1.2.3\ncargo install cargo-deny --version 1.0\nnpm install -g pnpm@9\npip install -r req.txt\nnpm install"}]}}}
}
