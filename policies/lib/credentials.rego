# Values that are a credential whatever they are called, told by their own format: key material,
# and access keys and tokens whose documented format names their issuer. Shared by the packs
# that read literal values (Kubernetes env and ConfigMaps, Dockerfile ENV and ARG). Each format
# is specific enough that a value matching it is the credential itself (or the issuer's
# documented example), not prose or a placeholder; names are each pack's own concern.
package palisade.lib.credentials

# Key material is a secret whatever it is called.
private_key(value) if regex.match(`-BEGIN\s+([A-Z]+\s+)*PRIVATE KEY-`, upper(value))

token_formats := {
	"an AWS access key ID": `^(AKIA|ASIA)[A-Z0-9]{16}$`,
	"a GitHub token": `^(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})$`,
	"a GitLab token": `^glpat-[A-Za-z0-9_-]{20,}$`,
	"a Slack token": `^xox[abpors]-[A-Za-z0-9-]{10,}$`,
	"a Google API key": `^AIza[0-9A-Za-z_-]{35}$`,
	"a Stripe live key": `^(sk|rk)_live_[0-9A-Za-z]{16,}$`,
	"an npm token": `^npm_[A-Za-z0-9]{36}$`,
	"a JSON Web Token": `^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}$`,
}

# What a value is when its format alone makes it a credential (`an AWS access key ID`);
# undefined otherwise.
credential_value(value) := "a private key" if {
	is_string(value)
	private_key(value)
} else := kind if {
	is_string(value)
	kinds := {k | some k, pattern in token_formats; regex.match(pattern, trim_space(value))}
	count(kinds) > 0
	kind := min(kinds)
}
