// A policy's print() is debugging output: it goes to standard error (as `opa eval` sends it),
// never into a report on standard output, whatever the format.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const POLICY = `# METADATA
# title: Pods are reported
# custom:
#   id: custom/print-pod
#   severity: low
#   remediation: nothing to do
package custom.print_pod
import rego.v1
deny contains msg if {
  print("checking", input.kind)
  input.kind == "Pod"
  msg := "a pod"
}
`;

describe('print() in a scanned policy', () => {
  it('reaches standard error, and the JSON and SARIF reports stay parseable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-print-'));
    mkdirSync(join(dir, 'policies'));
    writeFileSync(join(dir, 'policies/p.rego'), POLICY);
    mkdirSync(join(dir, 'repo'));
    writeFileSync(join(dir, 'repo/pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: []\n');
    for (const format of ['json', 'sarif']) {
      const r = await run('scan', join(dir, 'repo'), '-p', join(dir, 'policies'), '--no-builtin', '-f', format);
      expect(r.err).toMatch(/^checking Pod$/m);
      expect(r.out).not.toContain('checking');
      expect(JSON.stringify(JSON.parse(r.out))).toContain('custom/print-pod');
    }
  });
});
