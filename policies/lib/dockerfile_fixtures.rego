# Loader-shaped Dockerfile documents for the dockerfile pack's Rego unit tests, so a test reads
# like the Dockerfile it is about: doc(["FROM alpine:3.20", "RUN apk add --no-cache curl"]).
# It is a small reading of simple test lines, not a Dockerfile parser: one instruction per line,
# `--flag=value` words before the arguments, exec form when the arguments start with `[`, and RUN
# scripts split at ` && `, ` || `, ` ; ` and ` | ` into words at blanks (no quotes). The real
# tokeniser is the loader's (src/loaders/dockerfile/shell.ts); fixtures test it end to end.
package palisade.lib.dockerfile_fixtures

doc(lines) := {"stages": stages(instructions(lines)), "instructions": instructions(lines), "args": {}}

instructions(lines) := [instruction(i, lines) | some i, _ in lines]

instruction(i, lines) := object.union(
	{
		"cmd": lower(words(lines[i])[0]),
		"args": args(rest),
		"raw": lines[i],
		"flags": flags(lines[i]),
		"json": startswith(rest, "["),
		"stage": count([l | some l in array.slice(lines, 0, i + 1); lower(words(l)[0]) == "from"]) - 1,
		"heredocs": [],
	},
	run_commands(lower(words(lines[i])[0]), rest),
) if {
	rest := arguments(lines[i])
}

words(line) := regex.split(`\s+`, trim_space(line))

# The words after the keyword and its --flags, as one string.
arguments(line) := concat(" ", array.slice(ws, k, count(ws))) if {
	ws := words(line)
	k := min({j | some j, w in ws; j > 0; not startswith(w, "--")} | {count(ws)})
}

flags(line) := {parts[0]: value(parts) |
	some j, w in words(line)
	j > 0
	j < first_argument(line)
	parts := split(substring(w, 2, -1), "=")
}

first_argument(line) := min({j | some j, w in words(line); j > 0; not startswith(w, "--")} | {count(words(line))})

value(parts) := concat("=", array.slice(parts, 1, count(parts))) if {
	count(parts) > 1
} else := "true"

args(rest) := json.unmarshal(rest) if {
	startswith(rest, "[")
} else := [rest]

run_commands("run", rest) := {"commands": [{"words": ws, "argv": argv(ws), "piped": k < count(pieces) - 1} |
	some part in regex.split(` && | \|\| | ; `, rest)
	pieces := split(part, " | ")
	some k, piece in pieces
	ws := words(piece)
]} if not startswith(rest, "[")

run_commands("run", rest) := {"commands": [{"words": a, "argv": a, "piped": false}]} if {
	startswith(rest, "[")
	a := json.unmarshal(rest)
}

run_commands(cmd, _) := {} if cmd != "run"

# Assignments and sudo are not the program.
argv(ws) := array.slice(ws, k, count(ws)) if {
	k := min({j | some j, w in ws; not regex.match(`^[A-Za-z_][A-Za-z0-9_]*=`, w); w != "sudo"} | {count(ws)})
}

stages(ins) := [stage(s, i, ins) | some i, x in ins; x.cmd == "from"; s := x.stage]

stage(s, i, ins) := {
	"index": s,
	"name": stage_name(ws),
	"from": image_ref(ws[0], object.get(ins[i].flags, "platform", null), ins[i].args[0]),
	"instructions": [j | some j, x in ins; x.stage == s],
} if {
	ws := words(ins[i].args[0])
}

stage_name(ws) := ws[2] if {
	count(ws) >= 3
	lower(ws[1]) == "as"
} else := null

image_ref(ref, platform, raw) := {"image": image, "tag": tag, "digest": digest, "platform": platform, "raw": raw} if {
	at := split(ref, "@")
	digest := item(at, 1)
	name := at[0]
	segments := split(name, "/")
	last := segments[count(segments) - 1]
	colon := split(last, ":")
	tag := item(colon, 1)
	image := colon_prefix(name, tag)
}

item(a, k) := a[k] if {
	count(a) > k
} else := null

colon_prefix(name, null) := name

colon_prefix(name, tag) := trim_suffix(name, concat("", [":", tag])) if tag != null
