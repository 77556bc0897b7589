// The reporters' only I/O: writing an output file so that it is either the old file or the
// complete new one, never a half-written report that a later step (SARIF upload) would reject.
// Must not format anything; must not leave its temporary file behind — on failure, on SIGINT or
// SIGTERM, and even after SIGKILL (the next write sweeps temporaries whose process is gone).

import { rmSync } from 'node:fs';
import { readdir, rename, rm, stat, writeFile, writeNewFile } from '../fs-async.js';
import { basename, dirname, join } from 'node:path';
import { PalisadeError } from '../diagnostics.js';
import { nodeCrypto } from '../lazy-node.js';

const pending = new Set<string>();
let hooked = false;

function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  const clean = () => {
    for (const p of pending) rmSync(p, { force: true });
    pending.clear();
  };
  process.once('exit', clean);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      clean();
      // Die of the same signal, as if we had not caught it.
      process.kill(process.pid, sig);
    });
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes `.name.<pid>.<hex>.tmp` files left by writers that were killed outright. */
async function sweep(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length));
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) await rm(join(dir, entry), { force: true });
  }
}

/** Writes content to an open file: a string or bytes at once, chunks one after another as they are made. */
async function writeContent(tmp: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(tmp, content, { flag: 'wx', mode: 0o644 });
  await writeNewFile(tmp, content, 0o644);
}

// node:crypto is loaded when a report is written to a file, not by every run that imports this.
const randomSuffix = () => nodeCrypto().randomBytes(4).toString('hex');

/**
 * Writes to a temporary file in the same directory (same filesystem, so rename is atomic), then
 * renames it over `path`. Content may be chunks (a report stream): a chunk that throws leaves no
 * temporary file and the old report in place.
 */
export async function writeAtomic(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new PalisadeError([
      { file: path, line: 0, col: 0, code: 'usage_error', message: `cannot write the report: directory ${dir} ${st ? 'is not a directory' : 'does not exist'}`, fix: 'create the directory first, or choose another --output path' },
    ]);
  }
  hookSignals();
  await sweep(dir, basename(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomSuffix()}.tmp`);
  pending.add(tmp);
  try {
    await writeContent(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'EISDIR' || e.code === 'EROFS' || e.code === 'ENOSPC') {
      throw new PalisadeError([{ file: path, line: 0, col: 0, code: 'usage_error', message: `cannot write the report: ${e.code}`, fix: 'choose a writable --output path' }]);
    }
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
