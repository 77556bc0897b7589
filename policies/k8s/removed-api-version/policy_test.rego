package palisade.k8s.removed_api_version_test

import data.palisade.k8s.removed_api_version

test_removed_versions_are_flagged if {
	vs := removed_api_version.violation with input as {"apiVersion": "extensions/v1beta1", "kind": "Deployment", "metadata": {"name": "d"}}
	[v.msg | some v in vs] == [`Deployment "d" uses extensions/v1beta1, removed in Kubernetes 1.16; use apps/v1`]
}

test_current_versions_are_clean if {
	count(removed_api_version.violation) == 0 with input as {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}}
	count(removed_api_version.violation) == 0 with input as {"apiVersion": "policy/v1beta1", "kind": "Other", "metadata": {"name": "d"}}
}
