// Worker threads change nothing a user sees: each tree (fixtures, and the corpora when present)
// is scanned on one thread and on three (`jobs`), and every report format, the diagnostics, the
// document counts and the waiver audit must be byte for byte the same. The suite also checks
// that the workers really took files, so it cannot pass by never starting one.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS, streamReport } from '../src/reporters/index.js';
import type { ReportFormat } from '../src/reporters/types.js';
import { findingSources, reportContext } from '../src/scan/report-context.js';
import { scan, type ScanOptions } from '../src/scan/scan.js';
import { workerAvailable } from '../src/scan/parallel.js';
import { TREES } from './helpers/trees.js';
import { writeMonorepo } from '../bench/e2e.js';
import { writeManifests } from '../bench/manifests.js';

// Files handed to worker threads, counted where they are sent.
let sent = 0;
const post = Worker.prototype.postMessage;
beforeAll(() => {
  Worker.prototype.postMessage = function (this: Worker, m: unknown, ...rest: unknown[]) {
    if (Array.isArray(m)) sent += m.length;
    return (post as (...a: unknown[]) => void).call(this, m, ...rest);
  } as typeof post;
});
afterAll(() => {
  Worker.prototype.postMessage = post;
});

/** Everything a scan shows: each report format in full, and what the CLI prints besides. */
async function shown(opts: ScanOptions): Promise<Record<string, unknown>> {
  const r = await scan({ baseline: false, now: new Date('2026-01-01T00:00:00Z'), print: () => {}, ...opts });
  const ctx = { ...reportContext(r, { color: false }), sources: findingSources(r.root, r.findings) };
  const reports = Object.fromEntries(Object.keys(REPORTERS).map((f) => [f, [...streamReport(f as ReportFormat, r.findings, ctx).chunks].join('')]));
  return { reports, diagnostics: r.diagnostics, files: r.files, documents: r.documents, documentKinds: r.documentKinds, applied: r.applied };
}

describe.skipIf(!workerAvailable())('a scan on three threads shows what one thread shows', () => {
  for (const [name, dir] of TREES) {
    it(name, async () => {
      const one = await shown({ paths: [dir], root: dir, jobs: 1 });
      const before = sent;
      const three = await shown({ paths: [dir], root: dir, jobs: 3 });
      expect(three).toEqual(one);
      // Byte for byte, not only equal in value (key order, undefined members).
      expect(JSON.stringify(three)).toBe(JSON.stringify(one));
    }, 180_000);
  }

  // The fixtures are small enough for the main thread to finish before a worker is up: a
  // generated tree of manifests, Dockerfiles and workflows, large enough for the workers to
  // take files, in both profiles (strict keeps Kubernetes files and workflows on the main thread
  // for its second passes; Dockerfiles still move).
  describe('a generated tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-parallel-'));
    beforeAll(() => {
      writeManifests(join(dir, 'k8s'), 1_500);
      writeMonorepo(join(dir, 'mono'), join(dir, 'mono-relevant'), 1_200, 600);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const same = async (opts: ScanOptions) => {
      const one = await shown({ ...opts, jobs: 1 });
      const before = sent;
      const three = await shown({ ...opts, jobs: 3 });
      expect(sent).toBeGreaterThan(before);
      expect(JSON.stringify(three)).toBe(JSON.stringify(one));
      return one;
    };
    for (const profile of ['default', 'strict'] as const) {
      it(profile, () => same({ paths: [dir], root: dir, profile }), 180_000);
    }

    // Budgets are the workers' engines' own: a policy over its step budget on a file a worker
    // took is the same diagnostic, on the same file, in the same place.
    it('policies over their step budget', async () => {
      const config = join(dir, 'budgets.yaml');
      writeFileSync(config, 'limits:\n  policySteps: 50\n');
      const one = await same({ paths: [join(dir, 'k8s')], root: dir, config });
      const messages = (one['diagnostics'] as Array<{ message: string }>).map((d) => d.message);
      expect(messages.some((m) => m.includes('exceeded its step budget'))).toBe(true);
    }, 180_000);
  });
});
