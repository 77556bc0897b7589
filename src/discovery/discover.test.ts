import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from './discover.js';

let root: string;
let outside: string;
const put = (rel: string, text = '') => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};
const K8S = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n';
const PLAN = '{"format_version":"1.2","terraform_version":"1.7.0","planned_values":{}}';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'palisade-discover-'));
  outside = mkdtempSync(join(tmpdir(), 'palisade-outside-'));
  writeFileSync(join(outside, 'secret.yaml'), K8S);
  put('.gitignore', '*.log\nbuild/\n/generated.yaml\n');
  put('k8s/pod.yaml', K8S);
  put('k8s/.gitignore', '!keep.log\nlocal-*.yaml\n');
  put('k8s/keep.log', 'x');
  put('k8s/local-dev.yaml', K8S);
  put('k8s/helm.yaml', '---\n# Source: c/templates/x.yaml\napiVersion: v1\nkind: Service\n');
  put('config.yaml', 'a: 1\n');
  put('generated.yaml', K8S);
  put('sub/generated.yaml', K8S);
  put('build/out.json', '{}');
  put('debug.log', 'x');
  put('plan/tfplan.json', PLAN);
  put('plan/main.tf', 'resource "a" "b" {}\n');
  put('data.json', '{"a": 1}');
  put('.github/workflows/ci.yml', 'on: push\n');
  put('.github/actions/x/action.yaml', 'runs: {using: composite}\n');
  put('docker/Dockerfile', 'FROM a\n');
  put('docker/Dockerfile.dev', 'FROM a\n');
  put('docker/api.dockerfile', 'FROM a\n');
  put('Containerfile', 'FROM a\n');
  put('package.json', '{}');
  put('node_modules/dep/package.json', '{}');
  put('README.md', '# hi\n');
  put('vendor/skip.yaml', K8S);
  mkdirSync(join(root, 'loop'));
  symlinkSync('..', join(root, 'loop', 'parent'));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'escape.yaml'));
  symlinkSync('k8s', join(root, 'k8s-link'));
  symlinkSync('nowhere.yaml', join(root, 'dangling.yaml'));
  symlinkSync('self-a', join(root, 'self-b'));
  symlinkSync('self-b', join(root, 'self-a'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('discover (walk)', () => {
  it('finds kinds by name and content, honouring .gitignore, config ignore and defaults', async () => {
    const r = await discover([], { root, ignore: ['vendor/'] });
    expect(r.files.map((f) => [f.path, f.kind])).toEqual([
      ['.github/actions/x/action.yaml', 'github-action'],
      ['.github/workflows/ci.yml', 'github-workflow'],
      ['Containerfile', 'dockerfile'],
      ['config.yaml', 'yaml'],
      ['data.json', 'json'],
      ['docker/Dockerfile', 'dockerfile'],
      ['docker/Dockerfile.dev', 'dockerfile'],
      ['docker/api.dockerfile', 'dockerfile'],
      ['k8s/helm.yaml', 'kubernetes'],
      ['k8s/pod.yaml', 'kubernetes'],
      ['package.json', 'package-json'],
      ['plan/main.tf', 'terraform-source'],
      ['plan/tfplan.json', 'terraform-plan'],
      ['sub/generated.yaml', 'kubernetes'],
    ]);
    expect(r.repositoryFiles).toContain('README.md');
    expect(r.repositoryFiles).toContain('k8s/keep.log');
    expect(r.repositoryFiles).not.toContain('debug.log');
  });
  it('reports symlink loops, escapes, dangling links and duplicates instead of following them', async () => {
    const r = await discover([], { root, ignore: ['vendor/'] });
    const byFile = Object.fromEntries(r.diagnostics.map((d) => [d.file, d.message]));
    expect(byFile['loop/parent']).toMatch(/symlink loop/);
    expect(byFile['escape.yaml']).toMatch(/outside the scanned root/);
    expect(byFile['dangling.yaml']).toMatch(/dangling/);
    expect(byFile['self-a']).toMatch(/loop/);
    expect(byFile['k8s-link']).toMatch(/already scanned/);
    expect(r.files.some((f) => f.path.startsWith('k8s-link/'))).toBe(false);
  });
  it('explicit files: unknown kinds are reported; gitignored files are scanned when named; config ignore says so', async () => {
    const r = await discover(['README.md', 'generated.yaml', 'vendor/skip.yaml', 'missing.yaml'], { root, ignore: ['vendor/'] });
    expect(r.files.map((f) => [f.path, f.explicit])).toEqual([['generated.yaml', true]]);
    expect(r.diagnostics.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['README.md', 'usage_error', 'warning'],
      ['vendor/skip.yaml', 'usage_error', 'note'],
      ['missing.yaml', 'usage_error', 'error'],
    ]);
  });
  it('globs via fast-glob, filtered by .gitignore', async () => {
    const r = await discover(['**/*.yaml'], { root });
    expect(r.files.map((f) => f.path)).toEqual(['.github/actions/x/action.yaml', 'config.yaml', 'k8s/helm.yaml', 'k8s/pod.yaml', 'sub/generated.yaml', 'vendor/skip.yaml']);
    const none = await discover(['nothing/*.yaml'], { root });
    expect(none.diagnostics[0]).toMatchObject({ code: 'usage_error', severity: 'warning' });
  });
  it('a named folder: the rules of its ancestors and its own apply, and an ignored folder yields nothing', async () => {
    const k8s = await discover(['k8s'], { root });
    expect(k8s.files.map((f) => f.path)).toEqual(['k8s/helm.yaml', 'k8s/pod.yaml']);
    put('build/deep/pod.yaml', K8S);
    const ignored = await discover(['build', 'build/deep'], { root });
    expect(ignored.files).toEqual([]);
    expect(ignored.diagnostics).toEqual([]);
  });
  it('gitignore: false scans ignored files', async () => {
    const r = await discover(['.'], { root, gitignore: false, ignore: ['vendor/'] });
    expect(r.files.map((f) => f.path)).toContain('generated.yaml');
    expect(r.files.map((f) => f.path)).toContain('k8s/local-dev.yaml');
  });
});

describe('discover (changed files via git)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'palisade-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    writeFileSync(join(repo, 'a.yaml'), K8S);
    writeFileSync(join(repo, 'gone.yaml'), K8S);
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(repo, 'a.yaml'), K8S + 'x: 1\n');
    mkdirSync(join(repo, 'deploy'));
    writeFileSync(join(repo, 'deploy', 'new.yaml'), K8S);
    writeFileSync(join(repo, 'notes.md'), 'x');
    git('rm', '-q', 'gone.yaml');
    git('add', '.');
    git('commit', '-qm', 'change');
    writeFileSync(join(repo, 'Dockerfile'), 'FROM a\n');
    git('add', 'Dockerfile');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('against a base ref: added and modified, not deleted', async () => {
    const r = await discover([], { root: repo, changed: { base: 'main' } });
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.path).sort()).toEqual(['a.yaml', 'deploy/new.yaml']);
    expect(r.repositoryFiles).toContain('notes.md');
  });
  it('scoped to the given paths', async () => {
    const r = await discover(['deploy'], { root: repo, changed: { base: 'main' } });
    expect(r.files.map((f) => f.path)).toEqual(['deploy/new.yaml']);
  });
  it('staged files', async () => {
    const r = await discover([], { root: repo, changed: { staged: true } });
    expect(r.files.map((f) => [f.path, f.kind])).toEqual([['Dockerfile', 'dockerfile']]);
  });
  it('staged files: reads from the index only what a name says Palisade can use', async () => {
    // A `git` on PATH that logs its arguments (and the ids a `cat-file --batch` is asked for),
    // then runs the real one.
    const bin = mkdtempSync(join(tmpdir(), 'palisade-git-log-'));
    const log = join(bin, 'log');
    const batched = join(bin, 'batched');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nif [ "$*" = "cat-file --batch" ]; then tee -a '${batched}' | '${real}' "$@"; exit $?; fi\nexec '${real}' "$@"\n`, { mode: 0o755 });
    writeFileSync(join(repo, 'notes.md'), 'changed\n');
    writeFileSync(join(repo, 'tool.go'), 'package main\n');
    git('add', 'notes.md', 'tool.go');
    const path = process.env['PATH'];
    process.env['PATH'] = `${bin}${delimiter}${path}`;
    try {
      const r = await discover([], { root: repo, changed: { staged: true } });
      expect(r.files.map((f) => f.path)).toEqual(['Dockerfile']);
    } finally {
      process.env['PATH'] = path;
      git('reset', '-q', 'notes.md', 'tool.go');
    }
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
    const blobs = [...read(log).filter((l) => l.startsWith('cat-file blob')), ...read(batched).filter(Boolean)];
    rmSync(bin, { recursive: true, force: true });
    expect(blobs).toHaveLength(1);
  });
  it('an unknown base ref is a usage error with a fix', async () => {
    const r = await discover([], { root: repo, changed: { base: 'no-such-branch' } });
    expect(r.diagnostics[0]).toMatchObject({ code: 'usage_error' });
    expect(r.diagnostics[0]!.fix).toMatch(/fetch/);
  });
});
