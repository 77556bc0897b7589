package palisade.k8s.rbac_wildcard_test

import data.palisade.k8s.rbac_wildcard

test_wildcard_verbs_and_resources_are_flagged if {
	vs := rbac_wildcard.violation with input as {
		"kind": "ClusterRole",
		"metadata": {"name": "deployer"},
		"rules": [
			{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]},
			{"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get", "*"]},
		],
	}
	{v.path | some v in vs} == {["rules", 1, "resources", 0], ["rules", 1, "verbs", 1]}
	some v in vs
	v.msg == `ClusterRole "deployer" rule 1 grants all verbs ("*"); list the verbs it needs explicitly`
}

test_explicit_rules_and_bindings_are_clean if {
	count(rbac_wildcard.violation) == 0 with input as {
		"kind": "Role",
		"rules": [{"apiGroups": ["*"], "resources": ["pods"], "verbs": ["get", "list"]}],
	}
	count(rbac_wildcard.violation) == 0 with input as {"kind": "RoleBinding", "rules": [{"verbs": ["*"]}]}
}
