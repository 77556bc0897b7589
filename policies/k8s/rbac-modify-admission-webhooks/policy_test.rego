package palisade.k8s.rbac_modify_admission_webhooks_test

import data.palisade.k8s.rbac_modify_admission_webhooks

role(rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": rules}

test_the_permission_is_flagged if {
	vs := rbac_modify_admission_webhooks.violation with input as role([
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations"], "verbs": ["patch"]},
	])
	{v.path | some v in vs} == {["rules", 0]}
}

test_other_permissions_are_clean if {
	count(rbac_modify_admission_webhooks.violation) == 0 with input as role([
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["get", "list", "watch"]},
	])
}
