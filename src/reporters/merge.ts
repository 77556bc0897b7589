// `palisade merge`: the reports of a sharded scan (`--shard k/n`, one CI job per shard) made into
// one, as if one job had scanned everything. SARIF: one run, the rules of every shard (results'
// ruleIndex renumbered), results deduplicated by Palisade's fingerprint and sorted in reading
// order, notifications deduplicated. JSON: findings deduplicated by fingerprint, diagnostics
// deduplicated, the summary recounted. Pure: parsed reports in, a report out.

import type * as Sarif from 'sarif';
import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { summarize } from './common.js';
import type { JsonFinding, JsonReport } from './json.js';

const FINGERPRINT = 'palisade/v1';
const byKey = <T>(items: T[], key: (t: T) => string): T[] => [...new Map(items.map((i) => [key(i), i] as const)).values()];
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function resultKey(r: Sarif.Result): string {
  return r.partialFingerprints?.[FINGERPRINT] ?? JSON.stringify([r.ruleId, r.locations, r.message]);
}

function resultOrder(a: Sarif.Result, b: Sarif.Result): number {
  const loc = (r: Sarif.Result) => r.locations?.[0]?.physicalLocation;
  return (
    cmp(loc(a)?.artifactLocation?.uri ?? '', loc(b)?.artifactLocation?.uri ?? '') ||
    cmp(loc(a)?.region?.startLine ?? 0, loc(b)?.region?.startLine ?? 0) ||
    cmp(loc(a)?.region?.startColumn ?? 0, loc(b)?.region?.startColumn ?? 0) ||
    cmp(a.ruleId ?? '', b.ruleId ?? '') ||
    cmp(resultKey(a), resultKey(b))
  );
}

export function mergeSarif(logs: Sarif.Log[]): Sarif.Log {
  const runs = logs.flatMap((l) => l.runs);
  const first = runs[0];
  if (!first) throw new Error('no SARIF run to merge');
  const rules = byKey(runs.flatMap((r) => r.tool.driver.rules ?? []), (r) => r.id).sort((a, b) => cmp(a.id, b.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = byKey(
    runs.flatMap((r) => r.results ?? []),
    resultKey,
  )
    .map((r) => (r.ruleId !== undefined && index.has(r.ruleId) ? { ...r, ruleIndex: index.get(r.ruleId)! } : r))
    .sort(resultOrder);
  const notifications = byKey(
    runs.flatMap((r) => r.invocations?.flatMap((i) => i.toolExecutionNotifications ?? []) ?? []),
    (n) => JSON.stringify(n),
  );
  const run: Sarif.Run = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules } },
    results,
    invocations: [{ executionSuccessful: runs.every((r) => r.invocations?.every((i) => i.executionSuccessful) ?? true), toolExecutionNotifications: notifications }],
  };
  return { ...logs[0]!, runs: [run] };
}

export function mergeJson(reports: JsonReport[]): JsonReport {
  const first = reports[0];
  if (!first) throw new Error('no JSON report to merge');
  const findings = byKey(
    reports.flatMap((r) => r.findings),
    (f) => f.fingerprint,
  ).sort((a, b) => cmp(a.file, b.file) || cmp(a.region.startLine, b.region.startLine) || cmp(a.region.startColumn, b.region.startColumn) || cmp(a.policy, b.policy) || cmp(a.fingerprint, b.fingerprint));
  const diagnostics = byKey(
    reports.flatMap((r) => r.diagnostics),
    (d) => JSON.stringify(d),
  );
  // summarize() reads only a finding's severity and whether it is waived.
  const counted = findings.map((f: JsonFinding) => ({ policy: { severity: f.severity }, waived: f.waived ?? undefined }) as unknown as Finding);
  return { ...first, findings, diagnostics, summary: summarize(counted, { threshold: first.summary.threshold, diagnostics: diagnostics as Diagnostic[] }) };
}
