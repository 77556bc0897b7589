// How much a waiver covers, decided by what its patterns can match rather than by how they are
// spelled: `**`/`**`, `*/*` with `**/*`, `{a,b}/**` with `*{,/**}`, `[!~]*/**` … all waive every
// finding. The waiver is run through the real matcher against probe findings of every shape a
// finding can have — a policy id `pack/name`, a file one to four segments deep (plain, dotted,
// hidden) — written with characters its patterns never name, since a glob treats all characters
// it does not name alike. Must not read files or findings.

import type { Finding } from '../engine/finding.js';
import { waiverMatches } from './apply.js';
import type { Waiver } from './types.js';

const CANDIDATES = ['q', 'z', 'Q', 'Z', '7', 'é', 'ж', '\u4e00'];

function segments(fresh: string): string[] {
  return [fresh, `${fresh}${fresh}${fresh}`, `${fresh}.${fresh}`, `.${fresh}`, `${fresh}-${fresh}_${fresh}`];
}

function probeFindings(w: Pick<Waiver, 'policy' | 'path'>): Array<Pick<Finding, 'file' | 'fingerprint'> & { policy: { id: string } }> {
  const fresh = CANDIDATES.find((c) => !w.policy.includes(c) && !w.path.includes(c)) ?? '\u{1F600}';
  const seg = segments(fresh);
  const files: string[] = [...seg];
  for (const a of seg) for (const b of seg) files.push(`${a}/${b}`);
  for (const a of seg) files.push(`${a}/${a}/${a}`, `${a}/${seg[1]}/${a}/${seg[3]}`);
  const ids = seg.flatMap((a) => seg.map((b) => `${a}/${b}`));
  const out = [];
  for (let i = 0; i < Math.max(files.length, ids.length); i++) {
    out.push({ policy: { id: ids[i % ids.length]! }, file: files[i % files.length]!, fingerprint: '' });
    out.push({ policy: { id: ids[(i * 7) % ids.length]! }, file: files[(i * 3) % files.length]!, fingerprint: '' });
  }
  return out;
}

/** A waiver that waives every finding of every policy in every file. */
export function waivesEverything(w: Pick<Waiver, 'policy' | 'path' | 'resource' | 'fingerprint'>): boolean {
  if (w.resource !== undefined || w.fingerprint !== undefined) return false;
  return probeFindings(w).every((f) => waiverMatches(w as Waiver, f as unknown as Finding));
}
