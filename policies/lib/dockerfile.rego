# Helpers shared by the dockerfile policy pack, over the dockerfile loader's document:
# { stages: [{index, name, from: {image, tag, digest, platform, raw}, instructions}],
#   instructions: [{cmd, args, raw, flags, json, stage, heredocs}], args: {NAME: default} }.
# It owns how instruction arguments are read (shell form is one string, exec form an array),
# which stage is final and which FROM names an external image. It decides nothing about
# compliance.
package palisade.lib.dockerfile

# The arguments of an instruction as one string.
text(ins) := concat(" ", [a | some a in ins.args; is_string(a)])

# The arguments split into words: exec form is already split; shell form splits on blanks.
words(ins) := [a | some a in ins.args; is_string(a)] if {
	ins.json == true
} else := [w | some w in regex.split(`\s+`, trim_space(text(ins))); w != ""]

# A RUN instruction's script, with the bodies of its heredocs (`RUN <<EOF … EOF`).
script(ins) := concat("\n", array.concat([text(ins)], [h.body | some h in ins.heredocs; is_string(h.body)]))

# The shell commands of a script, split at `&&`, `||`, `;`, `|` and newlines.
commands(ins) := [trim_space(c) | some c in regex.split(`&&|\|\||;|\||\n`, script(ins)); trim_space(c) != ""]

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
