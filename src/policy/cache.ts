// The compiled-policy cache (`$XDG_CACHE_HOME/palisade/bundles`, else `~/.cache/...`): bundles of
// users' Rego keyed by the sources and by this build of the compiler, so a scan never recompiles
// unchanged policies. The cache is trusted code (its modules run as policies), so it is kept
// private and checked on every read: the directory is the user's own and 0700, entries 0600,
// each entry starts with the SHA-256 of the bundle after it and names the key it was built for,
// and anything else — another owner, loose permissions, a symlink, a damaged or swapped entry —
// is ignored and rebuilt. Must not compile (the caller passes the builder).

import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle, writeBundle, type Bundle } from '../bundle/bundle.js';

export function cacheDir(): string {
  const base = process.env['XDG_CACHE_HOME'] || (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'palisade', 'bundles');
}

const uid = () => process.getuid?.();
const HASH_LINE = 65; // 64 hex digits and a newline

/** Whether `dir` is a real directory of ours that nobody else can write; tightened when we own it. */
function privateDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || (uid() !== undefined && st.uid !== uid())) return false;
    if ((st.mode & 0o077) !== 0) chmodSync(dir, 0o700);
    return (lstatSync(dir).mode & 0o077) === 0;
  } catch {
    return false;
  }
}

const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The cached bundle for `key`, or undefined when there is none we can trust. */
export function readCached(key: string): Bundle | undefined {
  const dir = cacheDir();
  if (!privateDir(dir)) return undefined;
  const file = join(dir, `${key}.bundle`);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || (uid() !== undefined && st.uid !== uid()) || (st.mode & 0o022) !== 0 || st.size > 256 * 1024 * 1024) return undefined;
    const buf = Buffer.alloc(st.size);
    for (let n = 0, r = -1; n < buf.length && r !== 0; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    const want = buf.subarray(0, HASH_LINE - 1).toString('latin1');
    const body = buf.subarray(HASH_LINE);
    if (digest(body) !== want) return undefined;
    const bundle = readBundle(body, file);
    return bundle.palisade?.sourceHash === key ? bundle : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Stores `bundle` for `key`; the cache is an optimisation, so a failure is silent. */
export function writeCached(key: string, bundle: Bundle): void {
  const dir = cacheDir();
  if (!privateDir(dir)) return;
  const body = writeBundle(bundle.palisade ? { ...bundle, palisade: { ...bundle.palisade, sourceHash: key } } : bundle);
  const file = join(dir, `${key}.bundle`);
  const tmp = join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${digest(body)}\n`, 'latin1'), body]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
