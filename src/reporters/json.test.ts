import { describe, expect, it } from 'vitest';
import { CTX, FINDINGS, LATEST, finding, policy } from '../../fixtures/reporters/sample.js';
import type { Finding } from '../engine/finding.js';
import { json, jsonReport } from './json.js';

describe('json reporter', () => {
  const report = JSON.parse(json(FINDINGS, CTX));

  it('has a versioned top level with a stable key order', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'diagnostics', 'summary']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'Palisade', version: '0.1.0' });
  });

  it('keeps waived findings, marked, and every field of a finding in a fixed order', () => {
    expect(report.findings).toHaveLength(4);
    const waived = report.findings.find((f: { waived: unknown }) => f.waived);
    expect(waived.waived).toEqual({ by: 'waiver', waiverId: 'W-1', owner: '@platform', reason: 'needs host access', expires: '2099-01-01' });
    expect(Object.keys(report.findings[0])).toEqual([
      'policy', 'severity', 'title', 'message', 'file', 'region', 'route', 'resource', 'fingerprint', 'waived', 'docs', 'details',
    ]);
    expect(report.findings[0]).toMatchObject({
      policy: 'k8s/image-tag-latest',
      file: 'deploy/web app.yaml',
      region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 23 },
      route: ['spec', 'containers', 0, 'image'],
      resource: 'Deployment/default/web',
      waived: null,
    });
  });

  it('summarises and carries diagnostics', () => {
    expect(report.summary).toEqual({
      total: 4, open: 3, waived: 1, threshold: 'high', failing: 2,
      bySeverity: { critical: 1, high: 1, medium: 1, low: 0, info: 0 },
      diagnostics: { error: 1, warning: 0, note: 0 },
    });
    expect(report.diagnostics).toEqual([
      { file: 'deploy/broken.yaml', line: 4, col: 3, code: 'input_parse_error', severity: 'error', message: 'unexpected ":"', fix: 'quote the value' },
    ]);
  });

  it('prints policy details with sorted keys, whatever order the policy used', () => {
    const a = { ...FINDINGS[0]!, details: { z: 1, a: { y: 2, b: [{ d: 1, c: 2 }] } } };
    const b = { ...FINDINGS[0]!, details: { a: { b: [{ c: 2, d: 1 }], y: 2 }, z: 1 } };
    expect(json([a], CTX)).toBe(json([b], CTX));
    expect(JSON.stringify(jsonReport([a], CTX).findings[0]!.details)).toBe('{"a":{"b":[{"c":2,"d":1}],"y":2},"z":1}');
  });

  it('is byte-identical whatever order findings arrive in', () => {
    expect(json([...FINDINGS].reverse(), CTX)).toBe(json(FINDINGS, CTX));
  });

  // The streamed report writes each finding directly; it must be the report object's JSON.
  const plain = (fs: Finding[], ctx = CTX) => `${JSON.stringify(jsonReport(fs, ctx), null, 2)}\n`;

  it('is JSON.stringify of the report object, byte for byte, for awkward findings', () => {
    const odd = policy('odd/\u2028"policy"', 'low', { url: undefined, title: 'tab\there \ud800 lone' });
    const awkward: Finding[] = [
      ...FINDINGS,
      finding(odd, 'a\\b/\u0000c.yaml', 1, [], 'empty route, no resource'),
      finding(LATEST, 'x.yaml', 2, ['a.b', 'with "quotes"', 0, -0, 1e21], 'keys that need quoting ##[ and \r\n', { resource: 'r\u2029' }),
      { ...finding(LATEST, 'x.yaml', 3, ['k'], 'details'), details: { z: [1, { b: null, a: [] }], a: {}, e: '' } },
      { ...finding(LATEST, 'x.yaml', 4, ['k'], 'odd region'), region: { startLine: Number.NaN, startColumn: 1, endLine: 1, endColumn: Infinity } },
      { ...finding(LATEST, 'x.yaml', 5, ['k'], 'waived inline'), waived: { by: 'inline', reason: 'ok' } },
    ];
    expect(json(awkward, CTX)).toBe(plain(awkward));
    expect(json([], { ...CTX, diagnostics: [] })).toBe(plain([], { ...CTX, diagnostics: [] }));
  });

  it('takes the general path for findings outside the types (a policy without a title)', () => {
    const untitled = { ...FINDINGS[0]!, policy: { ...LATEST, title: undefined as unknown as string } };
    expect(json([untitled], CTX)).toBe(plain([untitled]));
    expect(JSON.parse(json([untitled], CTX)).findings[0]).not.toHaveProperty('title');
  });
});
