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

# Reported once per name, on its first entry (the first one that has no effect).
violation contains v if {
	some c in k8s.containers
	env := c.container.env
	some i, first in env
	is_string(first.name)
	entries := [j | some j, e in env; e.name == first.name]
	count(entries) > 1
	i == entries[0]
	v := {
		"msg": sprintf("%s in %s sets %q %d times; only the last value counts, keep one entry", [c.label, k8s.resource, first.name, count(entries)]),
		"path": array.concat(c.path, ["env", i]),
	}
}
