# Shared helpers for the `repository` pack, over the repository document (`files`, `manifests`).
# Owns: the views of the file list that the checks look names up in, each computed once per
# evaluation. A monorepo's list holds tens of thousands of paths: a check that lowered or matched
# every path itself paid that once per check (and the lockfile check once per package.json).
# Must not: decide what is a violation — that belongs to each policy.
package palisade.lib.repository

# Lower-cased, the paths of the files at the root and of those whose first folder name has at
# most 7 characters: every name the checks look for (at the root, in .github/, in docs/) is among
# them, and the list is walked once for all of them. `lower` maps each character to one
# character (Go's simple case mapping, as OPA's), so the slash keeps its position.
shallow_files := {lower(f) | some f in input.files; indexof(f, "/") < 8}

# The files at the root, lower-cased.
root_files := {f | some f in shallow_files; not contains(f, "/")}

# Where a lockfile sits, as a path prefix: "" for the root, "apps/web/" for apps/web. Only a
# whole file name counts (`my-yarn.lock` is not `yarn.lock`).
lockfile_dirs := {dir |
	some f in input.files
	some name in lockfiles
	endswith(f, name)
	dir := substring(f, 0, count(f) - count(name))
	whole_name(dir)
}

lockfiles := {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"}

whole_name("") := true

whole_name(dir) if endswith(dir, "/")
