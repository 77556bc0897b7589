package palisade.k8s.selinux_custom_options_test

import data.palisade.k8s.selinux_custom_options

pod(spec) := {"kind": "Pod", "metadata": {"name": "p", "namespace": "app"}, "spec": spec}

test_custom_types_users_and_roles_are_flagged if {
	vs := selinux_custom_options.violation with input as pod({
		"securityContext": {"seLinuxOptions": {"type": "spc_t"}},
		"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r"}}}],
	})
	{v.path | some v in vs} == {
		["spec", "securityContext", "seLinuxOptions", "type"],
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "user"],
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "role"],
	}
}

test_container_types_and_levels_are_clean if {
	count(selinux_custom_options.violation) == 0 with input as pod({
		"securityContext": {"seLinuxOptions": {"level": "s0:c1,c2"}},
		"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_init_t"}}}],
	})
}
