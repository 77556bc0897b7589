# METADATA
# title: pip install keeps its download cache in the image
# description: >-
#   pip keeps every downloaded wheel and source archive in ~/.cache/pip. In an image build that
#   cache is never reused, but it stays in the layer and can double the size of a Python image.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3042
# custom:
#   id: dockerfile/pip-cache-not-disabled
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Clean the cache in the same RUN instruction that fills it (a later RUN cannot shrink an earlier
#     layer), or use a BuildKit cache mount.
#
#     Before:
#     ```dockerfile
#     RUN pip install -r requirements.txt
#     ```
#     After:
#     ```dockerfile
#     RUN pip install --no-cache-dir -r requirements.txt
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3042]
#     kics: [pip_install_keeping_cached_packages]
package palisade.dockerfile.pip_cache_not_disabled

import data.palisade.lib.dockerfile

# Only shipped stages matter: other build stages are thrown away with their caches.
violation contains v if {
	some e in dockerfile.shipped_instructions
	e.ins.cmd == "run"
	some call in dockerfile.package_calls
	call.i == e.i
	call.tool == "pip"
	call.sub in {"install"}
	not cleaned(call, e.ins)
	v := {
		"msg": sprintf("%q leaves pip's download cache in the image layer; clean it in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", e.i],
	}
}

cleaned(call, _) if "--no-cache-dir" in call.argv

cleaned(_, ins) if dockerfile.cache_mount(ins, ".cache/pip")

# PIP_NO_CACHE_DIR set by ENV (any value turns the cache off).
cleaned(_, _) if {
	some s in dockerfile.variable_settings
	s.ins.cmd == "env"
	s.name == "PIP_NO_CACHE_DIR"
}

cleaned(call, _) if dockerfile.runs_with(call.i, "rm", "/root/.cache")
