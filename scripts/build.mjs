// Builds everything a fresh clone needs, in dependency order:
//   1. the WebAssembly runtime (AssemblyScript → dist/runtime/runtime.wasm), skipped when its
//      sources have not changed since the last build;
//   2. the TypeScript sources (tsc → dist/);
//   3. the built-in policy packs (Rego → dist/policies/*.bundle.tar.gz), so that a scan never
//      compiles the built-in policies at run time.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function hashFiles(files) {
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}

function step(name, fn) {
  const t0 = performance.now();
  fn();
  if (!process.env.CI && process.stderr.isTTY) {
    process.stderr.write(`build: ${name} ${(performance.now() - t0).toFixed(0)} ms\n`);
  }
}

step('runtime', () => {
  const srcDir = join(root, 'src/runtime/assembly');
  const entry = join(srcDir, 'index.ts');
  if (!existsSync(entry)) return;
  const outDir = join(root, 'dist/runtime');
  const out = join(outDir, 'runtime.wasm');
  const stamp = join(outDir, 'runtime.hash');
  const hash = hashFiles([...filesUnder(srcDir), join(root, 'src/runtime/asconfig.json')].filter(existsSync));
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  mkdirSync(outDir, { recursive: true });
  execFileSync(bin('asc'), [entry, '--config', join(root, 'src/runtime/asconfig.json'), '--target', 'release', '--outFile', out], {
    stdio: 'inherit',
    cwd: root,
  });
  writeFileSync(stamp, hash);
});

step('typescript', () => {
  execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
});

step('policies', () => {
  const packer = join(root, 'dist/src/policy/build-packs.js');
  if (!existsSync(packer)) return;
  execFileSync(process.execPath, [packer], { stdio: 'inherit', cwd: root });
});
