// The security team's view of waivers: which are in force, which expire soon, which have expired,
// and which matched nothing in this scan (stale, or mistyped). Owns the classification and the
// audit's diagnostics. Must not format output (render.ts does) and must not read the clock: `now`
// is passed in so an audit is reproducible.

import type { Diagnostic } from '../diagnostics.js';
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
}

export interface AuditOptions {
  /** A waiver in force that expires within this many days is listed as expiring. */
  expiringWithinDays?: number;
  /** Inline ignores and what they matched, from applyWaivers. */
  inline?: readonly InlineMatch[];
}

export function auditWaivers(waivers: readonly Waiver[], matches: readonly WaiverMatch[], now: Date, opts: AuditOptions = {}): WaiverAudit {
  const within = opts.expiringWithinDays ?? 30;
  const matchedBy = new Map(matches.map((m) => [m.waiverId, m.fingerprints.length]));
  const entries = waivers.map((waiver): AuditEntry => {
    const left = daysLeft(waiver.expires, now);
    const status: WaiverStatus = left < 0 ? 'expired' : left <= within ? 'expiring' : 'active';
    const matched = matchedBy.get(waiver.id) ?? 0;
    return { waiver, status, daysLeft: left, matched, unused: matched === 0 };
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
  };
}

/**
 * What the audit asks someone to act on, in the house format: expired waivers (errors: the audit
 * fails until they are renewed or removed), unused waivers and inline ignores (warnings: stale
 * entries hide future findings), waivers about to expire (notes).
 */
export function auditDiagnostics(audit: WaiverAudit): Diagnostic[] {
  const out: Diagnostic[] = [];
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
