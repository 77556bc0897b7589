# METADATA
# title: Pod sets custom SELinux options
# description: >-
#   SELinux confines containers through the `container_t` family of types. Setting another
#   SELinux type, or an SELinux user or role, can give the container an unconfined or host-level
#   context and switch that confinement off. The Pod Security Standards' baseline profile only
#   allows the container types and no user or role.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: k8s/selinux-custom-options
#   severity: medium
#   kinds: [kubernetes]
#   remediation: |
#     Remove seLinuxOptions, or keep only a level (MCS labels) and one of the container types.
#
#     Before:
#     ```yaml
#     securityContext:
#       seLinuxOptions:
#         type: spc_t
#     ```
#     After:
#     ```yaml
#     securityContext:
#       seLinuxOptions:
#         level: "s0:c123,c456"
#     ```
#   tags: [security, pod-security]
package palisade.k8s.selinux_custom_options

import data.palisade.lib.k8s

allowed_types := {"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# The pod's and every container's seLinuxOptions, with their routes.
settings contains {"owner": k8s.resource, "options": opts, "path": array.concat(k8s.pod_spec_path, ["securityContext", "seLinuxOptions"])} if {
	opts := k8s.pod_spec.securityContext.seLinuxOptions
	is_object(opts)
}

settings contains {"owner": sprintf("%s in %s", [c.label, k8s.resource]), "options": opts, "path": array.concat(c.path, ["securityContext", "seLinuxOptions"])} if {
	some c in k8s.containers
	opts := c.container.securityContext.seLinuxOptions
	is_object(opts)
}

violation contains v if {
	some s in settings
	t := s.options.type
	is_string(t)
	t != ""
	not t in allowed_types
	v := {
		"msg": sprintf("%s sets SELinux type %q, outside the confined container types; remove it", [s.owner, t]),
		"path": array.concat(s.path, ["type"]),
	}
}

violation contains v if {
	some s in settings
	some field in {"user", "role"}
	value := s.options[field]
	is_string(value)
	value != ""
	v := {
		"msg": sprintf("%s sets SELinux %s %q; custom SELinux users and roles can lift confinement, remove it", [s.owner, field, value]),
		"path": array.concat(s.path, [field]),
	}
}
