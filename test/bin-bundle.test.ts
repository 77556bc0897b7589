// bin/palisade.cjs as an installed package runs it: over a fresh bundle (scripts/bundle.mjs --out)
// in a folder without src/, so it takes lib/cli.js and compiles it with a V8 code cache. The
// bundled CLI must report what the tsc build reports, write its cache privately, and run the
// same from the cache.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ARGS = ['scan', 'fixtures/sample-repo', '--format', 'json'];

describe('bin/palisade.cjs over the bundle', () => {
  let dir: string;
  let cache: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-bin-'));
    cache = join(dir, 'cache');
    mkdirSync(join(dir, 'pkg', 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(dir, 'pkg', 'package.json'));
    copyFileSync(join(ROOT, 'bin', 'palisade.cjs'), join(dir, 'pkg', 'bin', 'palisade.cjs'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), '--no-build', '--out', join(dir, 'pkg', 'lib')], { stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (bin: string) => spawnSync(process.execPath, [bin, ...ARGS], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, CI: '1' } });

  it('reports what the tsc build reports, and runs the same from its code cache', () => {
    const main = JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
    const reference = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${main}); process.exitCode = await main(['node', 'palisade', ...process.argv.slice(1)]);`, ...ARGS], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const first = run(join(dir, 'pkg', 'bin', 'palisade.cjs'));
    expect(first.status).toBe(reference.status);
    expect(first.stdout).toBe(reference.stdout);
    expect(JSON.parse(first.stdout).findings.length).toBeGreaterThan(0);

    const files = readdirSync(join(cache, 'palisade')).filter((f) => f.endsWith('.v8cache'));
    expect(files).toHaveLength(1);
    expect(statSync(join(cache, 'palisade')).mode & 0o077).toBe(0);
    expect(statSync(join(cache, 'palisade', files[0]!)).mode & 0o077).toBe(0);

    const written = statSync(join(cache, 'palisade', files[0]!)).mtimeMs;
    const second = run(join(dir, 'pkg', 'bin', 'palisade.cjs'));
    expect(second.status).toBe(reference.status);
    expect(second.stdout).toBe(reference.stdout);
    // Taken, not rewritten: V8 rejects a cache made under other flags, and the shim sets one.
    expect(statSync(join(cache, 'palisade', files[0]!)).mtimeMs).toBe(written);
  }, 120_000);

  it('runs YAML builtins, whose library the bundle loads on first use (scripts/bundle.mjs SDK_PATCHES)', () => {
    const policy = join(dir, 'yaml-policy');
    mkdirSync(policy, { recursive: true });
    writeFileSync(
      join(policy, 'y_test.rego'),
      [
        'package y',
        'import rego.v1',
        'test_unmarshal if yaml.unmarshal("a: [1, 2]\\nb: x\\n") == {"a": [1, 2], "b": "x"}',
        'test_marshal if yaml.unmarshal(yaml.marshal({"k": [true, "v"]})) == {"k": [true, "v"]}',
        'test_valid if { yaml.is_valid("a: 1"); not yaml.is_valid("a: [") }',
        '',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [join(dir, 'pkg', 'bin', 'palisade.cjs'), 'test', policy], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, CI: '1' } });
    expect(r.stdout).toMatch(/PASS: 3\/3/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('leaves a short run on baseline WebAssembly code (no optimising compile on one file; some under V8\'s default budget)', () => {
    const optimised = (...nodeFlags: string[]) => {
      const r = spawnSync(process.execPath, [...nodeFlags, '--trace-wasm-compilation-times', join(dir, 'pkg', 'bin', 'palisade.cjs'), 'scan', 'fixtures/sample-repo/k8s/web.yaml', '--output', join(dir, 'one.json')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, XDG_CACHE_HOME: join(dir, 'trace-cache'), CI: '1' },
      });
      expect(r.status).toBe(1);
      return r.stdout.split('\n').filter((l) => l.includes('using TurboFan')).length;
    };
    const byDefault = optimised('--wasm-tiering-budget=1800000');
    expect(byDefault).toBeGreaterThan(0);
    // The shim's budget: none at all on one file (an optimising compile is ~10 ms, waited for at exit).
    expect(optimised()).toBe(0);
  }, 120_000);
});
