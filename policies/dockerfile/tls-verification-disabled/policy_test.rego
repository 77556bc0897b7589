package palisade.dockerfile.tls_verification_disabled_test

import data.palisade.dockerfile.tls_verification_disabled
import data.palisade.lib.dockerfile_fixtures.doc

test_each_way_is_flagged if {
	vs := tls_verification_disabled.violation with input as doc([
		"FROM node:20.11-bookworm",
		"RUN curl -fsSLk https://example.com/x.tgz -o /tmp/x.tgz",
		"RUN wget --no-check-certificate https://example.com/y",
		"RUN pip install --trusted-host pypi.example.com flask==3.0.0",
		"RUN npm config set strict-ssl false",
		"RUN git -c http.sslVerify=false clone https://example.com/r.git",
		"ENV NODE_TLS_REJECT_UNAUTHORIZED=0",
		"RUN GIT_SSL_NO_VERIFY=1 git clone https://example.com/r.git",
		"RUN git config --global http.sslVerify false",
		"RUN yum install -y --setopt=sslverify=false httpd-2.4.57",
	])
	{v.path[1] | some v in vs} == {1, 2, 3, 4, 5, 6, 7, 8, 9}
}

test_messages_name_the_setting if {
	vs := tls_verification_disabled.violation with input as doc(["FROM node:20.11-bookworm", "RUN npm --strict-ssl=false install"])
	[v.msg | some v in vs] == ["npm strict-ssl false turns off TLS certificate verification, so a network attacker can replace what the build downloads; trust the server's CA instead"]
}

test_verified_downloads_are_clean if {
	count(tls_verification_disabled.violation) == 0 with input as doc([
		"FROM node:20.11-bookworm",
		"RUN curl -fsSL --cacert /etc/ssl/ca.pem https://example.com/x.tgz -o /tmp/x.tgz",
		"RUN npm config set strict-ssl true",
		"RUN git -c http.sslVerify=true clone https://example.com/r.git",
		"ENV NODE_TLS_REJECT_UNAUTHORIZED=1",
		"RUN keytool -k store",
	])
}
