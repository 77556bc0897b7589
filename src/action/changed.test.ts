// changed-only with the checkout actions/checkout makes by default (depth 1, the pull request's
// merge commit), and with a head-commit checkout: a real origin and real shallow clones.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedFiles } from '../discovery/git.js';
import { pullRequestBase } from './changed.js';

let dir: string;
let origin: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8' }).trim();
const commit = (file: string, text: string) => {
  writeFileSync(join(origin, file), text);
  git(origin, 'add', file);
  git(origin, 'commit', '-qm', file);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'palisade-changed-'));
  origin = join(dir, 'origin');
  git(dir, 'init', '-q', '-b', 'main', origin);
  for (let i = 0; i < 5; i++) commit(`base${i}.yaml`, `a: ${i}\n`);
  git(origin, 'checkout', '-qb', 'feature');
  commit('pr.yaml', 'a: 1\n');
  git(origin, 'checkout', '-q', 'main');
  commit('later-on-main.yaml', 'a: 1\n');
  // What GitHub prepares as refs/pull/N/merge: the base tip merged with the pull request head.
  git(origin, 'checkout', '-q', '--detach', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
  git(origin, 'update-ref', 'refs/pull/1/merge', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
});

/** A clone like actions/checkout's default: one commit deep, of `ref`. */
function shallowCheckout(name: string, ref: string): string {
  const ws = join(dir, name);
  git(dir, 'init', '-q', ws);
  git(ws, 'remote', 'add', 'origin', `file://${origin}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/pull/head`);
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/head');
  return ws;
}

const changedAgainst = async (ws: string, base: string) => {
  const r = await changedFiles(ws, { base });
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.files.changed;
};

describe('changed-only from a shallow checkout', () => {
  it('compares the merge commit of the default checkout with its first parent', async () => {
    const ws = shallowCheckout('merge', 'refs/pull/1/merge');
    const notes: string[] = [];
    const base = await pullRequestBase(ws, 'main', (m) => notes.push(m));
    expect(base).toBe('HEAD^1');
    expect(await changedAgainst(ws, base)).toEqual(['pr.yaml']);
  });

  it('fetches the base branch for a checkout of the head commit', async () => {
    const ws = shallowCheckout('head', 'refs/heads/feature');
    const base = await pullRequestBase(ws, 'main', () => {});
    expect(base).toBe('origin/main');
    expect(await changedAgainst(ws, base)).toEqual(['pr.yaml']);
  });
});
