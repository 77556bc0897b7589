// Which policies run, at which severity: the configuration's `policies.exclude` and
// `policies.severity`, and the command line's `--only` / `--skip`. Every id or glob given must
// match a policy that exists: one that matches nothing is a typo that would silently run (or
// skip) the wrong policies, so it is an error that names the closest id. Policies of the `strict`
// profile run only when that profile is chosen. Pure apart from
// reporting positions in the configuration text it is given.

import type { Diagnostic } from '../diagnostics.js';
import type { PalisadeConfig } from '../config/config.js';
import type { Profile } from '../engine/finding.js';
import type { NamedBundle } from '../policy/catalog.js';
import { LineIndex } from '../text/line-index.js';
import { closest } from '../text/closest.js';
import { globMatch } from '../waivers/glob.js';

export interface Selection {
  /** Policy ids or globs: only these run (`--only`). */
  only?: string[];
  /** Policy ids or globs never run (`--skip`), on top of the configuration's exclude list. */
  skip?: string[];
  /** The profile chosen (`--profile`, else the configuration's): `default` leaves out strict-only policies. */
  profile?: Profile;
}

const matches = (pattern: string, id: string) => globMatch(pattern, id, { segments: true });

/** Where a policy id is written in the configuration file, for the diagnostic's line:col. */
function positionIn(text: string | undefined, id: string): { line: number; col: number } {
  const at = text === undefined ? -1 : text.indexOf(id);
  return at < 0 ? { line: 0, col: 0 } : new LineIndex(text!).lineCol(at);
}

export function selectPolicies(bundles: NamedBundle[], config: PalisadeConfig, selection: Selection, where: { file?: string; text?: string }): Diagnostic[] {
  const ids = bundles.flatMap((b) => b.bundle.palisade?.policies.map((p) => p.id) ?? []);
  const diagnostics: Diagnostic[] = [];
  const check = (pattern: string, source: 'config' | 'cli', setting: string) => {
    if (ids.some((id) => matches(pattern, id))) return;
    const guess = closest(pattern, ids);
    const message = `${setting} names "${pattern}", which matches no policy${guess ? `; did you mean "${guess}"?` : ''}`;
    const fix = guess ? `write "${guess}"` : 'run `palisade policies list` for the ids of the policies that run';
    if (source === 'cli') diagnostics.push({ file: 'palisade', line: 0, col: 0, code: 'usage_error', message, fix });
    else diagnostics.push({ file: where.file ?? '.palisade.yaml', ...positionIn(where.text, pattern), code: 'config_error', message, fix });
  };
  for (const p of config.policies.exclude) check(p, 'config', 'policies.exclude');
  for (const p of Object.keys(config.policies.severity)) check(p, 'config', 'policies.severity');
  for (const p of selection.only ?? []) check(p, 'cli', '--only');
  for (const p of selection.skip ?? []) check(p, 'cli', '--skip');

  const skipped = [...config.policies.exclude, ...(selection.skip ?? [])];
  const runs = (p: { id: string; profile?: Profile }) =>
    (p.profile !== 'strict' || selection.profile === 'strict') &&
    !skipped.some((g) => matches(g, p.id)) &&
    (!selection.only?.length || selection.only.some((g) => matches(g, p.id)));
  for (const { bundle } of bundles) {
    const meta = bundle.palisade;
    if (!meta) continue;
    meta.policies = meta.policies.filter(runs).map((p) => (config.policies.severity[p.id] ? { ...p, severity: config.policies.severity[p.id]! } : p));
  }
  return diagnostics;
}
