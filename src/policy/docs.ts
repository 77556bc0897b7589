// Generates docs/policies.md — the reference of every built-in policy — from the policies'
// METADATA, so the docs can never drift from what runs. Headings are exactly the policy ids:
// reporters link to `policies.md#<GitHub anchor of the id>`. A test fails when the committed
// file is stale; `npm run docs` rewrites it.

import type { PolicyMeta } from '../engine/finding.js';

const PACK_TITLES: Record<string, string> = {
  k8s: 'Kubernetes',
  terraform: 'Terraform (plan JSON)',
  'github-actions': 'GitHub Actions',
  dockerfile: 'Dockerfile',
  repository: 'Repository',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function policiesMarkdown(policies: PolicyMeta[]): string {
  const byPack = new Map<string, PolicyMeta[]>();
  for (const p of [...policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const pack = p.id.split('/')[0]!;
    byPack.set(pack, [...(byPack.get(pack) ?? []), p]);
  }
  const packs = [...byPack.keys()].sort((a, b) => Object.keys(PACK_TITLES).indexOf(a) - Object.keys(PACK_TITLES).indexOf(b));
  const out: string[] = [
    '# Built-in policies',
    '',
    '<!-- Generated from the policies\' METADATA by `npm run docs`; do not edit by hand. -->',
    '',
    `${policies.length} policies in ${packs.length} packs. Each id is the policy's folder under \`policies/\`, its SARIF rule id and its waiver key.`,
    '',
    '| pack | policies |',
    '|---|---|',
    ...packs.map((p) => `| [${PACK_TITLES[p] ?? p}](#${p.replace(/[^a-z0-9-]/g, '')}) | ${byPack.get(p)!.length} |`),
    '',
  ];
  for (const pack of packs) {
    out.push(`## ${pack}`, '', `${PACK_TITLES[pack] ?? pack} policies.`, '', '| id | severity | title |', '|---|---|---|');
    for (const p of byPack.get(pack)!) out.push(`| [${p.id}](#${p.id.replace(/[^a-z0-9-]/g, '')}) | ${p.severity} | ${oneLine(p.title)} |`);
    out.push('');
    for (const p of byPack.get(pack)!) {
      out.push(`### ${p.id}`, '', `**${oneLine(p.title)}** — severity \`${p.severity}\`, applies to ${p.kinds.map((k) => `\`${k}\``).join(', ')}.`, '', p.description.trim(), '');
      out.push('**How to fix**', '', p.remediation.trim(), '');
      const facts: string[] = [];
      if (p.url) facts.push(`- Reference: <${p.url}>`);
      for (const [fw, ids] of Object.entries(p.frameworks)) facts.push(`- ${fw}: ${ids.join(', ')}`);
      const eq = Object.entries(p.equivalents).map(([tool, ids]) => `${tool} ${ids.map((i) => `\`${i}\``).join(', ')}`);
      if (eq.length) facts.push(`- Same control in: ${eq.join('; ')}`);
      if (p.tags.length) facts.push(`- Tags: ${p.tags.join(', ')}`);
      if (facts.length) out.push(...facts, '');
    }
  }
  return out.join('\n');
}
