// The workflow the README tells users to copy ("On pull requests") must pass Palisade's own
// GitHub Actions pack without a high or critical finding, in either profile: a guardrail that
// flags its own installation instructions would not be taken seriously.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';
import { scan } from '../src/scan/scan.js';

function readmeWorkflow(): string {
  const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### On pull requests'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no yaml block under "### On pull requests"');
  return block[1]!;
}

describe('the README workflow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, '.github', 'workflows', 'palisade.yml'), readmeWorkflow());

  it.each(['default', 'strict'] as const)('has no high or critical finding in the %s profile', async (profile) => {
    const r = await scan({ paths: [dir], root: dir, profile });
    expect(r.documents).toBeGreaterThan(0);
    const serious = r.findings.filter((f) => f.policy.severity === 'high' || f.policy.severity === 'critical');
    expect(serious.map((f) => `${f.file}:${f.region.startLine} ${f.policy.id}: ${f.message}`)).toEqual([]);
  });
});
