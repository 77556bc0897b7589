// Changed-files mode: asks git itself which files a pull request or a commit touches, so that
// renames, merge bases and pathspec quirks follow git's own rules. Paths come back relative to the
// repository top level; the caller maps them onto the scan root. Must not interpret file contents.
//
// Every git run is on the start-up path of a pre-commit hook (`--staged` makes four or five), so
// git's output goes to a temporary file rather than a pipe where the platform allows: a pipe is
// a socket and a stream on Node's side, and setting those up costs more CPU than git's own run
// (measured: ~1.6 ms of a one-file scan per run). The file is unlinked as soon as it is opened, so
// nothing is left behind and no other process can open it by name; it is read after git exits.

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { fileDiagnostic } from '../loaders/common/diag.js';

export type ChangedMode = { base: string } | { staged: true };

interface GitRun {
  /** Exit code; null when git could not be started (`error` says why) or was killed. */
  code: number | null;
  /** A Buffer at run time; typed as what the published declarations can name without @types/node. */
  stdout: Uint8Array;
  stderr: string;
  error?: Error;
}

let scratchSeq = 0;

/** An open, already unlinked temporary file (read and write), or undefined where there is none to be had. */
function scratchFile(): number | undefined {
  if (process.platform === 'win32') return undefined; // an open file cannot be unlinked there
  const dir = process.env['TMPDIR'] || '/tmp';
  for (let attempt = 0; attempt < 4; attempt++) {
    const path = join(dir, `palisade-git-${process.pid}-${++scratchSeq}-${Math.random().toString(36).slice(2, 10)}`);
    let fd: number;
    try {
      // wx: never an existing file or a symlink someone planted under the name.
      fd = openSync(path, 'wx+', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      return undefined; // no writable temporary folder: pipes instead
    }
    try {
      unlinkSync(path);
      return fd;
    } catch {
      closeSync(fd);
      return undefined;
    }
  }
  return undefined;
}

/** The whole content of a scratch file, read by position (git's writes moved the shared offset). */
function readScratch(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const buf = Buffer.allocUnsafe(size);
  let n = 0;
  while (n < size) {
    const r = readSync(fd, buf, n, size - n, n);
    if (r === 0) break;
    n += r;
  }
  return n === size ? buf : buf.subarray(0, n);
}

/** git run in `cwd` with `input` on its standard input: its exit code and output (see the header). */
export function runGit(cwd: string, args: string[], input?: string, transport: 'auto' | 'pipes' = 'auto'): Promise<GitRun> {
  const files = transport === 'auto' ? scratchFiles(input === undefined ? 2 : 3) : undefined;
  return files ? runToFiles(cwd, args, files, input) : runPiped(cwd, args, input);
}

function scratchFiles(n: number): number[] | undefined {
  const fds: number[] = [];
  for (let i = 0; i < n; i++) {
    const fd = scratchFile();
    if (fd === undefined) {
      for (const f of fds) closeSync(f);
      return undefined;
    }
    fds.push(fd);
  }
  return fds;
}

function runToFiles(cwd: string, args: string[], [out, err, inp]: number[], input: string | undefined): Promise<GitRun> {
  // Written by position, so the offset git's standard input starts from stays at 0.
  if (inp !== undefined) writeSync(inp, input ?? '', 0, 'utf8');
  return new Promise((resolve) => {
    let child: ChildProcess;
    const done = (code: number | null, error?: Error) => {
      const run = { code, stdout: readScratch(out!), stderr: readScratch(err!).toString('utf8'), ...(error && { error }) };
      for (const fd of [out, err, inp]) if (fd !== undefined) closeSync(fd);
      resolve(run);
    };
    try {
      child = spawn('git', args, { cwd, stdio: [inp ?? 'ignore', out!, err!] });
    } catch (e) {
      done(null, e as Error);
      return;
    }
    let settled = false;
    child.on('error', (e) => !settled && ((settled = true), done(null, e)));
    child.on('close', (code) => !settled && ((settled = true), done(code)));
  });
}

function runPiped(cwd: string, args: string[], input: string | undefined): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: Error | undefined;
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => (error = e));
    child.on('close', (code) => resolve({ code: error ? null : code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), ...(error && { error }) }));
    if (child.stdin) {
      // git exiting before it read everything is reported by its exit status.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

async function git(cwd: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; err: string }> {
  const r = await runGit(cwd, args);
  if (r.code === 0) return { ok: true, out: bufferOf(r.stdout).toString('utf8') };
  const why = r.stderr.trim() || r.error?.message || `git ${args.join(' ')} exited with ${r.code === null ? 'a signal' : `code ${r.code}`}`;
  return { ok: false, err: why.split('\n')[0] ?? why };
}

const bufferOf = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

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

/**
 * `cwd` itself when it is a work tree's top level as git finds it with nothing to override that:
 * a `.git` entry there (a folder, or a worktree's or submodule's file), no GIT_DIR, GIT_WORK_TREE
 * or GIT_COMMON_DIR in the environment, and no `worktree` setting in the repository's config.
 * Then `git rev-parse --show-toplevel` would answer `cwd`'s real path, and a hook,
 * which git runs from the top level, starts one git process fewer (each start is a fork of this
 * process, 1.5-3 ms). Undefined otherwise: git is asked.
 */
function topLevelAt(cwd: string): string | undefined {
  if (process.env['GIT_DIR'] || process.env['GIT_WORK_TREE'] || process.env['GIT_COMMON_DIR']) return undefined;
  try {
    const dotGit = join(cwd, '.git');
    const st = lstatSync(dotGit);
    if (!st.isFile()) {
      if (!st.isDirectory()) return undefined;
      // core.worktree (or a per-worktree config) would move the top level elsewhere.
      if (/worktree/i.test(readFileSync(join(dotGit, 'config'), 'utf8'))) return undefined;
    }
    // git names the top level by its real path, as the caller compares paths with the root's.
    return realpathSync.native(cwd);
  } catch {
    return undefined;
  }
}

export async function changedFiles(cwd: string, mode: ChangedMode): Promise<{ ok: true; files: GitFiles } | { ok: false; diagnostic: Diagnostic }> {
  if ('base' in mode && mode.base.startsWith('-')) {
    return { ok: false, diagnostic: fileDiagnostic(cwd, 'usage_error', `invalid base ref "${mode.base}"`, 'pass a branch, tag or commit, e.g. origin/main') };
  }
  // The three runs need nothing from each other, so git runs them side by side from `cwd` (a
  // hook's wait is otherwise one git start after another): paths come relative to the top level
  // whatever folder git starts in, as diff gives them (diff.relative, which would make them
  // relative to `cwd`, is switched off) and as ls-files gives them with --full-name over the
  // whole tree (`:/`). Staged mode's index listing, which carries every path, is also its list
  // of tracked files.
  const diffArgs =
    'staged' in mode
      ? ['-c', 'diff.relative=false', 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']
      : ['-c', 'diff.relative=false', 'diff', '--name-only', '-z', '--diff-filter=ACMR', `${mode.base}...HEAD`, '--'];
  const listArgs = ['ls-files', ...('staged' in mode ? ['--stage'] : []), '-z', '--full-name', '--', ':/'];
  const known = topLevelAt(cwd);
  const [top, diff, listing] = await Promise.all([known ? { ok: true as const, out: known } : git(cwd, ['rev-parse', '--show-toplevel']), git(cwd, diffArgs), git(cwd, listArgs)]);
  if (!top.ok) {
    return {
      ok: false,
      diagnostic: fileDiagnostic(cwd, 'usage_error', `changed-files mode needs a git repository: ${top.err}`, 'run inside a git checkout, or scan paths without --changed/--staged'),
    };
  }
  const dir = top.out.trim();
  const index = 'staged' in mode ? (listing.ok ? parseStage(listing.out) : { tracked: [], entries: new Map<string, IndexEntry>() }) : undefined;
  const tracked = index ? index.tracked : listing.ok ? split0(listing.out) : [];
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
  return { ok: true, files: { top: dir, changed: split0(diff.out), tracked, ...(index && { index: index.entries }) } };
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
  const r = await git(top, ['ls-files', '--stage', '-z']);
  return r.ok ? parseStage(r.out).entries : new Map();
}

/** `git ls-files --stage -z`: every entry's path in git's order (what plain `ls-files` lists) and the stage-0 entries. */
function parseStage(out: string): { tracked: string[]; entries: Map<string, IndexEntry> } {
  const tracked: string[] = [];
  const entries = new Map<string, IndexEntry>();
  for (const line of split0(out)) {
    // `<mode> <oid> <stage>\t<path>`
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const path = line.slice(tab + 1);
    tracked.push(path);
    const [mode, oid, stage] = line.slice(0, tab).split(' ');
    if (mode && oid && stage === '0') entries.set(path, { mode, oid });
  }
  return { tracked, entries };
}

/** git run with `input` on its standard input: its standard output, or undefined when it fails. */
async function gitWithInput(cwd: string, args: string[], input: string): Promise<Buffer | undefined> {
  const r = await runGit(cwd, args, input);
  return r.code === 0 ? bufferOf(r.stdout) : undefined;
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
  const r = await runGit(top, ['cat-file', 'blob', oid]);
  return r.code === 0 && r.stdout.length === size ? { bytes: new Uint8Array(r.stdout) } : undefined;
}
