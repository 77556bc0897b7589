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

function fileLink(f: Finding, ctx: ReportContext): string {
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
      out.push(`| ${f.policy.severity} | ${mdCode(f.policy.id)} | ${fileLink(f, ctx)} | ${mdText(f.message)} |`);
    }
    if (open.length > top) out.push('', `…and ${open.length - top} more: see the SARIF or JSON output.`);
    out.push('');
  }

  if (ctx.diagnostics.length) {
    out.push('### Problems reading inputs or policies', '');
    for (const d of ctx.diagnostics) {
      const where = d.line > 0 ? `${d.file}:${d.line}:${d.col > 0 ? d.col : 1}` : d.file;
      out.push(`- ${mdCode(where)} ${d.severity ?? 'error'}[${d.code}]: ${mdText(d.message)}${d.fix ? `<br>fix: ${mdText(d.fix)}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
