# METADATA
# title: RUN installs packages without checking their signatures
# description: >-
#   Package managers verify that packages and repository metadata are signed by the
#   distribution's keys. `apk add --allow-untrusted`, `apt-get --allow-unauthenticated`, a
#   `[trusted=yes]` apt source, `yum/dnf --nogpgcheck` (or `gpgcheck=0`), `rpm --nosignature`
#   and `zypper --no-gpg-checks` turn that off, so a tampered mirror, proxy or download is
#   installed into the image without complaint.
# related_resources:
#   - ref: https://wiki.debian.org/SecureApt
#   - ref: https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse
# custom:
#   id: dockerfile/package-signature-bypassed
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Import the repository's signing key and keep the checks on.
#
#     Before:
#     ```dockerfile
#     RUN apk add --no-cache --allow-untrusted /tmp/tool-1.2.0.apk
#     ```
#     After:
#     ```dockerfile
#     COPY keys/tool.rsa.pub /etc/apk/keys/tool.rsa.pub
#     RUN apk add --no-cache /tmp/tool-1.2.0.apk
#     ```
#   tags: [security, supply-chain]
#   frameworks:
#     owasp-cicd-top-10: [CICD-SEC-3]
#   equivalents:
#     checkov: [CKV2_DOCKER_7, CKV2_DOCKER_8, CKV2_DOCKER_9, CKV2_DOCKER_10]
package palisade.dockerfile.package_signature_bypassed

import data.palisade.lib.dockerfile

# Options that skip signature checks, by package manager.
skip_options := {
	"apk": {"--allow-untrusted"},
	"apt-get": {"--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes"},
	"apt": {"--allow-unauthenticated", "--allow-insecure-repositories"},
	"yum": {"--nogpgcheck"},
	"dnf": {"--nogpgcheck"},
	"zypper": {"--no-gpg-checks", "--no-gpg-check"},
}

bypass contains [call.i, sprintf("%s %s", [call.tool, w])] if {
	some call in dockerfile.package_calls
	some w in call.argv
	w in skip_options[call.tool]
}

bypass contains [rc.i, sprintf("rpm %s", [w])] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "rpm"
	some w in rc.argv
	w in {"--nosignature", "--nodigest", "--nogpg"}
}

# The same, as settings: `-o APT::Get::AllowUnauthenticated=true`, `--setopt=gpgcheck=0`, an
# apt source line with `[trusted=yes]`, `gpgcheck=0` written into a .repo file, or pacman's
# `SigLevel = Never`, wherever a command writes them.
bypass contains [rc.i, trim_space(w)] if {
	some rc in dockerfile.run_commands
	some w in rc.argv
	regex.match(`(?i)(AllowUnauthenticated|AllowInsecureRepositories|AllowDowngradeToInsecureRepositories)=("?)(true|1|yes)|\[[^\]]*\b(trusted|allow-insecure)=yes\b|(^|[^_])gpgcheck\s*=\s*(0|false|no)\b|SigLevel\s*=\s*Never`, w)
}

violation contains v if {
	some [i, what] in bypass
	v := {
		"msg": sprintf("%s installs packages without verifying their signatures, so a tampered mirror or download goes unnoticed; import the signing key instead", [what]),
		"path": ["instructions", i],
	}
}
