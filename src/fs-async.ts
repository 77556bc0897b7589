// The asynchronous file calls of the scan path, as promises over node:fs's callback API. Owns
// nothing else. node:fs/promises, the obvious source, brings about ten internal modules with it
// (readline among them, for FileHandle.readLines) that a one-file scan, a pre-commit hook's,
// would otherwise load for these few calls (~1 ms of every run, measured). Same errors, same
// results: realpath is the native one, as in fs/promises.

import { close, lstat as lstatCb, open as openCb, read, readdir as readdirCb, realpath as realpathCb, rename as renameCb, rm as rmCb, stat as statCb, write, writeFile as writeFileCb } from 'node:fs';
import { promisify } from 'node:util';

export const lstat = promisify(lstatCb);
export const stat = promisify(statCb);
export const realpath = promisify(realpathCb.native);
export const readdir = promisify(readdirCb);
export const rename = promisify(renameCb);
export const rm = promisify(rmCb);
export const writeFile = promisify(writeFileCb);

const openFd = promisify(openCb);
const readFd = promisify(read);
const writeFd = promisify(write);
const closeFd = promisify(close);

/** Up to `length` bytes from the start of `path`, opened with `flags` (e.g. O_NONBLOCK). */
export async function readHead(path: string, flags: number, length: number): Promise<Buffer> {
  const fd = await openFd(path, flags);
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await readFd(fd, buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await closeFd(fd);
  }
}

/** Creates `path` (it must not exist) with `mode` and writes the chunks to it one after another, as they are made. */
export async function writeNewFile(path: string, chunks: Iterable<string>, mode: number): Promise<void> {
  const fd = await openFd(path, 'wx', mode);
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) at += (await writeFd(fd, bytes, at, bytes.length - at)).bytesWritten;
    }
  } finally {
    await closeFd(fd);
  }
}
