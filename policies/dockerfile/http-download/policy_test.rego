package palisade.dockerfile.http_download_test

import data.palisade.dockerfile.http_download
import data.palisade.lib.dockerfile_fixtures.doc

test_http_downloads_are_flagged if {
	vs := http_download.violation with input as doc([
		"FROM alpine:3.20",
		"RUN wget http://example.com/a.tgz",
		"RUN curl -fsSL -o /tmp/b HTTP://example.com/b",
		"ADD http://example.com/c.tgz /tmp/",
	])
	{v.path[1] | some v in vs} == {1, 2, 3}
}

test_https_and_loopback_are_clean if {
	count(http_download.violation) == 0 with input as doc([
		"FROM alpine:3.20",
		"RUN wget https://example.com/a.tgz",
		"RUN curl -fsS http://localhost:8080/health",
		"RUN echo http://example.com",
	])
}
