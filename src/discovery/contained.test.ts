import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContained, inside, readContained, readContainedTextSync } from './contained.js';

function tree() {
  const base = mkdtempSync(join(tmpdir(), 'palisade-contained-'));
  const root = join(base, 'repo');
  mkdirSync(join(root, '..k8s'), { recursive: true });
  writeFileSync(join(base, 'secret'), 'outside');
  writeFileSync(join(root, 'a.yaml'), 'a: 1\n');
  writeFileSync(join(root, '..k8s', 'p.yaml'), 'p: 1\n');
  symlinkSync(join(base, 'secret'), join(root, 'out.yaml'));
  symlinkSync('a.yaml', join(root, 'in.yaml'));
  return { base, root };
}

describe('containment', () => {
  it('treats `..name` as inside and a `..` segment as outside', () => {
    expect(inside('/r', '/r/..pod.yaml')).toBe(true);
    expect(inside('/r', '/r/..k8s/x')).toBe(true);
    expect(inside('/r', '/x')).toBe(false);
    expect(inside('/r', '/r')).toBe(true);
  });

  it('reads regular files inside the root, through links that stay inside, and nothing else', async () => {
    const { root } = tree();
    expect(await readContained(root, join(root, 'in.yaml'), 'in.yaml', 100, 'hint')).toEqual({ bytes: expect.any(Uint8Array) });
    const out = await readContained(root, join(root, 'out.yaml'), 'out.yaml', 100, 'hint');
    expect('diagnostic' in out && out.diagnostic.message).toMatch(/outside the scanned root/);
    const big = await readContained(root, join(root, 'a.yaml'), 'a.yaml', 2, 'raise it');
    expect('diagnostic' in big && big.diagnostic).toMatchObject({ code: 'input_limit_error', fix: 'raise it' });
    expect(readContainedTextSync(root, '..k8s/p.yaml')).toBe('p: 1\n');
    expect(readContainedTextSync(root, '../secret')).toBeUndefined();
    expect(readContainedTextSync(root, 'out.yaml')).toBeUndefined();
  });

  it.skipIf(spawnSync('mkfifo', ['--help']).status !== 0)('reports a FIFO without opening it for a blocking read', async () => {
    const { root } = tree();
    spawnSync('mkfifo', [join(root, 'f.yaml')]);
    const c = await checkContained(root, join(root, 'f.yaml'), 'f.yaml');
    expect(!c.ok && c.diagnostic.message).toMatch(/named pipe/);
    expect(readContainedTextSync(root, 'f.yaml')).toBeUndefined();
  });
});
