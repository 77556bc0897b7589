// `palisade build`: Rego (and JSON/YAML data) → an OPA-layout bundle.tar.gz, like `opa build -t wasm`.
// Nothing is written unless the whole build succeeds, and then atomically.

import { statSync } from 'node:fs';
import { writeBundle } from '../bundle/bundle.js';
import { buildPolicySet } from '../policy/build.js';
import { collectDataDocuments, collectRegoSources } from '../policy/sources.js';
import { writeAtomic } from '../reporters/write.js';
import { EXIT, usageError, type Io } from './io.js';

interface BuildOpts {
  entrypoint: string[];
  output: string;
  v0Compatible?: boolean;
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
  // Data files are laid out as `opa build` lays them out (see collectDataDocuments).
  const data = collectDataDocuments(paths);
  const { bundle } = buildPolicySet(sources, { v0: opts.v0Compatible, data, entrypoints: opts.entrypoint });
  await writeAtomic(opts.output, writeBundle(bundle));
  io.err(`wrote ${opts.output} (${bundle.manifest.wasm?.length ?? 0} entrypoints, ${(bundle.wasm.length / 1024).toFixed(0)} KiB of WebAssembly)\n`);
  return EXIT.clean;
}
