# METADATA
# title: Script downloaded and piped straight into a shell
# description: >-
#   `curl … | sh` runs whatever the server returns at that moment, unverified, with the job's
#   token and secrets. A compromised host, a hijacked domain or a moved branch turns every CI run
#   into remote code execution. Download, verify a checksum or signature, then run.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions
# custom:
#   id: github-actions/curl-pipe-shell
#   severity: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Pin the download to a version and verify it before running.
#
#     Before:
#     ```yaml
#     - run: curl -fsSL https://example.com/install.sh | bash
#     ```
#     After:
#     ```yaml
#     - run: |
#         curl -fsSLo install.sh https://example.com/v1.8.2/install.sh
#         echo "3b1f…e9a2  install.sh" | sha256sum -c -
#         bash install.sh
#     ```
#   tags: [security, supply-chain, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
#   equivalents:
#     poutine: [unverified_script_exec]
package palisade.github_actions.curl_pipe_shell

import data.palisade.lib.github

# curl or wget, then (on the same line) a pipe into a shell or an interpreter.
_pattern := `(curl|wget)\s[^\n|]*\|\s*(sudo\s+(-\S+\s+)*)?(sh|bash|zsh|dash|ksh|python3?|perl|ruby|node)(\s|$|;)`

violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some found in regex.find_n(_pattern, s.step.run, -1)
	v := {
		"msg": sprintf("%s pipes a download straight into a shell (%s); download, verify a checksum, then run", [s.label, trim_space(found)]),
		"path": array.concat(s.path, ["run"]),
	}
}

# Process substitution: bash <(curl …) or sh -c "$(curl …)".
violation contains v if {
	some s in github.steps
	is_string(s.step.run)
	some found in regex.find_n(`(sh|bash|zsh)\s+(-c\s+)?["']?(<\(|\$\()\s*(curl|wget)\s[^)\n]*\)`, s.step.run, -1)
	v := {
		"msg": sprintf("%s runs a downloaded script without checking it (%s); download, verify a checksum, then run", [s.label, trim_space(found)]),
		"path": array.concat(s.path, ["run"]),
	}
}
