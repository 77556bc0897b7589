// The GitHub job summary ($GITHUB_STEP_SUMMARY): one Markdown page a reviewer reads first —
// counts by severity, a table by policy, the most severe findings with links to the lines, and
// the diagnostics. Must escape everything that comes from scanned files: a message is user
// content and must not be able to inject Markdown links, tables or HTML into the page.

import type { Finding } from '../engine/finding.js';
import { normalizeFilePath } from '../engine/fingerprint.js';
import { SEVERITIES_DESC, policiesOf, policyDocsUrl, sortedBySeverity, summarize, summaryLine, zeroCounts } from './common.js';
import type { ReportContext } from './types.js';

/** Text safe inside a Markdown table cell. */
export function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/** Inline code safe inside a table cell: a backtick run longer than any inside the text. */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const body = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Longest message shown in a cell or a diagnostic line; the full text is in the log and SARIF. */
const CELL_MAX = 300;
/** Diagnostics listed per code; the rest are counted (a chart read as YAML once gave thousands). */
const DIAGNOSTICS_PER_CODE = 10;
/** The page never grows past this, well under GitHub's 1 MiB limit for a step summary. */
export const SUMMARY_MAX_BYTES = 256 * 1024;

const clip = (s: string) => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX - 1)}…` : s);

function fileLink(f: Finding, ctx: ReportContext): string {
  // A repository-level finding (no CODEOWNERS …) is about the repository, not a line of a file.
  if (f.file === '.') {
    const label = mdCode('repository');
    return ctx.repository ? `[${label}](${ctx.repository.url.replace(/\/+$/, '')}/tree/${encodeURIComponent(ctx.repository.ref)})` : label;
  }
  const label = mdCode(`${f.file}:${f.region.startLine}:${f.region.startColumn}`);
  if (!ctx.repository) return label;
  const path = normalizeFilePath(f.file).split('/').map(encodeURIComponent).join('/');
  const lines = f.region.endLine > f.region.startLine ? `L${f.region.startLine}-L${f.region.endLine}` : `L${f.region.startLine}`;
  const url = `${ctx.repository.url.replace(/\/+$/, '')}/blob/${encodeURIComponent(ctx.repository.ref)}/${path}#${lines}`;
  return `[${label}](${url})`;
}

export interface SummaryOptions {
  /** How many findings the "top findings" table lists. */
  top: number;
}

export function githubSummary(findings: Finding[], ctx: ReportContext, opts: Partial<SummaryOptions> = {}): string {
  const top = opts.top ?? 20;
  const s = summarize(findings, ctx);
  const out: string[] = [];
  const icon = s.failing || s.diagnostics.error ? '❌' : '✅';
  out.push(`## ${icon} Palisade`, '', mdText(summaryLine(s)), '');

  const waivedBySeverity = zeroCounts();
  for (const f of findings) if (f.waived) waivedBySeverity[f.policy.severity]++;
  out.push('| Severity | Open | Waived |', '|---|---:|---:|');
  for (const sev of SEVERITIES_DESC) out.push(`| ${sev} | ${s.bySeverity[sev]} | ${waivedBySeverity[sev]} |`);
  out.push('');

  const policies = policiesOf(findings, ctx).filter((p) => findings.some((f) => f.policy.id === p.id));
  if (policies.length) {
    out.push('### By policy', '', '| Policy | Severity | Open | Waived |', '|---|---|---:|---:|');
    const rows = policies.map((p) => {
      const mine = findings.filter((f) => f.policy.id === p.id);
      const waived = mine.filter((f) => f.waived).length;
      return { p, open: mine.length - waived, waived };
    });
    rows.sort((a, b) => SEVERITIES_DESC.indexOf(a.p.severity) - SEVERITIES_DESC.indexOf(b.p.severity) || b.open - a.open || (a.p.id < b.p.id ? -1 : 1));
    for (const { p, open, waived } of rows) {
      out.push(`| [${mdCode(p.id)}](${policyDocsUrl(p, ctx)}) ${mdText(p.title)} | ${p.severity} | ${open} | ${waived} |`);
    }
    out.push('');
  }

  const open = sortedBySeverity(findings.filter((f) => !f.waived));
  if (open.length) {
    out.push(`### Top findings`, '', '| Severity | Policy | Location | Message |', '|---|---|---|---|');
    for (const f of open.slice(0, top)) {
      out.push(`| ${f.policy.severity} | ${mdCode(f.policy.id)} | ${fileLink(f, ctx)} | ${mdText(clip(f.message))} |`);
    }
    if (open.length > top) out.push('', `…and ${open.length - top} more: ${allFindings(ctx)}.`);
    out.push('');
  }

  if (ctx.diagnostics.length) {
    out.push('### Problems reading inputs or policies', '');
    // Grouped by code, each group capped: one broken pattern repeated over thousands of files
    // must not bury the page (or push it past GitHub's limit).
    const byCode = new Map<string, typeof ctx.diagnostics>();
    for (const d of ctx.diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
    for (const [code, list] of byCode) {
      out.push(`**${mdText(code)}** (${list.length})`, '');
      for (const d of list.slice(0, DIAGNOSTICS_PER_CODE)) {
        const where = d.line > 0 ? `${d.file}:${d.line}:${d.col > 0 ? d.col : 1}` : d.file;
        out.push(`- ${mdCode(clip(where))} ${d.severity ?? 'error'}: ${mdText(clip(d.message))}${d.fix ? `<br>fix: ${mdText(clip(d.fix))}` : ''}`);
      }
      if (list.length > DIAGNOSTICS_PER_CODE) out.push(`- …and ${list.length - DIAGNOSTICS_PER_CODE} more ${mdText(code)}: see the step's log.`);
      out.push('');
    }
  }
  return capped(out);
}

/** Where every finding is: code scanning (the SARIF upload) when the repository is known. */
function allFindings(ctx: ReportContext): string {
  if (!ctx.repository) return 'see the SARIF or JSON output';
  return `see [code scanning](${ctx.repository.url.replace(/\/+$/, '')}/security/code-scanning?query=tool%3APalisade) or the SARIF output`;
}

/** The page's lines up to SUMMARY_MAX_BYTES, cut at a line with a note saying so. */
function capped(lines: string[]): string {
  let bytes = 0;
  const kept: string[] = [];
  for (const line of lines) {
    bytes += Buffer.byteLength(line, 'utf8') + 1;
    if (bytes > SUMMARY_MAX_BYTES - 200) {
      kept.push('', '…the summary stops here to stay within GitHub\'s size limit: see the step\'s log and the SARIF output for the rest.');
      break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}
