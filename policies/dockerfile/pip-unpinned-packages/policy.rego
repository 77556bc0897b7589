# METADATA
# title: pip install without pinned package versions
# description: >-
#   Installing PyPI packages without a version makes the image depend on the day it was built:
#   the same Dockerfile yields different packages from one build to the next, an upstream
#   release can break the build or the application unnoticed, and a rebuild cannot reproduce
#   what was tested.
# related_resources:
#   - ref: https://github.com/hadolint/hadolint/wiki/DL3013
# custom:
#   id: dockerfile/pip-unpinned-packages
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Pin each package to a version (and update the pins deliberately, e.g. with Renovate).
#
#     Before:
#     ```dockerfile
#     RUN pip install --no-cache-dir flask gunicorn
#     ```
#     After:
#     ```dockerfile
#     COPY requirements.txt .
#     RUN pip install --no-cache-dir --require-hashes -r requirements.txt
#     ```
#   tags: [reproducibility, supply-chain]
#   equivalents:
#     hadolint: [DL3013]
#     kics: [unpinned_package_version_in_pip_install]
package palisade.dockerfile.pip_unpinned_packages

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool == "pip"
	call.sub in {"install"}
	some p in dockerfile.repository_packages(call)
	not pinned(p)
	v := {
		"msg": sprintf("%s installs %s without a version; pin it (PyPI package versions change under you)", [concat(" ", array.slice(call.argv, 0, 2)), p]),
		"path": ["instructions", call.i],
	}
}

# `flask==3.0.3`, `flask~=3.0.3`, `flask===3.0.3`, a range with an upper bound, or a direct
# reference (`pkg @ https://…`). A single `=` is an invalid pin pip rejects, not a missing one.
pinned(p) if regex.match(`[=~<@]`, p)

# The project itself (`.`, `.[test]`) is not a dependency to pin here.
pinned(p) if startswith(p, ".")
