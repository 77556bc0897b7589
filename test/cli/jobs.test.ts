// `--jobs N` and the configuration's `jobs`: a count of threads that changes nothing in the output,
// and a clear usage error for anything but a whole number in range.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { writeManifests } from '../../bench/manifests.js';
import { workerAvailable } from '../../src/scan/parallel.js';

describe('--jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a count that is not a whole number from 1 to 256', async () => {
    for (const bad of ['0', '-2', 'two', '1.5', '257']) {
      const r = await run('scan', dir, '--jobs', bad);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error[usage_error]: --jobs ${bad} is not a whole number of threads from 1 to 256`);
      expect(r.err).toContain('fix: e.g. --jobs 4, or --jobs 1 for one thread');
    }
  });

  it('a scan of ten files starts no worker by default, whatever the cores', async () => {
    const small = join(dir, 'small');
    writeManifests(small, 100);
    let started = 0;
    const listen = () => void started++;
    process.on('worker', listen);
    try {
      expect((await run('scan', small, '--format', 'json')).code).toBe(1);
      expect(started).toBe(0);
    } finally {
      process.off('worker', listen);
    }
  });

  it.skipIf(!workerAvailable())('--jobs and the configuration key start that many threads and report the same', async () => {
    writeManifests(join(dir, 'k8s'), 1_000);
    let started = 0;
    const listen = () => void started++;
    process.on('worker', listen);
    try {
      const one = await run('scan', dir, '--format', 'json', '--jobs', '1');
      expect(started).toBe(0);
      const four = await run('scan', dir, '--format', 'json', '--jobs', '4');
      expect(started).toBe(3);
      writeFileSync(join(dir, '.palisade.yaml'), 'jobs: 2\n');
      const configured = await run('scan', dir, '--format', 'json');
      expect(started).toBe(4);
      expect(four).toEqual(one);
      expect(configured).toEqual(one);
      expect(one.code).toBe(1);
    } finally {
      process.off('worker', listen);
    }
  }, 120_000);
});
