package palisade.dockerfile.expose_invalid_port_test

import data.palisade.dockerfile.expose_invalid_port
import data.palisade.lib.dockerfile_fixtures.doc

test_out_of_range_ports_are_flagged if {
	vs := expose_invalid_port.violation with input as doc(["FROM alpine:3.20", "EXPOSE 80 65536/tcp", "EXPOSE 0", "EXPOSE 8000-70000"])
	{v.path | some v in vs} == {["instructions", 1], ["instructions", 2], ["instructions", 3]}
}

test_valid_ports_are_clean if {
	count(expose_invalid_port.violation) == 0 with input as doc(["FROM alpine:3.20", "EXPOSE 80 443/tcp 53/udp 8000-8010 $PORT"])
}
