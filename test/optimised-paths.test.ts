// The fast paths of a scan against plain ones, with the built-in packs, on the project's fixtures
// and (when present) the real repositories of the corpora: the reports the CLI streams chunk by
// chunk must be byte for byte the buffered reports (the report object serialized at once, the
// escaping applied to the whole text). (The streamed scan itself is held to the load-everything-
// first path by streaming.test.ts.)

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotations, guardOutput, jsonReport, sarifReport, streamReport, type ReportFormat } from '../src/reporters/index.js';
import { joinChunks } from '../src/reporters/chunks.js';
import { findingSources, reportContext } from '../src/scan/report-context.js';
import { scan, type ScanResult } from '../src/scan/scan.js';

const ROOT = join(import.meta.dirname, '..');
const CORPORA = join(ROOT, '..', 'shared', 'corpora', 'real-repos');
const REPOS = existsSync(CORPORA) ? readdirSync(CORPORA, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(CORPORA, d.name)) : [];
if (!existsSync(CORPORA)) console.log('optimised paths: ../shared/corpora absent, real repositories skipped');
const TREES = [join(ROOT, 'fixtures', 'sample-repo'), join(ROOT, 'fixtures', 'loaders'), ...REPOS];

const NOW = new Date('2026-01-01');

/** Each format written at once, from the report's plain form. */
const BUFFERED: Partial<Record<ReportFormat, (r: ScanResult, ctx: ReturnType<typeof reportContext>) => string>> = {
  json: (r, ctx) => `${JSON.stringify(jsonReport(r.findings, ctx), null, 2)}\n`,
  sarif: (r, ctx) => `${JSON.stringify(sarifReport(r.findings, ctx).log, null, 2)}\n`,
  github: (r, ctx) => githubAnnotations(r.findings, ctx).text,
};

describe('optimised paths write what plain ones do', () => {
  it.each(TREES.map((t) => [t.replace(/^.*?(fixtures|real-repos)/, '$1'), t]))('%s: streamed reports equal buffered ones', async (_name, tree) => {
    const r = await scan({ paths: [tree], root: tree, baseline: false, now: NOW });
    const ctx = reportContext(r, { color: false });
    ctx.sources = findingSources(r.root, r.findings);
    for (const [format, buffered] of Object.entries(BUFFERED) as Array<[ReportFormat, NonNullable<(typeof BUFFERED)['json']>]>) {
      const streamed = [...streamReport(format, r.findings, ctx).chunks];
      expect(streamed.join(''), format).toBe(guardOutput(buffered(r, ctx), format));
    }
    expect(joinChunks(streamReport('json', r.findings, ctx).chunks)).toContain('"findings"');
  }, 300_000);
});
