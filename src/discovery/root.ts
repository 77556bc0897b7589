// The repository root of a scan: the folder that configuration, waivers, report paths and the
// repository checks all hang from, whatever subfolder or file the user names. It is the nearest
// folder holding a Palisade config (from what is scanned up to the git top level), else the git
// top level, so that `palisade scan k8s/` and `palisade scan .` agree on `k8s/web.yaml`, which is
// also what GitHub needs to map SARIF onto the repository. Reads only directory entries; never
// runs git (a `.git` entry, a folder or a worktree's file, marks the top level).

import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/config.js';

const GLOB_CHARS = /[*?[\]{}]/;

/** The folder a scanned path starts from: itself for a folder, its parent for a file, undefined for a glob or a missing path. */
function startOf(abs: string): string | undefined {
  try {
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    return undefined;
  }
}

/** The deepest folder containing every one of `dirs`. */
function commonAncestor(dirs: string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && relative(common, d).split(sep)[0] === '..') common = dirname(common);
  }
  return common;
}

/** The nearest folder from `start` upwards that holds a Palisade config or is a git top level. */
export function findRepositoryRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (CONFIG_FILE_NAMES.some((n) => existsSync(resolve(dir, n)))) return dir;
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dir === dirname(dir)) return undefined;
  }
}

/**
 * The scan root: `explicit` (`--root`) when given; else the repository root of what is scanned
 * (see findRepositoryRoot); outside any repository, the one folder scanned, else `cwd`.
 */
export function resolveRoot(paths: string[], explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit) return resolve(cwd, explicit);
  const starts = paths.map((p) => (GLOB_CHARS.test(p) && !existsSync(resolve(cwd, p)) ? cwd : startOf(resolve(cwd, p)))).filter((d): d is string => d !== undefined);
  const found = findRepositoryRoot(starts.length ? commonAncestor(starts) : cwd);
  if (found) return found;
  if (paths.length === 1) {
    const only = resolve(cwd, paths[0]!);
    if (startOf(only) === only) return only;
  }
  return cwd;
}

