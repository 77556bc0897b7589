# METADATA
# title: ADD used where COPY fits
# description: >-
#   ADD does more than copy: it fetches URLs and unpacks local archives. Used for plain files it
#   hides that behaviour from reviewers, and a file later renamed to end in .tar would be
#   extracted into the image unexpectedly. COPY does exactly what it says.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#add-or-copy
# custom:
#   id: dockerfile/add-instead-of-copy
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Use COPY for local files and directories; keep ADD only for archives you want extracted.
#
#     Before:
#     ```dockerfile
#     ADD ./config /etc/app/
#     ```
#     After:
#     ```dockerfile
#     COPY ./config /etc/app/
#     ```
#   tags: [best-practice]
#   equivalents:
#     hadolint: [DL3020]
#     checkov: [CKV_DOCKER_4]
#     kics: [add_instead_of_copy]
package palisade.dockerfile.add_instead_of_copy

import data.palisade.lib.dockerfile

archive_suffixes := [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"]

remote(src) if regex.match(`^(https?://|git@|git://)`, src)

archive(src) if strings.any_suffix_match(lower(src), archive_suffixes)

violation contains v if {
	some i, ins in input.instructions
	ins.cmd == "add"
	ws := dockerfile.words(ins)
	count(ws) >= 2
	sources := array.slice(ws, 0, count(ws) - 1)
	every src in sources {
		not remote(src)
		not archive(src)
	}
	v := {
		"msg": sprintf("ADD %s copies local files; use COPY, which does not fetch URLs or unpack archives", [concat(" ", ws)]),
		"path": ["instructions", i],
	}
}
