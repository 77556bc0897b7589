// The security team's view of waivers: which are in force, which expire soon, which have expired,
// and which matched nothing in this scan (stale, or mistyped). Owns the classification and the
// audit's diagnostics. Must not format output (render.ts does) and must not read the clock: `now`
// is passed in so an audit is reproducible.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import type { InlineMatch } from './apply.js';
import { daysLeft, utcDay } from './dates.js';
import type { Waiver, WaiverMatch } from './types.js';

export type WaiverStatus = 'active' | 'expiring' | 'expired';

export interface AuditEntry {
  waiver: Waiver;
  status: WaiverStatus;
  /** Days until the expiry day (0: last day in force; negative: expired that many days ago). */
  daysLeft: number;
  /** Findings it matched in this scan (for an expired waiver: findings it no longer waives). */
  matched: number;
  unused: boolean;
  /** The findings it matched, when the audit was given them (opts.findings). */
  findings: AuditFinding[];
}

/** A finding as the audit lists it under the waiver that matches it. */
export interface AuditFinding {
  policy: string;
  file: string;
  line: number;
  col: number;
  fingerprint: string;
}

export interface InlineAuditEntry {
  file: string;
  line: number;
  policy: string;
  reason: string;
  matched: number;
  /** False when the comment has no reason (so it waives nothing). */
  valid: boolean;
}

export interface WaiverAudit {
  /** The day (UTC) the audit was made for. */
  date: string;
  expiringWithinDays: number;
  /** Every waiver, in file order. */
  entries: AuditEntry[];
  active: AuditEntry[];
  expiring: AuditEntry[];
  expired: AuditEntry[];
  unused: AuditEntry[];
  inline: InlineAuditEntry[];
  /** Entries of the waiver file that are not valid waivers, so they waive nothing. */
  malformed: Diagnostic[];
}

export interface AuditOptions {
  /** A waiver in force that expires within this many days is listed as expiring. */
  expiringWithinDays?: number;
  /** Inline ignores and what they matched, from applyWaivers. */
  inline?: readonly InlineMatch[];
  /** The scan's findings, to list under each waiver the ones it matches. */
  findings?: readonly Finding[];
  /** The waiver file's parse diagnostics: its errors are the malformed entries. */
  parseDiagnostics?: readonly Diagnostic[];
}

export function auditWaivers(waivers: readonly Waiver[], matches: readonly WaiverMatch[], now: Date, opts: AuditOptions = {}): WaiverAudit {
  const within = opts.expiringWithinDays ?? 30;
  const matchedBy = new Map(matches.map((m) => [m.waiverId, m.fingerprints]));
  const byFingerprint = new Map((opts.findings ?? []).map((f) => [f.fingerprint, f]));
  const entries = waivers.map((waiver): AuditEntry => {
    const left = daysLeft(waiver.expires, now);
    const status: WaiverStatus = left < 0 ? 'expired' : left <= within ? 'expiring' : 'active';
    const fingerprints = matchedBy.get(waiver.id) ?? [];
    const findings = fingerprints.flatMap((fp): AuditFinding[] => {
      const f = byFingerprint.get(fp);
      return f ? [{ policy: f.policy.id, file: f.file, line: f.region.startLine, col: f.region.startColumn, fingerprint: fp }] : [];
    });
    return { waiver, status, daysLeft: left, matched: fingerprints.length, unused: fingerprints.length === 0, findings };
  });
  const inline = (opts.inline ?? []).map(
    (m): InlineAuditEntry => ({
      file: m.file,
      line: m.ignore.region.startLine,
      policy: m.ignore.policyId,
      reason: m.ignore.reason.trim(),
      matched: m.fingerprints.length,
      valid: m.valid,
    }),
  );
  return {
    date: utcDay(now),
    expiringWithinDays: within,
    entries,
    active: entries.filter((e) => e.status === 'active'),
    expiring: entries.filter((e) => e.status === 'expiring'),
    expired: entries.filter((e) => e.status === 'expired'),
    unused: entries.filter((e) => e.unused),
    inline,
    malformed: (opts.parseDiagnostics ?? []).filter((d) => (d.severity ?? 'error') === 'error'),
  };
}

/**
 * What the audit asks someone to act on, in the house format: expired waivers (errors: the audit
 * fails until they are renewed or removed), unused waivers and inline ignores (warnings: stale
 * entries hide future findings), waivers about to expire (notes).
 */
export function auditDiagnostics(audit: WaiverAudit): Diagnostic[] {
  const out: Diagnostic[] = [...audit.malformed];
  for (const e of audit.entries) {
    const w = e.waiver;
    const at = { file: w.source.file, line: w.source.line, col: w.source.col, code: 'waiver_error' as const };
    if (e.status === 'expired') {
      out.push({
        ...at,
        severity: 'error',
        message: `waiver ${w.id} (${w.owner}) expired on ${w.expires}${e.matched ? `; ${e.matched} finding${e.matched === 1 ? '' : 's'} reported again` : ''}`,
        fix: e.matched ? 'fix the findings and delete the waiver, or renew it with a new expiry after review' : 'delete the waiver: it has expired and matches nothing',
      });
    } else if (e.unused) {
      out.push({
        ...at,
        severity: 'warning',
        message: `waiver ${w.id} (${w.owner}) matched no finding in this scan`,
        fix: 'delete it if the problem was fixed; otherwise check its `policy`, `path` and `resource` against the finding (the JSON output shows them)',
      });
    }
    if (e.status === 'expiring') {
      out.push({
        ...at,
        severity: 'note',
        message: `waiver ${w.id} (${w.owner}) expires on ${w.expires}, in ${e.daysLeft} day${e.daysLeft === 1 ? '' : 's'}`,
        fix: 'fix the findings before then, or review and renew the waiver',
      });
    }
  }
  for (const i of audit.inline) {
    if (i.valid && i.matched === 0) {
      out.push({
        file: i.file,
        line: i.line,
        col: 1,
        code: 'waiver_error',
        severity: 'warning',
        message: `inline ignore of ${i.policy} matched no finding`,
        fix: 'delete the comment, or put it on the line of the finding (or the line above it)',
      });
    }
  }
  return out;
}
