// The machine format: everything the scan knows, versioned so that scripts can rely on it.
// Owns the JSON schema (version 1) and its key order. Must not drop waived findings (they are
// marked) and must never change a field's meaning without bumping `version`.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { jsonChunks, joinChunks } from './chunks.js';
import { policyDocsUrl, sortedByLocation, summarize, type Summary } from './common.js';
import type { ReportContext } from './types.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonFinding {
  policy: string;
  severity: Finding['policy']['severity'];
  title: string;
  message: string;
  file: string;
  region: Finding['region'];
  route: Finding['route'];
  resource: string | null;
  fingerprint: string;
  waived: Finding['waived'] | null;
  docs: string;
  details: Record<string, unknown> | null;
}

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: 'Palisade'; version: string };
  findings: JsonFinding[];
  diagnostics: Diagnostic[];
  summary: Summary;
}

/** Keys sorted at every depth, so policy-supplied details print the same every time. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

export function jsonReport(findings: Finding[], ctx: ReportContext): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'Palisade', version: ctx.toolVersion },
    findings: sortedByLocation(findings).map((f) => ({
      policy: f.policy.id,
      severity: f.policy.severity,
      title: f.policy.title,
      message: f.message,
      file: f.file,
      region: { startLine: f.region.startLine, startColumn: f.region.startColumn, endLine: f.region.endLine, endColumn: f.region.endColumn },
      route: [...f.route],
      resource: f.resource ?? null,
      fingerprint: f.fingerprint,
      waived: f.waived
        ? {
            by: f.waived.by,
            ...(f.waived.waiverId !== undefined ? { waiverId: f.waived.waiverId } : {}),
            ...(f.waived.owner !== undefined ? { owner: f.waived.owner } : {}),
            reason: f.waived.reason,
            ...(f.waived.expires !== undefined ? { expires: f.waived.expires } : {}),
          }
        : null,
      docs: policyDocsUrl(f.policy, ctx),
      details: f.details ? (canonical(f.details) as Record<string, unknown>) : null,
    })),
    diagnostics: ctx.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      col: d.col,
      code: d.code,
      severity: d.severity ?? 'error',
      message: d.message,
      ...(d.fix !== undefined ? { fix: d.fix } : {}),
    })),
    summary: summarize(findings, ctx),
  };
}

/** The report as chunks: the findings and diagnostics lists are written one entry at a time. */
export function* jsonReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  yield* jsonChunks(jsonReport(findings, ctx), 2);
  yield '\n';
}

export function json(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(jsonReportChunks(findings, ctx));
}
