package palisade.dockerfile.env_refers_to_same_instruction_test

import data.palisade.dockerfile.env_refers_to_same_instruction
import data.palisade.lib.dockerfile_fixtures.doc

test_references_within_one_env_are_flagged if {
	vs := env_refers_to_same_instruction.violation with input as doc(["FROM alpine:3.20", "ENV A=1 B=${A}/x", "ENV C=1 D=$C"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2]}
}

test_earlier_variables_and_self_references_are_clean if {
	count(env_refers_to_same_instruction.violation) == 0 with input as doc(["FROM alpine:3.20", "ENV A=1", "ENV B=$A/x PATH=/opt/bin:$PATH"])
}
