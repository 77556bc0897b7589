// The registry of output formats: `--format <name>` looks a reporter up here and nowhere else.
// Must not format anything itself.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { batched, joinChunks } from './chunks.js';
import { compact, compactChunks } from './compact.js';
import { guardChunks } from './escape.js';
import { github, githubChunks } from './github.js';
import { json, jsonReportChunks } from './json.js';
import { junit, junitChunks } from './junit.js';
import { sarif, sarifReport } from './sarif.js';
import { text, textChunks } from './text.js';
import type { ReportContext, ReportFormat, Reporter } from './types.js';

/** Each format as chunks of text: the report is their concatenation, never held as one string. */
const CHUNKS: Readonly<Record<Exclude<ReportFormat, 'sarif'>, (findings: Finding[], ctx: ReportContext) => Iterable<string>>> = {
  json: jsonReportChunks,
  text: textChunks,
  compact: compactChunks,
  junit: junitChunks,
  github: githubChunks,
};

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = { sarif, json, text, compact, junit, github };

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

/**
 * The report in `format` as chunks (escaped at the edge, chunk by chunk), plus warnings the
 * caller must show (today: SARIF trimmed to GitHub's limits). Chunks are made as they are
 * consumed, so a writer holds one batch at a time. SARIF's log is built (and trimmed to GitHub's
 * caps) first, since what it keeps depends on its gzipped size; its text is streamed all the same.
 */
export function streamReport(format: ReportFormat, findings: Finding[], ctx: ReportContext): { chunks: Iterable<string>; warnings: Diagnostic[] } {
  if (format === 'sarif') {
    const r = sarifReport(findings, ctx);
    return { chunks: guardChunks(batched(r.chunks()), format), warnings: r.warnings };
  }
  return { chunks: guardChunks(batched(CHUNKS[format](findings, ctx)), format), warnings: [] };
}

/** The report in `format` as one string, for library callers; the CLI and the action stream it. */
export function renderReport(format: ReportFormat, findings: Finding[], ctx: ReportContext): { text: string; warnings: Diagnostic[] } {
  const r = streamReport(format, findings, ctx);
  return { text: joinChunks(r.chunks), warnings: r.warnings };
}

export type { ReportContext, ReportFormat, Reporter } from './types.js';
export { sarifReport, type SarifLimits } from './sarif.js';
export { githubAnnotations } from './github.js';
export { githubSummary } from './github-summary.js';
export { jsonReport } from './json.js';
export { writeAtomic } from './write.js';
export { formatDiagnosticForTerminal, guardChunks, guardOutput, terminalText, workflowCommand } from './escape.js';
