// Profiles and confidence end to end through scan(): a policy marked `profile: strict` runs only
// in the strict profile, a violation can move itself there, a finding carries the confidence its
// violation or policy gives, and SARIF's precision follows it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../reporters/index.js';
import { reportContext } from './report-context.js';
import { scan } from './scan.js';

const policy = (name: string, custom: string, body: string) => `# METADATA
# title: ${name} policy for the profile test
# description: A policy used by the profile test to check which findings each profile reports.
# custom:
#   id: t/${name}
#   severity: medium
#   kinds: [yaml]
#   remediation: Nothing to fix; this policy exists for the profile test only.
${custom}package t.${name.replace(/-/g, '_')}

${body}
`;

describe('profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'policy', 't', 'pedantic'), { recursive: true });
  mkdirSync(join(dir, 'policy', 't', 'mixed'), { recursive: true });
  writeFileSync(join(dir, 'policy', 't', 'pedantic', 'policy.rego'), policy('pedantic', '#   profile: strict\n#   confidence: medium\n', 'violation contains {"msg": "pedantic", "path": ["a"]} if input.a'));
  writeFileSync(
    join(dir, 'policy', 't', 'mixed', 'policy.rego'),
    policy(
      'mixed',
      '',
      'violation contains {"msg": "sure", "path": ["a"]} if input.a\n\nviolation contains {"msg": "maybe", "path": ["b"], "confidence": "low", "profile": "strict"} if input.b',
    ),
  );
  writeFileSync(join(dir, 'in.yaml'), 'a: true\nb: true\n');
  const run = (profile?: 'default' | 'strict') => scan({ paths: [join(dir, 'in.yaml')], root: dir, builtin: false, policies: [join(dir, 'policy')], ...(profile ? { profile } : {}) });

  it('reports only default-profile findings by default', async () => {
    const r = await run();
    expect(r.profile).toBe('default');
    expect(r.findings.map((f) => [f.policy.id, f.message, f.confidence])).toEqual([['t/mixed', 'sure', 'high']]);
    expect(r.policies.map((p) => p.id)).toEqual(['t/mixed']);
  });

  it('adds strict policies and strict findings with --profile strict, each with its confidence', async () => {
    const r = await run('strict');
    const got = r.findings.map((f) => [f.policy.id, f.message, f.confidence, f.profile]).sort();
    expect(got).toEqual([
      ['t/mixed', 'maybe', 'low', 'strict'],
      ['t/mixed', 'sure', 'high', undefined],
      ['t/pedantic', 'pedantic', 'medium', 'strict'],
    ]);
    const sarif = JSON.parse(renderReport('sarif', r.findings, reportContext(r, { color: false })).text);
    const run0 = sarif.runs[0];
    const rule = (id: string) => run0.tool.driver.rules.find((x: { id: string }) => x.id === id);
    expect(rule('t/pedantic').properties.precision).toBe('medium');
    expect(rule('t/mixed').properties.precision).toBe('high');
    const maybe = run0.results.find((x: { message: { text: string } }) => x.message.text === 'maybe');
    expect(maybe.properties.precision).toBe('low');
  });

  it('takes the profile from .palisade.yaml when the caller does not set one', async () => {
    writeFileSync(join(dir, '.palisade.yaml'), 'profile: strict\n');
    try {
      expect((await run()).findings).toHaveLength(3);
      expect((await run('default')).findings).toHaveLength(1);
    } finally {
      rmSync(join(dir, '.palisade.yaml'));
    }
  });
});
