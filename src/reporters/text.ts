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

/** The first and last line a region's snippet shows, context included (the last may not exist). */
function shown(startLine: number, endLine: number): { from: number; last: number; to: number } {
  const last = Math.min(endLine, startLine + REGION_LINES - 1);
  return { from: Math.max(1, startLine - CONTEXT), last, to: last + CONTEXT };
}

/** The code around a region, numbered, region lines marked `>`, as Trivy and Checkov show it. `line(n)` is the n-th line (1-based), undefined past the end. */
function snippetOf(line: (n: number) => string | undefined, startLine: number, endLine: number): string[] {
  const { from, last } = shown(startLine, endLine);
  let { to } = shown(startLine, endLine);
  while (to >= from && line(to) === undefined) to--;
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // Cut before escaping: a plan is one line of megabytes, and every finding on it shows that line.
    let text = terminalText(line(n)!.slice(0, SNIPPET_WIDTH + 1).replace(/\t/g, '  '));
    if (text.length > SNIPPET_WIDTH) text = `${text.slice(0, SNIPPET_WIDTH - 1)}…`;
    out.push(`      ${n >= startLine && n <= last ? '>' : ' '} ${String(n).padStart(width)} | ${text}`.trimEnd());
  }
  return out;
}

export function snippet(source: string, startLine: number, endLine: number): string[] {
  const lines = source.split(/\r?\n/);
  return snippetOf((n) => lines[n - 1], startLine, endLine);
}

/**
 * Of a file's UTF-8 bytes, the lines the snippets of `regions` show, as far as they show them:
 * what `ReportContext.sources` needs of a file, rather than its whole text (a 100 MB plan is one
 * line, of which a snippet shows 160 characters). Lines split as `snippet` splits them.
 */
export function snippetLines(bytes: Uint8Array, regions: Iterable<{ startLine: number; endLine: number }>): Map<number, string> {
  const wanted = new Set<number>();
  let highest = 0;
  for (const r of regions) {
    const { from, to } = shown(r.startLine, r.endLine);
    for (let n = from; n <= to; n++) wanted.add(n);
    highest = Math.max(highest, to);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines = new Map<number, string>();
  // At most 4 bytes a character: enough bytes for the characters a snippet shows.
  const most = 4 * (SNIPPET_WIDTH + 1);
  for (let n = 1, at = 0; n <= highest && at <= buf.length; n++) {
    const nl = buf.indexOf(10, at);
    const end = nl < 0 ? buf.length : nl;
    if (wanted.has(n)) {
      const cut = end - at > most;
      // Decoded apart from the file's text, so a kept line does not keep the whole text alive.
      let line = buf.toString('utf8', at, cut ? at + most : end);
      if (cut) line = line.slice(0, SNIPPET_WIDTH + 1);
      else if (nl >= 0 && line.endsWith('\r')) line = line.slice(0, -1);
      lines.set(n, line);
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return lines;
}

function* textLines(findings: Finding[], ctx: ReportContext): Generator<string> {
  const paint = (style: string, s: string) => (ctx.color ? `${style}${s}${RESET}` : s);
  // Findings come sorted by file: a whole text is split once for all of its file's findings (once
  // per finding made a file with thousands of them quadratic), and only for this report.
  let split: { source: string; line: (n: number) => string | undefined } | undefined;
  const linesOf = (source: string | ReadonlyMap<number, string>) => {
    if (typeof source !== 'string') return (n: number) => source.get(n);
    if (split?.source !== source) {
      const lines = source.split(/\r?\n/);
      split = { source, line: (n) => lines[n - 1] };
    }
    return split.line;
  };

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
    if (source !== undefined) for (const l of snippetOf(linesOf(source), f.region.startLine, f.region.endLine)) yield l.trimStart().startsWith('>') ? l : paint(STYLE.dim, l);
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
