// Test helper: the YAML the YAML decoders are held to their reference on — every YAML file of the
// fixtures and of the corpora's YAML data sets (skipped with one line when ../shared/corpora is
// absent) — and the shape two decoded values are compared by.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPORA = join(ROOT, '..', 'shared', 'corpora');

function walk(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Paths of every YAML file of the fixtures and the corpora; `who` names the suite in the skip line. */
export function yamlFiles(who: string): string[] {
  const files = walk(join(ROOT, 'fixtures'), []);
  if (!existsSync(CORPORA)) console.log(`${who}: ../shared/corpora absent, corpus files skipped`);
  else for (const d of ['k8s-polaris', 'peer-labels', 'real-repos']) if (existsSync(join(CORPORA, d))) walk(join(CORPORA, d), files);
  return files;
}

/** Values and the order of every object's keys, so `{a, b}` and `{b, a}` differ (NaN equal to itself). */
export const shape = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, shape(x)]);
  return typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v;
};
