// The registry of output formats: `--format <name>` looks a reporter up here and nowhere else.
// Must not format anything itself.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif, sarifReport } from './sarif.js';
import { text } from './text.js';
import { guardOutput } from './escape.js';
import type { ReportContext, ReportFormat, Reporter } from './types.js';

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = { sarif, json, text, compact, junit, github };

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

/**
 * The report in `format`, plus warnings the caller must show (today: SARIF trimmed to GitHub's
 * limits). The CLI uses this rather than REPORTERS directly so no warning is lost.
 */
export function renderReport(format: ReportFormat, findings: Finding[], ctx: ReportContext): { text: string; warnings: Diagnostic[] } {
  if (format === 'sarif') {
    const r = sarifReport(findings, ctx);
    return { text: guardOutput(r.text, format), warnings: r.warnings };
  }
  return { text: guardOutput(REPORTERS[format](findings, ctx), format), warnings: [] };
}

export type { ReportContext, ReportFormat, Reporter } from './types.js';
export { sarifReport, type SarifLimits } from './sarif.js';
export { githubAnnotations } from './github.js';
export { githubSummary } from './github-summary.js';
export { jsonReport } from './json.js';
export { writeAtomic } from './write.js';
export { formatDiagnosticForTerminal, guardOutput, terminalText, workflowCommand } from './escape.js';
