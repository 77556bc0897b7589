// Where Palisade's own shipped files live (the runtime .wasm, the built-in policy bundles), found
// from this module's location so that the same code works from src/ (tests), dist/ (installs) and
// the committed bundle lib/ (the Action, the hook, git installs), which carries them beside itself.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = HERE;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && ['src', 'dist', 'lib'].some((d) => existsSync(join(dir, d)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('palisade: cannot find the package root');
    dir = parent;
  }
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** Running from the bundle (scripts/bundle.mjs): its assets sit beside it. */
const BUNDLED = existsSync(join(HERE, 'runtime.wasm'));

export const PACKAGE_ROOT = findPackageRoot();
export const RUNTIME_WASM = BUNDLED ? join(HERE, 'runtime.wasm') : join(PACKAGE_ROOT, 'dist', 'runtime', 'runtime.wasm');
export const POLICIES_DIR = join(PACKAGE_ROOT, 'policies');
/** The worker that runs modules without Palisade's step counter under a wall-clock budget (engine/foreign.ts). */
export const FOREIGN_WORKER = BUNDLED ? join(HERE, 'foreign-worker.js') : join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'foreign-worker.js');
/** A scan's worker thread, which loads and evaluates files beside the main thread (scan/parallel.ts). */
export const SCAN_WORKER = BUNDLED ? join(HERE, 'scan-worker.js') : join(PACKAGE_ROOT, 'dist', 'src', 'scan', 'parallel-worker.js');
export const BUILT_PACKS_DIR = BUNDLED ? join(HERE, 'policies') : join(PACKAGE_ROOT, 'dist', 'policies');
