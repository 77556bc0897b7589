// The set of policies a run uses: the built-in packs (prebuilt at install time) plus users'
// policies from `--policy` paths (Rego compiled on the fly with a content-addressed cache, or
// ready-made bundles). Reads files; everything it returns is plain data for the engine.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWasm, readBundle, type Bundle } from '../bundle/bundle.js';
import { readCached, writeCached } from './cache.js';
import { PalisadeError } from '../diagnostics.js';
import { RUNTIME_WASM } from '../paths.js';
import type { PolicyMeta } from '../engine/finding.js';
import { buildPolicySet } from './build.js';
import { builtinLibSources, collectDataDocuments, collectRegoSources } from './sources.js';

export interface NamedBundle {
  name: string;
  bundle: Bundle;
}

// The built-in bundle lives in builtin.ts (no compiler import); re-exported for existing callers.
export { loadBuiltinBundle } from './builtin.js';

let toolchain: string | undefined;

/**
 * A hash of the compiler that would build the bundle — the runtime module and the compiled
 * compiler and host-builtin code — so a cached bundle is never reused by another Palisade build
 * (a builtin moving from host to native changes what a module imports).
 */
function toolchainHash(): string {
  if (toolchain) return toolchain;
  const h = createHash('sha256');
  if (existsSync(RUNTIME_WASM)) h.update(readFileSync(RUNTIME_WASM));
  const here = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|ts)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')) h.update(name).update(readFileSync(p));
    }
  };
  walk(join(here, '..', 'rego'));
  walk(join(here, '..', 'runtime'));
  toolchain = h.digest('hex');
  return toolchain;
}

/** Compiles directories/files of Rego together, reusing a cached bundle when the sources and the compiler are unchanged. */
function compileCached(paths: string[]): NamedBundle {
  const own = collectRegoSources(paths);
  if (own.length === 0) {
    throw new PalisadeError([{ file: paths.join(', '), line: 0, col: 0, code: 'bundle_error', message: 'no .rego files found', fix: 'point --policy at a directory of Rego policies, a bundle.tar.gz or a .wasm' }]);
  }
  const sources = [...own, ...builtinLibSources(paths)];
  // Data files beside the policies are laid out as OPA lays them out (see collectDataDocuments).
  const data = collectDataDocuments(paths);
  const h = createHash('sha256');
  h.update('palisade-bundle-v1\0').update(toolchainHash()).update('\0');
  for (const s of sources) h.update(s.path).update('\0').update(s.source).update('\0');
  h.update(JSON.stringify(data));
  const key = h.digest('hex').slice(0, 32);
  const cached = readCached(key);
  if (cached) return { name: paths.join(', '), bundle: cached };
  const { bundle } = buildPolicySet(sources, { data });
  writeCached(key, bundle);
  return { name: paths.join(', '), bundle };
}

/**
 * Resolves `--policy` arguments: each bundle or .wasm is its own policy set; all Rego directories
 * and files are compiled together (as `opa -d` does), so a policy can import a library passed
 * in another argument.
 */
export function loadPolicyPaths(paths: string[]): NamedBundle[] {
  const out: NamedBundle[] = [];
  const rego: string[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new PalisadeError([{ file: path, line: 0, col: 0, code: 'usage_error', message: 'policy path does not exist', fix: 'pass a directory of Rego, a .rego file, a bundle.tar.gz or a .wasm to --policy' }]);
    }
    if (st.isFile() && (path.endsWith('.tar.gz') || path.endsWith('.tgz'))) {
      out.push({ name: basename(path), bundle: readBundle(readFileSync(path), path) });
    } else if (st.isFile() && path.endsWith('.wasm')) {
      const wasm = new Uint8Array(readFileSync(path));
      checkWasm(wasm, path);
      out.push({ name: basename(path), bundle: { wasm, data: {}, manifest: { revision: '', roots: [''] } } });
    } else {
      rego.push(path);
    }
  }
  if (rego.length) out.push(compileCached(rego));
  return out;
}

export function policiesOf(bundles: NamedBundle[]): PolicyMeta[] {
  return bundles.flatMap((b) => (b.bundle.palisade?.policies ?? []).map(({ entrypoint: _e, ...meta }) => meta));
}
