// The baseline: findings a team accepts as they are today (`palisade baseline` writes them), so
// that later scans report only new ones — how teams adopt a scanner on a repository that already
// has hundreds of findings. Findings are keyed by fingerprint (policy id + file + logical route,
// never line numbers), so edits elsewhere in a file keep them baselined. Pure: text in, text out.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';

export const DEFAULT_BASELINE_FILE = '.palisade/baseline.json';

interface BaselineEntry {
  fingerprint: string;
  policy: string;
  file: string;
}

/** The baseline file for these findings: open ones only (waived ones have their waiver), sorted, so it diffs well. */
export function renderBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.waived)
    .map((f) => ({ fingerprint: f.fingerprint, policy: f.policy.id, file: f.file }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return `${JSON.stringify({ version: 1, findings: entries }, null, 2)}\n`;
}

export function parseBaseline(text: string, file: string): { fingerprints: Set<string> } | { diagnostic: Diagnostic } {
  const bad = (why: string): { diagnostic: Diagnostic } => ({
    diagnostic: { file, line: 0, col: 0, code: 'config_error', message: `the baseline file ${why}`, fix: 'write it again with `palisade baseline`' },
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return bad(`is not JSON (${(e as Error).message})`);
  }
  const findings = (data as { version?: unknown; findings?: unknown } | null)?.findings;
  if ((data as { version?: unknown }).version !== 1 || !Array.isArray(findings)) return bad('is not a version 1 Palisade baseline');
  const fingerprints = new Set<string>();
  for (const f of findings) {
    const fp = (f as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string') return bad('has an entry without a fingerprint');
    fingerprints.add(fp);
  }
  return { fingerprints };
}
