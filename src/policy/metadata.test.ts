import { describe, expect, it } from 'vitest';
import type { Annotation } from '../rego/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../diagnostics.js';
import { idFromPolicyPath, policyMetaFromAnnotations } from './metadata.js';

const FILE = 'policies/k8s/privileged-container/policy.rego';
const SOURCE = '# a leading comment\n\n# METADATA\n# title: x\npackage palisade.k8s.privileged_container\n';
const BLOCK_START = SOURCE.indexOf('# METADATA');

function annotation(over: Partial<Annotation> = {}, custom: Record<string, unknown> = {}): Annotation {
  return {
    scope: 'package',
    title: 'Container runs in privileged mode',
    description: 'A privileged container has every capability of the host and can escape to the node.',
    relatedResources: [{ ref: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/' }],
    custom: {
      id: 'k8s/privileged-container',
      severity: 'high',
      kinds: ['kubernetes'],
      remediation: 'Set `securityContext.privileged: false`.\n',
      tags: ['security', 'pod-security'],
      frameworks: { 'cis-kubernetes': ['5.2.1'] },
      equivalents: { checkov: ['CKV_K8S_16'], polaris: ['runAsPrivileged'] },
      ...custom,
    },
    span: { start: BLOCK_START, end: BLOCK_START + 20 },
    ...over,
  };
}

function diagnostics(r: ReturnType<typeof policyMetaFromAnnotations>): Diagnostic[] {
  if (!Array.isArray(r)) throw new Error(`expected diagnostics, got ${JSON.stringify(r)}`);
  return r;
}

describe('policyMetaFromAnnotations', () => {
  it('builds PolicyMeta from a valid block, with the url from related_resources[0]', () => {
    const meta = policyMetaFromAnnotations([annotation()], FILE, SOURCE);
    expect(meta).toEqual({
      id: 'k8s/privileged-container',
      title: 'Container runs in privileged mode',
      severity: 'high',
      description: 'A privileged container has every capability of the host and can escape to the node.',
      remediation: 'Set `securityContext.privileged: false`.',
      url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
      tags: ['security', 'pod-security'],
      frameworks: { 'cis-kubernetes': ['5.2.1'] },
      equivalents: { checkov: ['CKV_K8S_16'], polaris: ['runAsPrivileged'] },
      kinds: ['kubernetes'],
    });
  });

  it('defaults optional lists and maps, and leaves url out when there is no related resource', () => {
    const a = annotation({ relatedResources: undefined });
    delete a.custom!.tags;
    delete a.custom!.frameworks;
    delete a.custom!.equivalents;
    const meta = policyMetaFromAnnotations([a], FILE);
    expect(meta).toMatchObject({ tags: [], frameworks: {}, equivalents: {} });
    expect(meta).not.toHaveProperty('url');
  });

  it('picks the block with custom fields when rule annotations exist too', () => {
    const rule: Annotation = { scope: 'rule', title: 'helper', span: { start: 0, end: 1 } };
    expect(policyMetaFromAnnotations([rule, annotation()], FILE)).toHaveProperty('id', 'k8s/privileged-container');
  });

  it('reports a bad severity at the METADATA line, naming the field, the value and the fix', () => {
    const [d, ...rest] = diagnostics(policyMetaFromAnnotations([annotation({}, { severity: 'hgih' })], FILE, SOURCE));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: FILE, line: 3, col: 1, code: 'policy_metadata_error' });
    expect(d!.message).toBe('`custom.severity` is "hgih", expected one of critical, high, medium, low, info');
    expect(formatDiagnostic(d!)).toContain('fix: set `custom.severity` to one of critical');
  });

  it('reports every missing required field, not only the first', () => {
    const a = annotation({ title: undefined });
    delete a.custom!.remediation;
    const messages = diagnostics(policyMetaFromAnnotations([a], FILE, SOURCE)).map((d) => d.message);
    expect(messages).toEqual(expect.arrayContaining(['METADATA is missing `title`', 'METADATA is missing `custom.remediation`']));
    expect(messages).toHaveLength(2);
  });

  it('rejects unknown custom fields (typos would otherwise be dropped silently)', () => {
    const [d] = diagnostics(policyMetaFromAnnotations([annotation({}, { severty: 'high' })], FILE));
    expect(d!.message).toBe('METADATA has an unknown field `custom.severty`');
    expect(d!.line).toBe(0);
  });

  it('rejects unknown kinds, malformed ids, unquoted numeric framework ids and non-URL refs', () => {
    const cases: Array<[Partial<Annotation>, Record<string, unknown>, string]> = [
      [{}, { kinds: ['k8s'] }, 'custom.kinds[0]'],
      [{}, { id: 'K8s/Privileged' }, 'custom.id'],
      [{}, { frameworks: { 'cis-kubernetes': [5.2] } }, 'custom.frameworks.cis-kubernetes[0]'],
      [{ relatedResources: [{ ref: 'see the docs' }] }, {}, 'related_resources[0].ref'],
    ];
    for (const [over, custom, field] of cases) {
      const ds = diagnostics(policyMetaFromAnnotations([annotation(over, custom)], FILE));
      expect(ds.map((d) => d.message).join('\n')).toContain(`\`${field}\``);
    }
  });

  it('requires the id to equal the policy folder', () => {
    const [d] = diagnostics(policyMetaFromAnnotations([annotation()], 'policies/k8s/privileged/policy.rego', SOURCE));
    expect(d!.message).toBe('custom.id is "k8s/privileged-container" but the policy lives in folder "k8s/privileged"');
    expect(d!.fix).toContain('custom.id: k8s/privileged');
  });

  it('reports a module without any METADATA block, and one with two policy blocks', () => {
    expect(diagnostics(policyMetaFromAnnotations([], FILE))[0]!.message).toBe(
      'the policy has no METADATA block with a `custom` section',
    );
    const second = annotation({ span: { start: 0, end: 1 } });
    expect(diagnostics(policyMetaFromAnnotations([annotation(), second], FILE))[0]!.message).toContain('more than one');
  });
});

describe('idFromPolicyPath', () => {
  it('takes the pack and folder above policy.rego, on any separator', () => {
    expect(idFromPolicyPath('policies/dockerfile/no-user/policy.rego')).toBe('dockerfile/no-user');
    expect(idFromPolicyPath('C:\\repo\\policies\\repository\\security-md\\policy.rego')).toBe('repository/security-md');
    expect(idFromPolicyPath('policy.rego')).toBeUndefined();
  });
});
