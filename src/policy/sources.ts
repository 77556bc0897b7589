// Collects Rego sources from policy directories (the one place policy files are read), and
// resolves `--policy` arguments: a directory of Rego, a single .rego, a bundle.tar.gz or a .wasm.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { POLICIES_DIR } from '../paths.js';
import type { PolicySource } from './build.js';

export interface CollectOptions {
  /** Include `*_test.rego` files (for `palisade test`). */
  tests?: boolean;
  /** Paths in diagnostics are made relative to this directory. */
  relativeTo?: string;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.rego')) out.push(p);
  }
}

export function collectRegoSources(paths: string[], opts: CollectOptions = {}): PolicySource[] {
  const files: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p, files);
    else files.push(p);
  }
  return files
    .filter((f) => opts.tests || !f.endsWith('_test.rego'))
    .map((f) => ({
      path: (opts.relativeTo ? relative(opts.relativeTo, f) : f).split(sep).join('/'),
      source: readFileSync(f, 'utf8'),
    }));
}

/**
 * The built-in helper library (`data.palisade.lib.*`: every workload kind's containers, Terraform
 * resources, workflow steps …), which users' policies may import — unless the given paths
 * already include it.
 */
function builtinLibFor(paths: string[]): string[] {
  const lib = join(POLICIES_DIR, 'lib');
  const covers = (p: string) => {
    const r = relative(resolve(p), lib);
    return r === '' || (!r.startsWith('..') && !isAbsolute(r));
  };
  return existsSync(lib) && !paths.some(covers) ? [lib] : [];
}

/**
 * The built-in helper library's sources for a run over the given paths (none when the paths
 * already include it). It is written in Rego v1, so it is parsed as v1 even when the user's own
 * files are parsed as v0 (`--v0-compatible` applies to the user's files only).
 */
export function builtinLibSources(paths: string[]): PolicySource[] {
  return collectRegoSources(builtinLibFor(paths)).map((s) => ({ ...s, regoVersion: 1 as const }));
}
