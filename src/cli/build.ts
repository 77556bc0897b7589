// `palisade build`: Rego (and JSON data) → an OPA-layout bundle.tar.gz, like `opa build -t wasm`.
// Nothing is written unless the whole build succeeds, and then atomically.

import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeBundle } from '../bundle/bundle.js';
import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { buildPolicySet } from '../policy/build.js';
import { collectRegoSources } from '../policy/sources.js';
import { writeAtomic } from '../reporters/write.js';
import { EXIT, usageError, type Io } from './io.js';

interface BuildOpts {
  entrypoint: string[];
  output: string;
  v0Compatible?: boolean;
}

/** data.json / *.json files next to the Rego are merged into the bundle's base document, as OPA does. */
function collectData(paths: string[]): { data: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const data: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (p.endsWith('.json')) files.push(p);
  };
  for (const p of paths) walk(p);
  for (const f of files) {
    try {
      const value = JSON.parse(readFileSync(f, 'utf8')) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(data, value);
      else diagnostics.push({ file: f, line: 1, col: 1, code: 'input_parse_error', message: 'a data file must hold a JSON object', fix: 'wrap the value in an object: {"name": …}' });
    } catch (e) {
      diagnostics.push({ file: f, line: 1, col: 1, code: 'input_parse_error', message: `invalid JSON: ${(e as Error).message}`, fix: 'fix the JSON syntax' });
    }
  }
  return { data, diagnostics };
}

export async function buildCommand(io: Io, paths: string[], opts: BuildOpts): Promise<number> {
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw usageError(`no such file or directory: ${p}`, 'pass Rego files or directories that exist');
    }
  }
  const sources = collectRegoSources(paths);
  if (sources.length === 0) throw usageError(`no .rego files under ${paths.join(', ')}`, 'pass the directory that holds your policies');
  const { data, diagnostics } = collectData(paths);
  if (diagnostics.length) throw new PalisadeError(diagnostics);
  const { bundle } = buildPolicySet(sources, { v0: opts.v0Compatible, data, entrypoints: opts.entrypoint });
  await writeAtomic(opts.output, writeBundle(bundle));
  io.err(`wrote ${opts.output} (${bundle.manifest.wasm?.length ?? 0} entrypoints, ${(bundle.wasm.length / 1024).toFixed(0)} KiB of WebAssembly)\n`);
  return EXIT.clean;
}
