package palisade.dockerfile.package_signature_bypassed_test

import data.palisade.dockerfile.package_signature_bypassed
import data.palisade.lib.dockerfile_fixtures.doc

test_each_bypass_is_flagged if {
	vs := package_signature_bypassed.violation with input as doc([
		"FROM alpine:3.20",
		"RUN apk add --allow-untrusted /tmp/x.apk",
		"RUN apt-get install -y --allow-unauthenticated curl",
		"RUN yum install -y --nogpgcheck httpd",
		"RUN rpm -i --nosignature /tmp/x.rpm",
		"RUN apt-get -o APT::Get::AllowUnauthenticated=true install curl",
		"RUN echo deb-[trusted=yes]-http://x.example.com/-./",
		"RUN dnf install -y --setopt=gpgcheck=0 nginx",
		"RUN zypper --no-gpg-checks install -y curl",
	])
	{v.path[1] | some v in vs} == {1, 2, 3, 4, 5, 6, 7, 8}
}

test_verified_installs_are_clean if {
	count(package_signature_bypassed.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"RUN apk add --no-cache curl=8.9.1-r0",
		"RUN yum install -y --setopt=repo_gpgcheck=1 httpd",
		"RUN echo gpgcheck=1",
		"RUN rpm --import https://example.com/key.asc",
	])
}
