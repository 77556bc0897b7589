# METADATA
# title: apt package lists are left in the image
# description: >-
#   `apt-get update` downloads package indexes into /var/lib/apt/lists. Unless they are removed
#   in the same RUN, they stay in that layer forever: tens of megabytes per image, and stale
#   indexes that later RUN steps may install outdated packages from.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: dockerfile/apt-lists-not-cleaned
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     End the RUN that installs packages with `rm -rf /var/lib/apt/lists/*` (or use a BuildKit
#     cache mount for /var/lib/apt).
#
#     Before:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update && apt-get install -y --no-install-recommends curl \
#         && rm -rf /var/lib/apt/lists/*
#     ```
#   tags: [best-practice, image-size]
#   equivalents:
#     hadolint: [DL3009]
#     kics: [apt_get_install_lists_were_not_deleted]
package palisade.dockerfile.apt_lists_not_cleaned

import data.palisade.lib.dockerfile

installs(i) if {
	some call in dockerfile.package_calls
	call.i == i
	call.tool in {"apt-get", "apt"}
	call.sub in {"install", "upgrade", "dist-upgrade", "full-upgrade"}
}

cleans(i) if {
	some rc in dockerfile.run_commands
	rc.i == i
	dockerfile.program(rc.argv) == "rm"
	some w in rc.argv
	startswith(w, "/var/lib/apt/lists")
}

# A cache mount keeps the lists out of the layer.
cache_mounted(ins) if contains(ins.flags.mount, "/var/lib/apt")

# Only shipped stages matter (the final one and those it is built FROM), as for the other
# package caches: build stages are thrown away with their lists.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	installs(e.i)
	not cleans(e.i)
	not cache_mounted(e.ins)
	v := {
		"msg": "RUN installs apt packages but leaves /var/lib/apt/lists in the layer; end it with && rm -rf /var/lib/apt/lists/*",
		"path": ["instructions", e.i],
	}
}
