# Shared helpers for the `terraform` pack, over `terraform show -json` plan documents.
# Owns: which resources a plan leaves in place, "known after apply" handling, and how one
# resource finds another that references it (through `configuration` or by matching values).
# Must not: decide what is a violation — that belongs to each policy.
package palisade.lib.terraform

# Resources that exist after apply, keyed by their index in `resource_changes`. A no-op resource
# still exists and still matters; a delete-only change leaves nothing to check; data sources are
# reads, not resources anyone deploys.
resources[i] := r if {
	some i, rc in input.resource_changes
	object.get(rc, "mode", "managed") == "managed"
	rc.change.actions != ["delete"]
	is_object(rc.change.after)
	r := {
		"index": i,
		"address": rc.address,
		"type": rc.type,
		"module": object.get(rc, "module_address", ""),
		"after": rc.change.after,
		"unknown": _object_or_empty(object.get(rc.change, "after_unknown", {})),
		"path": ["resource_changes", i, "change", "after"],
	}
}

_object_or_empty(x) := x if is_object(x)

_object_or_empty(x) := {} if not is_object(x)

# Resources by type, built once per document: `of_type` inside another loop must not rescan
# every resource. Filtering all resources once per type would cost types × resources, so the
# (type, index) pairs are sorted once and each type takes its own run of that order; within a
# type, resources stay in `resource_changes` order.
by_type[t] := [resources[q[1]] | some q in array.slice(_typed, s, _run_end(j))] if {
	some j, s in _type_runs
	t := _typed[s][0]
}

_typed := sort([[r.type, i] | some i, r in resources])

# Where each type's run starts in `_typed`.
_type_runs := [k | some k, q in _typed; not _continues_run(k, q)]

_continues_run(k, q) if _typed[k - 1][0] == q[0]

_run_end(j) := _type_runs[j + 1]

_run_end(j) := count(_typed) if j == count(_type_runs) - 1

# Resources by address (instance address, e.g. module.a.aws_s3_bucket.b["x"]).
by_address[a] := r if {
	some r in resources
	a := r.address
}

# All resources of one type, e.g. of_type("aws_s3_bucket").
of_type(t) := object.get(by_type, t, [])

# The route to an attribute when the plan shows it (even as null), else to the resource's
# `after` object: a missing attribute lands on the nearest thing that should contain it.
attr_path(r, key) := array.concat(r.path, [key]) if key in object.keys(r.after)

attr_path(r, key) := r.path if not key in object.keys(r.after)

# True when the value at `route` (relative to `after`) is, or lies inside, or contains a value
# that is "known after apply". Such values are never reported: the plan cannot know them.
unknown_at(r, route) if {
	walk(r.unknown, [p, v])
	v == true
	_prefix_related(p, route)
}

_prefix_related(p, route) if array.slice(route, 0, count(p)) == p

_prefix_related(p, route) if array.slice(p, 0, count(route)) == route

unknown(r, key) if unknown_at(r, [key])

# The attribute is known and not `true`: missing, null and false all count (the provider default
# for the security switches this pack checks is off).
not_true(r, key) if {
	not unknown(r, key)
	not r.after[key] == true
}

# The attribute is known and explicitly `true`.
is_true(r, key) if r.after[key] == true

# A known, non-empty list or block.
present(r, key) if {
	not unknown(r, key)
	v := r.after[key]
	_non_empty(v)
}

_non_empty(v) if {
	is_string(v)
	v != ""
}

_non_empty(v) if {
	not is_string(v)
	not is_number(v)
	not is_boolean(v)
	v != null
	count(v) > 0
}

_non_empty(v) if is_number(v)

_non_empty(v) if v == true

present(r, key) if unknown(r, key)

# The attribute, known to be missing, null or empty.
absent(r, key) if not present(r, key)

# The address of a resource without count/for_each keys, as written in `configuration`:
# module.net["a"].aws_vpc.main[0] becomes module.net.aws_vpc.main.
base_address(address) := regex.replace(address, `\[[^\]]*\]`, "")

# `configuration` resources by their full base address, for any depth of module nesting.
config[address] := c if {
	walk(input.configuration.root_module, [p, c])
	n := count(p)
	n >= 2
	p[n - 2] == "resources"
	is_number(p[n - 1])
	is_string(c.address)
	prefix := array.slice(p, 0, n - 2)
	_module_route(prefix)
	names := [sprintf("module.%s.", [prefix[k + 1]]) | some k, seg in prefix; k % 3 == 0; seg == "module_calls"]
	address := concat("", array.concat(names, [c.address]))
}

# A route through nested modules alternates module_calls, <name>, module.
_module_route(prefix) if {
	count(prefix) % 3 == 0
	every k, seg in prefix {
		_module_segment(k % 3, seg)
	}
}

_module_segment(0, "module_calls") := true

_module_segment(1, _) := true

_module_segment(2, "module") := true

# The module part of a resource's address, as a prefix for its module-relative references.
_module_prefix(r) := "" if r.module == ""

_module_prefix(r) := concat("", [base_address(r.module), "."]) if r.module != ""

# Fully qualified addresses that attribute `attr` of `r` references in the configuration.
references(r, attr) := {ref |
	some raw in config[base_address(r.address)].expressions[attr].references
	ref := _qualify(r, raw)
}

_qualify(r, raw) := concat("", [_module_prefix(r), raw]) if not _indirect(raw)

_qualify(_, raw) := raw if _indirect(raw)

# References that do not name a managed resource directly: variables, locals, module outputs,
# data sources and iteration values. Through these the plan does not say what is linked.
_indirect(raw) if {
	some head in ["var.", "local.", "module.", "data.", "each.", "count.", "path.", "self."]
	startswith(raw, head)
}

# `other` points at `target` through attribute `attr`: by reference in the configuration, or by
# value (its planned `attr` equals the target's id, name, bucket or ARN).
linked(other, attr, target) if {
	some ref in references(other, attr)
	_points_at(ref, base_address(target.address))
}

linked(other, attr, target) if {
	v := other.after[attr]
	is_string(v)
	v != ""
	some k in ["id", "bucket", "name", "arn"]
	target.after[k] == v
}

_points_at(ref, address) if ref == address

_points_at(ref, address) if startswith(ref, concat("", [address, "."]))

_points_at(ref, address) if startswith(ref, concat("", [address, "["]))

# `other`'s `attr` cannot be resolved from the plan (known after apply, and only reached through
# variables, locals or module outputs): it might point at anything, so it must not be held
# against any one resource.
undetermined(other, attr) if {
	unknown(other, attr)
	every raw in _raw_references(other, attr) {
		_indirect(raw)
	}
}

_raw_references(r, attr) := refs if {
	refs := config[base_address(r.address)].expressions[attr].references
} else := []

# Some resource of type `t` refers to `target` through `attr` (or may, when undeterminable).
# Each call indexes every resource of type `t`: inside a loop over targets, build the index once
# in a rule of the policy (`_idx := tf.link_index(t, attr)`) and ask `tf.linked_in(_idx, target)`,
# or the policy turns quadratic in resources.
has_linked(t, attr, target) if linked_in(link_index(t, attr), target)

# What `linked` needs to know about every resource of type `t` and its `attr`, so that asking
# about one target is a lookup: the base addresses its references can point at, its non-empty
# string values, and whether any of them is undetermined.
link_index(t, attr) := {
	"addresses": {a |
		some other in of_type(t)
		some ref in references(other, attr)
		some a in _pointed_at(ref)
	},
	"values": {v |
		some other in of_type(t)
		v := other.after[attr]
		is_string(v)
		v != ""
	},
	"undetermined": [other.address | some other in of_type(t); undetermined(other, attr)],
}

# `target` is linked (or may be) by some resource of the index: `linked` or `undetermined`.
linked_in(index, target) if base_address(target.address) in index.addresses

linked_in(index, target) if {
	some k in ["id", "bucket", "name", "arn"]
	target.after[k] in index.values
}

linked_in(index, _) if count(index.undetermined) > 0

# Every address `a` with _points_at(ref, a): the reference itself and each prefix of it that
# ends just before a "." or a "[".
_pointed_at(ref) := {ref} | _prefixes_before(ref, ".") | _prefixes_before(ref, "[")

_prefixes_before(s, sep) := {concat(sep, array.slice(parts, 0, k)) |
	parts := split(s, sep)
	some k, _ in parts
	k > 0
}

# The linked resources themselves, for checks on their settings.
linked_of_type(t, attr, target) := [other | some other in of_type(t); linked(other, attr, target)]

# Ingress exposure helpers shared by the security-group policies.
# An open range: the whole IPv4 or IPv6 internet.
open_cidr(c) if c in {"0.0.0.0/0", "::/0"}

# Whether a port range (inclusive) covers `port`; protocol "-1"/"all" covers every port.
covers_port(rule, port) if rule.protocol in {"-1", "all"}

covers_port(rule, port) if {
	not rule.protocol in {"-1", "all"}
	rule.from_port <= port
	port <= rule.to_port
}

# A rule that opens every port: all protocols, or the whole port range.
all_ports(rule) if rule.protocol in {"-1", "all"}

all_ports(rule) if {
	rule.from_port <= 1
	rule.to_port >= 65535
}

# Ingress rules open to the internet, from the three ways the AWS provider spells them, each as
# {resource, path (to the open CIDR), from_port, to_port, protocol, cidr}.
public_ingress contains rule if {
	# A VPC's default group (aws_default_security_group) takes the same inline rules.
	some t in ["aws_security_group", "aws_default_security_group"]
	some r in of_type(t)
	some j, block in r.after.ingress
	some attr in ["cidr_blocks", "ipv6_cidr_blocks"]
	some k, cidr in block[attr]
	open_cidr(cidr)
	rule := {
		"resource": r.address,
		"path": array.concat(r.path, ["ingress", j, attr, k]),
		"from_port": block.from_port,
		"to_port": block.to_port,
		"protocol": lower(sprintf("%v", [block.protocol])),
		"cidr": cidr,
	}
}

public_ingress contains rule if {
	some r in of_type("aws_security_group_rule")
	r.after.type == "ingress"
	some attr in ["cidr_blocks", "ipv6_cidr_blocks"]
	some k, cidr in r.after[attr]
	open_cidr(cidr)
	rule := {
		"resource": r.address,
		"path": array.concat(r.path, [attr, k]),
		"from_port": r.after.from_port,
		"to_port": r.after.to_port,
		"protocol": lower(sprintf("%v", [r.after.protocol])),
		"cidr": cidr,
	}
}

public_ingress contains rule if {
	some r in of_type("aws_vpc_security_group_ingress_rule")
	some attr in ["cidr_ipv4", "cidr_ipv6"]
	cidr := r.after[attr]
	open_cidr(cidr)
	rule := {
		"resource": r.address,
		"path": array.concat(r.path, [attr]),
		"from_port": object.get(r.after, "from_port", 0),
		"to_port": object.get(r.after, "to_port", 65535),
		"protocol": lower(sprintf("%v", [r.after.ip_protocol])),
		"cidr": cidr,
	}
}

# JSON policy documents (IAM, bucket policies): statements as a list whatever the spelling.
statements(doc) := [doc.Statement] if is_object(doc.Statement)

statements(doc) := doc.Statement if is_array(doc.Statement)

# A string-or-list field as a list.
as_list(x) := [x] if is_string(x)

as_list(x) := x if is_array(x)

as_list(x) := [] if x == null

# The attribute or block is set in the configuration (its value may still be unknown), or the
# plan shows a known, non-empty value for it. Provider-computed attributes that nobody wrote are
# unknown in a plan and say nothing about what was configured; this asks what the author wrote.
configured(r, key) if {
	exprs := config[base_address(r.address)].expressions
	is_object(exprs)
	key in object.keys(exprs)
}

configured(r, key) if {
	not unknown(r, key)
	v := r.after[key]
	v != null
	v != false
	v != ""
	not _empty_collection(v)
}

_empty_collection(v) if {
	not is_string(v)
	not is_number(v)
	not is_boolean(v)
	v != null
	count(v) == 0
}

# Nested blocks. A plan (and a configuration evaluated without one) shows a block such as
# `encrypt_at_rest { enabled = true }` as a list of one object; these helpers read its first
# instance, so policies about "a switch inside a block" do not each repeat the list handling.

# The first instance of nested block `name`, when the resource has one.
block(r, name) := b if {
	bs := r.after[name]
	is_array(bs)
	count(bs) > 0
	is_object(bs[0])
	b := bs[0]
}

# In `.tf.json` a few block names (`environment`, `settings`, `options` …) read as map arguments
# without the provider's schema (docs/inputs.md): the object itself is then the block.
block(r, name) := r.after[name] if is_object(r.after[name])

# Where block `name` sits: its first instance, or the object itself when read as a map.
_block_route(r, name) := [name, 0] if is_array(r.after[name])

_block_route(r, name) := [name] if is_object(r.after[name])

# The route to `key` in block `name` when it is written there, else to the block, else to the
# resource: a missing setting lands on the nearest thing that should contain it.
block_attr_path(r, name, key) := array.concat(r.path, array.concat(_block_route(r, name), [key])) if {
	key in object.keys(block(r, name))
}

block_attr_path(r, name, key) := array.concat(r.path, _block_route(r, name)) if {
	b := block(r, name)
	not key in object.keys(b)
}

block_attr_path(r, name, _) := r.path if not block(r, name)

# `key` in block `name` is known and not true: the block or the attribute is missing, null or false.
block_not_true(r, name, key) if {
	not unknown_at(r, [name, 0, key])
	not block_true(r, name, key)
}

# `key` in block `name` is explicitly true.
block_true(r, name, key) if block(r, name)[key] == true

# `key` in block `name` is explicitly false (the provider default being on, only an explicit
# false switches it off).
block_false(r, name, key) if block(r, name)[key] == false

# The attribute is explicitly false.
is_false(r, key) if r.after[key] == false

# Principals that mean "anyone": GCP's public members, AWS's "*" principal.
public_member(m) if m in {"allUsers", "allAuthenticatedUsers"}

# The web and function app resource types of the azurerm provider, old and new, with slots.
azure_app_types := [
	"azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app",
	"azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_app_service_slot", "azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot",
]

# A dotted IPv4 address as a number, for comparing the start and end of address ranges.
ipv4_number(ip) := n if {
	parts := [to_number(p) | some p in split(ip, ".")]
	count(parts) == 4
	n := ((parts[0] * 256 + parts[1]) * 256 + parts[2]) * 256 + parts[3]
}

# A resource policy statement's Principal that names everyone: "*" or {"AWS": "*"}.
any_principal(p) if p == "*"

any_principal(p) if "*" in as_list(p.AWS)

# The statement carries a Condition (which may narrow "*" to an organisation, a VPC, an IP…).
conditioned(s) if {
	is_object(s.Condition)
	count(s.Condition) > 0
}
