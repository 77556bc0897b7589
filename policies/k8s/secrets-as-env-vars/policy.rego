# METADATA
# title: Secret exposed to a container as environment variables
# description: >-
#   Secrets passed through `env.valueFrom.secretKeyRef` or `envFrom.secretRef` become
#   environment variables: every child process inherits them, they appear in
#   /proc/<pid>/environ, crash reports and debug endpoints that dump the environment, and they
#   never change while the pod runs. Mounting the Secret as a file keeps it out of the
#   environment and lets it rotate.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/secrets-good-practices/
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod
# custom:
#   id: k8s/secrets-as-env-vars
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Mount the Secret as a volume and have the application read the file.
#
#     Before:
#     ```yaml
#     env:
#       - name: DB_PASSWORD
#         valueFrom:
#           secretKeyRef: {name: db, key: password}
#     ```
#     After:
#     ```yaml
#     volumeMounts:
#       - name: db
#         mountPath: /var/run/secrets/db
#         readOnly: true
#     # with a pod volume: {name: db, secret: {secretName: db}}
#     ```
#   tags: [security, secrets]
#   equivalents:
#     kubescape: [rule-secrets-in-env-var]
#     kube-linter: [read-secret-from-env-var]
package palisade.k8s.secrets_as_env_vars

import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	some i, env in c.container.env
	ref := env.valueFrom.secretKeyRef
	v := {
		"msg": sprintf("%s in %s reads %q from Secret %q into an environment variable; mount the Secret as a file instead", [c.label, k8s.resource, object.get(env, "name", "?"), object.get(ref, "name", "?")]),
		"path": array.concat(c.path, ["env", i]),
	}
}

violation contains v if {
	some c in k8s.containers
	some i, from in c.container.envFrom
	ref := from.secretRef
	v := {
		"msg": sprintf("%s in %s loads every key of Secret %q as environment variables; mount the Secret as a file instead", [c.label, k8s.resource, object.get(ref, "name", "?")]),
		"path": array.concat(c.path, ["envFrom", i]),
	}
}
