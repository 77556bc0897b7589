// The streaming pipeline (scan() evaluates each document as it is loaded and drops it) must find
// exactly what the whole-load path finds: every document loaded first, then each evaluated. Both
// run the built-in packs on real repositories from the corpora; findings are compared by
// fingerprint, position and message, diagnostics in order.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadLimits } from '../src/config/config.js';
import { discover } from '../src/discovery/discover.js';
import { Engine } from '../src/engine/engine.js';
import type { Finding } from '../src/engine/finding.js';
import { loadDiscovered } from '../src/loaders/read.js';
import { loadBuiltinBundle } from '../src/policy/builtin.js';
import { chartNotice, topCharts } from '../src/scan/helm.js';
import { scan } from '../src/scan/scan.js';
import { selectPolicies } from '../src/scan/select.js';

const CORPORA = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'real-repos');
const REPOS = ['GoogleCloudPlatform+microservices-demo', 'terraform-aws-modules+terraform-aws-vpc', 'sigstore+cosign'];

const key = (f: Finding) => `${f.fingerprint} ${f.policy.id} ${f.file}:${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn} ${f.message}`;

/** The whole-load reference: what scan() did before documents were streamed. */
async function wholeLoad(root: string): Promise<{ findings: string[]; diagnostics: string[]; documents: number }> {
  const bundles = [loadBuiltinBundle()];
  const diagnostics = selectPolicies(bundles, DEFAULT_CONFIG, { profile: DEFAULT_CONFIG.profile }, {});
  const engine = await Engine.load(bundles, { policySteps: DEFAULT_CONFIG.limits.policySteps, policyMemoryMB: DEFAULT_CONFIG.limits.policyMemoryMB });
  const found = await discover([root], { root, ignore: DEFAULT_CONFIG.ignore });
  diagnostics.push(...found.diagnostics);
  const loaded = await loadDiscovered(found, { root, terraformVars: [], ...loadLimits(DEFAULT_CONFIG) });
  diagnostics.push(...loaded.diagnostics);
  // Helm charts are named in a notice (scan() renders them only with --helm).
  diagnostics.push(...topCharts(found.charts).map((c) => chartNotice(c)));
  const findings: string[] = [];
  for (const doc of loaded.documents) {
    const r = engine.evaluate(doc);
    for (const f of r.findings) if (DEFAULT_CONFIG.profile === 'strict' || f.profile !== 'strict') findings.push(key(f));
    diagnostics.push(...r.diagnostics);
  }
  return { findings, diagnostics: diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`), documents: loaded.documents.length };
}

describe.skipIf(!existsSync(CORPORA))('streaming scan', () => {
  it.each(REPOS)('finds in %s exactly what loading every document first finds', async (repo) => {
    const root = join(CORPORA, repo);
    const ref = await wholeLoad(root);
    const r = await scan({ paths: [root], root, baseline: false, now: new Date('2026-01-01') });
    expect(r.findings.map(key)).toEqual(ref.findings);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual(ref.diagnostics);
    expect(r.documents).toBe(ref.documents);
    expect(ref.findings.length).toBeGreaterThan(0);
  }, 120_000);
});
if (!existsSync(CORPORA)) console.log('streaming scan: ../shared/corpora absent, skipped');
