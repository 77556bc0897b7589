# Helpers for the CIS Kubernetes control-plane checks that apply to manifests: the static pods
# kubeadm (and RKE2, kops …) write for kube-apiserver, kube-controller-manager, kube-scheduler and
# etcd, and the command-line flags their containers run with. It finds the component a container
# runs and reads its flags the way the binaries' flag parser (spf13/pflag) does; it decides
# nothing about which values are compliant (the k8s/apiserver-*, k8s/controller-manager-*,
# k8s/scheduler-* and k8s/etcd-* policies do).
package palisade.lib.k8s_control_plane

import data.palisade.lib.k8s

# The binaries whose flags the CIS benchmark sets. The component is the base name of the
# container's first command word (`kube-apiserver`, `/usr/local/bin/etcd`).
components := {"kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"}

# Every container of the object that runs `component`: {container, path, label, words}, where
# `words` lists each command and args word with its route, in the order the binary receives them.
containers(component) := {entry |
	some c in k8s.containers
	command := object.get(c.container, "command", [])
	is_array(command)
	count(command) > 0
	is_string(command[0])
	base(command[0]) == component
	entry := object.union(c, {"words": words(c)})
}

base(word) := parts[count(parts) - 1] if parts := split(word, "/")

words(c) := array.concat(
	[{"word": w, "path": array.concat(c.path, ["command", i])} | some i, w in c.container.command; i > 0; is_string(w)],
	[{"word": w, "path": array.concat(c.path, ["args", i])} | some i, w in object.get(c.container, "args", []); is_string(w)],
)

# Every flag a container passes: {name, value, path, n} with `n` its position among the words.
# `--name=value`; `--name value` when the next word is not a flag; a lone `--name` is `true`
# (pflag's boolean form).
flags(c) := [f |
	some n, w in c.words
	startswith(w.word, "--")
	f := {"name": flag_name(w.word), "value": flag_value(c.words, n), "path": w.path, "n": n}
]

flag_name(word) := split(substring(word, 2, -1), "=")[0]

flag_value(ws, n) := substring(ws[n].word, indexof(ws[n].word, "=") + 1, -1) if {
	contains(ws[n].word, "=")
} else := ws[n + 1].word if {
	not startswith(ws[n + 1].word, "-")
} else := "true"

# The flag as the binary sees it: the last occurrence wins, as with pflag's scalar flags.
flag(c, name) := last if {
	found := [f | some f in flags(c); f.name == name]
	count(found) > 0
	last := found[count(found) - 1]
}

# The values of a comma-separated list flag (`--authorization-mode=Node,RBAC`), trimmed; empty
# when the flag is not set.
list_values(c, name) := {trim_space(x) | some x in split(flag(c, name).value, ","); trim_space(x) != ""} if {
	flag(c, name)
} else := set()

# Where a missing flag belongs: the word list that holds the container's flags (args when any
# flag is passed there, else command), so a finding about an absent flag points at the list to
# add it to.
flags_path(c) := array.concat(c.path, ["args"]) if {
	some w in object.get(c.container, "args", [])
	is_string(w)
	startswith(w, "--")
} else := array.concat(c.path, ["command"])

# A violation about flag `name`: on the flag when it is set, on the list to add it to otherwise.
at_flag(c, name) := flag(c, name).path if {
	flag(c, name)
} else := flags_path(c)

# How messages name the component's container: `kube-apiserver in Pod "kube-apiserver-cp1"`.
who(c, component) := sprintf("%s in %s", [component, k8s.resource])

# A violation about flag `name` of the component's container, reported where at_flag says.
finding(c, component, name, what) := {
	"msg": sprintf("%s %s", [who(c, component), what]),
	"path": at_flag(c, name),
}

# The flag's value, or the binary's default when the flag is not passed.
value_or(c, name, fallback) := flag(c, name).value if {
	flag(c, name)
} else := fallback
