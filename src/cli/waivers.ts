// `palisade waivers audit`: scans (so it can tell which waivers matched nothing), then reports
// every waiver as active, expiring, expired or unused, plus inline ignores. Exit 1 when something
// needs action (expired, or unused waivers), so a scheduled job can open an issue.

import { scan } from '../scan/scan.js';
import { auditDiagnostics, auditWaivers, renderAuditJson, renderAuditMarkdown, renderAuditText } from '../waivers/index.js';
import { EXIT, printDiagnostics, usageError, type Io } from './io.js';

interface AuditOpts {
  waivers?: string;
  config?: string;
  format: 'text' | 'json' | 'markdown';
  expiringWithin: string;
  policy?: string[];
  builtin: boolean;
}

export async function waiversAudit(io: Io, paths: string[], opts: AuditOpts): Promise<number> {
  const within = Number(opts.expiringWithin);
  if (!Number.isInteger(within) || within < 0) throw usageError(`--expiring-within must be a whole number of days, not ${opts.expiringWithin}`, 'e.g. --expiring-within 30');
  const now = new Date();
  const result = await scan({ paths, config: opts.config, waivers: opts.waivers, policies: opts.policy, builtin: opts.builtin === false ? false : undefined, now });
  const audit = auditWaivers(result.waivers, result.applied.matches, now, {
    expiringWithinDays: within,
    inline: result.applied.inline,
    findings: result.findings,
    parseDiagnostics: result.waiverDiagnostics,
  });
  const render = opts.format === 'json' ? renderAuditJson : opts.format === 'markdown' ? renderAuditMarkdown : renderAuditText;
  io.out(render(audit));
  const needsAction = auditDiagnostics(audit);
  // Malformed entries are in needsAction already.
  const rest = result.diagnostics.filter((d) => (d.code === 'waiver_error' || d.code === 'config_error') && !audit.malformed.includes(d));
  printDiagnostics(io, [...rest, ...needsAction]);
  return needsAction.some((d) => (d.severity ?? 'error') === 'error') ? EXIT.findings : EXIT.clean;
}
