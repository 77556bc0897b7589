# METADATA
# title: yum install without yum clean all
# description: >-
#   `yum install` keeps repository metadata and downloaded packages in /var/cache/yum. Unless
#   the same RUN ends with `yum clean all`, they stay in the layer and inflate every pull of the
#   image.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3032
# custom:
#   id: dockerfile/yum-cache-not-cleaned
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN yum install -y httpd-2.4.6
#     ```
#     After:
#     ```dockerfile
#     RUN yum install -y httpd-2.4.6 && yum clean all
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3032]
#     kics: [yum_clean_all_missing]
package palisade.dockerfile.yum_cache_not_cleaned

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "yum"
	call.sub in {"install", "groupinstall", "localinstall", "update", "upgrade"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves the yum cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if {
	some other in dockerfile.package_calls
	other.i == call.i
	other.tool == "yum"
	other.sub == "clean"
}

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/var/cache/yum")

cleaned(_, ins) if dockerfile.cache_mount(ins, "/var/cache/yum")
