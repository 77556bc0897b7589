package palisade.k8s.pdb_blocks_eviction_test

import data.palisade.k8s.pdb_blocks_eviction

pdb(spec) := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec}

test_budgets_that_allow_no_eviction_are_flagged if {
	{v.path | some v in pdb_blocks_eviction.violation} == {["spec", "maxUnavailable"]} with input as pdb({"maxUnavailable": 0})
	{v.path | some v in pdb_blocks_eviction.violation} == {["spec", "maxUnavailable"]} with input as pdb({"maxUnavailable": "0%"})
	{v.path | some v in pdb_blocks_eviction.violation} == {["spec", "minAvailable"]} with input as pdb({"minAvailable": "100%"})
}

test_budgets_that_allow_an_eviction_are_clean if {
	count(pdb_blocks_eviction.violation) == 0 with input as pdb({"maxUnavailable": 1})
	count(pdb_blocks_eviction.violation) == 0 with input as pdb({"maxUnavailable": "10%"})
	count(pdb_blocks_eviction.violation) == 0 with input as pdb({"minAvailable": "50%"})
	count(pdb_blocks_eviction.violation) == 0 with input as pdb({"minAvailable": 2})
}

test_other_kinds_are_not_judged if {
	count(pdb_blocks_eviction.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "web"}, "spec": {"maxUnavailable": 0}}
}
