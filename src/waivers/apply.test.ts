import { describe, expect, it } from 'vitest';
import { LATEST, PRIVILEGED, SSH, finding } from '../../fixtures/reporters/sample.js';
import type { InlineIgnore } from '../loaders/types.js';
import { applyWaivers } from './apply.js';
import type { Waiver } from './types.js';

const NOW = new Date('2025-06-01T08:00:00Z');

function waiver(id: string, fields: Partial<Waiver>): Waiver {
  return {
    id,
    policy: '**',
    path: '**',
    owner: '@platform',
    reason: `reason ${id}`,
    expires: '2025-12-31',
    source: { file: '.palisade/waivers.yaml', line: 3, col: 5 },
    ...fields,
  };
}

function ignore(policyId: string, reason: string, line: number): InlineIgnore {
  return { policyId, reason, lines: { start: line, end: line + 1 }, region: { startLine: line, startColumn: 5, endLine: line, endColumn: 40 } };
}

const exporter = finding(PRIVILEGED, 'deploy/monitoring/exporter.yaml', 20, ['spec', 'containers', 0, 'securityContext', 'privileged'], 'privileged', {
  resource: 'DaemonSet/monitoring/node-exporter',
});
const web = finding(PRIVILEGED, 'deploy/web.yaml', 14, ['spec', 'containers', 0, 'securityContext', 'privileged'], 'privileged', {
  resource: 'Deployment/prod/web',
});
const latest = finding(LATEST, 'deploy/web.yaml', 9, ['spec', 'containers', 0, 'image'], 'latest tag', { resource: 'Deployment/prod/web' });
const ssh = finding(SSH, 'infra/plan.json', 3, ['resource_changes', 4], 'ssh open', { resource: 'aws_security_group.bastion' });
const ALL = [exporter, web, latest, ssh];

function waivedIds(findings: ReturnType<typeof applyWaivers>['findings']): string[] {
  return findings.filter((f) => f.waived).map((f) => `${f.policy.id}@${f.file}`);
}

describe('applyWaivers', () => {
  it.each([
    ['policy + path', waiver('W', { policy: 'k8s/privileged-container', path: 'deploy/**' }), ['k8s/privileged-container@deploy/monitoring/exporter.yaml', 'k8s/privileged-container@deploy/web.yaml']],
    ['policy glob', waiver('W', { policy: 'k8s/*', path: 'deploy/web.yaml' }), ['k8s/privileged-container@deploy/web.yaml', 'k8s/image-tag-latest@deploy/web.yaml']],
    ['resource glob', waiver('W', { policy: 'k8s/*', resource: '*/monitoring/*' }), ['k8s/privileged-container@deploy/monitoring/exporter.yaml']],
    ['resource on a finding without one', waiver('W', { resource: 'x' }), []],
    ['fingerprint', waiver('W', { fingerprint: ssh.fingerprint }), ['terraform/sg-open-ssh@infra/plan.json']],
    ['fingerprint of another finding', waiver('W', { policy: 'terraform/*', fingerprint: web.fingerprint }), []],
    ['path that matches nothing', waiver('W', { path: 'other/**' }), []],
  ])('matches by %s', (_what, w, expected) => {
    const { findings, matches } = applyWaivers(ALL, [w], [], NOW);
    expect(waivedIds(findings)).toEqual(expected);
    expect(matches[0]!.fingerprints).toHaveLength(expected.length);
  });

  it('marks waived findings with who, why and until when, without mutating the input', () => {
    const w = waiver('W-7', { policy: 'terraform/sg-open-ssh', path: 'infra/*.json' });
    const { findings } = applyWaivers(ALL, [w], [], NOW);
    expect(findings[3]!.waived).toEqual({ by: 'waiver', owner: '@platform', reason: 'reason W-7', expires: '2025-12-31', waiverId: 'W-7' });
    expect(ssh.waived).toBeUndefined();
    expect(findings[0]).toBe(exporter);
  });

  it('an expired waiver does not waive, and is reported where it is written', () => {
    const w = waiver('W-old', { policy: 'k8s/privileged-container', expires: '2025-05-31' });
    const { findings, matches, diagnostics } = applyWaivers(ALL, [w], [], NOW);
    expect(waivedIds(findings)).toEqual([]);
    expect(matches).toEqual([{ waiverId: 'W-old', fingerprints: [exporter.fingerprint, web.fingerprint], expired: true }]);
    expect(diagnostics).toEqual([
      {
        file: '.palisade/waivers.yaml', line: 3, col: 5, code: 'waiver_error', severity: 'warning',
        message: 'waiver W-old (@platform) expired on 2025-05-31; the 2 findings it covered are reported again',
        fix: 'fix the findings and delete the waiver, or renew it with a new expiry after review',
      },
    ]);
  });

  it('a waiver still applies on its expiry day (UTC)', () => {
    const w = waiver('W', { expires: '2025-06-01' });
    expect(waivedIds(applyWaivers(ALL, [w], [], new Date('2025-06-01T23:59:59Z')).findings)).toHaveLength(4);
    expect(waivedIds(applyWaivers(ALL, [w], [], new Date('2025-06-02T00:00:00Z')).findings)).toHaveLength(0);
  });

  it('records every matching waiver as used, and names the first live one', () => {
    const a = waiver('A', { policy: 'k8s/privileged-container', expires: '2025-01-01' });
    const b = waiver('B', { policy: 'k8s/*' });
    const c = waiver('C', { path: 'deploy/web.yaml' });
    const { findings, matches } = applyWaivers([web], [a, b, c], [], NOW);
    expect(findings[0]!.waived?.waiverId).toBe('B');
    expect(matches.map((m) => [m.waiverId, m.fingerprints.length])).toEqual([['A', 1], ['B', 1], ['C', 1]]);
  });

  it('lists unused waivers with no fingerprints', () => {
    const { matches } = applyWaivers(ALL, [waiver('U', { policy: 'dockerfile/*' })], [], NOW);
    expect(matches).toEqual([{ waiverId: 'U', fingerprints: [], expired: false }]);
  });

  describe('inline ignores', () => {
    it('waive findings of that policy starting on the lines they cover', () => {
      const ig = [{ file: 'deploy/web.yaml', ignores: [ignore('k8s/privileged-container', 'sidecar needs it', 13)] }];
      const { findings, inline, diagnostics } = applyWaivers(ALL, [], ig, NOW);
      expect(waivedIds(findings)).toEqual(['k8s/privileged-container@deploy/web.yaml']);
      expect(findings[1]!.waived).toEqual({ by: 'inline', reason: 'sidecar needs it' });
      expect(inline[0]!.fingerprints).toEqual([web.fingerprint]);
      expect(diagnostics).toEqual([]);
    });

    it.each([
      ['another policy', ignore('k8s/image-tag-latest', 'ok', 13)],
      ['other lines', ignore('k8s/privileged-container', 'ok', 2)],
    ])('do not waive %s', (_what, ig) => {
      expect(waivedIds(applyWaivers(ALL, [], [{ file: 'deploy/web.yaml', ignores: [ig] }], NOW).findings)).toEqual([]);
    });

    it('do not reach into other files', () => {
      const ig = [{ file: 'deploy/other.yaml', ignores: [ignore('k8s/privileged-container', 'ok', 13)] }];
      expect(waivedIds(applyWaivers(ALL, [], ig, NOW).findings)).toEqual([]);
    });

    it('match in the file the comment is in when it names one (Terraform sources beside a plan)', () => {
      const tf = finding(SSH, 'infra/main.tf', 12, ['resource_changes', 0], 'ssh open');
      const ig = [{ file: 'infra/plan.json', ignores: [{ ...ignore('terraform/sg-open-ssh', 'bastion', 11), file: 'infra/main.tf' }] }];
      const { findings, inline } = applyWaivers([tf, ssh], [], ig, NOW);
      expect(waivedIds(findings)).toEqual(['terraform/sg-open-ssh@infra/main.tf']);
      expect(inline[0]!.file).toBe('infra/main.tf');
    });

    it('without a reason waive nothing and are a diagnostic at the comment', () => {
      const ig = [{ file: 'deploy/web.yaml', ignores: [ignore('k8s/privileged-container', '  ', 13)] }];
      const { findings, inline, diagnostics } = applyWaivers(ALL, [], ig, NOW);
      expect(waivedIds(findings)).toEqual([]);
      expect(inline[0]).toMatchObject({ valid: false, fingerprints: [web.fingerprint] });
      expect(diagnostics).toEqual([
        {
          file: 'deploy/web.yaml', line: 13, col: 5, code: 'waiver_error', severity: 'error',
          message: 'inline ignore of k8s/privileged-container has no reason, so it waives nothing',
          fix: 'say why after the policy id: `# palisade:ignore k8s/privileged-container <why this is acceptable here>`',
        },
      ]);
    });

    it('give way to a live waiver from the file, which carries an owner and expiry', () => {
      const ig = [{ file: 'deploy/web.yaml', ignores: [ignore('k8s/privileged-container', 'inline reason', 13)] }];
      const { findings, inline } = applyWaivers([web], [waiver('W', {})], ig, NOW);
      expect(findings[0]!.waived?.by).toBe('waiver');
      expect(inline[0]!.fingerprints).toEqual([web.fingerprint]);
    });

    it('still waive when the matching file waiver has expired', () => {
      const ig = [{ file: 'deploy/web.yaml', ignores: [ignore('k8s/privileged-container', 'inline reason', 13)] }];
      const { findings } = applyWaivers([web], [waiver('W', { expires: '2020-01-01' })], ig, NOW);
      expect(findings[0]!.waived).toEqual({ by: 'inline', reason: 'inline reason' });
    });
  });
});
