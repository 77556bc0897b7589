import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContained, ContainmentGate, inside, readContained, readContainedTextSync } from './contained.js';

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
    const r = await new ContainmentGate(root).read(join(root, 'f.yaml'), 'f.yaml', 100, 'hint');
    expect('diagnostic' in r && r.diagnostic).toEqual(!c.ok && c.diagnostic);
    expect(readContainedTextSync(root, 'f.yaml')).toBeUndefined();
  });

  // The gate opens `<folder's real path>/<name>` without resolving the file: these must still be
  // refused, each after a plain file of the same folder put the folder's real path in the cache.
  it('never reads through a symlinked file or folder that leaves the root, with the folder already resolved', async () => {
    const { base, root } = tree();
    mkdirSync(join(base, 'elsewhere'));
    writeFileSync(join(base, 'elsewhere', 'x.yaml'), 'outside');
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'plain.yaml'), 'plain: 1\n');
    symlinkSync(join(base, 'secret'), join(root, 'sub', 'out.yaml'));
    symlinkSync(join(base, 'elsewhere'), join(root, 'sub', 'away'));
    symlinkSync('../a.yaml', join(root, 'sub', 'back.yaml'));
    const gate = new ContainmentGate(root);
    const text = async (rel: string) => {
      const r = await gate.read(join(root, rel), rel, 100, 'hint');
      return 'bytes' in r ? Buffer.from(r.bytes).toString('utf8') : r.diagnostic.message;
    };
    expect(await text('sub/plain.yaml')).toBe('plain: 1\n');
    expect(await text('sub/out.yaml')).toMatch(/outside the scanned root/);
    expect(await text('sub/away/x.yaml')).toMatch(/outside the scanned root/);
    expect(await text('sub/away/x.yaml')).toMatch(/outside the scanned root/);
    expect(await text('sub/back.yaml')).toBe('a: 1\n');
    expect(await text('sub/..')).toMatch(/a directory, not a regular file/);
  });

  it('reports through the gate exactly what the check reports: dangling, loop, special, missing', async () => {
    const { root } = tree();
    symlinkSync('nowhere.yaml', join(root, 'dangling.yaml'));
    symlinkSync('loop2.yaml', join(root, 'loop1.yaml'));
    symlinkSync('loop1.yaml', join(root, 'loop2.yaml'));
    mkdirSync(join(root, 'dir.yaml'));
    const gate = new ContainmentGate(root);
    for (const rel of ['dangling.yaml', 'loop1.yaml', 'dir.yaml', 'missing.yaml']) {
      const checked = await checkContained(root, join(root, rel), rel);
      const read = await gate.read(join(root, rel), rel, 100, 'hint');
      expect(!checked.ok && 'diagnostic' in read && read.diagnostic).toEqual(!checked.ok && checked.diagnostic);
    }
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('says permission denied for an unreadable file', async () => {
    const { root } = tree();
    chmodSync(join(root, 'a.yaml'), 0o000);
    const r = await new ContainmentGate(root).read(join(root, 'a.yaml'), 'a.yaml', 100, 'hint');
    expect('diagnostic' in r && r.diagnostic.message).toBe('cannot read: permission denied');
  });
});
