// The human format: what a developer reads in a terminal or a pre-commit hook. Owns layout and
// colour. Must not decide colour itself (the caller knows about TTYs and NO_COLOR) and must not
// let file content reach the terminal raw: every content string goes through escape.ts.

import type { Finding, PolicySeverity } from '../engine/finding.js';
import { joinChunks, lineChunks } from './chunks.js';
import { perPolicy, policyDocsUrl, shortFix, sortedByLocation, summarize, summaryLine } from './common.js';
import { formatDiagnosticForTerminal, terminalText } from './escape.js';
import type { ReportContext } from './types.js';

const RESET = '\u001b[0m';
const STYLE = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  magenta: '\u001b[35m',
  cyan: '\u001b[36m',
} as const;

const SEVERITY_STYLE: Record<PolicySeverity, string> = {
  critical: STYLE.bold + STYLE.magenta,
  high: STYLE.red,
  medium: STYLE.yellow,
  low: STYLE.blue,
  info: STYLE.dim,
};

/** Lines of context shown before and after a finding's region, and region lines shown at most. */
const CONTEXT = 1;
const REGION_LINES = 3;
const SNIPPET_WIDTH = 160;

/** The code around a region, numbered, region lines marked `>`, as Trivy and Checkov show it. */
// Findings come sorted by file, so the last file's lines are the ones asked for next: splitting a
// file once per finding made a file with thousands of findings quadratic.
let splitSource: string | undefined;
let splitLines: string[] = [];

export function snippet(source: string, startLine: number, endLine: number): string[] {
  if (source !== splitSource) [splitSource, splitLines] = [source, source.split(/\r?\n/)];
  const lines = splitLines;
  const last = Math.min(endLine, startLine + REGION_LINES - 1);
  const from = Math.max(1, startLine - CONTEXT);
  const to = Math.min(lines.length, last + CONTEXT);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // Cut before escaping: a plan is one line of megabytes, and every finding on it shows that line.
    let line = terminalText(lines[n - 1]!.slice(0, SNIPPET_WIDTH + 1).replace(/\t/g, '  '));
    if (line.length > SNIPPET_WIDTH) line = `${line.slice(0, SNIPPET_WIDTH - 1)}…`;
    out.push(`      ${n >= startLine && n <= last ? '>' : ' '} ${String(n).padStart(width)} | ${line}`.trimEnd());
  }
  return out;
}

function* textLines(findings: Finding[], ctx: ReportContext): Generator<string> {
  const paint = (style: string, s: string) => (ctx.color ? `${style}${s}${RESET}` : s);

  for (const d of ctx.diagnostics) {
    const [head, ...rest] = formatDiagnosticForTerminal(d).split('\n');
    const sev = d.severity ?? 'error';
    yield paint(sev === 'error' ? STYLE.red : sev === 'warning' ? STYLE.yellow : STYLE.cyan, head!);
    for (const l of rest) yield paint(STYLE.dim, l);
  }
  if (ctx.diagnostics.length) yield '';

  const hint = perPolicy((p) => {
    const fix = shortFix(p.remediation);
    return [...(fix ? [`      ${paint(STYLE.dim, `fix: ${terminalText(fix)}`)}`] : []), `      ${paint(STYLE.dim, `docs: ${terminalText(policyDocsUrl(p, ctx))}`)}`];
  });
  const open = sortedByLocation(findings.filter((f) => !f.waived));
  let currentFile: string | undefined;
  for (const f of open) {
    if (f.file !== currentFile) {
      if (currentFile !== undefined) yield '';
      currentFile = f.file;
      yield paint(STYLE.bold, terminalText(f.file));
    }
    const where = `${terminalText(f.file)}:${f.region.startLine}:${f.region.startColumn}`;
    const sev = f.policy.severity;
    // A policy's message may span lines; each line is escaped on its own, and guardOutput (at the
    // edge) keeps a continuation line from opening with a workflow command.
    const [msg, ...more] = f.message.split('\n').map(terminalText);
    yield `  ${where}  ${paint(SEVERITY_STYLE[sev], sev.padEnd(8))}  ${paint(STYLE.cyan, terminalText(f.policy.id))}  ${msg}`;
    for (const line of more) yield `      ${line}`;
    const source = ctx.sources?.get(f.file);
    if (source !== undefined) for (const l of snippet(source, f.region.startLine, f.region.endLine)) yield l.trimStart().startsWith('>') ? l : paint(STYLE.dim, l);
    yield* hint(f.policy);
  }
  if (open.length) yield '';

  const summary = summarize(findings, ctx);
  yield paint(summary.failing || summary.diagnostics.error ? STYLE.bold + STYLE.red : STYLE.bold, summaryLine(summary));
}

export const textChunks = (findings: Finding[], ctx: ReportContext): Iterable<string> => lineChunks(textLines(findings, ctx));

export function text(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(textChunks(findings, ctx));
}
