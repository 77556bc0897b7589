# METADATA
# title: Credential written literally in a workflow
# description: >-
#   A password, token or key typed into `env:`, `with:` or container `credentials:` is readable by
#   everyone who can read the repository, stays in git history forever, and is not masked in
#   logs. Store it as an encrypted secret and reference it with `${{ secrets.NAME }}`.
# related_resources:
#   - ref: https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions
# custom:
#   id: github-actions/hardcoded-credentials
#   severity: high
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Rotate the credential, then reference a secret.
#
#     Before:
#     ```yaml
#     env:
#       DB_PASSWORD: hunter2-prod-2024
#     ```
#     After:
#     ```yaml
#     env:
#       DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
#     ```
#   tags: [security, secrets, github-actions]
#   frameworks:
#     owasp-cicd: [CICD-SEC-6]
#   equivalents:
#     zizmor: [hardcoded-container-credentials]
#     checkov: [CKV_GHA_1]
package palisade.github_actions.hardcoded_credentials

import data.palisade.lib.github

# Names that hold secrets, and suffixes that mark a setting about a secret rather than one.
_secret_name := `(?i)(password|passwd|token|secret|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)`

_not_secret := `(?i)([_-](format|names?|path|file|type|ids?|url|env|vars?|header|length|stdin|scopes?|audience|expiry|mode))$`

_maps contains {"owner": "the workflow", "map": input.env, "path": ["env"]} if is_object(input.env)

_maps contains {"owner": sprintf("job \"%s\"", [j.id]), "map": j.job.env, "path": array.concat(j.path, ["env"])} if {
	some j in github.jobs
	is_object(j.job.env)
}

_maps contains {"owner": s.label, "map": s.step[block], "path": array.concat(s.path, [block])} if {
	some s in github.steps
	some block in ["env", "with"]
	is_object(s.step[block])
}

_maps contains {"owner": sprintf("job \"%s\"'s container", [j.id]), "map": j.job.container.credentials, "path": array.concat(j.path, ["container", "credentials"])} if {
	some j in github.jobs
	is_object(j.job.container.credentials)
}

_maps contains {"owner": sprintf("job \"%s\"'s container", [j.id]), "map": j.job.container.env, "path": array.concat(j.path, ["container", "env"])} if {
	some j in github.jobs
	is_object(j.job.container.env)
}

_maps contains {"owner": sprintf("service \"%s\" of job \"%s\"", [name, j.id]), "map": service[block], "path": array.concat(j.path, ["services", name, block])} if {
	some j in github.jobs
	some name, service in j.job.services
	some block in ["credentials", "env"]
	is_object(service[block])
}

violation contains v if {
	some m in _maps
	some key, value in m.map
	is_string(key)
	regex.match(_secret_name, key)
	not regex.match(_not_secret, key)
	_literal(value)
	v := {
		"msg": sprintf("%s sets %s to a literal value; store it as a secret and use ${{ secrets.%s }}", [m.owner, key, upper(replace(key, "-", "_"))]),
		"path": array.concat(m.path, [key]),
	}
}

# A literal that looks like a credential: no expression, no shell variable, not a placeholder.
_literal(value) if {
	is_string(value)
	count(value) >= 8
	not contains(value, "${{")
	not startswith(value, "$")
	not regex.match(`\s`, value)
	not lower(value) in {"changeme", "password", "placeholder", "required", "optional"}
	not _names(value)
}

# Upper-case identifiers (`GITHUB_TOKEN,NPM_TOKEN`) name secrets; they are not one.
_names(value) if regex.match(`^[A-Z][A-Z0-9_]*([,; ]+[A-Z][A-Z0-9_]*)*$`, value)
