import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic } from './write.js';

describe('writeAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'palisade-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates and replaces a file, leaving no temporary file', async () => {
    const out = join(dir, 'report.sarif');
    await writeAtomic(out, 'first');
    await writeAtomic(out, 'second');
    expect(await readFile(out, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['report.sarif']);
  });

  it('writes chunks as they come, and keeps the old file with no orphan when a chunk fails', async () => {
    const out = join(dir, 'report.json');
    await writeAtomic(out, ['{', '"a": 1', '}\n']);
    expect(await readFile(out, 'utf8')).toBe('{"a": 1}\n');
    function* broken() {
      yield 'half a report';
      throw new Error('reporter failed');
    }
    await expect(writeAtomic(out, broken())).rejects.toThrow('reporter failed');
    expect(await readFile(out, 'utf8')).toBe('{"a": 1}\n');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('keeps the old content and cleans up when the rename fails', async () => {
    const out = join(dir, 'taken');
    await mkdir(out);
    await writeFile(join(out, 'inside'), 'x');
    await expect(writeAtomic(out, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });

  it('fails with a usage error naming the path when the directory does not exist', async () => {
    await expect(writeAtomic(join(dir, 'missing', 'out.json'), '{}')).rejects.toThrow(/out\.json: error\[usage_error\]: cannot write the report: directory .*missing does not exist/);
  });

  it('sweeps temporaries left by a writer that was killed outright, and only those', async () => {
    const out = join(dir, 'report.sarif');
    // pid 2^22+1 is above Linux's pid_max default, so no process has it.
    await writeFile(join(dir, '.report.sarif.4194305.0badc0de.tmp'), 'half');
    await writeFile(join(dir, `.report.sarif.${process.pid}.00000000.tmp`), 'ours, in flight');
    await writeAtomic(out, 'done');
    expect((await readdir(dir)).sort()).toEqual([`.report.sarif.${process.pid}.00000000.tmp`, 'report.sarif']);
  });
});
