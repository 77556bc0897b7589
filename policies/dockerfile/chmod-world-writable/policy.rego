# METADATA
# title: RUN makes files world-writable
# description: >-
#   `chmod 777` (or `o+w`, `a+rwx`) lets every user in the container, including a compromised
#   unprivileged process, rewrite the files: binaries, scripts and configuration it runs. The
#   sticky-bit modes used for shared temporary directories (`1777`) are not reported.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
#   - ref: https://cwe.mitre.org/data/definitions/732.html
# custom:
#   id: dockerfile/chmod-world-writable
#   severity: medium
#   kinds: [dockerfile]
#   remediation: |
#     Give ownership to the user that needs write access and keep others read-only.
#
#     Before:
#     ```dockerfile
#     RUN chmod -R 777 /app
#     ```
#     After:
#     ```dockerfile
#     RUN chown -R app:app /app/data && chmod -R 750 /app/data
#     ```
#   tags: [security]
#   frameworks:
#     cwe: [CWE-732]
#   equivalents:
#     kics: [avoid_chmod_777]
package palisade.dockerfile.chmod_world_writable

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "chmod"
	some mode in rc.argv
	world_writable(mode)
	v := {
		"msg": sprintf("chmod %s makes files writable by every user in the container; give the owning user write access instead", [mode]),
		"path": ["instructions", rc.i],
	}
}

violation contains v if {
	some i, ins in input.instructions
	ins.cmd in {"copy", "add"}
	mode := ins.flags.chmod
	world_writable(mode)
	v := {
		"msg": sprintf("%s --chmod=%s makes the copied files writable by every user in the container; use a mode without write access for others", [upper(ins.cmd), mode]),
		"path": ["instructions", i],
	}
}

# Octal modes whose "others" digit has the write bit, without the sticky bit (1777 is how
# shared temporary directories are meant to be).
world_writable(mode) if {
	regex.match(`^0?[0-7]{3}$`, mode)
	to_number(substring(mode, count(mode) - 1, 1)) in {2, 3, 6, 7}
}

world_writable(mode) if {
	regex.match(`^[0-7]{4}$`, mode)
	not to_number(substring(mode, 0, 1)) in {1, 3, 5, 7}
	to_number(substring(mode, 3, 1)) in {2, 3, 6, 7}
}

# Symbolic modes: a clause for others (`o`) or all (`a`) that adds or sets `w`.
world_writable(mode) if {
	some clause in split(mode, ",")
	regex.match(`^[ugo]*[oa][ugoa]*[+=][rwxXst]*w`, clause)
}
