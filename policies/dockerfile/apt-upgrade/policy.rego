# METADATA
# title: RUN upgrades all installed packages
# description: >-
#   `apt-get upgrade` / `dist-upgrade` in a Dockerfile makes the image depend on the day it was
#   built: the same commit yields different packages, and an upgrade can pull in breaking
#   changes unnoticed. Security fixes belong in the base image (rebuild on a newer, pinned
#   base) or in explicitly pinned package versions.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: dockerfile/apt-upgrade
#   severity: low
#   kinds: [dockerfile]
#   remediation: |
#     Remove the upgrade and move to a newer base image tag (or install the specific fixed
#     package versions you need).
#
#     Before:
#     ```dockerfile
#     FROM debian:12.4-slim
#     RUN apt-get update && apt-get -y dist-upgrade
#     ```
#     After:
#     ```dockerfile
#     FROM debian:12.5-slim
#     ```
#   tags: [reproducibility]
package palisade.dockerfile.apt_upgrade

import data.palisade.lib.dockerfile

violation contains v if {
	some call in dockerfile.package_calls
	call.tool in {"apt-get", "apt"}
	call.sub in {"upgrade", "dist-upgrade", "full-upgrade"}
	v := {
		"msg": sprintf("%q upgrades every installed package at build time; use a newer base image instead", [concat(" ", call.words)]),
		"path": ["instructions", call.i],
	}
}
