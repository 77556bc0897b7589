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

violation contains v if {
	some c in k8s.containers
	some j, later in c.container.env
	some i, earlier in c.container.env
	i < j
	is_string(later.name)
	earlier.name == later.name
	v := {
		"msg": sprintf("%s in %s sets %q again (entry %d); only the last value counts, remove the other", [c.label, k8s.resource, later.name, i]),
		"path": array.concat(c.path, ["env", j]),
	}
}
