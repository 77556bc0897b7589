import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexEntries, readBlob, readBlobs } from './git.js';

describe('readBlobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads what readBlob reads, blob by blob, in one batch (sizes over the cap, empty and binary blobs, unknown ids)', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const contents: Record<string, Buffer> = {
      'a.yaml': Buffer.from('kind: Pod\nmetadata:\n  name: a\n'),
      'empty.txt': Buffer.alloc(0),
      'binary.bin': Buffer.from([0, 10, 13, 10, 255, 0, 10]),
      'big.json': Buffer.from(`{"x": "${'y'.repeat(5000)}"}\n`),
      'copy.yaml': Buffer.from('kind: Pod\nmetadata:\n  name: a\n'),
    };
    for (const [name, bytes] of Object.entries(contents)) writeFileSync(join(dir, name), bytes);
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const index = await indexEntries(dir);
    const oids = [...index.values()].map((e) => e.oid);
    const missing = '0123456789012345678901234567890123456789';
    const cap = 1000;
    const batch = await readBlobs(dir, [...oids, missing], cap);
    for (const oid of oids) expect(batch.get(oid)).toEqual(await readBlob(dir, oid, cap));
    expect(batch.has(missing)).toBe(false);
    expect(batch.get(index.get('big.json')!.oid)).toEqual({ size: contents['big.json']!.length });
    expect(Buffer.from((batch.get(index.get('binary.bin')!.oid) as { bytes: Uint8Array }).bytes)).toEqual(contents['binary.bin']);
    expect(await readBlobs(dir, [], cap)).toEqual(new Map());
  });
});
