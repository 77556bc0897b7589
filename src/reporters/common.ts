// Shared by every reporter: the one ordering of findings, the one summary, severity ranks and the
// docs link of a policy. Keeping these in one place is what makes the formats agree on which
// findings exist and in what order. Must not format anything for a particular output.

import type { Finding, PolicyMeta, PolicySeverity } from '../engine/finding.js';
import { SEVERITY_ORDER } from '../engine/finding.js';
import type { ReportContext } from './types.js';

/** Most severe first: the order of summaries, caps and trimming. */
export const SEVERITIES_DESC: readonly PolicySeverity[] = [...SEVERITY_ORDER].reverse();

export function severityRank(s: PolicySeverity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export function atOrAbove(s: PolicySeverity, threshold: PolicySeverity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order: file, then position, then policy id, then fingerprint (total, so output is byte-stable). */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.region.startLine, b.region.startLine) ||
    cmp(a.region.startColumn, b.region.startColumn) ||
    cmp(a.region.endLine, b.region.endLine) ||
    cmp(a.region.endColumn, b.region.endColumn) ||
    cmp(a.policy.id, b.policy.id) ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.message, b.message)
  );
}

/** Triage order: most severe first, then reading order. Used wherever output has to be cut short. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return severityRank(b.policy.severity) - severityRank(a.policy.severity) || compareByLocation(a, b);
}

export function sortedByLocation(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareByLocation);
}

export function sortedBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareBySeverity);
}

export type SeverityCounts = Record<PolicySeverity, number>;

export function zeroCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

export interface Summary {
  /** Every finding, waived or not. */
  total: number;
  open: number;
  waived: number;
  /** Open findings by severity. */
  bySeverity: SeverityCounts;
  threshold: PolicySeverity;
  /** Open findings at or above the threshold: the run fails when this is not 0. */
  failing: number;
  /** Diagnostics by severity (error when unset). */
  diagnostics: { error: number; warning: number; note: number };
}

export function summarize(findings: readonly Finding[], ctx: Pick<ReportContext, 'threshold' | 'diagnostics'>): Summary {
  const bySeverity = zeroCounts();
  let waived = 0;
  let failing = 0;
  for (const f of findings) {
    if (f.waived) {
      waived++;
      continue;
    }
    bySeverity[f.policy.severity]++;
    if (atOrAbove(f.policy.severity, ctx.threshold)) failing++;
  }
  const diagnostics = { error: 0, warning: 0, note: 0 };
  for (const d of ctx.diagnostics) diagnostics[d.severity ?? 'error']++;
  return { total: findings.length, open: findings.length - waived, waived, bySeverity, threshold: ctx.threshold, failing, diagnostics };
}

/** `3 findings (1 critical, 2 high), 2 waived, 1 error`: one line, zero counts left out. */
export function summaryLine(s: Summary): string {
  const parts = SEVERITIES_DESC.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  let line = `${plural(s.open, 'finding')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  if (s.waived) line += `, ${s.waived} waived`;
  if (s.diagnostics.error) line += `, ${plural(s.diagnostics.error, 'error')}`;
  if (s.diagnostics.warning) line += `, ${plural(s.diagnostics.warning, 'warning')}`;
  line += s.failing ? `; ${s.failing} at or above ${s.threshold}` : `; none at or above ${s.threshold}`;
  return line;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The anchor GitHub gives a Markdown heading, so `## k8s/privileged-container` is `#k8sprivileged-container`. */
export function headingAnchor(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The policy's own reference when it has one, else its entry in the generated docs/policies.md. */
export function policyDocsUrl(policy: PolicyMeta, ctx: Pick<ReportContext, 'docsBaseUrl'>): string {
  if (policy.url) return policy.url;
  return `${ctx.docsBaseUrl.replace(/\/+$/, '')}/policies.md#${headingAnchor(policy.id)}`;
}

/**
 * `make` of a policy, made once per policy: formats repeat a policy's hint and docs link on every
 * finding, and deriving them (a Markdown walk, a regex rewrite of the id) per finding was a
 * measurable share of a report with tens of thousands of findings.
 */
export function perPolicy<T>(make: (policy: PolicyMeta) => T): (policy: PolicyMeta) => T {
  const made = new Map<PolicyMeta, T>();
  return (policy) => {
    if (made.has(policy)) return made.get(policy)!;
    const value = make(policy);
    made.set(policy, value);
    return value;
  };
}

/** Longest `fix:` hint, in characters; longer first paragraphs are cut at a sentence end. */
const FIX_MAX = 200;

/**
 * The `fix:` hint of a remediation: its first paragraph of prose, unwrapped, skipping code fences
 * and labels such as `Before:` (a remediation that is only an example has no hint: the docs link
 * shows it). A paragraph over FIX_MAX characters keeps its sentences up to that length.
 */
export function shortFix(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const end = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('```') || line.startsWith('~~~')) {
      inFence = !inFence;
      end();
      continue;
    }
    if (inFence) continue;
    if (line) current.push(line);
    else end();
  }
  end();
  const prose = paragraphs.find((p) => !/^[\w ]{1,20}:$/.test(p));
  if (!prose || prose.length <= FIX_MAX) return prose ?? '';
  let cut = '';
  for (const m of prose.matchAll(/.+?[.!?](?=\s|$)/g)) {
    const next = cut + m[0];
    if (next.length > FIX_MAX) break;
    cut = next;
  }
  return (cut || prose.slice(0, FIX_MAX - 1) + '…').trim();
}

/** Policies that ran plus any only seen in findings, by id, without duplicates. */
export function policiesOf(findings: readonly Finding[], ctx: Pick<ReportContext, 'policies'>): PolicyMeta[] {
  const byId = new Map<string, PolicyMeta>();
  for (const p of ctx.policies) if (!byId.has(p.id)) byId.set(p.id, p);
  for (const f of findings) if (!byId.has(f.policy.id)) byId.set(f.policy.id, f.policy);
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

/** `spec.template.spec.containers[0].securityContext`: how a route reads to a person. */
export function routeText(route: readonly (string | number)[]): string {
  let out = '';
  for (const part of route) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
