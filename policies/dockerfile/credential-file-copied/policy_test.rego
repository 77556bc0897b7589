package palisade.dockerfile.credential_file_copied_test

import data.palisade.dockerfile.credential_file_copied
import data.palisade.lib.dockerfile_fixtures.doc

test_credential_files_are_flagged if {
	vs := credential_file_copied.violation with input as doc([
		"FROM alpine:3.20",
		"COPY id_rsa /root/.ssh/id_rsa",
		"COPY .npmrc package.json /app/",
		"ADD config/.aws /root/.aws",
		"COPY src /app/src",
	])
	{v.path[1] | some v in vs} == {1, 2, 3}
}

test_public_keys_and_other_files_are_clean if {
	count(credential_file_copied.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"COPY id_rsa.pub /root/.ssh/authorized_keys",
		"COPY .npmrc.example /app/",
		"COPY --from=build /root/.ssh/known_hosts /etc/ssh/ssh_known_hosts",
	])
}
