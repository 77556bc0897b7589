import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { changedFiles, indexEntries, readBlob, readBlobs, runGit } from './git.js';

describe('readBlobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads what readBlob reads, blob by blob, in one batch (sizes over the cap, empty and binary blobs, unknown ids)', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const contents: Record<string, Buffer> = {
      'a.yaml': Buffer.from('kind: Pod\nmetadata:\n  name: a\n'),
      'empty.txt': Buffer.alloc(0),
      'binary.bin': Buffer.from([0, 10, 13, 10, 255, 0, 10]),
      'big.json': Buffer.from(`{"x": "${'y'.repeat(5000)}"}\n`),
      'copy.yaml': Buffer.from('kind: Pod\nmetadata:\n  name: a\n'),
    };
    for (const [name, bytes] of Object.entries(contents)) writeFileSync(join(dir, name), bytes);
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const index = await indexEntries(dir);
    const oids = [...index.values()].map((e) => e.oid);
    const missing = '0123456789012345678901234567890123456789';
    const cap = 1000;
    const batch = await readBlobs(dir, [...oids, missing], cap);
    for (const oid of oids) expect(batch.get(oid)).toEqual(await readBlob(dir, oid, cap));
    expect(batch.has(missing)).toBe(false);
    expect(batch.get(index.get('big.json')!.oid)).toEqual({ size: contents['big.json']!.length });
    expect(Buffer.from((batch.get(index.get('binary.bin')!.oid) as { bytes: Uint8Array }).bytes)).toEqual(contents['binary.bin']);
    expect(await readBlobs(dir, [], cap)).toEqual(new Map());
  });
});

describe('runGit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-rungit-'));
  const scratch = mkdtempSync(join(tmpdir(), 'palisade-rungit-tmp-'));
  const saved = { TMPDIR: process.env['TMPDIR'], PATH: process.env['PATH'] };
  const restore = () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  afterEach(restore);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('gives the same exit code, output and errors through temporary files as through pipes, and leaves no file behind', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, 'a b.yaml'), 'kind: Pod\n');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(300_000));
    execFileSync('git', ['add', '-A'], { cwd: dir });
    process.env['TMPDIR'] = scratch;
    const oid = execFileSync('git', ['rev-parse', ':big.txt'], { cwd: dir, encoding: 'utf8' }).trim();
    const runs: Array<[string[], string | undefined]> = [
      [['ls-files', '--stage', '-z'], undefined],
      [['cat-file', '--batch'], `${oid}\n0123456789012345678901234567890123456789\n`],
      [['cat-file', '-s', 'not-an-object'], undefined],
      [['no-such-command'], undefined],
    ];
    for (const [args, input] of runs) {
      const viaFiles = await runGit(dir, args, input);
      const viaPipes = await runGit(dir, args, input, 'pipes');
      expect({ ...viaFiles, stdout: Buffer.from(viaFiles.stdout).toString('base64') }).toEqual({ ...viaPipes, stdout: Buffer.from(viaPipes.stdout).toString('base64') });
    }
    const big = await runGit(dir, ['cat-file', 'blob', oid]);
    expect([big.code, big.stdout.length]).toEqual([0, 300_000]);
    expect((await runGit(dir, ['cat-file', '-s', 'not-an-object'])).stderr).toMatch(/not-an-object/);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reports a git that cannot be started, by either transport', async () => {
    process.env['PATH'] = scratch;
    for (const transport of ['auto', 'pipes'] as const) {
      const r = await runGit(dir, ['status'], undefined, transport);
      expect(r.code).toBe(null);
      expect(r.error?.message).toMatch(/ENOENT/);
    }
  });

  it('falls back to pipes when the temporary folder cannot be written', async () => {
    process.env['TMPDIR'] = join(scratch, 'missing');
    const r = await runGit(dir, ['ls-files', '-z']);
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout).toString('utf8').split('\0')).toContain('a b.yaml');
  });
});

describe('changedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-changed-sub-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

  it('gives the same top-level paths from a subfolder as from the top, whatever diff.relative says', async () => {
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'k8s'));
    for (const f of ['a.yaml', 'k8s/b.yaml', 'k8s/c.yaml']) writeFileSync(join(dir, f), 'x: 1\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    for (const f of ['a.yaml', 'k8s/b.yaml']) writeFileSync(join(dir, f), 'x: 2\n');
    writeFileSync(join(dir, 'new.yaml'), 'x: 3\n');
    git('add', 'a.yaml', 'k8s/b.yaml', 'new.yaml');
    git('commit', '-qm', 'change');
    writeFileSync(join(dir, 'k8s/c.yaml'), 'x: 4\n');
    git('add', 'k8s/c.yaml');
    git('config', 'diff.relative', 'true');
    for (const mode of [{ staged: true as const }, { base: 'HEAD~1' }]) {
      const fromTop = await changedFiles(dir, mode);
      const fromSub = await changedFiles(join(dir, 'k8s'), mode);
      expect(fromTop.ok && fromSub.ok).toBe(true);
      if (!fromTop.ok || !fromSub.ok) return;
      expect(fromSub.files).toEqual(fromTop.files);
      expect(fromTop.files.tracked).toEqual(['a.yaml', 'k8s/b.yaml', 'k8s/c.yaml', 'new.yaml']);
      expect(fromTop.files.changed).toEqual('staged' in mode ? ['k8s/c.yaml'] : ['a.yaml', 'k8s/b.yaml', 'new.yaml']);
    }
  });

  it('names the top level as git does from the top itself: through a symlink, and in a linked worktree', async () => {
    const top = realpathSync(dir);
    const rev = (cwd: string) => execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
    const link = join(mkdtempSync(join(tmpdir(), 'palisade-changed-link-')), 'repo');
    symlinkSync(dir, link);
    const tree = join(mkdtempSync(join(tmpdir(), 'palisade-changed-wt-')), 'wt');
    git('worktree', 'add', '-q', '--detach', tree);
    writeFileSync(join(tree, 'a.yaml'), 'x: 5\n');
    execFileSync('git', ['add', 'a.yaml'], { cwd: tree });
    for (const cwd of [dir, link, tree]) {
      const r = await changedFiles(cwd, { staged: true });
      expect(r.ok && r.files.top).toBe(rev(cwd));
    }
    const inTree = await changedFiles(tree, { staged: true });
    expect(inTree.ok && [inTree.files.top, inTree.files.changed]).toEqual([realpathSync(tree), ['a.yaml']]);
    expect(rev(link)).toBe(top);
  });
});

