# METADATA
# title: yarn install without yarn cache clean
# description: >-
#   Yarn (classic) copies every package it installs into its global cache. In an image build
#   that cache is never reused but stays in the layer, often as large as node_modules itself.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3060
# custom:
#   id: dockerfile/yarn-cache-not-cleaned
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN yarn install --frozen-lockfile
#     ```
#     After:
#     ```dockerfile
#     RUN yarn install --frozen-lockfile && yarn cache clean
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3060]
#     kics: [run_yarn_clean_after_yarn_install]
package palisade.dockerfile.yarn_cache_not_cleaned

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "yarn"
	call.sub in {"install", "add"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves yarn's package cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if {
	some other in dockerfile.package_calls
	other.i == call.i
	other.tool == "yarn"
	other.sub == "cache"
	"clean" in other.args
}

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/usr/local/share/.cache/yarn")

cleaned(_, ins) if dockerfile.cache_mount(ins, "yarn")
