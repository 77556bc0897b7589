# METADATA
# title: Package index updated in a RUN of its own before an install
# description: >-
#   `RUN apt-get update` (or `apk update`, `zypper refresh`, `dnf makecache`) in an instruction of
#   its own is cached by the builder: later builds reuse the old index while a following RUN of
#   the stage installs packages, so installs fail on versions that left the mirror or silently
#   get outdated ones. Updating the index and installing belong in the same RUN.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: dockerfile/package-index-update-alone
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Update and install in one RUN.
#
#     Before:
#     ```dockerfile
#     RUN apt-get update
#     RUN apt-get install -y --no-install-recommends curl=8.5.0-2
#     ```
#     After:
#     ```dockerfile
#     RUN apt-get update \
#      && apt-get install -y --no-install-recommends curl=8.5.0-2 \
#      && rm -rf /var/lib/apt/lists/*
#     ```
#   tags: [reliability]
#   equivalents:
#     kics: [update_instruction_alone]
package palisade.dockerfile.package_index_update_alone

import data.palisade.lib.dockerfile

# Commands that only refresh a package index.
refresh(call) if {
	call.tool in {"apt-get", "apt", "apk"}
	call.sub == "update"
}

refresh(call) if {
	call.tool == "zypper"
	call.sub in {"refresh", "ref"}
}

refresh(call) if {
	call.tool in {"yum", "dnf"}
	call.sub == "makecache"
}

installs(i) if {
	some call in dockerfile.package_calls
	call.i == i
	not refresh(call)
	call.sub in {"install", "add", "in", "upgrade", "dist-upgrade", "full-upgrade", "update", "groupinstall", "localinstall"}
}

# A later RUN in the same stage installs: it will use the index this RUN cached.
installs_later(i) if {
	some j, ins in input.instructions
	j > i
	ins.stage == input.instructions[i].stage
	installs(j)
}

violation contains v if {
	some call in dockerfile.package_calls
	refresh(call)
	not installs(call.i)
	installs_later(call.i)
	v := {
		"msg": sprintf("%q refreshes the package index in a RUN of its own, so a later install uses a cached, stale index; update and install in the same RUN", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}
