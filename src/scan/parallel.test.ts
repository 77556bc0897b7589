import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../discovery/discover.js';
import { Engine } from '../engine/engine.js';
import type { Finding } from '../engine/finding.js';
import type { Diagnostic } from '../diagnostics.js';
import { loadable, loadDiscovered, SELF_CONTAINED_KINDS } from '../loaders/read.js';
import { loadBuiltinBundle } from '../policy/builtin.js';
import { writeManifests } from '../../bench/manifests.js';
import { BREAK_EVEN_MS, defaultJobs, ParallelScan, SAMPLE_FILES, workerAvailable, workersPay } from './parallel.js';

/** A worker script given as source: it speaks the protocol as badly as each test needs. */
const script = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads';\n${source}`)}`);

describe('defaultJobs', () => {
  it('uses the cores not busy, and one thread when one core (or none) is free', () => {
    expect(defaultJobs(8, 0.2)).toBe(8);
    expect(defaultJobs(8, 3.4)).toBe(5);
    expect(defaultJobs(2, 0.4)).toBe(2);
    expect(defaultJobs(2, 0.6)).toBe(1);
    expect(defaultJobs(4, 9)).toBe(1);
    expect(defaultJobs(1, 0)).toBe(1);
    expect(defaultJobs(64, 0)).toBe(8);
  });
});

describe('workersPay', () => {
  it('starts workers only when the timed pace says the rest outweighs their start-up', () => {
    // 10 ms a file: 61 files left is past the break-even, 59 is not.
    expect(workersPay(SAMPLE_FILES, SAMPLE_FILES * 10, BREAK_EVEN_MS / 10 + 1)).toBe(true);
    expect(workersPay(SAMPLE_FILES, SAMPLE_FILES * 10, BREAK_EVEN_MS / 10 - 1)).toBe(false);
    // Too few files timed to judge, however slow they were.
    expect(workersPay(SAMPLE_FILES - 1, 10_000, 10_000)).toBe(false);
  });
});

describe.skipIf(!workerAvailable())('ParallelScan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-pool-'));
  let engine: Engine;
  beforeAll(async () => {
    writeManifests(dir, 600);
    engine = await Engine.load([loadBuiltinBundle({ precompile: true })], { print: () => {} });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The scan's loop over the tree, with a pool of `threads` on `script` (none: one thread). */
  async function run(threads: number, worker?: URL): Promise<{ findings: Finding[]; diagnostics: Diagnostic[] }> {
    const found = await discover([dir], { root: dir });
    const files = loadable(found);
    const findings: Finding[] = [];
    const diagnostics: Diagnostic[] = [];
    const pool =
      threads > 1
        ? new ParallelScan({
            files,
            movable: files.map((f) => SELF_CONTAINED_KINDS.has(f.kind)),
            threads,
            forced: true,
            engine,
            engineOptions: {},
            load: { root: dir },
            replay: (a, theirs) => {
              findings.push(...theirs);
              diagnostics.push(...a.evalDiagnostics);
            },
            script: worker,
          })
        : undefined;
    const loaded = await loadDiscovered(found, { root: dir }, (doc) => void findings.push(...engine.evaluate(doc).findings), pool).finally(() => pool?.close());
    return { findings, diagnostics: [...(pool?.diagnostics ?? []), ...loaded.diagnostics, ...diagnostics] };
  }
  const fingerprints = (fs: Finding[]) => fs.map((f) => f.fingerprint);

  it('a worker that throws: the file it was on is named in a diagnostic, every other file is still scanned', async () => {
    const one = await run(1);
    const r = await run(2, script(`parentPort.postMessage({ ready: true });\nparentPort.on('message', (jobs) => { throw new Error('boom on ' + jobs[0].file.path); });`));
    const lost = r.diagnostics.filter((d) => d.code === 'eval_error');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toMatch(/internal error while scanning this file on a worker thread \(please report\): the worker thread evaluating it stopped: boom on /);
    expect(lost[0]!.message).toContain(lost[0]!.file);
    // Exactly that file's findings are missing; the rest came from the main thread, in order.
    expect(fingerprints(r.findings)).toEqual(fingerprints(one.findings.filter((f) => f.file !== lost[0]!.file)));
  }, 120_000);

  it('a worker that answers a file with an error: named on that file, the worker goes on', async () => {
    const one = await run(1);
    const r = await run(2, script(`parentPort.postMessage({ ready: true });\nparentPort.on('message', (jobs) => { for (const j of jobs) parentPort.postMessage({ i: j.i, error: 'cannot ' + j.file.path }); });`));
    const lost = r.diagnostics.filter((d) => d.code === 'eval_error');
    expect(lost.length).toBeGreaterThan(0);
    for (const d of lost) expect(d.message).toBe(`internal error while scanning this file on a worker thread (please report): cannot ${d.file}`);
    const named = new Set(lost.map((d) => d.file));
    expect(fingerprints(r.findings)).toEqual(fingerprints(one.findings.filter((f) => !named.has(f.file))));
  }, 120_000);

  it('a worker that cannot start: a warning, and the main thread scans everything', async () => {
    const one = await run(1);
    const r = await run(2, script(`parentPort.postMessage({ startError: 'no engine' });`));
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'eval_error', severity: 'warning', message: expect.stringContaining('a worker thread could not start (no engine)') }), ...one.diagnostics]);
    expect(fingerprints(r.findings)).toEqual(fingerprints(one.findings));
  }, 120_000);

  it('a worker script that cannot be loaded: a warning, and the main thread scans everything', async () => {
    const one = await run(1);
    const r = await run(2, new URL('file:///nonexistent/palisade-scan-worker.js'));
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'eval_error', severity: 'warning', message: expect.stringContaining('a worker thread could not start (') }), ...one.diagnostics]);
    expect(fingerprints(r.findings)).toEqual(fingerprints(one.findings));
  }, 120_000);

  it('a worker that dies without a word: nothing waits on it', async () => {
    const one = await run(1);
    const r = await run(2, script(`parentPort.postMessage({ ready: true });\nparentPort.on('message', () => process.exit(7));`));
    const lost = r.diagnostics.filter((d) => d.code === 'eval_error');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toContain('it exited with code 7');
    expect(fingerprints(r.findings)).toEqual(fingerprints(one.findings.filter((f) => f.file !== lost[0]!.file)));
  }, 120_000);
});
