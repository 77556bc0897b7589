import { describe, expect, it } from 'vitest';
import { buildPolicySet } from './build.js';

describe('buildPolicySet', () => {
  it('keeps inventory, profile and confidence from a METADATA block too incomplete to validate', () => {
    // No title or description, and a remediation too short: the metadata is derived, not rejected.
    const source = [
      '# METADATA',
      '# custom:',
      '#   id: acme/orphan-service',
      '#   kinds: [kubernetes]',
      '#   remediation: fix it',
      '#   inventory: true',
      '#   profile: strict',
      '#   confidence: low',
      'package acme.orphan',
      'import rego.v1',
      'violation contains {"msg": "x", "path": []} if data.inventory.none',
      '',
    ].join('\n');
    const built = buildPolicySet([{ path: 'orphan.rego', source }]);
    expect(built.policies).toHaveLength(1);
    expect(built.policies[0]).toMatchObject({ id: 'acme/orphan-service', kinds: ['kubernetes'], inventory: true, profile: 'strict', confidence: 'low' });
  });

  it('leaves them out when the block does not set them', () => {
    const built = buildPolicySet([{ path: 'p.rego', source: 'package acme.p\nimport rego.v1\nviolation contains {"msg": "x", "path": []} if input.x\n' }]);
    expect(built.policies[0]).not.toHaveProperty('inventory');
    expect(built.policies[0]).not.toHaveProperty('profile');
    expect(built.policies[0]).not.toHaveProperty('confidence');
  });
});
