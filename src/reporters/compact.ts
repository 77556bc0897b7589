// The compact format: one line per open finding, `file:line:col: severity policy-id: message`, the
// shape editors, grep and problem matchers read (ESLint's "compact", gcc's diagnostics). No
// colour, no snippets, no fix: `palisade policies explain <id>` has those. File content is escaped
// as in the text format, and a message's own newlines are folded so each finding stays one line.

import type { Finding } from '../engine/finding.js';
import { joinChunks, lineChunks } from './chunks.js';
import { sortedByLocation, summarize, summaryLine } from './common.js';
import { formatDiagnosticForTerminal, terminalText } from './escape.js';
import type { ReportContext } from './types.js';

const oneLine = (s: string) => terminalText(s.replace(/\s*\n\s*/g, ' '));

function* compactLines(findings: Finding[], ctx: ReportContext): Generator<string> {
  for (const d of ctx.diagnostics) yield formatDiagnosticForTerminal({ ...d, message: d.message.replace(/\s*\n\s*/g, ' '), fix: undefined });
  for (const f of sortedByLocation(findings.filter((x) => !x.waived))) {
    yield `${oneLine(f.file)}:${f.region.startLine}:${f.region.startColumn}: ${f.policy.severity} ${f.policy.id}: ${oneLine(f.message)}`;
  }
  yield summaryLine(summarize(findings, ctx));
}

export const compactChunks = (findings: Finding[], ctx: ReportContext): Iterable<string> => lineChunks(compactLines(findings, ctx));

export function compact(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(compactChunks(findings, ctx));
}
