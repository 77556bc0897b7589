// Large Terraform plans for the benchmarks: the real corpus plan's resources replicated (every
// copy renamed, so types, links and findings grow with the size), or the synthetic plan of
// loaders.ts when the corpus is absent. Owns plan generation only; measures nothing.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { planText } from './loaders.js';

const REAL_PLAN = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'terraform-plans', 'checkov-terragoat-aws', 'tfplan.json');

/** Writes `dir/plan.json` of about `bytes`; returns its size and how many resource changes it holds. */
export function writePlan(dir: string, bytes: number): { bytes: number; resources: number } {
  mkdirSync(dir, { recursive: true });
  let text: string;
  let resources: number;
  if (existsSync(REAL_PLAN)) {
    const plan = JSON.parse(readFileSync(REAL_PLAN, 'utf8'));
    const rc = plan.resource_changes as Array<Record<string, unknown>>;
    const pv = plan.planned_values.root_module.resources as Array<Record<string, unknown>>;
    const out = { ...plan, resource_changes: [] as unknown[], planned_values: { ...plan.planned_values, root_module: { ...plan.planned_values.root_module, resources: [] as unknown[] } } };
    const unit = JSON.stringify(rc).length + JSON.stringify(pv).length;
    for (let i = 0; i * unit < bytes; i++) {
      const copy = (r: Record<string, unknown>) => ({ ...r, address: `${r.address}_${i}`, name: `${r.name}_${i}` });
      out.resource_changes.push(...rc.map(copy));
      out.planned_values.root_module.resources.push(...pv.map(copy));
    }
    resources = out.resource_changes.length;
    text = JSON.stringify(out);
  } else {
    text = planText(bytes);
    resources = (text.match(/"change":/g) ?? []).length;
  }
  writeFileSync(join(dir, 'plan.json'), text);
  return { bytes: text.length, resources };
}
