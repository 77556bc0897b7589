# METADATA
# title: Ingress routes to a Service or port no manifest defines
# description: >-
#   An Ingress backend naming a missing Service, or a port the Service does not expose, answers
#   every request on that route with an error; some controllers then fall through to a default
#   backend nobody meant to expose. Checked against the Services of the same scan, so scan the
#   whole manifests folder.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/ingress/
# custom:
#   id: k8s/ingress-backend-missing
#   severity: low
#   profile: strict
#   confidence: medium
#   inventory: true
#   kinds: [kubernetes]
#   remediation: |
#     Point the backend at the Service's name and one of its ports (number or name).
#
#     Before:
#     ```yaml
#     backend:
#       service:
#         name: web-svc    # the Service is called web
#         port:
#           number: 80
#     ```
#     After:
#     ```yaml
#     backend:
#       service:
#         name: web
#         port:
#           number: 80
#     ```
#   tags: [reliability, inventory]
#   equivalents:
#     kubescape: [dangling-ingress-backend]
#     kube-linter: [dangling-ingress]
package palisade.k8s.ingress_backend_missing

import data.palisade.lib.k8s
import data.palisade.lib.k8s_inventory as inventory

# Every Service backend of the Ingress (networking.k8s.io/v1 and the older extensions shape):
# {name, port (number or name, or null), path}.
backends contains b if {
	some prefix in [["spec", "defaultBackend"], ["spec", "backend"]]
	b := backend(object.get(input, prefix, null), prefix)
}

backends contains b if {
	some i, rule in input.spec.rules
	some j, p in rule.http.paths
	b := backend(p.backend, ["spec", "rules", i, "http", "paths", j, "backend"])
}

backend(x, at) := {"name": x.service.name, "port": port(object.get(x.service, "port", {})), "path": array.concat(at, ["service", "name"])} if {
	is_string(x.service.name)
} else := {"name": x.serviceName, "port": object.get(x, "servicePort", null), "path": array.concat(at, ["serviceName"])} if {
	is_string(x.serviceName)
}

port(p) := p.number if p.number != null
else := p.name if p.name != null
else := null

violation contains v if {
	inventory.loaded
	input.kind == "Ingress"
	some b in backends
	services := [s | some s in inventory.objects(inventory.namespace, "Service"); s.metadata.name == b.name]
	count(services) == 0
	v := {
		"msg": sprintf("%s routes to Service %q, which no manifest of this scan defines in namespace %q", [k8s.resource, b.name, inventory.namespace]),
		"path": b.path,
	}
}

violation contains v if {
	inventory.loaded
	input.kind == "Ingress"
	some b in backends
	b.port != null
	some s in inventory.objects(inventory.namespace, "Service")
	s.metadata.name == b.name
	not exposes(s, b.port)
	v := {
		"msg": sprintf("%s routes to port %v of Service %q, which the Service does not expose", [k8s.resource, b.port, b.name]),
		"path": b.path,
	}
}

exposes(s, p) if {
	some sp in s.spec.ports
	sp.port == p
}

exposes(s, p) if {
	some sp in s.spec.ports
	sp.name == p
}
