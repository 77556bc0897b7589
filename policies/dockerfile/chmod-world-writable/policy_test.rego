package palisade.dockerfile.chmod_world_writable_test

import data.palisade.dockerfile.chmod_world_writable
import data.palisade.lib.dockerfile_fixtures.doc

test_world_writable_modes_are_flagged if {
	vs := chmod_world_writable.violation with input as doc([
		"FROM alpine:3.20",
		"RUN chmod 777 /app",
		"RUN chmod -R 0666 /data",
		"RUN chmod o+w /srv",
		"RUN chmod u+x,a+rwx /srv/run.sh",
		"RUN chmod 0777 /x",
		"COPY --chmod=777 src /dst",
	])
	{v.path[1] | some v in vs} == {1, 2, 3, 4, 5, 6}
}

test_private_and_sticky_modes_are_clean if {
	count(chmod_world_writable.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"RUN chmod 755 /app",
		"RUN chmod 1777 /tmp",
		"RUN chmod u+w,go-w /srv",
		"RUN chmod +x /entrypoint.sh",
		"RUN chmod 0640 /etc/app.conf",
		"COPY --chmod=755 src /dst",
	])
}
