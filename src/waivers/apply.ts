// Decides which findings are waived, by the waiver file or by inline `# palisade:ignore` comments.
// Owns matching and the rules of precedence; returns new findings (the input is not mutated) and
// what matched, for the audit. Must not hide anything: an expired waiver does not waive and is
// reported, an inline ignore without a reason does not waive and is reported.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { normalizeFilePath } from '../engine/fingerprint.js';
import type { InlineIgnore } from '../loaders/types.js';
import { isExpired } from './dates.js';
import { globMatch } from './glob.js';
import type { Waiver, WaiverMatch } from './types.js';

/**
 * A document's inline ignores with its file (`{ file: doc.path, ignores: doc.ignores }`). An
 * ignore that names its own `file` (a Terraform plan's ignores live in the .tf sources) is
 * matched against that file instead.
 */
export interface FileIgnores {
  file: string;
  ignores: InlineIgnore[];
}

export interface InlineMatch {
  file: string;
  ignore: InlineIgnore;
  fingerprints: string[];
  /** False when the comment has no reason, so it waived nothing. */
  valid: boolean;
}

export interface AppliedWaivers {
  findings: Finding[];
  /** One entry per waiver, in file order; no fingerprints means unused in this scan. */
  matches: WaiverMatch[];
  inline: InlineMatch[];
  diagnostics: Diagnostic[];
}

export function waiverMatches(w: Waiver, f: Finding): boolean {
  if (w.fingerprint !== undefined && w.fingerprint !== f.fingerprint) return false;
  if (!globMatch(w.policy, f.policy.id)) return false;
  if (!globMatch(normalizeFilePath(w.path), normalizeFilePath(f.file))) return false;
  if (w.resource !== undefined && (f.resource === undefined || !globMatch(w.resource, f.resource, { segments: false }))) return false;
  return true;
}

function inlineMatches(file: string, ig: InlineIgnore, f: Finding): boolean {
  return (
    normalizeFilePath(file) === normalizeFilePath(f.file) &&
    globMatch(ig.policyId, f.policy.id) &&
    f.region.startLine >= ig.lines.start &&
    f.region.startLine <= ig.lines.end
  );
}

/**
 * Marks findings `waived`. A live waiver from the file wins over an inline ignore (it carries an
 * owner and an expiry); when several waivers match, the first in the file is named, and every
 * one of them counts as used.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], inlineIgnores: readonly FileIgnores[], now: Date): AppliedWaivers {
  const diagnostics: Diagnostic[] = [];
  const expired = new Set(waivers.filter((w) => isExpired(w.expires, now)).map((w) => w.id));
  const matches: WaiverMatch[] = waivers.map((w) => ({ waiverId: w.id, fingerprints: [], expired: expired.has(w.id) }));
  const inline: InlineMatch[] = inlineIgnores.flatMap(({ file, ignores }) =>
    ignores.map((ignore) => ({ file: ignore.file ?? file, ignore, fingerprints: [], valid: ignore.reason.trim() !== '' })),
  );

  for (const m of inline) {
    if (m.valid) continue;
    diagnostics.push({
      file: m.file,
      line: m.ignore.region.startLine,
      col: m.ignore.region.startColumn,
      code: 'waiver_error',
      severity: 'error',
      message: `inline ignore of ${m.ignore.policyId} has no reason, so it waives nothing`,
      fix: `say why after the policy id: \`# palisade:ignore ${m.ignore.policyId} <why this is acceptable here>\``,
    });
  }

  const out = findings.map((f) => {
    let waived: Finding['waived'];
    waivers.forEach((w, i) => {
      if (!waiverMatches(w, f)) return;
      matches[i]!.fingerprints.push(f.fingerprint);
      if (!waived && !expired.has(w.id)) {
        waived = { by: 'waiver', owner: w.owner, reason: w.reason, expires: w.expires, waiverId: w.id };
      }
    });
    for (const m of inline) {
      if (!inlineMatches(m.file, m.ignore, f)) continue;
      m.fingerprints.push(f.fingerprint);
      if (!waived && m.valid) waived = { by: 'inline', reason: m.ignore.reason.trim() };
    }
    return waived ? { ...f, waived } : f;
  });

  waivers.forEach((w, i) => {
    const n = matches[i]!.fingerprints.length;
    if (!expired.has(w.id) || n === 0) return;
    diagnostics.push({
      file: w.source.file,
      line: w.source.line,
      col: w.source.col,
      code: 'waiver_error',
      severity: 'warning',
      message: `waiver ${w.id} (${w.owner}) expired on ${w.expires}; the ${n === 1 ? 'finding' : `${n} findings`} it covered ${n === 1 ? 'is' : 'are'} reported again`,
      fix: 'fix the findings and delete the waiver, or renew it with a new expiry after review',
    });
  });

  return { findings: out, matches, inline, diagnostics };
}
