// vitest globalSetup: builds dist/runtime/runtime.wasm when it is missing or older than its
// sources, so runtime tests never run against a stale binary. Uses the same asc command as
// scripts/build.mjs (which skips unchanged sources by hash).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const src = join(root, 'src/runtime/assembly');
  if (!existsSync(join(src, 'index.ts'))) return;
  const config = join(root, 'src/runtime/asconfig.json');
  const out = join(root, 'dist/runtime/runtime.wasm');
  const sourcesTime = Math.max(newest(src), statSync(config).mtimeMs);
  if (existsSync(out) && statSync(out).mtimeMs >= sourcesTime) return;
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(join(root, 'node_modules/.bin/asc'),
    [join(src, 'index.ts'), '--config', config, '--target', 'release', '--outFile', out],
    { cwd: root, stdio: 'inherit' });
}
