import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, POLICIES_DIR } from '../paths.js';
import { evaluateTerragoat, formatTerragoat, resourceType, terragoatDir } from './terragoat.js';

describe('TerraGoat review', () => {
  it('reads the resource type out of any instance address', () => {
    expect(resourceType('aws_s3_bucket.data')).toBe('aws_s3_bucket');
    expect(resourceType('module.net["eu"].module.sg[0].aws_security_group.web[2]')).toBe('aws_security_group');
  });

  const dir = terragoatDir(join(PACKAGE_ROOT, '..', 'shared', 'corpora'));
  it.skipIf(!dir || !existsSync(dir))('loads every root without an error and reports per resource type (skipped: ../shared/corpora/terraform-configs absent)', async () => {
    const roots = await evaluateTerragoat(dir!, { builtin: false, policies: [POLICIES_DIR] });
    const table = formatTerragoat(roots);
    expect(roots.map((r) => r.root), table).toEqual(['aws', 'azure', 'gcp']);
    for (const r of roots) {
      expect(r.diagnostics, table).toBe(0);
      expect(r.resources, table).toBeGreaterThan(10);
      // A deliberately insecure configuration: every root has findings, on resources it loaded.
      expect(r.findings, table).toBeGreaterThan(10);
      for (const t of r.types) if (Object.keys(t.findings).length) expect(t.resources, `${r.root} ${t.type}\n${table}`).toBeGreaterThan(0);
    }
  }, 300_000);
});
