# METADATA
# title: Secret written as a literal environment variable
# description: >-
#   A password, token or key written as a literal `value` in the manifest is stored in Git, in
#   every rendered copy of the manifest and in the object in etcd, readable by anyone who can
#   read the workload. It cannot be rotated without a redeploy and ends up in logs and crash
#   reports that print the environment. Reported when the variable is named like a credential,
#   or when its value has a credential's own format (a private key, an AWS access key ID, a
#   GitHub, GitLab, Slack or npm token …) whatever the name.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables
# custom:
#   id: k8s/secrets-in-env
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Move the value into a Secret (created outside Git, e.g. by External Secrets or Sealed
#     Secrets) and reference it with `valueFrom.secretKeyRef`, or mount it as a file.
#
#     Before:
#     ```yaml
#     env:
#       - name: DB_PASSWORD
#         value: hunter2
#     ```
#     After:
#     ```yaml
#     env:
#       - name: DB_PASSWORD
#         valueFrom:
#           secretKeyRef:
#             name: db-credentials
#             key: password
#     ```
#   tags: [security, secrets]
#   equivalents:
#     polaris: [sensitiveContainerEnvVar]
#     kubescape: [rule-credentials-in-env-var]
#     kube-linter: [env-var-secret]
package palisade.k8s.secrets_in_env

import data.palisade.lib.credentials
import data.palisade.lib.k8s

violation contains v if {
	some c in k8s.containers
	some i, env in c.container.env
	is_string(env.value)
	env.value != ""
	k8s.credential_name(env.name)
	not k8s.placeholder(env.value)
	v := {
		"msg": sprintf("%s in %s sets %q as a literal value; reference a Secret with valueFrom.secretKeyRef instead", [c.label, k8s.resource, env.name]),
		"path": array.concat(c.path, ["env", i, "value"]),
	}
}

violation contains v if {
	some c in k8s.containers
	some i, env in c.container.env
	not k8s.credential_name(env.name)
	what := credentials.credential_value(env.value)
	v := {
		"msg": sprintf("%s in %s puts %s in the literal value of %q; reference a Secret instead", [c.label, k8s.resource, what, env.name]),
		"path": array.concat(c.path, ["env", i, "value"]),
	}
}
