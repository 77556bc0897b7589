# METADATA
# title: Container sets the same environment variable twice
# description: >-
#   When a container lists the same variable name twice in `env`, only the last value is used.
#   The first one silently has no effect, and tools that merge or patch the list (kustomize,
#   Helm) may keep a different one than a reader expects.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/
# custom:
#   id: k8s/duplicate-env-var
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Keep one entry per name.
#
#     Before:
#     ```yaml
#     env:
#       - {name: LOG_LEVEL, value: info}
#       - {name: LOG_LEVEL, value: debug}
#     ```
#     After:
#     ```yaml
#     env:
#       - {name: LOG_LEVEL, value: debug}
#     ```
#   tags: [correctness]
#   equivalents:
#     kubescape: [duplicate-env-var]
#     kube-linter: [duplicate-env-var]
package palisade.k8s.duplicate_env_var

import data.palisade.lib.k8s

# Every entry of a repeated name is reported: each is a place a reader may edit, and only the
# last one is used.
violation contains v if {
	some c in k8s.containers
	env := c.container.env
	some i, entry in env
	is_string(entry.name)
	entries := [j | some j, e in env; e.name == entry.name]
	count(entries) > 1
	v := {
		"msg": sprintf("%s in %s sets %q %d times (%s); only the last value counts, keep one entry", [c.label, k8s.resource, entry.name, count(entries), effect(i, entries)]),
		"path": array.concat(c.path, ["env", i]),
	}
}

effect(i, entries) := "this is the one used" if i == entries[count(entries) - 1]
else := "this entry has no effect"
