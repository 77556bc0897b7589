// Renders a waiver audit for people (text), machines (JSON, versioned) and the GitHub job summary
// (Markdown). Pure: audit in, string out. Must escape waiver text in Markdown, since reasons and
// owners are free text from the repository.

import { mdCode, mdText } from '../reporters/github-summary.js';
import { formatDiagnosticForTerminal, terminalText } from '../reporters/escape.js';
import type { AuditEntry, WaiverAudit } from './audit.js';

export const AUDIT_JSON_VERSION = 1;

function when(e: AuditEntry): string {
  if (e.daysLeft < 0) return `expired ${e.waiver.expires} (${-e.daysLeft} day${e.daysLeft === -1 ? '' : 's'} ago)`;
  if (e.daysLeft === 0) return `expires ${e.waiver.expires} (today is the last day)`;
  return `expires ${e.waiver.expires} (in ${e.daysLeft} day${e.daysLeft === 1 ? '' : 's'})`;
}

function scope(e: AuditEntry): string {
  const w = e.waiver;
  return [w.policy, w.path, w.resource, w.fingerprint ? `fingerprint ${w.fingerprint}` : undefined].filter(Boolean).join('  ');
}

function counts(a: WaiverAudit): string {
  const inForce = a.active.length + a.expiring.length;
  return `${a.entries.length} waiver${a.entries.length === 1 ? '' : 's'}: ${inForce} in force (${a.expiring.length} expiring within ${a.expiringWithinDays} days), ${a.expired.length} expired, ${a.unused.length} unused${a.malformed.length ? `; ${a.malformed.length} malformed` : ''}`;
}

export function renderAuditText(audit: WaiverAudit): string {
  const out: string[] = [`Waiver audit, ${audit.date}: ${counts(audit)}`];
  const section = (title: string, list: AuditEntry[]) => {
    if (!list.length) return;
    out.push('', `${title}:`);
    for (const e of list) {
      const w = e.waiver;
      out.push(
        `  ${terminalText(w.source.file)}:${w.source.line}:${w.source.col}  ${terminalText(w.id)}  ${terminalText(scope(e))}`,
        `      owner: ${terminalText(w.owner)}  ${when(e)}  ${e.matched} finding${e.matched === 1 ? '' : 's'}${e.unused ? ' (unused)' : ''}`,
        `      reason: ${terminalText(w.reason)}${w.ticket ? `  ticket: ${terminalText(w.ticket)}` : ''}`,
        ...e.findings.map((f) => `      matches ${terminalText(f.file)}:${f.line}:${f.col}  ${f.policy}`),
      );
    }
  };
  if (audit.malformed.length) {
    out.push('', 'malformed (they waive nothing):');
    for (const d of audit.malformed) out.push(`  ${formatDiagnosticForTerminal(d).replace(/\n/g, '\n    ')}`);
  }
  section('expired (they waive nothing)', audit.expired);
  section(`expiring within ${audit.expiringWithinDays} days`, audit.expiring);
  section('unused (matched nothing in this scan)', audit.unused.filter((e) => e.status !== 'expired'));
  section('active', audit.active.filter((e) => !e.unused));
  if (audit.inline.length) {
    const unused = audit.inline.filter((i) => i.valid && i.matched === 0).length;
    const invalid = audit.inline.filter((i) => !i.valid).length;
    out.push('', `inline ignores: ${audit.inline.length} (${unused} unused, ${invalid} without a reason)`);
    for (const i of audit.inline) {
      const state = !i.valid ? 'NO REASON: waives nothing' : i.matched ? `${i.matched} finding${i.matched === 1 ? '' : 's'}` : 'unused';
      out.push(`  ${terminalText(i.file)}:${i.line}  ${terminalText(i.policy)}  ${state}${i.reason ? `  reason: ${terminalText(i.reason)}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderAuditJson(audit: WaiverAudit): string {
  const entry = (e: AuditEntry) => {
    const w = e.waiver;
    return {
      id: w.id,
      status: e.status,
      unused: e.unused,
      matched: e.matched,
      daysLeft: e.daysLeft,
      policy: w.policy,
      path: w.path,
      resource: w.resource ?? null,
      fingerprint: w.fingerprint ?? null,
      owner: w.owner,
      reason: w.reason,
      expires: w.expires,
      ticket: w.ticket ?? null,
      source: { file: w.source.file, line: w.source.line, col: w.source.col },
      findings: e.findings,
    };
  };
  const report = {
    version: AUDIT_JSON_VERSION,
    date: audit.date,
    expiringWithinDays: audit.expiringWithinDays,
    summary: {
      total: audit.entries.length,
      active: audit.active.length,
      expiring: audit.expiring.length,
      expired: audit.expired.length,
      unused: audit.unused.length,
      inline: audit.inline.length,
      inlineUnused: audit.inline.filter((i) => i.valid && i.matched === 0).length,
      inlineWithoutReason: audit.inline.filter((i) => !i.valid).length,
      malformed: audit.malformed.length,
    },
    waivers: audit.entries.map(entry),
    inline: audit.inline.map((i) => ({ file: i.file, line: i.line, policy: i.policy, reason: i.reason, matched: i.matched, valid: i.valid })),
    malformed: audit.malformed.map((d) => ({ file: d.file, line: d.line, col: d.col, message: d.message, fix: d.fix ?? null })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderAuditMarkdown(audit: WaiverAudit): string {
  const out: string[] = ['### Waivers', '', mdText(counts(audit)), ''];
  const attention = [...audit.expired, ...audit.expiring, ...audit.unused.filter((e) => e.status === 'active')];
  const row = (e: AuditEntry) => {
    const w = e.waiver;
    const status = e.status === 'expired' ? '⛔ expired' : e.status === 'expiring' ? '⚠️ expiring' : e.unused ? '💤 unused' : 'active';
    const ticket = w.ticket && /^https?:\/\//.test(w.ticket) ? ` ([ticket](${w.ticket.replace(/[()\s]/g, encodeURIComponent)}))` : '';
    return `| ${mdCode(w.id)} | ${status} | ${mdText(w.expires)} | ${mdText(w.owner)} | ${mdCode(w.policy)} ${mdCode(w.path)} | ${e.matched} | ${mdText(w.reason)}${ticket} |`;
  };
  const header = ['| Waiver | Status | Expires | Owner | Scope | Findings | Reason |', '|---|---|---|---|---|---:|---|'];
  if (attention.length) {
    out.push('Needs attention:', '', ...header, ...attention.map(row), '');
  }
  const fine = audit.entries.filter((e) => !attention.includes(e));
  if (fine.length) {
    out.push(`<details><summary>${fine.length} active waiver${fine.length === 1 ? '' : 's'}</summary>`, '', ...header, ...fine.map(row), '', '</details>', '');
  }
  if (audit.malformed.length) {
    out.push('Malformed entries (they waive nothing):', '');
    for (const d of audit.malformed) out.push(`- ${mdCode(`${d.file}:${d.line}:${d.col}`)} ${mdText(d.message)}${d.fix ? `<br>fix: ${mdText(d.fix)}` : ''}`);
    out.push('');
  }
  const badInline = audit.inline.filter((i) => !i.valid || i.matched === 0);
  if (badInline.length) {
    out.push('Inline ignores needing attention:', '');
    for (const i of badInline) out.push(`- ${mdCode(`${i.file}:${i.line}`)} ${mdCode(i.policy)}: ${i.valid ? 'matched no finding' : 'has no reason, so it waives nothing'}`);
    out.push('');
  }
  return out.join('\n');
}
