import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../bundle/bundle.js';
import { cacheDir, readCached, writeCached } from './cache.js';

const bundle = (): Bundle => ({
  wasm: new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  data: {},
  manifest: { revision: '', roots: [''] },
  palisade: { version: 1, policies: [], kindEntrypoints: {} },
});

describe('policy cache', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['XDG_CACHE_HOME'];
    process.env['XDG_CACHE_HOME'] = mkdtempSync(join(tmpdir(), 'palisade-cache-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = saved;
  });

  it('is private to the user: directory 0700, entries 0600, whatever the umask', () => {
    const old = process.umask(0);
    try {
      writeCached('k1', bundle());
    } finally {
      process.umask(old);
    }
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
    expect(statSync(join(cacheDir(), 'k1.bundle')).mode & 0o777).toBe(0o600);
    expect(readCached('k1')?.palisade?.sourceHash).toBe('k1');
  });

  it('tightens a directory others could write before trusting it', () => {
    writeCached('k1', bundle());
    chmodSync(cacheDir(), 0o777);
    expect(readCached('k1')).toBeDefined();
    expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
  });

  it('ignores an entry whose bytes do not match its hash, or that was built for another key', () => {
    writeCached('k1', bundle());
    const file = join(cacheDir(), 'k1.bundle');
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] ^= 0xff;
    writeFileSync(file, bytes);
    expect(readCached('k1')).toBeUndefined();
    writeCached('k2', bundle());
    writeFileSync(join(cacheDir(), 'k3.bundle'), readFileSync(join(cacheDir(), 'k2.bundle')), { mode: 0o600 });
    expect(readCached('k3')).toBeUndefined();
    expect(readdirSync(cacheDir()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores an entry others can write', () => {
    writeCached('k1', bundle());
    chmodSync(join(cacheDir(), 'k1.bundle'), 0o666);
    expect(readCached('k1')).toBeUndefined();
  });
});
