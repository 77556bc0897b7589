// `palisade policies list|explain`: what would run, and what a policy checks, why, and how to fix.

import type { PolicyMeta } from '../engine/finding.js';
import { loadBuiltinBundle, loadPolicyPaths, policiesOf } from '../policy/catalog.js';
import { EXIT, usageError, type Io } from './io.js';

interface PolicyOpts {
  policy?: string[];
  format?: 'text' | 'json';
}

function allPolicies(opts: PolicyOpts): PolicyMeta[] {
  return policiesOf([loadBuiltinBundle(), ...loadPolicyPaths(opts.policy ?? [])]);
}

export function policiesList(io: Io, opts: PolicyOpts): number {
  const policies = allPolicies(opts).sort((a, b) => a.id.localeCompare(b.id));
  if (opts.format === 'json') {
    io.out(JSON.stringify({ version: 1, policies }, null, 2) + '\n');
    return EXIT.clean;
  }
  const width = Math.max(...policies.map((p) => p.id.length), 10);
  for (const p of policies) io.out(`${p.id.padEnd(width)}  ${p.severity.padEnd(8)}  ${p.title}\n`);
  io.out(`${policies.length} policies\n`);
  return EXIT.clean;
}

export function policiesExplain(io: Io, id: string, opts: PolicyOpts): number {
  const policies = allPolicies(opts);
  const p = policies.find((x) => x.id === id);
  if (!p) {
    // Ids containing the name asked for, those of the kind asked for first.
    const kind = id.includes('/') ? `${id.split('/')[0]}/` : '';
    const near = policies
      .filter((x) => x.id.includes(id.split('/').pop() ?? id))
      .map((x) => x.id)
      .sort((a, b) => Number(!a.startsWith(kind)) - Number(!b.startsWith(kind)) || a.localeCompare(b));
    throw usageError(`no policy with id ${id}`, near.length ? `did you mean ${near.slice(0, 3).join(', ')}?` : 'run `palisade policies list` for the ids');
  }
  const lines = [
    `${p.id} — ${p.title}`,
    `severity: ${p.severity}    applies to: ${p.kinds.join(', ')}`,
    '',
    p.description.trim(),
    '',
    'How to fix:',
    p.remediation.trim(),
  ];
  if (p.url) lines.push('', `More: ${p.url}`);
  const frameworks = Object.entries(p.frameworks).map(([k, v]) => `${k} ${v.join(', ')}`);
  if (frameworks.length) lines.push('', `Frameworks: ${frameworks.join('; ')}`);
  const equivalents = Object.entries(p.equivalents).map(([k, v]) => `${k} ${v.join(', ')}`);
  if (equivalents.length) lines.push(`Same control elsewhere: ${equivalents.join('; ')}`);
  if (p.tags.length) lines.push(`Tags: ${p.tags.join(', ')}`);
  io.out(lines.join('\n') + '\n');
  return EXIT.clean;
}
