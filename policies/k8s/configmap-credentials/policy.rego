# METADATA
# title: ConfigMap holds a credential
# description: >-
#   ConfigMaps are not meant for secrets: they are readable by anyone allowed to read
#   configuration, are not encrypted at rest by default, show up in `kubectl describe` output
#   and get committed with the manifests. A key named like a password, token or API key with a
#   literal value, or any value in a credential's own format (a private key, an AWS access key
#   ID, a GitHub, GitLab, Slack or npm token …) whatever its key, belongs in a Secret.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/configuration/configmap/
#   - ref: https://kubernetes.io/docs/concepts/configuration/secret/
# custom:
#   id: k8s/configmap-credentials
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Move the value into a Secret (or an external secret store) and reference that.
#
#     Before:
#     ```yaml
#     kind: ConfigMap
#     data:
#       DB_PASSWORD: hunter2
#     ```
#     After:
#     ```yaml
#     kind: Secret
#     stringData:
#       DB_PASSWORD: <from your secret manager>
#     ```
#   tags: [security, secrets]
#   frameworks:
#     cwe: [CWE-798]
#   equivalents:
#     kubescape: [rule-credentials-configmap]
package palisade.k8s.configmap_credentials

import data.palisade.lib.credentials
import data.palisade.lib.k8s

violation contains v if {
	input.kind == "ConfigMap"
	some key, value in input.data
	is_string(value)
	value != ""
	k8s.credential_name(key)
	not k8s.placeholder(value)
	v := {
		"msg": sprintf("%s stores %q as plain configuration; move it to a Secret", [k8s.resource, key]),
		"path": ["data", key],
	}
}

violation contains v if {
	input.kind == "ConfigMap"
	some key, value in input.data
	not k8s.credential_name(key)
	what := credentials.credential_value(value)
	v := {
		"msg": sprintf("%s holds %s in %q; move it to a Secret", [k8s.resource, what, key]),
		"path": ["data", key],
	}
}
