// The package as a dependent project gets it: `npm pack` the built tree, install the tarball into
// an empty folder, import `compile` and `scan` from 'palisade' in TypeScript (tsc must resolve the
// types from the tarball alone) and run them, then run `npx palisade scan`. Tests elsewhere import
// the source tree, so only this one catches a `main`/`exports`/`types` that points nowhere, or a
// declaration file that needs a devDependency. Installing fetches the runtime dependencies.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const CONSUMER = `import { compile, scan, type ScanResult } from 'palisade';
const c = await compile([{ path: 'a.rego', source: 'package a\\nallow := input.x == 1\\n' }], { entrypoints: ['a/allow'] });
const r: ScanResult = await scan({ paths: ['k8s'] });
console.log(JSON.stringify({ wasm: c.wasm.byteLength > 0, entrypoints: c.entrypoints, ids: r.findings.map((f) => f.policy.id) }));
`;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: nginx:1.25
      securityContext:
        privileged: true
`;

describe('the packed package, installed in an empty project', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-pack-'));
    const packed = join(dir, 'packed');
    mkdirSync(packed);
    npm(['pack', '--pack-destination', packed], ROOT);
    const tarball = readdirSync(packed).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball in ${packed}`);
    const app = join(dir, 'app');
    mkdirSync(join(app, 'k8s'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', private: true }));
    writeFileSync(join(app, 'k8s', 'pod.yaml'), POD);
    writeFileSync(join(app, 'consumer.ts'), CONSUMER);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', types: [] }, files: ['consumer.ts'] }),
    );
    npm(['install', '--prefer-offline', join(packed, tarball)], app);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles a TypeScript consumer against the shipped types and runs compile() and scan()', () => {
    const app = join(dir, 'app');
    const tsc = spawnSync(TSC, ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const out = JSON.parse(execFileSync(process.execPath, ['out/consumer.js'], { cwd: app, encoding: 'utf8' })) as { wasm: boolean; entrypoints: Record<string, number>; ids: string[] };
    expect(out.wasm).toBe(true);
    expect(out.entrypoints).toEqual({ 'a/allow': 0 });
    expect(out.ids).toContain('k8s/privileged-container');
  });

  it('runs `npx palisade scan` and fails on the privileged pod', () => {
    const r = spawnSync('npx', ['--no-install', 'palisade', 'scan', 'k8s', '--fail-on', 'high', '--format', 'json'], { cwd: join(dir, 'app'), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ policy: string; file: string }> };
    expect(report.findings.some((f) => f.policy === 'k8s/privileged-container' && f.file === 'pod.yaml')).toBe(true);
  });
});
