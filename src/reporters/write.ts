// The reporters' only I/O: writing an output file so that it is either the old file or the
// complete new one, never a half-written report that a later step (SARIF upload) would reject.
// Must not format anything; must not leave its temporary file behind on failure.

import { randomBytes } from 'node:crypto';
import { rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes to a temporary file in the same directory (same filesystem, so rename is atomic), then renames it over `path`. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
