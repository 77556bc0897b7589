// The built-in policy packs, prebuilt at install time into one bundle: reading it is all a scan
// with the default policies needs. Kept apart from catalog.ts so that loading it does not pull
// in the Rego compiler (and ajv with the metadata schema), which only users' own Rego needs —
// that import alone is a visible share of `palisade scan` start-up.
// The bundle is an uncompressed tar: inflating it was the largest single cost of loading the
// policies on a one-file scan, and what ships is compressed anyway (the npm tarball, git's objects).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundleTar } from '../bundle/bundle.js';
import { PalisadeError } from '../diagnostics.js';
import { BUILT_PACKS_DIR } from '../paths.js';
import type { NamedBundle } from './catalog.js';

export const BUILTIN_BUNDLE = join(BUILT_PACKS_DIR, 'builtin.tar');

/** `precompile`: start compiling the module now, for a caller that evaluates (see Bundle.compiled). */
export function loadBuiltinBundle({ precompile = false }: { precompile?: boolean } = {}): NamedBundle {
  if (!existsSync(BUILTIN_BUNDLE)) {
    throw new PalisadeError([
      {
        file: BUILTIN_BUNDLE,
        line: 0,
        col: 0,
        code: 'bundle_error',
        message: 'the built-in policy bundle is missing',
        fix: 'run `npm run build` in the Palisade checkout (or reinstall the package)',
      },
    ]);
  }
  // Written by `npm run build` from a module it compiled and metadata it checked.
  const bundle = readBundleTar(readFileSync(BUILTIN_BUNDLE), BUILTIN_BUNDLE, { validate: false });
  if (!precompile) return { name: 'builtin', bundle };
  // A failure is reported when the engine awaits it, so it is not an unhandled rejection meanwhile.
  const compiled = (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<object> } }).WebAssembly.compile(bundle.wasm);
  compiled.catch(() => {});
  return { name: 'builtin', bundle: { ...bundle, compiled } };
}
