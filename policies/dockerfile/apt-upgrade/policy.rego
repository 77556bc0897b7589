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
	some i, ins in input.instructions
	ins.cmd == "run"
	some command in dockerfile.commands(ins)
	found := regex.find_n(`^(sudo\s+)?apt(-get)?\s+(-\S+\s+)*(dist-upgrade|full-upgrade|upgrade)\b`, command, 1)
	count(found) > 0
	v := {
		"msg": sprintf("%q upgrades every installed package at build time; use a newer base image instead", [command]),
		"path": ["instructions", i],
	}
}
