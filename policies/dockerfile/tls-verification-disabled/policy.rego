# METADATA
# title: RUN turns off TLS certificate verification
# description: >-
#   Downloading with certificate checks turned off (`curl -k`, `wget --no-check-certificate`,
#   `pip --trusted-host`, `npm config set strict-ssl false`, `git -c http.sslVerify=false`,
#   `NODE_TLS_REJECT_UNAUTHORIZED=0` …) lets anyone on the network path between the build
#   machine and the server replace what is downloaded, and the tampered code ships in the image.
#   A setting stored with `config set` or `ENV` also stays in the image and disables
#   verification for everything that runs later.
# related_resources:
#   - ref: https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse
#   - ref: https://curl.se/docs/sslcerts.html
# custom:
#   id: dockerfile/tls-verification-disabled
#   severity: high
#   kinds: [dockerfile]
#   remediation: |
#     Keep verification on. If a server uses a private CA, add the CA certificate to the image's
#     trust store (or point the tool at it: `curl --cacert`, `pip --cert`, `npm config set cafile`,
#     `NODE_EXTRA_CA_CERTS`) instead of disabling the check.
#
#     Before:
#     ```dockerfile
#     RUN curl -fsSLk https://internal.example.com/tool.tar.gz | tar xz -C /usr/local/bin
#     ```
#     After:
#     ```dockerfile
#     COPY certs/internal-ca.crt /usr/local/share/ca-certificates/internal-ca.crt
#     RUN update-ca-certificates \
#      && curl -fsSL https://internal.example.com/tool.tar.gz | tar xz -C /usr/local/bin
#     ```
#   tags: [security, supply-chain]
#   frameworks:
#     owasp-cicd-top-10: [CICD-SEC-3]
#   equivalents:
#     checkov: [CKV2_DOCKER_2, CKV2_DOCKER_3, CKV2_DOCKER_4, CKV2_DOCKER_5, CKV2_DOCKER_6, CKV2_DOCKER_11, CKV2_DOCKER_12]
package palisade.dockerfile.tls_verification_disabled

import data.palisade.lib.dockerfile

# Each way a command turns certificate checks off: [instruction index, what it does].
insecure contains [rc.i, "curl --insecure"] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "curl"
	curl_insecure(rc.argv)
}

insecure contains [rc.i, sprintf("%s --no-check-certificate", [dockerfile.program(rc.argv)])] if {
	some rc in dockerfile.run_commands
	"--no-check-certificate" in rc.argv
}

insecure contains [rc.i, sprintf("%s --insecure-skip-tls-verify", [dockerfile.program(rc.argv)])] if {
	some rc in dockerfile.run_commands
	some w in rc.argv
	regex.match(`^--insecure-skip-tls-verify(=true)?$`, w)
}

insecure contains [call.i, "pip --trusted-host"] if {
	some call in dockerfile.package_calls
	call.tool == "pip"
	some w in call.argv
	trusted_host_option(w)
}

trusted_host_option(w) if regex.match(`^--trusted-host(=.*)?$`, w)

trusted_host_option(w) if lower(w) == "global.trusted-host"


# `npm config set strict-ssl false`, `yarn config set strict-ssl false`, `npm --strict-ssl=false`.
insecure contains [rc.i, sprintf("%s strict-ssl false", [dockerfile.program(rc.argv)])] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) in {"npm", "yarn", "pnpm"}
	some k, w in rc.argv
	setting_off(rc.argv, k, `^(--)?strict-ssl`)
}

# `git -c http.sslVerify=false`, `git config --global http.sslVerify false`, and the same
# setting written into yum/dnf repository files or options (`sslverify=0`).
insecure contains [rc.i, "sslVerify off"] if {
	some rc in dockerfile.run_commands
	some k, w in rc.argv
	setting_off(rc.argv, k, `(?i)(^|[.=_-])sslverify`)
}

insecure contains [rc.i, "conda ssl_verify false"] if {
	some rc in dockerfile.run_commands
	dockerfile.program(rc.argv) == "conda"
	some k, w in rc.argv
	setting_off(rc.argv, k, `^ssl_verify`)
}

insecure contains [rc.i, "maven wagon ssl.insecure"] if {
	some rc in dockerfile.run_commands
	some w in rc.argv
	regex.match(`(?i)^-Dmaven\.wagon\.http\.ssl\.(insecure|allowall|ignore\.validity\.dates)=true$`, w)
}

insecure contains [s.i, sprintf("%s=%s", [s.name, s.value])] if {
	some s in settings
	disabling_variable(s.name, s.value)
}

settings contains {"i": s.i, "name": s.name, "value": s.value} if {
	some s in dockerfile.variable_settings
	s.ins.cmd == "env"
}

settings contains {"i": s.i, "name": s.name, "value": s.value} if some s in dockerfile.run_assignments

disabling_variable("NODE_TLS_REJECT_UNAUTHORIZED", "0") := true

disabling_variable("PYTHONHTTPSVERIFY", "0") := true

disabling_variable(name, value) if {
	upper(name) == "NPM_CONFIG_STRICT_SSL"
	lower(value) in {"false", "0", "no"}
}

disabling_variable("GIT_SSL_NO_VERIFY", value) if not lower(value) in {"", "0", "false", "no"}

disabling_variable("PIP_TRUSTED_HOST", value) if value != ""

disabling_variable("GOINSECURE", value) if value != ""

# Short options combine (`-fsSLk`); `--insecure` is the long form.
curl_insecure(argv) if "--insecure" in argv

curl_insecure(argv) if dockerfile.has_short_option(argv, "k")

# argv[k] names the setting (pattern) and turns it off: `name=false`, or `name false`.
setting_off(argv, k, pattern) if {
	regex.match(pattern, argv[k])
	regex.match(`(?i)=\s*(false|0|no|off)$`, argv[k])
}

setting_off(argv, k, pattern) if {
	regex.match(pattern, argv[k])
	not contains(argv[k], "=")
	lower(argv[k + 1]) in {"false", "0", "no", "off"}
}

violation contains v if {
	some [i, what] in insecure
	v := {
		"msg": sprintf("%s turns off TLS certificate verification, so a network attacker can replace what the build downloads; trust the server's CA instead", [what]),
		"path": ["instructions", i],
	}
}
