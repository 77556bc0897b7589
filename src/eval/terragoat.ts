// The TerraGoat review (corpora/terraform-configs/terragoat, issue 14): Bridgecrew's deliberately
// insecure AWS, Azure and GCP configurations, `.tf` only, no plan. Each root is loaded as a scan
// loads it and scanned through the CLI's scan(); the result is, per root and per resource type,
// how many resource instances were loaded and which policies found what, so docs/eval.md can say
// per type what is caught and what is missed and why. Reads the corpus, never edits it.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { discover } from '../discovery/discover.js';
import { loadDiscovered } from '../loaders/read.js';
import { scan, type ScanOptions } from '../scan/scan.js';

export interface TypeResult {
  type: string;
  /** Resource instances of the type in the evaluated configuration. */
  resources: number;
  /** Findings per policy id. */
  findings: Record<string, number>;
}

export interface TerragoatRoot {
  root: string;
  resources: number;
  findings: number;
  diagnostics: number;
  types: TypeResult[];
}

/** `module.a["x"].aws_s3_bucket.b[0]` → `aws_s3_bucket`. */
export const resourceType = (address: string): string => address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, '').split('.')[0]!;

export async function evaluateTerragoat(dir: string, options: ScanOptions = {}): Promise<TerragoatRoot[]> {
  const out: TerragoatRoot[] = [];
  const roots = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
  for (const name of roots) {
    const root = join(dir, name);
    const types = new Map<string, TypeResult>();
    const typeOf = (t: string) => types.get(t) ?? (types.set(t, { type: t, resources: 0, findings: {} }), types.get(t)!);
    let resources = 0;
    const loaded = await loadDiscovered(await discover([root], { root }), { root }, (doc) => {
      const changes = (doc.data as { resource_changes?: Array<{ type: string }> }).resource_changes ?? [];
      for (const rc of changes) typeOf(rc.type).resources++;
      resources += changes.length;
    });
    const r = await scan({ ...options, paths: [root], root });
    // TerraGoat also holds a Dockerfile and repository files; only the Terraform findings count here.
    const findings = r.findings.filter((f) => !f.waived && f.resource && f.policy.kinds.includes('terraform-plan'));
    for (const f of findings) {
      const t = typeOf(resourceType(f.resource!));
      t.findings[f.policy.id] = (t.findings[f.policy.id] ?? 0) + 1;
    }
    const errors = loaded.diagnostics.filter((d) => (d.severity ?? 'error') === 'error').length;
    out.push({ root: name, resources, findings: findings.length, diagnostics: errors, types: [...types.values()].sort((a, b) => a.type.localeCompare(b.type)) });
  }
  return out;
}

export function formatTerragoat(roots: TerragoatRoot[]): string {
  const out = ['TerraGoat (.tf without a plan): resources loaded and findings per resource type'];
  for (const r of roots) {
    out.push(`${r.root}: ${r.resources} resource instances, ${r.findings} findings, ${r.diagnostics} load errors`);
    const silent: string[] = [];
    for (const t of r.types) {
      const hits = Object.entries(t.findings).sort(([a], [b]) => a.localeCompare(b));
      if (hits.length === 0) silent.push(`${t.type} (${t.resources})`);
      else out.push(`  ${t.type} (${t.resources}): ${hits.map(([p, n]) => `${p.replace(/^terraform\//, '')} ${n}`).join(', ')}`);
    }
    if (silent.length) out.push(`  no finding: ${silent.join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/** The TerraGoat roots folder inside the corpora, when present. */
export const terragoatDir = (corpora: string): string | undefined => {
  const dir = join(corpora, 'terraform-configs', 'terragoat', 'terraform');
  return existsSync(dir) ? dir : undefined;
};
