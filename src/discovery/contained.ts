// Containment: the one gate every input file passes before Palisade reads a byte of it, whoever
// named it (the walker, a glob, the command line, or git's list of changed files). A file is read
// only when its real path is inside the scan root, it is a regular file (a FIFO would block the
// scan forever, /dev/zero would fill memory), and it is within the size limit — checked on the
// open descriptor, so a file swapped after the check is still bounded. Must not parse content.
//
// A scan reads its files through one ContainmentGate, which resolves each *directory's* real path
// once and opens `<directory's real path>/<name>` with O_NOFOLLOW instead of resolving every
// file (a realpath per file was 5-8 % of a large scan's CPU). The containment argument is the
// same as resolving the file: every component before the name is a real directory inside the
// root, and the name itself is not followed when it is a symlink; the open then fails (ELOOP) and
// the file takes the slow path, which resolves the link, checks its target and reports it exactly
// as before. Any other open failure takes the slow path too, so every diagnostic is unchanged.
// The race is of the same kind as before: the old gate also checked a path (realpath) and then
// opened that path, not a descriptor, so whoever can rename folders inside the tree while a scan
// runs could already swap a checked folder for a link between the two steps, and can time a loop
// of renames to land there. Only the interval differs (a folder is now resolved at its first file,
// not before each one); the attacker it admits is the same one, and Node offers no
// openat/RESOLVE_BENEATH that would shut either out. What no race can defeat is unchanged: the
// final name is never followed, and the descriptor must be a regular file, read only up to the cap.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { realpath, stat } from '../fs-async.js';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { fileDiagnostic } from '../loaders/common/diag.js';

export function inside(root: string, p: string): boolean {
  const r = relative(root, p);
  // `..pod.yaml` is a legal name inside the root; only a `..` segment leaves it.
  return r === '' || (r !== '..' && !r.startsWith(`..${'/'}`) && !r.startsWith('..\\') && !isAbsolute(r));
}

/** What a non-regular file is, for messages. */
export function specialKind(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string | undefined {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return undefined;
}

export function specialFileDiagnostic(rel: string, what: string): Diagnostic {
  return fileDiagnostic(rel, 'input_read_error', `${what}, not a regular file, so it was not read`, 'scan regular files only; remove it from the command line, or add it to `ignore`', 'warning');
}

/** The walk's and the index's words for a link they will not follow. */
export function outsideRootDiagnostic(rel: string): Diagnostic {
  return fileDiagnostic(rel, 'input_read_error', 'symlink points outside the scanned root, so it was not followed', 'scan the target directly, or replace the link with the file', 'warning');
}

export function linkLoopDiagnostic(rel: string): Diagnostic {
  return fileDiagnostic(rel, 'input_read_error', 'symlink loop: the link resolves to itself through other links', 'fix or remove the symlink, or add it to `ignore`', 'warning');
}

export function danglingLinkDiagnostic(rel: string): Diagnostic {
  return fileDiagnostic(rel, 'input_read_error', 'dangling symlink: its target does not exist', 'fix or remove the symlink, or add it to `ignore`', 'warning');
}

function readError(rel: string, e: unknown): Diagnostic {
  const err = e as NodeJS.ErrnoException;
  const why =
    err.code === 'EACCES' ? 'permission denied' : err.code === 'ELOOP' ? 'symlink loop' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOENT' ? 'no such file' : err.code === 'ENAMETOOLONG' ? 'path too long' : err.message;
  return fileDiagnostic(rel, 'input_read_error', `cannot read: ${why}`, 'check that the file exists and is readable by the user running Palisade');
}

export type Checked = { ok: true; real: string } | { ok: false; diagnostic: Diagnostic };

/** The real path of `abs` when it is a regular file inside `rootReal`; otherwise why not. Never opens the file. */
export async function checkContained(rootReal: string, abs: string, rel: string): Promise<Checked> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch (e) {
    return { ok: false, diagnostic: readError(rel, e) };
  }
  if (!inside(rootReal, real)) return { ok: false, diagnostic: outsideRootDiagnostic(rel) };
  try {
    const st = await stat(real);
    const special = st.isFile() ? undefined : specialKind(st) ?? 'not a regular file';
    if (special) return { ok: false, diagnostic: specialFileDiagnostic(rel, special) };
  } catch (e) {
    return { ok: false, diagnostic: readError(rel, e) };
  }
  return { ok: true, real };
}

type Read = { bytes: Uint8Array } | { diagnostic: Diagnostic };

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * The gate for one scan: reads contained regular files of at most `cap` bytes (`limitHint` says
 * how to raise the limit). Directories' real paths are kept for the gate's lifetime, so make one
 * per scan, not one per process: a folder moved between two scans is resolved afresh.
 *
 * The file itself is opened and read with synchronous calls: each asynchronous one is a round
 * trip through libuv's thread pool, and open, fstat, two reads and close cost about 13 times the
 * CPU of the same calls made directly (measured on 400 files of a few KB). A non-blocking open
 * never waits on a FIFO, and only the final read of a large file holds the event loop, for as
 * long as an awaited read would have held up the scan anyway.
 */
export class ContainmentGate {
  private readonly dirs = new Map<string, Promise<string | undefined>>();

  constructor(readonly rootReal: string) {}

  async read(abs: string, rel: string, cap: number, limitHint: string): Promise<Read> {
    const name = basename(abs);
    // Without O_NOFOLLOW (Windows) the open would follow a final link: only the slow path is safe there.
    if (constants.O_NOFOLLOW !== undefined && name !== '..' && name !== '.') {
      const dir = await this.realDir(dirname(abs));
      if (dir !== undefined) {
        const fd = tryOpen(dir.endsWith(sep) ? dir + name : dir + sep + name);
        if (fd !== undefined) return readFd(fd, rel, cap, limitHint);
      }
    }
    const c = await checkContained(this.rootReal, abs, rel);
    if (!c.ok) return { diagnostic: c.diagnostic };
    let fd;
    try {
      fd = openSync(c.real, OPEN_FLAGS);
    } catch (e) {
      return { diagnostic: readError(rel, e) };
    }
    return readFd(fd, rel, cap, limitHint);
  }

  /** The real path of `dir` when it is inside the root; undefined sends its files down the slow path. */
  private realDir(dir: string): Promise<string | undefined> {
    let p = this.dirs.get(dir);
    if (!p) {
      p = realpath(dir).then(
        (real) => (inside(this.rootReal, real) ? real : undefined),
        () => undefined,
      );
      this.dirs.set(dir, p);
    }
    return p;
  }
}

/** A descriptor, or undefined for any failure: the slow path then finds out why and says so. */
function tryOpen(path: string): number | undefined {
  try {
    return openSync(path, OPEN_FLAGS);
  } catch {
    return undefined;
  }
}

/**
 * Reads one contained regular file (see ContainmentGate.read). For many files, one gate shares
 * the directories' real paths between them.
 */
export function readContained(rootReal: string, abs: string, rel: string, cap: number, limitHint: string): Promise<Read> {
  return new ContainmentGate(rootReal).read(abs, rel, cap, limitHint);
}

/**
 * What an open descriptor holds, checked on the descriptor (a regular file, not over the cap)
 * and read only up to the cap even if the file grows meanwhile. Closes it.
 */
function readFd(fd: number, rel: string, cap: number, limitHint: string): { bytes: Buffer } | { diagnostic: Diagnostic } {
  const tooBig = (size: string) => ({ diagnostic: fileDiagnostic(rel, 'input_limit_error', `file is ${size} bytes, over the ${cap}-byte limit for this kind of input`, limitHint) });
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { diagnostic: specialFileDiagnostic(rel, specialKind(st) ?? 'not a regular file') };
    if (st.size > cap) return tooBig(String(st.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.max(1, Math.min(st.size - total, cap - total) + 1));
      const bytesRead = readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > cap) return tooBig(`more than ${cap}`);
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch (e) {
    return { diagnostic: readError(rel, e) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The synchronous gate, for the few places that read a file a scan already found or a rendered
 * stream names (Helm templates, report snippets): the text when `rel` resolves inside `root` to a
 * regular file of at most `cap` bytes, else undefined. A name like `../../etc/passwd` in a
 * `# Source:` comment therefore reads nothing.
 */
export function readContainedTextSync(root: string, rel: string, cap = 20 * 1024 * 1024): string | undefined {
  return readContainedSync(root, rel, cap)?.toString('utf8');
}

/** The bytes behind readContainedTextSync (Terraform's filebase64() needs them undecoded). */
export function readContainedSync(root: string, rel: string, cap = 20 * 1024 * 1024): Buffer | undefined {
  let fd: number;
  try {
    const real = realpathSync(join(root, rel));
    if (!inside(realpathSync(root), real)) return undefined;
    fd = openSync(real, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  const r = readFd(fd, rel, cap, '');
  return 'bytes' in r ? r.bytes : undefined;
}
