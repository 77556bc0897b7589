import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { CTX, FINDINGS, LATEST, PRIVILEGED, finding } from '../../fixtures/reporters/sample.js';
import { toAjvSchema } from './schema-compat.js';
import { SARIF_LEVEL, SECURITY_SEVERITY, sarif, sarifReport } from './sarif.js';
import { joinChunks } from './chunks.js';

const CORPUS = join(process.cwd(), '../shared/corpora/sarif');
const SCHEMAS = {
  oasis: join(CORPUS, 'schema/sarif-schema-2.1.0.json'),
  'codeql-action': join(CORPUS, 'schema/codeql-action-copy/sarif-schema-2.1.0.json'),
};
const haveCorpus = existsSync(SCHEMAS.oasis) && existsSync(SCHEMAS['codeql-action']);

function validator(path: string): ValidateFunction {
  // URI formats are not checked, as in the codeql-action (it only warns about bad URIs).
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  return ajv.compile(toAjvSchema(JSON.parse(readFileSync(path, 'utf8'))));
}

function runOf(text: string): Sarif.Run {
  return (JSON.parse(text) as Sarif.Log).runs[0]!;
}

describe.skipIf(!haveCorpus)('SARIF schema validation (corpus: ../shared/corpora/sarif)', () => {
  const validators = haveCorpus ? Object.entries(SCHEMAS).map(([name, p]) => [name, validator(p)] as const) : [];

  // The verdicts come from corpora/sarif/README.md; they prove the validator itself discriminates.
  const examples: Array<[string, boolean]> = [
    ['codeql-action/valid-sarif.sarif', true],
    ['codeql-action/invalid-sarif.sarif', false],
    ['codeql-action/with-invalid-uri.sarif', true],
    ['codeql-action/empty-sarif.sarif', true],
    ['codeql-action/tool-names.sarif', false],
    ['codeql-action/fingerprinting.input.sarif', true],
    ['codeql-action/fingerprinting.expected.sarif', true],
    ['codeql-action/fingerprinting2.input.sarif', true],
    ['codeql-action/fingerprinting2.expected.sarif', true],
    ['codeql-action/valid-sarif-diff-filtered.sarif', true],
    ['trivy/alpine-310.sarif.golden', true],
    ['checkov/results.sarif', false],
  ];
  it.each(examples)('%s is valid: %s (both schemas)', (file, valid) => {
    const data = JSON.parse(readFileSync(join(CORPUS, 'examples', file), 'utf8'));
    for (const [name, v] of validators) expect(v(data), `${name}: ${JSON.stringify(v.errors?.slice(0, 2))}`).toBe(valid);
  });

  it.each([
    ['findings', FINDINGS],
    ['no findings', []],
  ])('our output with %s validates against both schemas', (_what, findings) => {
    const log = JSON.parse(sarif(findings, CTX));
    for (const [name, v] of validators) expect(v(log), `${name}: ${JSON.stringify(v.errors?.slice(0, 3))}`).toBe(true);
  });

  it('rejects our output once a required field is broken', () => {
    const log = JSON.parse(sarif(FINDINGS, CTX));
    delete log.runs[0].results[0].message;
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    for (const [name, v] of validators) {
      expect(v(log), name).toBe(false);
      const paths = v.errors!.map((e) => e.instancePath);
      expect(paths).toContain('/runs/0/results/0');
      expect(paths).toContain('/runs/0/results/1/locations/0/physicalLocation/region/startLine');
    }
  });

  it('a trimmed log still validates', () => {
    const { log } = sarifReport(FINDINGS, CTX, { resultsPerRun: 1 });
    for (const [, v] of validators) expect(v(log)).toBe(true);
  });
});

describe('SARIF content', () => {
  const run = runOf(sarif(FINDINGS, CTX));
  const rules = run.tool.driver.rules!;

  it('lists every policy that ran as a rule, even without results, sorted by id', () => {
    expect(rules.map((r) => r.id)).toEqual(['k8s/host-network', 'k8s/image-tag-latest', 'k8s/privileged-container', 'terraform/sg-open-ssh']);
    expect(run.tool.driver.name).toBe('Palisade');
    expect(run.tool.driver.version).toBe('0.1.0');
  });

  it('describes rules the way code scanning reads them', () => {
    const r = rules.find((x) => x.id === 'k8s/privileged-container')!;
    expect(r.name).toBe('K8sPrivilegedContainer');
    expect(r.shortDescription?.text).toBe(PRIVILEGED.title);
    expect(r.fullDescription?.text).toBe(PRIVILEGED.description);
    expect(r.help?.text).toBe(PRIVILEGED.remediation);
    expect(r.help?.markdown).toContain('### Remediation');
    expect(r.helpUri).toBe('https://palisade.example/docs/policies.md#k8sprivileged-container');
    expect(r.defaultConfiguration?.level).toBe('error');
    expect(r.properties?.['security-severity']).toBe('9.5');
    expect(r.properties?.tags).toEqual(['security', 'kubernetes', 'cis-kubernetes']);
    expect(r.properties?.precision).toBe('high');
    expect(rules.find((x) => x.id === 'terraform/sg-open-ssh')!.helpUri).toBe('https://example.test/ssh');
  });

  it.each([
    ['critical', 9.0, 10],
    ['high', 7.0, 8.9],
    ['medium', 4.0, 6.9],
    ['low', 0.1, 3.9],
    ['info', 0.1, 3.9],
  ] as const)('security-severity of %s falls in GitHub\'s band', (sev, lo, hi) => {
    const n = Number(SECURITY_SEVERITY[sev]);
    expect(n).toBeGreaterThanOrEqual(lo);
    expect(n).toBeLessThanOrEqual(hi);
    expect(SECURITY_SEVERITY[sev]).toMatch(/^\d+\.\d$/);
  });

  it('emits open findings only, each with one full location, a logical location and our fingerprint', () => {
    expect(run.results).toHaveLength(3);
    expect(run.properties?.['palisade/waived']).toBe(1);
    const res = run.results!.find((r) => r.ruleId === 'k8s/privileged-container')!;
    expect(rules[res.ruleIndex!]!.id).toBe(res.ruleId);
    expect(res.level).toBe(SARIF_LEVEL.critical);
    expect(res.message.text).toBe(FINDINGS[1]!.message);
    expect(res.locations).toHaveLength(1);
    const loc = res.locations![0]!;
    expect(loc.physicalLocation?.artifactLocation).toEqual({ uri: 'deploy/web%20app.yaml', uriBaseId: '%SRCROOT%' });
    expect(loc.physicalLocation?.region).toEqual({ startLine: 20, startColumn: 7, endLine: 20, endColumn: 23 });
    expect(loc.logicalLocations).toEqual([{ name: 'Deployment/default/web', kind: 'resource' }]);
    expect(res.partialFingerprints).toEqual({ 'palisade/v1': FINDINGS[1]!.fingerprint });
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///repo/');
  });

  it('never emits an empty uri (code scanning rejects it), even for whole-repository findings', () => {
    const repo = { ...FINDINGS[0]!, file: '.' };
    const empty = { ...FINDINGS[0]!, file: '' };
    const uris = runOf(sarif([repo, empty], CTX)).results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris).toEqual(['.', '.']);
  });

  it('reports diagnostics as tool execution notifications', () => {
    const inv = run.invocations![0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'unexpected ":" (fix: quote the value)' },
        descriptor: { id: 'input_parse_error' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'deploy/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 3 } } },
        ],
      },
    ]);
  });

  it('is byte-identical whatever order findings arrive in', () => {
    expect(sarif([...FINDINGS].reverse(), CTX)).toBe(sarif(FINDINGS, CTX));
  });
});

describe('SARIF limits', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    finding(i % 4 === 0 ? PRIVILEGED : LATEST, `deploy/f${String(i).padStart(2, '0')}.yaml`, i + 1, ['spec', i], `message ${i}`),
  );

  it('keeps at most resultsPerRun results, the most severe, and says so', () => {
    const { log, warnings } = sarifReport(many, CTX, { resultsPerRun: 10 });
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(10);
    expect(results.every((r) => r.ruleId === 'k8s/privileged-container')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('report_limit');
    expect(warnings[0]!.message).toContain('10 of 40');
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notes.some((n) => n.descriptor?.id === 'report_limit' && n.level === 'warning')).toBe(true);
  });

  it('shrinks below the gzipped size limit', async () => {
    const { gzipSync } = await import('node:zlib');
    const noisy = many.map((f, i) => ({ ...f, message: `${f.message} ${'x'.repeat(50)} ${Math.sin(i).toString(36)}`.repeat(20) }));
    const full = sarifReport(noisy, CTX);
    const limit = Math.floor(gzipSync(joinChunks(full.chunks())).length * 0.6);
    const { chunks, warnings, log } = sarifReport(noisy, CTX, { gzipBytes: limit });
    const text = joinChunks(chunks());
    expect(gzipSync(text).length).toBeLessThanOrEqual(limit);
    expect(log.runs[0]!.results!.length).toBeLessThan(40);
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(warnings.map((w) => w.code)).toEqual(['report_limit']);
  });

  it('warns about nothing when within limits', () => {
    expect(sarifReport(many, CTX).warnings).toEqual([]);
  });

  it('streams the log as JSON.stringify(log, null, 2) writes it, in chunks of at most one result or notification', () => {
    const diagnostics = Array.from({ length: 30 }, (_, i) => ({ file: `f${i}.yaml`, line: i + 1, col: 1, code: 'input_parse_error' as const, message: `bad ${i}`, fix: 'fix it' }));
    const r = sarifReport(many, { ...CTX, diagnostics });
    const chunks = [...r.chunks()];
    expect(chunks.join('')).toBe(`${JSON.stringify(r.log, null, 2)}\n`);
    const most = (key: string) => Math.max(...chunks.map((c) => c.split(key).length - 1));
    expect(most('"ruleId"')).toBe(1);
    expect(most('"descriptor"')).toBe(1);
  });
});
