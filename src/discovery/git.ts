// Changed-files mode: asks git itself which files a pull request or a commit touches, so that
// renames, merge bases and pathspec quirks follow git's own rules. Paths come back relative to the
// repository top level; the caller maps them onto the scan root. Must not interpret file contents.

import { execFile, spawn } from 'node:child_process';
import type { Diagnostic } from '../diagnostics.js';
import { fileDiagnostic } from '../loaders/common/diag.js';

export type ChangedMode = { base: string } | { staged: true };

function git(cwd: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; err: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, err: (stderr || error.message).trim().split('\n')[0] ?? error.message });
      else resolve({ ok: true, out: stdout });
    });
  });
}

const split0 = (s: string) => s.split('\0').filter((x) => x !== '');

export interface GitFiles {
  top: string;
  /** Changed files, relative to `top`, forward slashes. */
  changed: string[];
  /** Every tracked file, relative to `top` (for the repository document). */
  tracked: string[];
  /** Staged mode: the index, what the commit records (see indexEntries). */
  index?: Map<string, IndexEntry>;
}

export async function changedFiles(cwd: string, mode: ChangedMode): Promise<{ ok: true; files: GitFiles } | { ok: false; diagnostic: Diagnostic }> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    return {
      ok: false,
      diagnostic: fileDiagnostic(cwd, 'usage_error', `changed-files mode needs a git repository: ${top.err}`, 'run inside a git checkout, or scan paths without --changed/--staged'),
    };
  }
  const args =
    'staged' in mode
      ? ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']
      : ['diff', '--name-only', '-z', '--diff-filter=ACMR', `${mode.base}...HEAD`, '--'];
  if ('base' in mode && mode.base.startsWith('-')) {
    return { ok: false, diagnostic: fileDiagnostic(cwd, 'usage_error', `invalid base ref "${mode.base}"`, 'pass a branch, tag or commit, e.g. origin/main') };
  }
  // The listings need only the top level, not each other: git runs them side by side (a hook's
  // wait is otherwise one git start after another).
  const dir = top.out.trim();
  const [diff, tracked, index] = await Promise.all([git(dir, args), git(dir, ['ls-files', '-z']), 'staged' in mode ? indexEntries(dir) : undefined]);
  if (!diff.ok) {
    return {
      ok: false,
      diagnostic: fileDiagnostic(
        cwd,
        'usage_error',
        'base' in mode ? `git cannot compare with base "${mode.base}": ${diff.err}` : `git cannot list staged files: ${diff.err}`,
        'base' in mode
          ? 'fetch the base ref first (in Actions: actions/checkout with `fetch-depth: 0`, or `git fetch origin <base>`)'
          : 'check that the repository is not corrupt (`git status`)',
      ),
    };
  }
  return { ok: true, files: { top: dir, changed: split0(diff.out), tracked: tracked.ok ? split0(tracked.out) : [], ...(index && { index }) } };
}

/**
 * The files of the repository at `root` (tracked, plus untracked ones git does not ignore),
 * relative to `root`; undefined outside a git work tree. Used for the repository checks when the
 * scan names only part of the repository, so they see the files that exist rather than the part.
 */
export async function listRepositoryFiles(root: string): Promise<string[] | undefined> {
  const r = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return r.ok ? [...new Set(split0(r.out))] : undefined;
}

/** An index entry: git's file mode (`100644`, `100755`, `120000` symlink, `160000` submodule) and blob id. */
export interface IndexEntry {
  mode: string;
  oid: string;
}

/** The index (stage 0) entries by path relative to `top`: what a commit would record. */
export async function indexEntries(top: string): Promise<Map<string, IndexEntry>> {
  const out = new Map<string, IndexEntry>();
  const r = await git(top, ['ls-files', '--stage', '-z']);
  if (!r.ok) return out;
  for (const line of split0(r.out)) {
    // `<mode> <oid> <stage>\t<path>`
    const tab = line.indexOf('\t');
    const [mode, oid, stage] = line.slice(0, tab).split(' ');
    if (tab > 0 && mode && oid && stage === '0') out.set(line.slice(tab + 1), { mode, oid });
  }
  return out;
}

/** git run with `input` on its standard input: its standard output, or undefined when it fails. */
function gitWithInput(cwd: string, args: string[], input: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
    // git exiting before it read everything is reported by its exit status.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/**
 * What readBlob gives for each of many blobs, in two git runs in all (every size, then the content
 * of those within `cap`) rather than two per blob: a hook staging ten files otherwise waits on
 * twenty git starts one after another. Ids git cannot read as blobs are left out.
 */
export async function readBlobs(top: string, oids: string[], cap: number): Promise<Map<string, { bytes: Uint8Array } | { size: number }>> {
  const out = new Map<string, { bytes: Uint8Array } | { size: number }>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  const sizes = await gitWithInput(top, ['cat-file', '--batch-check'], unique.map((o) => `${o}\n`).join(''));
  const within: string[] = [];
  // `<oid> <type> <size>` per line, or `<oid> missing`.
  for (const line of sizes?.toString('utf8').split('\n') ?? []) {
    const [oid, type, size] = line.split(' ');
    const n = Number(size);
    if (!oid || type !== 'blob' || !Number.isSafeInteger(n)) continue;
    if (n > cap) out.set(oid, { size: n });
    else within.push(oid);
  }
  if (within.length === 0) return out;
  const batch = await gitWithInput(top, ['cat-file', '--batch'], within.map((o) => `${o}\n`).join(''));
  // `<oid> <type> <size>\n<content>\n` per blob (git objects cannot change under their id).
  for (let at = 0; batch && at < batch.length; ) {
    const nl = batch.indexOf(10, at);
    if (nl < 0) break;
    const [oid, type, size] = batch.subarray(at, nl).toString('utf8').split(' ');
    const n = Number(size);
    if (!oid || type !== 'blob' || !Number.isSafeInteger(n) || nl + 1 + n > batch.length) {
      at = nl + 1;
      continue;
    }
    out.set(oid, { bytes: new Uint8Array(batch.subarray(nl + 1, nl + 1 + n)) });
    at = nl + 2 + n;
  }
  return out;
}

/**
 * A blob's content when it is at most `cap` bytes, else its size: the size is asked first, so a
 * huge staged file is never read (git objects cannot change under their id).
 */
export async function readBlob(top: string, oid: string, cap: number): Promise<{ bytes: Uint8Array } | { size: number } | undefined> {
  const s = await git(top, ['cat-file', '-s', oid]);
  const size = s.ok ? Number(s.out.trim()) : NaN;
  if (!Number.isSafeInteger(size)) return undefined;
  if (size > cap) return { size };
  return new Promise((resolve) => {
    execFile('git', ['cat-file', 'blob', oid], { cwd: top, maxBuffer: size + 1, encoding: 'buffer' }, (error, stdout) => {
      resolve(error ? undefined : { bytes: new Uint8Array(stdout) });
    });
  });
}
