# METADATA
# title: Build cache written by untrusted code or restored in a release
# description: >-
#   Caches are shared across workflows of a repository, and a pull request or any workflow that
#   runs untrusted code can write cache entries that a later run restores. A release or tag
#   workflow that restores a cache can therefore ship a poisoned dependency or build output.
#   Release builds should start from a clean, locked state, and a workflow outsiders trigger must
#   not save caches after checking out their code (setup actions such as setup-go cache by
#   default).
# related_resources:
#   - ref: https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/
# custom:
#   id: github-actions/cache-poisoning
#   severity: medium
#   kinds: [github-workflow]
#   remediation: |
#     Disable caching in workflows that publish artifacts.
#
#     Before:
#     ```yaml
#     on:
#       push:
#         tags: ["v*"]
#     steps:
#       - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
#         with:
#           cache: npm
#     ```
#     After:
#     ```yaml
#     steps:
#       - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
#       - run: npm ci
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-9]
#   equivalents:
#     zizmor: [cache-poisoning]
#     codeql: [actions/cache-poisoning/direct-cache, actions/cache-poisoning/poisonable-step, actions/cache-poisoning/code-injection]
package palisade.github_actions.cache_poisoning

import data.palisade.lib.github

_release if "release" in github.triggers

_release if input.on.push.tags

_release if input.on.create

# Setup actions whose `cache` input turns caching on, and which cache by default.
_setup := {"actions/setup-node", "actions/setup-python", "actions/setup-java", "actions/setup-go", "actions/setup-dotnet", "gradle/actions/setup-gradle", "astral-sh/setup-uv", "oven-sh/setup-bun"}

_caches_by_default := {"actions/setup-go", "gradle/actions/setup-gradle", "astral-sh/setup-uv", "jdx/mise-action", "Swatinem/rust-cache", "DeterminateSystems/magic-nix-cache-action", "hendrikmuhs/ccache-action", "mozilla-actions/sccache-action"}

# pull_request_target runs in the cache scope of the pull request's base branch: when its
# `branches:` filter names only branches other than the usual default ones, entries it writes are
# not restored by the default branch.
_other_branch_scope if {
	branches := input.on.pull_request_target.branches
	count(branches) > 0
	every b in branches {
		not regex.match(`^(main|master|trunk|develop)$|[*?\[]`, b)
	}
	count({t | some t in github.triggers; t in {"issue_comment", "workflow_run"}}) == 0
}

_other_branch_scope if {
	some b in input.on.pull_request_target["branches-ignore"]
	regex.match(`^(main|master)$`, b)
	count({t | some t in github.triggers; t in {"issue_comment", "workflow_run"}}) == 0
}

# What the checked-out code can have put in the cache: anything when a step between the checkout
# and the cache runs it; otherwise only files inside the workspace, where the checkout wrote.
_reachable(c, s) if {
	some u in github.steps
	u.job == s.job
	u.index > c.index
	u.index < s.index
	github.runs_workspace_code(u.step)
}

_reachable(_, s) if not _outside_workspace(s.step)

_outside_workspace(step) if {
	paths := [p | some p in split(object.get(object.get(step, "with", {}), "path", ""), "\n"); trim_space(p) != ""]
	count(paths) > 0
	every p in paths {
		regex.match(`^\s*(~|/|\$HOME|\$\{\{\s*runner\.)`, p)
	}
}

# A workflow outsiders start (pull_request_target, issue_comment, workflow_run) runs in the base
# branch's cache scope: a job there that checks out the pull request's code and then saves a cache
# lets that code write entries every later workflow — releases included — restores.
violation contains v if {
	github.has_trigger({"pull_request_target", "issue_comment", "workflow_run"})
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	some hit in _cache_use(s, u)
	not _other_branch_scope
	some c in github.steps
	c.job == s.job
	c.index < s.index
	github.checks_out_untrusted(c)
	_reachable(c, s)
	v := {
		"msg": sprintf("%s caches (%s) after checking out pull request code in a workflow outsiders trigger; that code can poison the cache the default branch and releases restore", [s.label, u.name]),
		"path": hit,
	}
}

violation contains v if {
	_release
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	some hit in _cache_use(s, u)
	v := {
		"msg": sprintf("%s restores a build cache (%s) in a release workflow; caches can be poisoned by other workflows, so build releases without them", [s.label, u.name]),
		"path": hit,
	}
}

_cache_use(s, u) := [array.concat(s.path, ["uses"])] if {
	u.name in {"actions/cache", "actions/cache/restore", "actions/cache/save"}
}

_cache_use(s, u) := [array.concat(s.path, ["with", "cache"])] if {
	u.name in _setup
	c := s.step["with"].cache
	not c in {false, "false", ""}
}

_cache_use(s, u) := [array.concat(s.path, ["uses"])] if {
	u.name in _caches_by_default
	not _has_input(s.step, "cache")
}

_has_input(step, name) if {
	is_object(step["with"])
	name in object.keys(step["with"])
}

_cache_use(s, u) := [array.concat(s.path, ["with", "bundler-cache"])] if {
	u.name == "ruby/setup-ruby"
	s.step["with"]["bundler-cache"] in {true, "true"}
}

# Code from the pull request running in the default branch's cache scope needs no caching step:
# it can read the runtime token from the runner and write cache entries itself ("Cacheract",
# Adnan Khan 2024), which later default-branch and release runs restore.
violation contains v if {
	github.has_trigger({"pull_request_target", "issue_comment", "workflow_run"})
	not _other_branch_scope
	some c in github.steps
	github.checks_out_untrusted(c)
	some u in github.steps
	u.job == c.job
	u.index > c.index
	github.runs_workspace_code(u.step)
	v := {
		"msg": sprintf("%s runs pull request code in the default branch's cache scope; it can write cache entries that later default-branch and release runs restore", [u.label]),
		"path": u.path,
		"confidence": "medium",
	}
}
