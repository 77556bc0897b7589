// Findings do not move when the engine gets faster: every finding of the built-in packs (strict
// profile, so every policy runs) on the project's fixtures and, when present, the corpora, is
// recorded in findings-golden.json as a count per policy and a digest of the sorted findings
// (policy, file, region, fingerprint, resource, confidence, profile, message) and diagnostics.
// A performance change must leave the file as it is; a change that means to alter findings
// (a new policy, a fixed false positive) rewrites it on purpose:
//   PALISADE_GOLDEN=write npx vitest run test/findings-golden.test.ts
// and the diff of the per-policy counts is reviewed with the change. The corpora are recorded as
// digests and counts only (nothing of their text is copied into the repository).

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/finding.js';
import { scan } from '../src/scan/scan.js';
import { writePlan } from '../bench/plans.js';
import { CORPORA, corpus, TREES } from './helpers/trees.js';

const GOLDEN = join(import.meta.dirname, 'findings-golden.json');
const WRITE = process.env.PALISADE_GOLDEN === 'write';

interface GoldenTree {
  findings: number;
  diagnostics: number;
  digest: string;
  byPolicy: Record<string, number>;
}

// The generated plan replicates the corpus plan when there is one, else a synthetic plan.
const PLAN_KEY = existsSync(corpus('terraform-plans')) ? 'generated plan (corpus)' : 'generated plan (synthetic)';
if (!existsSync(CORPORA)) console.log('findings golden: ../shared/corpora absent, corpora trees skipped');

const line = (f: Finding) =>
  [f.policy.id, `${f.file}:${f.region.startLine}:${f.region.startColumn}-${f.region.endLine}:${f.region.endColumn}`, f.fingerprint, f.resource ?? '', f.confidence, f.profile ?? '', f.message].join('\t');

async function record(root: string): Promise<GoldenTree> {
  const r = await scan({ paths: [root], root, profile: 'strict', baseline: false, now: new Date('2026-01-01T00:00:00Z') });
  const findings = r.findings.map(line).sort();
  const diagnostics = r.diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.severity ?? 'error', d.message].join('\t')).sort();
  const byPolicy: Record<string, number> = {};
  for (const f of r.findings) byPolicy[f.policy.id] = (byPolicy[f.policy.id] ?? 0) + 1;
  const digest = createHash('sha256').update(findings.join('\n')).update('\n--\n').update(diagnostics.join('\n')).digest('hex');
  return { findings: findings.length, diagnostics: diagnostics.length, digest, byPolicy: Object.fromEntries(Object.entries(byPolicy).sort()) };
}

const golden: Record<string, GoldenTree> = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, 'utf8')) : {};
const seen: Record<string, GoldenTree> = {};

describe('built-in packs find what they found before', () => {
  for (const [name, dir] of TREES) {
    it(name, async () => {
      const got = await record(dir);
      seen[name] = got;
      if (WRITE) return;
      expect(golden[name], `${name} is not recorded: run with PALISADE_GOLDEN=write`).toBeDefined();
      // Counts first: when they differ the diff names the policy.
      expect(got.byPolicy).toEqual(golden[name]!.byPolicy);
      expect({ findings: got.findings, diagnostics: got.diagnostics, digest: got.digest }).toEqual({ findings: golden[name]!.findings, diagnostics: golden[name]!.diagnostics, digest: golden[name]!.digest });
    }, 120_000);
  }

  // A generated plan of ~3 MB (the corpus plan replicated when present): large containers, many
  // findings of one policy, the shapes the large-plan paths take.
  it('generated plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-golden-plan-'));
    try {
      writePlan(dir, 3 * 1024 * 1024);
      const got = await record(dir);
      seen['generated plan'] = got;
      if (WRITE) return;
      expect(golden[PLAN_KEY], `${PLAN_KEY} is not recorded: run with PALISADE_GOLDEN=write`).toBeDefined();
      expect(got.byPolicy).toEqual(golden[PLAN_KEY]!.byPolicy);
      expect(got.digest).toBe(golden[PLAN_KEY]!.digest);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(WRITE)('writes the record', () => {
    const out: Record<string, GoldenTree> = { ...golden };
    for (const [k, v] of Object.entries(seen)) {
      if (k === 'generated plan') out[PLAN_KEY] = v;
      else out[k] = v;
    }
    writeFileSync(GOLDEN, `${JSON.stringify(Object.fromEntries(Object.entries(out).sort()), null, 2)}\n`);
  });
});
