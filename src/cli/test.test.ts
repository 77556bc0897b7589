// `palisade test` as a user runs it: the CLI in process on temporary policy folders, asserting
// stdout, stderr and the exit code.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', ...args], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  return { code, out, err };
}

/** A temporary folder holding the given files (path → content). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('palisade test --v0-compatible', () => {
  it('parses only the user\'s files as v0; the built-in helper library stays v1', async () => {
    const dir = folder({ 'r_test.rego': 'package r\ntest_v0 { true }\n' });
    const r = await run('test', '--v0-compatible', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 passed, 0 failed/);
  });

  it('lets v0 policies import the helper library', async () => {
    const dir = folder({
      'p.rego': 'package p\nimport data.palisade.lib.k8s\nn = count(k8s.containers)\n',
      'p_test.rego': 'package p\ntest_lib { n == 1 with input as {"kind": "Pod", "spec": {"containers": [{"name": "c"}]}} }\n',
    });
    const r = await run('test', '--v0-compatible', dir);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/1 passed, 0 failed/);
    expect(r.code).toBe(0);
  });
});
