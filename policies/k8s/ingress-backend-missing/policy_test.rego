package palisade.k8s.ingress_backend_missing_test

import data.palisade.k8s.ingress_backend_missing

ingress(name, port) := {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web"}, "spec": {"rules": [{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": name, "port": port}}}]}}]}}

services := {"namespace": {"default": {"v1": {"Service": {"web": {"kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"name": "http", "port": 80}]}}}}}}}

test_missing_service_is_flagged if {
	vs := ingress_backend_missing.violation with input as ingress("web-svc", {"number": 80}) with data.inventory as services
	count(vs) == 1
	some v in vs
	v.path == ["spec", "rules", 0, "http", "paths", 0, "backend", "service", "name"]
}

test_port_the_service_lacks_is_flagged if {
	count(ingress_backend_missing.violation) == 1 with input as ingress("web", {"number": 8080}) with data.inventory as services
}

test_existing_service_and_port_are_clean if {
	count(ingress_backend_missing.violation) == 0 with input as ingress("web", {"number": 80}) with data.inventory as services
	count(ingress_backend_missing.violation) == 0 with input as ingress("web", {"name": "http"}) with data.inventory as services
}

test_default_backend_is_checked if {
	ing := {"kind": "Ingress", "metadata": {"name": "d"}, "spec": {"defaultBackend": {"service": {"name": "ghost", "port": {"number": 80}}}}}
	vs := ingress_backend_missing.violation with input as ing with data.inventory as services
	some v in vs
	v.path == ["spec", "defaultBackend", "service", "name"]
}

test_resource_backends_are_not_judged if {
	ing := {"kind": "Ingress", "metadata": {"name": "d"}, "spec": {"defaultBackend": {"resource": {"apiGroup": "k8s.example.com", "kind": "StorageBucket", "name": "static"}}}}
	count(ingress_backend_missing.violation) == 0 with input as ing with data.inventory as services
}
