# METADATA
# title: zypper install without zypper clean
# description: >-
#   `zypper install` keeps repository metadata and packages in /var/cache/zypp. Unless the same
#   RUN ends with `zypper clean`, they stay in the layer and inflate every pull of the image.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3036
# custom:
#   id: dockerfile/zypper-cache-not-cleaned
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN zypper install -y curl=8.6.0
#     ```
#     After:
#     ```dockerfile
#     RUN zypper install -y curl=8.6.0 && zypper clean --all
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3036]
#     kics: [missing_zypper_clean]
package palisade.dockerfile.zypper_cache_not_cleaned

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "zypper"
	call.sub in {"install", "in", "update", "up", "patch"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves the zypper cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if {
	some other in dockerfile.package_calls
	other.i == call.i
	other.tool == "zypper"
	other.sub in {"clean", "cc"}
}

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/var/cache/zypp")

cleaned(_, ins) if dockerfile.cache_mount(ins, "/var/cache/zypp")
