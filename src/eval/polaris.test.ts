// The polaris agreement eval: the mapping comes from metadata, case selection follows polaris's
// own rule, and, with the corpus present, the built-in k8s pack (compiled here from policies/,
// so the test needs no prior build) keeps its agreement at or above the target.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../engine/engine.js';
import type { PolicyMeta } from '../engine/finding.js';
import { POLICIES_DIR, PACKAGE_ROOT } from '../paths.js';
import { buildPolicySet } from '../policy/build.js';
import { collectRegoSources } from '../policy/sources.js';
import { caseFiles, DEFAULT_CORPUS, evaluatePolaris, formatEval, polarisMapping, TARGET, totals } from './polaris.js';

const meta = (id: string, polaris?: string[]): PolicyMeta => ({
  id,
  title: id,
  severity: 'low',
  description: '',
  remediation: '',
  tags: [],
  frameworks: {},
  equivalents: polaris ? { polaris } : {},
  kinds: ['kubernetes'],
});

describe('polaris eval plumbing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-polaris-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps polaris checks to every policy that claims them', () => {
    const m = polarisMapping([meta('k8s/b', ['hostIPCSet']), meta('k8s/a', ['hostIPCSet', 'hostPIDSet']), meta('k8s/c')]);
    expect([...m]).toEqual([
      ['hostIPCSet', ['k8s/a', 'k8s/b']],
      ['hostPIDSet', ['k8s/a']],
    ]);
  });

  it('takes failure*/success* YAML as cases and leaves mutated* and check.yaml out', () => {
    mkdirSync(join(dir, 'c'), { recursive: true });
    for (const f of ['failure.a.yaml', 'success.yaml', 'mutated.a.yaml', 'check.yaml', 'success.b.yml', 'notes.txt']) writeFileSync(join(dir, 'c', f), '');
    expect(caseFiles(join(dir, 'c'))).toEqual([
      { name: 'failure.a.yaml', expected: 'failure' },
      { name: 'success.b.yml', expected: 'success' },
      { name: 'success.yaml', expected: 'success' },
    ]);
  });
});

describe.skipIf(!existsSync(join(DEFAULT_CORPUS, 'checks')))('polaris corpus agreement (skipped: ../shared/corpora/k8s-polaris absent)', () => {
  it(`the built-in k8s policies agree with polaris's labels on at least ${TARGET * 100} % of files`, async () => {
    const { bundle } = buildPolicySet(collectRegoSources([POLICIES_DIR], { relativeTo: PACKAGE_ROOT }), { requireMetadata: true });
    const engine = await Engine.load([{ name: 'builtin', bundle }]);
    const result = evaluatePolaris(engine, DEFAULT_CORPUS);
    const t = totals(result);
    expect(result.checks.length).toBeGreaterThan(0);
    expect(result.unknown).toEqual([]);
    expect(t.ratio, formatEval(result)).toBeGreaterThanOrEqual(TARGET);
    // Every workload kind of the webhook cases (CronJob, Job, DaemonSet, ReplicationController …)
    // must be reached: a failing case nobody flags means a policy misses that kind's containers.
    const missed = result.webhook.cases.filter((c) => c.expected === 'failure' && !c.agrees).map((c) => c.file);
    expect(result.webhook.cases.length).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});
