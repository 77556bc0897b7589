# Helpers shared by the dockerfile policy pack, over the dockerfile loader's document:
# { stages: [{index, name, from: {image, tag, digest, platform, raw}, instructions}],
#   instructions: [{cmd, args, raw, flags, json, stage, heredocs, commands}], args: {NAME: default} }.
# It owns how instruction arguments are read (shell form is one string, exec form an array),
# which stage is final, which FROM names an external image, and how package-manager calls are
# read from the loader's tokenised RUN commands (`commands`: [{words, argv, piped}], see
# src/loaders/dockerfile/shell.ts). Policies never split shell scripts themselves. It decides
# nothing about compliance.
package palisade.lib.dockerfile

# The arguments of an instruction as one string.
text(ins) := concat(" ", [a | some a in ins.args; is_string(a)])

# The arguments split into words: exec form is already split; shell form splits on blanks.
words(ins) := [a | some a in ins.args; is_string(a)] if {
	ins.json == true
} else := [w | some w in regex.split(`\s+`, trim_space(text(ins))); w != ""]

# A RUN instruction's script, with the bodies of its heredocs (`RUN <<EOF … EOF`).
script(ins) := concat("\n", array.concat([text(ins)], [h.body | some h in ins.heredocs; is_string(h.body)]))

# The shell commands of a RUN instruction as text (words joined by a space), in order.
commands(ins) := [concat(" ", c.words) | some c in ins.commands]

# Every command every RUN instruction runs: {"i": instruction index, "ins", "words" (as
# written), "argv" (the program and its arguments, after `NAME=value` assignments and wrappers
# such as sudo or env), "piped"}.
run_commands contains {"i": i, "ins": ins, "words": c.words, "argv": c.argv, "piped": c.piped} if {
	some i, ins in input.instructions
	ins.cmd == "run"
	some c in ins.commands
}

# The program a command runs, without its directory: `/usr/bin/apt-get` → `apt-get`.
program(argv) := p if {
	parts := split(argv[0], "/")
	p := parts[count(parts) - 1]
}

# Short options combined in one word (`-fsSLk`) include `letter`.
has_short_option(argv, letter) if {
	some w in argv
	regex.match(`^-[A-Za-z0-9]+$`, w)
	contains(w, letter)
}

# The package manager a program is: pip3.11 → pip, microdnf → dnf.
manager(p) := "pip" if regex.match(`^pip[0-9.]*$`, p)

manager(p) := m if {
	not regex.match(`^pip[0-9.]*$`, p)
	m := {
		"apt-get": "apt-get", "apt": "apt", "apk": "apk", "yum": "yum", "dnf": "dnf",
		"microdnf": "dnf", "tdnf": "dnf", "zypper": "zypper", "npm": "npm", "gem": "gem",
		"yarn": "yarn",
	}[p]
}

# `python3 -m pip install x` runs pip.
manager_argv(argv) := array.concat(["pip"], array.slice(argv, 3, count(argv))) if {
	regex.match(`^python[0-9.]*$`, program(argv))
	argv[1] == "-m"
	argv[2] == "pip"
} else := argv

# Options of each manager that take the next word as their value (so it is no package name).
value_options := {
	"apt-get": {"-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"},
	"apt": {"-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"},
	"apk": {"-X", "--repository", "-p", "--root", "--cache-dir", "-t", "--virtual", "--arch", "--keys-dir", "--repositories-file"},
	"yum": {"-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "-x", "--exclude", "--setopt", "--repo", "--repoid", "--nogpgcheck-disable", "--downloaddir", "--destdir"},
	"dnf": {"-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "-x", "--exclude", "--setopt", "--repo", "--repoid", "--downloaddir", "--destdir"},
	"zypper": {"-r", "--repo", "--from", "-t", "--type", "--root", "-R", "-p", "--plus-repo"},
	"pip": {"-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "--trusted-host", "-t", "--target", "--prefix", "--root", "-e", "--editable", "-f", "--find-links", "--cache-dir", "--platform", "--python-version", "--implementation", "--abi", "--src", "--progress-bar", "--log", "--proxy", "--timeout", "--retries", "--upgrade-strategy", "--only-binary", "--no-binary", "--cert", "--client-cert"},
	"npm": {"--prefix", "--registry", "--cache", "-w", "--workspace", "--omit", "--include", "--tag", "--userconfig"},
	"gem": {"-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "--platform"},
	"yarn": {"--cwd", "--cache-folder", "--modules-folder", "--registry"},
}

# Package-manager calls: {"i", "ins", "words", "tool" (the manager), "sub" (its subcommand),
# "args" (the words after the subcommand), "operands" (non-option words after it: package names,
# files, version specs)}. Global options before the subcommand are skipped with their values.
package_calls contains call if {
	some rc in run_commands
	count(rc.argv) > 1
	argv := manager_argv(rc.argv)
	tool := manager(program(argv))
	k := min({j |
		some j, w in argv
		j > 0
		not startswith(w, "-")
		not argv[j - 1] in value_options[tool]
	})
	call := {
		"i": rc.i, "ins": rc.ins, "words": rc.words, "argv": argv, "tool": tool, "sub": argv[k],
		"args": array.slice(argv, k + 1, count(argv)),
		"operands": [w |
			some j, w in argv
			j > k
			not startswith(w, "-")
			not argv[j - 1] in value_options[tool]
		],
	}
}

# A word whose value is only known at build time (`$PKGS`, `${VERSION}`): nothing can be said
# about it.
variable(w) if contains(w, "$")

# The variables ENV and ARG instructions set: `ENV A=1 B="x y"`, `ARG V=1` and the legacy
# `ENV A 1`, as {"i", "ins", "name", "value"} (value as written, outer quotes removed). An ARG
# without a default sets nothing.
variable_settings contains {"i": i, "ins": ins, "name": m[1], "value": unquote(m[2])} if {
	some i, ins in input.instructions
	ins.cmd in {"env", "arg"}
	t := text(ins)
	not legacy_env(ins)
	some m in regex.find_all_string_submatch_n(`([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)`, t, -1)
}

variable_settings contains {"i": i, "ins": ins, "name": ws[0], "value": trim_space(substring(t, count(ws[0]), -1))} if {
	some i, ins in input.instructions
	legacy_env(ins)
	t := trim_space(text(ins))
	ws := words(ins)
}

# `ENV NAME value`: the first word has no `=`.
legacy_env(ins) if {
	ins.cmd == "env"
	ws := words(ins)
	count(ws) >= 2
	not contains(ws[0], "=")
}

unquote(s) := substring(s, 1, count(s) - 2) if {
	count(s) >= 2
	regex.match(`^("[^"]*"|'[^']*')$`, s)
} else := s

# `NAME=value` assignments at the start of a RUN command (`A=1 make`) or in `export A=1`.
run_assignments contains {"i": rc.i, "name": m[1], "value": m[2]} if {
	some rc in run_commands
	assignments := array.slice(rc.words, 0, count(rc.words) - count(rc.argv))
	some w in array.concat(assignments, exported(rc.argv))
	m := regex.find_all_string_submatch_n(`^([A-Za-z_][A-Za-z0-9_]*)=(.*)$`, w, 1)[0]
}

exported(argv) := array.slice(argv, 1, count(argv)) if {
	argv[0] == "export"
} else := []

final_stage := count(input.stages) - 1

# Index (into input.instructions) of the FROM instruction that opens a stage.
from_index(stage) := i if {
	some i, ins in input.instructions
	ins.stage == stage
	ins.cmd == "from"
}

# Instructions of the final stage, as {"i": index, "ins": instruction}.
final_instructions contains {"i": i, "ins": ins} if {
	some i, ins in input.instructions
	ins.stage == final_stage
}

# Stage names, to tell `FROM builder` (an earlier stage) from an image called builder.
stage_names := {lower(s.name) | some s in input.stages; is_string(s.name)}

# Stages whose FROM pulls an image from a registry: not an earlier stage, not `scratch`, and not
# built from a build argument (whose value is only known at build time).
external_stages contains s if {
	some s in input.stages
	image := s.from.image
	is_string(image)
	not lower(image) in stage_names
	lower(image) != "scratch"
	not contains(image, "$")
}

# Stages whose layers end up in the image: the final stage and the stages it is built FROM
# (`FROM base`), transitively. Other stages are thrown away with their files.
shipped_stages := graph.reachable(stage_parents, {final_stage}) if {
	count(input.stages) > 0
}

# Stage index → the earlier stage it is built FROM (none for an image).
stage_parents[s] := {p |
	name := lower(input.stages[s].from.image)
	some p, st in input.stages
	p < s
	is_string(st.name)
	lower(st.name) == name
} if some s, _ in input.stages

# Instructions of shipped stages, as {"i": index, "ins": instruction}.
shipped_instructions contains {"i": i, "ins": ins} if {
	some i, ins in input.instructions
	ins.stage in shipped_stages
}

# The argv of every command instruction i runs.
argvs(i) := [rc.argv | some rc in run_commands; rc.i == i]

# Instruction i runs `program` with `word` among its arguments (`rm … /var/cache/apk/*`).
runs_with(i, program_name, prefix) if {
	some argv in argvs(i)
	program(argv) == program_name
	some w in argv
	startswith(w, prefix)
}

# A RUN --mount=type=cache covers `dir`.
cache_mount(ins, dir) if {
	some m in split(object.get(ins.flags, "mount", ""), " ")
	contains(m, "type=cache")
	contains(m, dir)
}

# Operands that name a package from a repository, not a local file, URL or build-time variable.
repository_packages(call) := [p |
	some p in call.operands
	not variable(p)
	not contains(p, "/")
	not regex.match(`\.(deb|rpm|apk|whl|tgz|gz|zip)$`, p)
]
