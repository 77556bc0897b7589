// `npm run eval`: measures how often the built-in Kubernetes policies agree with FairwindsOps
// polaris's own labelled test manifests (corpora/k8s-polaris/checks/<check>/). The mapping from
// a polaris check to Palisade policies comes from the policies' `equivalents.polaris` metadata,
// never from a table kept here, so the eval always measures what the policies claim.
//
// Polaris's rule (its test/schema_test.go): every `failure*.yaml` must fail the check, every
// `success*.yaml` must not. Here: a failure file must yield at least one finding of a mapped
// policy, a success file none. `mutated*` files (auto-fix outputs) and `check.yaml` (custom check
// definitions) are not cases. Reads the corpus and the built bundle; must not edit either.
//
// A second, smaller measure uses polaris's admission-webhook cases (one object per workload kind):
// with polaris's default configuration only `danger` checks reject, so a `failing_test.*` must
// yield a finding of a policy mapped to a danger check and a `passing_test.*` none. It shows
// whether the policies reach containers in every workload kind (CronJob, ReplicationController …).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatDiagnostic } from '../diagnostics.js';
import { Engine } from '../engine/engine.js';
import type { PolicyMeta } from '../engine/finding.js';
import { LOADERS } from '../loaders/index.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Where the corpus sits in the development workspace: beside the repository, never inside it. */
export const DEFAULT_CORPUS = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'k8s-polaris');
/** The agreement the built-in k8s pack is held to. */
export const TARGET = 0.95;

export interface CaseResult {
  file: string;
  /** A `failure` must be flagged by a mapped policy, a `success` must not be. */
  expected: 'failure' | 'success';
  /** Findings of the mapped policies: `policy-id line:col`. */
  hits: string[];
  /** Load problems: a file Palisade cannot read is a disagreement, not a skip. */
  problems: string[];
  agrees: boolean;
}

export interface CheckResult {
  check: string;
  policies: string[];
  cases: CaseResult[];
}

export interface PolarisEval {
  checks: CheckResult[];
  /** Polaris checks in the corpus that no built-in policy claims. */
  unmapped: string[];
  /** `equivalents.polaris` entries naming a check the corpus does not have (likely a typo). */
  unknown: Array<{ policy: string; check: string }>;
  /** Admission-webhook cases judged by the policies mapped to polaris's `danger` checks. */
  webhook: { policies: string[]; cases: CaseResult[] };
}

/** polaris check → Palisade policy ids, from the policies' metadata. */
export function polarisMapping(policies: PolicyMeta[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of policies) {
    for (const check of p.equivalents['polaris'] ?? []) map.set(check, [...(map.get(check) ?? []), p.id].sort());
  }
  return map;
}

/** The labelled cases of one check folder (`failure*` and `success*` YAML), sorted. */
export function caseFiles(dir: string): Array<{ name: string; expected: 'failure' | 'success' }> {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n) && /^(failure|success)/.test(n))
    .sort()
    .map((name) => ({ name, expected: name.startsWith('failure') ? 'failure' : 'success' }));
}

/** Evaluates one labelled file (`rel`: its path inside the corpus) against the given policies. */
export function evaluateCase(engine: Engine, corpus: string, rel: string, expected: 'failure' | 'success', policies: string[]): CaseResult {
  const abs = join(corpus, rel);
  const name = rel.split('/').pop()!;
  const path = relative(corpus, abs).split('\\').join('/');
  const loaded = LOADERS.kubernetes({ path, bytes: readFileSync(abs) });
  const problems = loaded.diagnostics.filter((d) => (d.severity ?? 'error') === 'error').map(formatDiagnostic);
  const hits: string[] = [];
  for (const doc of loaded.documents) {
    if (doc.kind !== 'kubernetes') continue;
    const r = engine.evaluate(doc);
    for (const f of r.findings) if (policies.includes(f.policy.id)) hits.push(`${f.policy.id} ${f.region.startLine}:${f.region.startColumn}`);
    for (const d of r.diagnostics) if (policies.some((p) => d.message.startsWith(`policy ${p} `))) problems.push(formatDiagnostic(d));
  }
  const flagged = hits.length > 0;
  return { file: name, expected, hits, problems, agrees: problems.length === 0 && (expected === 'failure' ? flagged : !flagged) };
}

export function evaluatePolaris(engine: Engine, corpus: string): PolarisEval {
  const mapping = polarisMapping(engine.policies);
  const checksDir = join(corpus, 'checks');
  const present = readdirSync(checksDir).filter((n) => statSync(join(checksDir, n)).isDirectory()).sort();
  const checks: CheckResult[] = [];
  for (const check of present) {
    const policies = mapping.get(check);
    if (!policies) continue;
    const cases = caseFiles(join(checksDir, check)).map((c) => evaluateCase(engine, corpus, `checks/${check}/${c.name}`, c.expected, policies));
    checks.push({ check, policies, cases });
  }
  const unknown = [...mapping].filter(([check]) => !present.includes(check)).flatMap(([check, ids]) => ids.map((policy) => ({ policy, check })));
  return { checks, unmapped: present.filter((c) => !mapping.has(c)), unknown, webhook: evaluateWebhook(engine, corpus, mapping) };
}

/** polaris's default severity per check (`check-definitions/_default-severities.yaml`). */
export function defaultSeverities(corpus: string): Map<string, string> {
  const file = join(corpus, 'check-definitions', '_default-severities.yaml');
  if (!existsSync(file)) return new Map();
  const checks = (parseYaml(readFileSync(file, 'utf8')) as { checks?: Record<string, unknown> } | null)?.checks ?? {};
  return new Map(Object.entries(checks).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function evaluateWebhook(engine: Engine, corpus: string, mapping: Map<string, string[]>): PolarisEval['webhook'] {
  const dir = join(corpus, 'webhook_cases');
  const danger = [...defaultSeverities(corpus)].filter(([, sev]) => sev === 'danger').map(([check]) => check);
  const policies = [...new Set(danger.flatMap((c) => mapping.get(c) ?? []))].sort();
  if (!existsSync(dir) || policies.length === 0) return { policies, cases: [] };
  const cases = readdirSync(dir)
    .filter((n) => /^(failing|passing)_test\..*\.ya?ml$/.test(n))
    .sort()
    .map((n) => evaluateCase(engine, corpus, `webhook_cases/${n}`, n.startsWith('failing') ? 'failure' : 'success', policies));
  return { policies, cases };
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);

export function totals(result: PolarisEval): { agree: number; cases: number; ratio: number } {
  const all = result.checks.flatMap((c) => c.cases);
  const agree = all.filter((c) => c.agrees).length;
  return { agree, cases: all.length, ratio: all.length ? agree / all.length : 0 };
}

export function formatEval(result: PolarisEval): string {
  const out: string[] = [];
  const width = Math.max(10, ...result.checks.map((c) => c.check.length));
  out.push(`${'polaris check'.padEnd(width)}  agree   cases  false +  missed  Palisade policy`);
  for (const c of result.checks) {
    const agree = c.cases.filter((x) => x.agrees).length;
    const fp = c.cases.filter((x) => x.expected === 'success' && !x.agrees);
    const miss = c.cases.filter((x) => x.expected === 'failure' && !x.agrees);
    out.push(`${c.check.padEnd(width)}  ${pct(agree, c.cases.length).padStart(7)}  ${String(c.cases.length).padStart(4)}  ${String(fp.length).padStart(7)}  ${String(miss.length).padStart(6)}  ${c.policies.join(', ')}`);
    for (const x of fp) out.push(`    false positive: ${x.file}  (${[...x.hits, ...x.problems].join('; ')})`);
    for (const x of miss) out.push(`    missed:         ${x.file}${x.problems.length ? `  (${x.problems.join('; ')})` : ''}`);
  }
  const t = totals(result);
  const wh = result.webhook.cases;
  if (wh.length) {
    out.push('');
    out.push(`admission-webhook cases (danger checks → ${result.webhook.policies.length} policies): ${wh.filter((c) => c.agrees).length}/${wh.length} agree`);
    for (const x of wh.filter((c) => !c.agrees)) {
      out.push(`    ${x.expected === 'failure' ? 'missed:         ' : 'false positive: '}${x.file}${x.hits.length || x.problems.length ? `  (${[...x.hits, ...x.problems].join('; ')})` : ''}`);
    }
  }
  out.push('');
  out.push(`overall: ${t.agree}/${t.cases} files agree (${pct(t.agree, t.cases)}) over ${result.checks.length} mapped checks; target ${(TARGET * 100).toFixed(0)} %`);
  if (result.unmapped.length) out.push(`polaris checks without a Palisade equivalent (${result.unmapped.length}): ${result.unmapped.join(', ')}`);
  for (const u of result.unknown) out.push(`warning: ${u.policy} names polaris check ${u.check}, which the corpus does not have`);
  return out.join('\n') + '\n';
}
