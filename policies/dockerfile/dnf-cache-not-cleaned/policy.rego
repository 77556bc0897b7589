# METADATA
# title: dnf install without dnf clean all
# description: >-
#   `dnf install` keeps repository metadata and downloaded packages in /var/cache/dnf. Unless
#   the same RUN ends with `dnf clean all`, they stay in the layer and inflate every pull of the
#   image.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3040
# custom:
#   id: dockerfile/dnf-cache-not-cleaned
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN dnf install -y nginx-1.26.1
#     ```
#     After:
#     ```dockerfile
#     RUN dnf install -y nginx-1.26.1 && dnf clean all
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3040]
#     kics: [missing_dnf_clean_all]
package palisade.dockerfile.dnf_cache_not_cleaned

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "dnf"
	call.sub in {"install", "in", "groupinstall", "update", "upgrade"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves the dnf cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if {
	some other in dockerfile.package_calls
	other.i == call.i
	other.tool == "dnf"
	other.sub == "clean"
}

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/var/cache/dnf")

cleaned(_, ins) if dockerfile.cache_mount(ins, "/var/cache/dnf")
