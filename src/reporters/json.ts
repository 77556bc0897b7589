// The machine format: everything the scan knows, versioned so that scripts can rely on it.
// Owns the JSON schema (version 1) and its key order. Must not drop waived findings (they are
// marked) and must never change a field's meaning without bumping `version`.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { jsonChunks, joinChunks } from './chunks.js';
import { perPolicy, policyDocsUrl, sortedByLocation, summarize, type Summary } from './common.js';
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

/** A finding as the report lists it; `docs` is the policy's documentation link (the same for all its findings). */
function jsonFinding(f: Finding, docs: string): JsonFinding {
  return {
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
    docs,
    details: f.details ? (canonical(f.details) as Record<string, unknown>) : null,
  };
}

function diagnostics(ctx: ReportContext): Diagnostic[] {
  return ctx.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    col: d.col,
    code: d.code,
    severity: d.severity ?? 'error',
    message: d.message,
    ...(d.fix !== undefined ? { fix: d.fix } : {}),
  }));
}

export function jsonReport(findings: Finding[], ctx: ReportContext): JsonReport {
  const docs = perPolicy((p) => policyDocsUrl(p, ctx));
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'Palisade', version: ctx.toolVersion },
    findings: sortedByLocation(findings).map((f) => jsonFinding(f, docs(f.policy))),
    diagnostics: diagnostics(ctx),
    summary: summarize(findings, ctx),
  };
}

// The layout of a finding inside the report: `JSON.stringify(report, null, 2)` puts its members
// six spaces in. Written directly, since each finding is the bulk of the report: on 67,293 plan
// findings, stringifying each object and re-indenting its text cost 213 ms of CPU, this 150 ms.
const IN = '      ';
const str = JSON.stringify;
const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');
/** A nested value (waiver, details): stringified and re-indented to where it sits. */
const nested = (v: unknown) => JSON.stringify(v, null, 2).replace(/\n/g, `\n${IN}`);
const isNum = (n: unknown): n is number => typeof n === 'number';
const isStr = (s: unknown): s is string => typeof s === 'string';

/** `JSON.stringify(j, null, 2)` of one finding, as it sits in the findings list (opened 4 spaces in). */
function jsonFindingText(j: JsonFinding): string {
  const r = j.region;
  // Shapes the types promise; anything else (a policy without a title from a hand-made bundle)
  // takes the general path, which omits undefined members as JSON.stringify does.
  if (
    !isStr(j.policy) || !isStr(j.severity) || !isStr(j.title) || !isStr(j.message) || !isStr(j.file) || !isStr(j.fingerprint) || !isStr(j.docs) ||
    !(j.resource === null || isStr(j.resource)) || !r || !isNum(r.startLine) || !isNum(r.startColumn) || !isNum(r.endLine) || !isNum(r.endColumn) ||
    !Array.isArray(j.route) || !j.route.every((k) => isStr(k) || isNum(k)) || Object.keys(r).length !== 4
  ) {
    return JSON.stringify(j, null, 2).replace(/\n/g, '\n    ');
  }
  let route = '[]';
  if (j.route.length) {
    route = '[\n';
    for (let i = 0; i < j.route.length; i++) {
      const k = j.route[i];
      route += `${IN}  ${isNum(k) ? num(k) : str(k)}${i + 1 < j.route.length ? ',\n' : '\n'}`;
    }
    route += `${IN}]`;
  }
  return (
    `{\n${IN}"policy": ${str(j.policy)},\n${IN}"severity": ${str(j.severity)},\n${IN}"title": ${str(j.title)},\n${IN}"message": ${str(j.message)},\n` +
    `${IN}"file": ${str(j.file)},\n${IN}"region": {\n${IN}  "startLine": ${num(r.startLine)},\n${IN}  "startColumn": ${num(r.startColumn)},\n` +
    `${IN}  "endLine": ${num(r.endLine)},\n${IN}  "endColumn": ${num(r.endColumn)}\n${IN}},\n${IN}"route": ${route},\n` +
    `${IN}"resource": ${j.resource === null ? 'null' : str(j.resource)},\n${IN}"fingerprint": ${str(j.fingerprint)},\n` +
    `${IN}"waived": ${j.waived === null ? 'null' : nested(j.waived)},\n${IN}"docs": ${str(j.docs)},\n${IN}"details": ${j.details === null ? 'null' : nested(j.details)}\n    }`
  );
}

/**
 * The report as chunks, one per finding: each finding's entry is made as it is written and then
 * dropped, so the report's size never sits in memory (the findings themselves do, sorted once).
 * Byte for byte `JSON.stringify(jsonReport(findings, ctx), null, 2)` and a newline.
 */
export function* jsonReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  yield `{\n  "version": ${JSON_REPORT_VERSION},\n  "tool": `;
  yield* jsonChunks({ name: 'Palisade', version: ctx.toolVersion }, 0, '  ');
  const sorted = sortedByLocation(findings);
  if (sorted.length === 0) yield ',\n  "findings": [],\n';
  else {
    yield ',\n  "findings": [\n';
    const docs = perPolicy((p) => policyDocsUrl(p, ctx));
    for (let i = 0; i < sorted.length; i++) {
      const f = sorted[i]!;
      yield `    ${jsonFindingText(jsonFinding(f, docs(f.policy)))}${i + 1 < sorted.length ? ',\n' : '\n'}`;
    }
    yield '  ],\n';
  }
  yield '  "diagnostics": ';
  yield* jsonChunks(diagnostics(ctx), 1, '  ');
  yield ',\n  "summary": ';
  yield* jsonChunks(summarize(findings, ctx), 0, '  ');
  yield '\n}\n';
}

export function json(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(jsonReportChunks(findings, ctx));
}
