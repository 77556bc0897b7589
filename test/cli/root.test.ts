// `palisade scan <subdir>` and `palisade scan <file>` in a repository: whatever is named, the
// repository root (git top level, or the nearest folder holding .palisade.yaml) supplies the
// configuration and the waivers, report paths are relative to it (what GitHub maps SARIF onto),
// and the repository checks see the files that exist at the root, not the part scanned.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: web
      image: nginx:1.25
      securityContext:
        privileged: true
        runAsUser: 0
`;

let repo: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'palisade-root-'));
  execFileSync('git', ['init', '-q', repo]);
  put('.palisade.yaml', 'policies:\n  severity:\n    k8s/run-as-root: critical\n');
  put(
    '.palisade/waivers.yaml',
    `waivers:\n  - id: W-1\n    policy: k8s/privileged-container\n    path: deploy/k8s/**\n    owner: "@org/platform"\n    reason: the node agent needs host access\n    expires: ${new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10)}\n`,
  );
  put('CODEOWNERS', '* @org/platform\n');
  put('SECURITY.md', 'Report privately.\n');
  put('LICENSE', 'Apache-2.0\n');
  put('deploy/k8s/pod.yaml', POD);
});

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

async function sarifOf(...args: string[]): Promise<{ code: number; log: Sarif.Log; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', 'scan', '--format', 'sarif', ...args], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  return { code, log: JSON.parse(out) as Sarif.Log, err };
}

describe.each([
  ['a subfolder, from the root', () => repo, 'deploy/k8s'],
  ['a subfolder, from elsewhere', () => tmpdir(), () => join(repo, 'deploy/k8s')],
  ['a file, from inside the subfolder', () => join(repo, 'deploy'), 'k8s/pod.yaml'],
] as const)('scan %s', (_name, where, what) => {
  it('takes configuration, waivers, paths and repository checks from the repository root', async () => {
    process.chdir(where());
    const r = await sarifOf(typeof what === 'string' ? what : what());
    expect(r.err).toBe('');
    const results = r.log.runs[0]!.results!;
    const rule = (id: string) => results.filter((x) => x.ruleId === id);
    // Paths relative to the repository root, as GitHub code scanning maps them.
    expect(rule('k8s/run-as-root')[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('deploy/k8s/pod.yaml');
    // The root's waiver applies: waived findings are never uploaded as open alerts.
    expect(rule('k8s/privileged-container')).toHaveLength(0);
    // The root's severity override applies.
    const rules = r.log.runs[0]!.tool.driver.rules!;
    expect(rules.find((x) => x.id === 'k8s/run-as-root')!.properties!['security-severity']).toMatch(/^9|^10/);
    // CODEOWNERS, SECURITY.md and LICENSE exist at the root, outside what was scanned.
    expect(results.filter((x) => x.ruleId?.startsWith('repository/')).map((x) => x.ruleId)).toEqual([]);
    expect(r.code).toBe(1);
  });
});
