# METADATA
# title: Windows container runs as a HostProcess
# description: >-
#   A Windows HostProcess container (`windowsOptions.hostProcess: true`) runs directly on the
#   node, outside any container isolation, with access to the host's filesystem, network and
#   processes: it is the Windows counterpart of a privileged container. The Pod Security
#   Standards' baseline profile forbids it.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
# custom:
#   id: k8s/host-process
#   severity: high
#   kinds: [kubernetes]
#   remediation: |
#     Remove hostProcess (and hostNetwork) unless this is a node agent that must manage the host;
#     such agents belong in a dedicated, tightly controlled namespace.
#
#     Before:
#     ```yaml
#     securityContext:
#       windowsOptions:
#         hostProcess: true
#     ```
#     After:
#     ```yaml
#     securityContext:
#       windowsOptions:
#         runAsUserName: "ContainerUser"
#     ```
#   tags: [security, pod-security]
#   equivalents:
#     kubescape: [set-hostprocess-true]
#     polaris: [hostProcess]
package palisade.k8s.host_process

import data.palisade.lib.k8s

violation contains v if {
	k8s.pod_spec.securityContext.windowsOptions.hostProcess == true
	v := {
		"msg": sprintf("%s runs its containers as Windows HostProcess containers, outside container isolation; remove hostProcess", [k8s.resource]),
		"path": array.concat(k8s.pod_spec_path, ["securityContext", "windowsOptions", "hostProcess"]),
	}
}

violation contains v if {
	some c in k8s.containers
	c.container.securityContext.windowsOptions.hostProcess == true
	v := {
		"msg": sprintf("%s in %s runs as a Windows HostProcess container, outside container isolation; remove hostProcess", [c.label, k8s.resource]),
		"path": array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]),
	}
}
