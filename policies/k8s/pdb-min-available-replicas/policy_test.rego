package palisade.k8s.pdb_min_available_replicas_test

import data.palisade.k8s.pdb_min_available_replicas

pdb(min) := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"minAvailable": min, "selector": {"matchLabels": {"app": "web"}}}}

deployment(spec) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": object.union({"template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": []}}}, spec)}

inv(objects) := {"namespace": {"shop": {api: {kind: {o.metadata.name: o |
	some o in objects
	o.apiVersion == api
	o.kind == kind
} |
	some k in objects
	k.apiVersion == api
	kind := k.kind
} |
	some a in objects
	api := a.apiVersion
}}}

hpa(min) := {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}, "minReplicas": min, "maxReplicas": 10}}

test_min_available_at_the_replica_count_is_flagged if {
	vs := pdb_min_available_replicas.violation with input as pdb(1) with data.inventory as inv([deployment({})])
	{v.path | some v in vs} == {["spec", "minAvailable"]}
	count(pdb_min_available_replicas.violation) == 1 with input as pdb(3) with data.inventory as inv([deployment({"replicas": 2})])
}

test_room_for_an_eviction_is_clean if {
	count(pdb_min_available_replicas.violation) == 0 with input as pdb(1) with data.inventory as inv([deployment({"replicas": 2})])
	count(pdb_min_available_replicas.violation) == 0 with input as pdb("50%") with data.inventory as inv([deployment({})])
}

test_an_autoscaler_minimum_is_the_size_that_counts if {
	count(pdb_min_available_replicas.violation) == 1 with input as pdb(2) with data.inventory as inv([deployment({"replicas": 5}), hpa(2)])
	count(pdb_min_available_replicas.violation) == 0 with input as pdb(2) with data.inventory as inv([deployment({"replicas": 1}), hpa(3)])
}

test_unselected_or_unseen_workloads_are_not_judged if {
	other := json.patch(deployment({}), [{"op": "replace", "path": "/spec/template/metadata/labels/app", "value": "api"}])
	count(pdb_min_available_replicas.violation) == 0 with input as pdb(1) with data.inventory as inv([other])
	count(pdb_min_available_replicas.violation) == 0 with input as pdb(1)
}
