// Where Palisade's own shipped files live (the runtime .wasm, the built-in policy bundles), found
// from this module's location so that the same code works from src/ (tests) and dist/ (installs).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dist'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('palisade: cannot find the package root');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const RUNTIME_WASM = join(PACKAGE_ROOT, 'dist', 'runtime', 'runtime.wasm');
export const POLICIES_DIR = join(PACKAGE_ROOT, 'policies');
export const BUILT_PACKS_DIR = join(PACKAGE_ROOT, 'dist', 'policies');
