# METADATA
# title: useradd with a high UID and without -l
# description: >-
#   useradd records every user in /var/log/lastlog and faillog, files whose size grows with the
#   UID. With a large UID (above 65535) and without `-l`/`--no-log-init` the layer can hold
#   gigabytes of sparse file, which the image archive format stores in full.
# related_resources:
#   - ref: https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: dockerfile/useradd-high-uid-without-l
#   severity: low
#   profile: strict
#   kinds: [dockerfile]
#   remediation: |
#     Add `-l` (`--no-log-init`).
#
#     Before:
#     ```dockerfile
#     RUN useradd -u 123456 app
#     ```
#     After:
#     ```dockerfile
#     RUN useradd --no-log-init -u 123456 app
#     ```
#   tags: [image-size]
#   equivalents:
#     hadolint: [DL3046]
#     kics: [use_recommended_flags_with_useradd]
package palisade.dockerfile.useradd_high_uid_without_l

import data.palisade.lib.dockerfile

violation contains v if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "useradd"
	uid := to_number(uid_of(rc.argv))
	uid > 65535
	not no_log_init(rc.argv)
	v := {
		"msg": sprintf("useradd with UID %d and without -l fills the lastlog/faillog files with gigabytes of zeros; add --no-log-init", [uid]),
		"path": ["instructions", rc.i],
	}
}

uid_of(argv) := argv[k + 1] if {
	some k, w in argv
	w in {"-u", "--uid"}
	regex.match(`^[0-9]+$`, argv[k + 1])
}

uid_of(argv) := n if {
	some w in argv
	m := regex.find_all_string_submatch_n(`^(-u|--uid=)([0-9]+)$`, w, 1)
	count(m) == 1
	n := m[0][2]
}

no_log_init(argv) if {
	some w in argv
	w in {"-l", "--no-log-init"}
}
