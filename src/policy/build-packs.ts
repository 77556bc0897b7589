// Build step: compiles the built-in policy packs (policies/<pack>/<name>/policy.rego plus
// policies/lib) into dist/policies/builtin.tar, so that a scan never compiles the built-in
// policies at run time, and writes dist/policies/builtin.json (the policies' metadata) for
// `palisade policies` without loading any WebAssembly. Run by scripts/build.mjs after tsc.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBundleTar } from '../bundle/bundle.js';
import { formatDiagnostic, PalisadeError } from '../diagnostics.js';
import { BUILT_PACKS_DIR, PACKAGE_ROOT, POLICIES_DIR } from '../paths.js';
import { buildPolicySet } from './build.js';
import { BUILTIN_BUNDLE } from './builtin.js';
import { collectRegoSources } from './sources.js';

export const BUILTIN_METADATA = join(BUILT_PACKS_DIR, 'builtin.json');

export function buildPacks(): { policies: number; ms: number } {
  const t0 = performance.now();
  const sources = collectRegoSources([POLICIES_DIR], { relativeTo: PACKAGE_ROOT });
  const { bundle, policies } = buildPolicySet(sources, { requireMetadata: true });
  mkdirSync(BUILT_PACKS_DIR, { recursive: true });
  writeFileSync(BUILTIN_BUNDLE, writeBundleTar(bundle));
  writeFileSync(BUILTIN_METADATA, JSON.stringify({ version: 1, policies }, null, 2) + '\n');
  return { policies: policies.length, ms: performance.now() - t0 };
}

// Run as a script by the build.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  try {
    buildPacks();
  } catch (e) {
    if (e instanceof PalisadeError) {
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      console.error(`build: the built-in policies do not compile (${e.diagnostics.length} problem(s))`);
      process.exit(2);
    }
    throw e;
  }
}
