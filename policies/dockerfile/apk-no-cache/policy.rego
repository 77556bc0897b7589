# METADATA
# title: apk add keeps the package index in the image
# description: >-
#   `apk add` without `--no-cache` downloads the package index into /var/cache/apk and leaves it
#   in the layer: megabytes the application never uses, in every pull.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3019
# custom:
#   id: dockerfile/apk-no-cache
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN apk update && apk add curl=8.9.1-r0
#     ```
#     After:
#     ```dockerfile
#     RUN apk add --no-cache curl=8.9.1-r0
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3019]
#     kics: [apk_add_using_local_cache_path]
package palisade.dockerfile.apk_no_cache

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "apk"
	call.sub in {"add"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves the apk index cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if "--no-cache" in call.argv

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/var/cache/apk")

cleaned(_, ins) if dockerfile.cache_mount(ins, "/var/cache/apk")
