// Every format must report the same open findings at the same places: read each output back and
// compare. Text and JUnit only carry the start of a region; the others carry all of it.
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { CTX, FINDINGS, LATEST, SSH, finding } from '../../fixtures/reporters/sample.js';
import { REPORTERS } from './index.js';

const findings = [
  ...FINDINGS,
  finding(SSH, 'infra/plan.json', 40, ['resource_changes', 9], 'second ssh rule, with a comma: here'),
  { ...finding(LATEST, 'deploy/job.yaml', 2, ['spec', 'image'], 'multi-line span'), region: { startLine: 2, startColumn: 3, endLine: 5, endColumn: 9 } },
];

type Key = string;
const full = (id: string, file: string, r: { startLine: number; startColumn: number; endLine?: number; endColumn?: number }): Key =>
  [id, file, r.startLine, r.startColumn, r.endLine ?? '', r.endColumn ?? ''].join('|');
const start = (k: Key): Key => k.split('|').slice(0, 4).join('|');

function fromSarif(out: string): Key[] {
  const run = (JSON.parse(out) as Sarif.Log).runs[0]!;
  return run.results!.map((r) => {
    const pl = r.locations![0]!.physicalLocation!;
    return full(r.ruleId!, decodeURIComponent(pl.artifactLocation!.uri!), pl.region as Required<Sarif.Region>);
  });
}

function fromJson(out: string): Key[] {
  return JSON.parse(out)
    .findings.filter((f: { waived: unknown }) => !f.waived)
    .map((f: { policy: string; file: string; region: Sarif.Region & { startLine: number; startColumn: number } }) => full(f.policy, f.file, f.region));
}

function fromText(out: string): Key[] {
  return [...out.matchAll(/^ {2}(.+):(\d+):(\d+) {2}\w+ +(\S+) {2}/gm)].map((m) => [m[4], m[1], m[2], m[3]].join('|'));
}

function fromJunit(out: string): Key[] {
  return [...out.matchAll(/<testcase classname="([^"]+)" name="([^"]+?):(\d+):(\d+)(?: [^"]*)?" file="[^"]*" line="\d+">\s*<failure/g)].map((m) =>
    [m[1], m[2], m[3], m[4]].join('|'),
  );
}

function fromGithub(out: string): Key[] {
  return out
    .trimEnd()
    .split('\n')
    .map((l) => /^::(?:error|warning|notice) (.*?)::/.exec(l)![1]!)
    .filter((p) => p.startsWith('file='))
    .map((p) => {
      const props = Object.fromEntries(p.split(',').map((kv) => kv.split('=', 2).map((s) => decodeURIComponent(s)) as [string, string]));
      const id = props['title']!.split(' ')[0]!;
      return [id, props['file'], props['line'], props['col'] ?? '', props['endLine'], props['endColumn'] ?? ''].join('|');
    });
}

describe('all formats report the same findings', () => {
  const ctx = { ...CTX, diagnostics: [] };
  const sarif = fromSarif(REPORTERS.sarif(findings, ctx)).sort();
  const json = fromJson(REPORTERS.json(findings, ctx)).sort();

  it('SARIF and JSON agree on ids, files and full regions', () => {
    expect(sarif).toHaveLength(findings.filter((f) => !f.waived).length);
    expect(json).toEqual(sarif);
  });

  it.each([
    ['text', fromText],
    ['junit', fromJunit],
  ] as const)('%s agrees on ids, files and starts', (format, read) => {
    expect(read(REPORTERS[format](findings, ctx)).sort()).toEqual(sarif.map(start).sort());
  });

  it('github agrees on ids, files and regions (columns only on single-line spans)', () => {
    const expected = sarif.map((k) => {
      const [id, file, sl, sc, el, ec] = k.split('|');
      return sl === el ? k : [id, file, sl, '', el, ''].join('|');
    });
    expect(fromGithub(REPORTERS.github(findings, ctx)).sort()).toEqual(expected.sort());
  });
});

describe('renderReport', () => {
  it('gives the same text as the registry and passes SARIF limit warnings on', async () => {
    const { renderReport, isReportFormat } = await import('./index.js');
    for (const format of ['sarif', 'json', 'text', 'junit', 'github'] as const) {
      expect(isReportFormat(format)).toBe(true);
      expect(renderReport(format, findings, CTX)).toEqual({ text: REPORTERS[format](findings, CTX), warnings: [] });
    }
    expect(isReportFormat('xml')).toBe(false);
    expect(isReportFormat('toString')).toBe(false);
  });
});
