# METADATA
# title: Probe uses a port the container does not define for it
# description: >-
#   A probe that names its port (`port: http`) resolves the name against the container's
#   `ports`. If no port has that name, or the port is UDP, the probe can never succeed: the kubelet keeps restarting
#   the container (liveness) or never sends it traffic (readiness, startup). A probe on a port
#   number the container does not declare, while it declares others, is most often a stale
#   number left behind when the app moved.
# related_resources:
#   - ref: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: k8s/probe-port-undefined
#   severity: low
#   kinds: [kubernetes]
#   remediation: |
#     Name the container port the probe refers to (or use the number).
#
#     Before:
#     ```yaml
#     ports:
#       - containerPort: 8080
#     livenessProbe:
#       httpGet: {path: /healthz, port: http}
#     ```
#     After:
#     ```yaml
#     ports:
#       - name: http
#         containerPort: 8080
#     livenessProbe:
#       httpGet: {path: /healthz, port: http}
#     ```
#   tags: [reliability]
#   equivalents:
#     kube-linter: [liveness-port, readiness-port, startup-port]
package palisade.k8s.probe_port_undefined

import data.palisade.lib.k8s

probes := {"livenessProbe", "readinessProbe", "startupProbe"}

handlers := {"httpGet", "tcpSocket", "grpc"}

violation contains v if {
	some c in k8s.containers
	some probe in probes
	some handler in handlers
	port := c.container[probe][handler].port
	is_string(port)
	not regex.match(`^[0-9]+$`, port)
	not port in {p.name | some p in object.get(c.container, "ports", [])}
	v := {
		"msg": sprintf("%s in %s: %s uses port %q, which none of its ports is named; the probe can never succeed", [c.label, k8s.resource, probe, port]),
		"path": array.concat(c.path, [probe, handler, "port"]),
	}
}

# A named port that is UDP cannot answer an HTTP, TCP or gRPC probe.
violation contains v if {
	some c in k8s.containers
	some probe in probes
	some handler in handlers
	port := c.container[probe][handler].port
	is_string(port)
	some p in c.container.ports
	p.name == port
	upper(object.get(p, "protocol", "TCP")) == "UDP"
	v := {
		"msg": sprintf("%s in %s: %s probes port %q over TCP, but that port is UDP; the probe can never succeed", [c.label, k8s.resource, probe, port]),
		"path": array.concat(c.path, [probe, handler, "port"]),
	}
}

# A port number the container does not declare while it declares others: most often a stale or
# mistyped number (the app moved to another port). Declared ports are informational, so an app
# may serve health on an undeclared admin port; declaring it costs one line and documents it,
# hence medium confidence. (No finding on the real-repos corpus; kube-linter's liveness-port,
# readiness-port and startup-port report it.)
violation contains v if {
	some c in k8s.containers
	declared := {p.containerPort | some p in c.container.ports}
	count(declared) > 0
	some probe in probes
	some handler in handlers
	raw := c.container[probe][handler].port
	port := to_number(raw)
	regex.match(`^[0-9]+$`, format_int(port, 10))
	not port in declared
	v := {
		"msg": sprintf("%s in %s: %s probes port %v, which the container does not declare (it declares %v)", [c.label, k8s.resource, probe, raw, sort([p | some p in declared])]),
		"path": array.concat(c.path, [probe, handler, "port"]),
		"confidence": "medium",
	}
}
