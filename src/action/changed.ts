// `changed-only` on a pull request with the checkout actions/checkout makes by default: one commit
// deep, the merge commit GitHub prepares for the pull request. That commit's first parent is the
// base branch's tip, so the pull request's changes are what the merge brings onto it: fetching one
// more level of history (`git fetch --deepen=1`) is all the comparison needs. A checkout of the
// head commit itself (pull_request_target, a `ref:` input) is no merge commit: then the base
// branch is fetched, deepening both until they meet. A full checkout (`fetch-depth: 0`) fetches
// nothing. Returns the ref to compare with, for the scan's `changedSince`.

import { execFile } from 'node:child_process';

function git(cwd: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => execFile('git', args, { cwd }, (error) => resolve(!error)));
}

const FETCH = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
/** Deepening steps before fetching all of the history, for a head checkout far from its base. */
const DEEPEN = [50, 200, 1000];

export async function pullRequestBase(cwd: string, baseRef: string, log: (message: string) => void): Promise<string> {
  const base = `origin/${baseRef}`;
  const meets = () => git(cwd, ['merge-base', base, 'HEAD']);
  if (await meets()) return base;
  // The merge commit of a default pull_request checkout: its first parent is the base tip.
  // (--deepen fails on a full clone, which then had no base branch to meet: fetched below.)
  if ((await git(cwd, [...FETCH, '--deepen=1'])) && (await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^2']))) {
    log('changed-only: compared the pull request merge commit with its first parent (the base branch)');
    return 'HEAD^1';
  }
  await git(cwd, [...FETCH, '--depth=1', 'origin', `+refs/heads/${baseRef}:refs/remotes/${base}`]);
  for (const depth of DEEPEN) {
    if (await meets()) return base;
    await git(cwd, [...FETCH, `--deepen=${depth}`, 'origin', `+refs/heads/${baseRef}:refs/remotes/${base}`]);
    await git(cwd, [...FETCH, `--deepen=${depth}`]);
  }
  if (!(await meets())) await git(cwd, [...FETCH, '--unshallow', 'origin']);
  log(`changed-only: fetched ${base} to compare with`);
  return base;
}
