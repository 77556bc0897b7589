// The fixture harness must be strict in both directions: a marker that is not hit at its exact
// line and column fails, a finding nobody marked fails, a fail fixture without markers fails.
// The end-to-end cases compile a tiny policy and write fixtures to a temporary directory.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../engine/engine.js';
import type { Finding } from '../engine/finding.js';
import { buildPolicySet } from './build.js';
import { checkFixture, compareHits, dockerfileMarkers, fixtureKind, listFixtures, sidecarMarkers, yamlMarkers } from './fixtures.js';

describe('markers', () => {
  it('YAML: the column is the key after indentation and a list dash', () => {
    const text = ['spec:', '  hostNetwork: true  # expect: k8s/host-network', '  containers:', '    - name: app # expect: k8s/run-as-root', '      image: x'].join('\n');
    expect(yamlMarkers(text)).toEqual([
      { id: 'k8s/host-network', line: 2, col: 3 },
      { id: 'k8s/run-as-root', line: 4, col: 7 },
    ]);
  });

  it('YAML: a "#" inside a value is not a marker, and no marker means none', () => {
    expect(yamlMarkers('run: echo "# expect: nothing here"\nkey: 1\n')).toEqual([]);
  });

  it('Dockerfile: expect-next marks the next instruction, skipping blanks and comments; markers stack', () => {
    const text = ['FROM alpine:3.20', '# expect-next: dockerfile/a', '', '# a comment', '  RUN apk add curl \\', '    && curl x | sh', '# expect-next: dockerfile/b', '# expect-next: dockerfile/c', 'USER root'].join('\n');
    expect(dockerfileMarkers(text)).toEqual([
      { id: 'dockerfile/a', line: 5, col: 3 },
      { id: 'dockerfile/b', line: 9, col: 1 },
      { id: 'dockerfile/c', line: 9, col: 1 },
    ]);
  });

  it('Dockerfile: a marker with no instruction after it is an impossible hit, not silently dropped', () => {
    expect(dockerfileMarkers('FROM a\n# expect-next: dockerfile/x\n')).toEqual([{ id: 'dockerfile/x', line: 4, col: 1 }]);
  });

  it('sidecars: positions or files, and malformed ones are rejected', () => {
    expect(sidecarMarkers('[{"id":"terraform/x","line":3,"col":7}]', 's')).toEqual([{ id: 'terraform/x', line: 3, col: 7 }]);
    expect(sidecarMarkers('[{"id":"repository/x","file":"."}]', 's')).toEqual([{ id: 'repository/x', file: '.' }]);
    expect(() => sidecarMarkers('{"id":"x"}', 's')).toThrow(/array/);
    expect(() => sidecarMarkers('[{"id":"x","line":3}]', 's')).toThrow(/line.*col/);
    expect(() => sidecarMarkers('[{"line":3,"col":1}]', 's')).toThrow(/id/);
    expect(() => sidecarMarkers('[', 's')).toThrow(/not valid JSON/);
  });
});

describe('fixture kind', () => {
  it('comes from the policy, and a workflow/action policy tells them apart by top-level keys', () => {
    expect(fixtureKind('/x/fail-a.yml', 'on: push\njobs: {}\n', ['github-workflow'])).toBe('github-workflow');
    expect(fixtureKind('/x/fail-a.yml', 'name: a\nruns:\n  using: composite\n', ['github-workflow', 'github-action'])).toBe('github-action');
    expect(fixtureKind('/x/fail-a.yml', 'on: push\njobs: {}\n', ['github-workflow', 'github-action'])).toBe('github-workflow');
    expect(fixtureKind('/x/fail-a.json', '{}', ['terraform-plan'])).toBe('terraform-plan');
  });
});

const finding = (line: number, col: number, file = 'f.yaml'): Finding => ({
  policy: { id: 'p/x', title: '', severity: 'low', description: '', remediation: '', tags: [], frameworks: {}, equivalents: {}, kinds: ['kubernetes'] },
  message: `hit at ${line}:${col}`,
  file,
  region: { startLine: line, startColumn: col, endLine: line, endColumn: col + 1 },
  route: [],
  fingerprint: '',
});

describe('compareHits', () => {
  it('accepts exact hits, several findings on one marked place included', () => {
    expect(compareHits([{ id: 'p/x', line: 3, col: 5 }], [finding(3, 5), finding(3, 5)])).toEqual([]);
  });

  it('reports a wrong column as missing, naming where the finding landed, and the finding as unexpected', () => {
    const problems = compareHits([{ id: 'p/x', line: 3, col: 5 }], [finding(3, 7)]);
    expect(problems).toEqual(['missing: expected p/x at 3:5 (a finding is on that line at column 7)', 'unexpected: p/x at 3:7: hit at 3:7']);
  });

  it('reports unmarked findings and unhit markers', () => {
    expect(compareHits([], [finding(1, 1)])).toEqual(['unexpected: p/x at 1:1: hit at 1:1']);
    expect(compareHits([{ id: 'p/x', line: 2, col: 1 }], [])).toEqual(['missing: expected p/x at 2:1']);
  });

  it('matches repository fixtures by file', () => {
    expect(compareHits([{ id: 'p/x', file: '.' }], [finding(1, 1, '.')])).toEqual([]);
    expect(compareHits([{ id: 'p/x', file: '.' }], [finding(1, 1, 'package.json')])).toEqual(['missing: expected p/x in .', 'unexpected: p/x in package.json: hit at 1:1']);
  });
});

const POLICY = `# METADATA
# title: Host network
# description: Pods must not share the node's network namespace.
# custom:
#   id: k8s/host-network
#   severity: high
#   kinds: [kubernetes]
#   remediation: Delete the hostNetwork line from the pod spec.
package palisade.k8s.host_network

violation contains v if {
  input.spec.hostNetwork == true
  v := {"msg": sprintf("pod %s shares the host network", [input.metadata.name]), "path": ["spec", "hostNetwork"]}
}
`;

const REPO_POLICY = `# METADATA
# title: Security policy
# description: Say how to report vulnerabilities.
# custom:
#   id: repository/security-policy-missing
#   severity: low
#   kinds: [repository]
#   remediation: Add a SECURITY.md that says where to report vulnerabilities.
package palisade.repository.security_policy_missing

violation contains v if {
  not "SECURITY.md" in input.files
  v := {"msg": "no SECURITY.md", "path": []}
}
`;

describe('checkFixture (end to end)', () => {
  let dir: string;
  let engine: Engine;
  let metas: Array<{ id: string; kinds: string[] }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-fixtures-'));
    const built = buildPolicySet(
      [
        { path: 'policy.rego', source: POLICY },
        { path: 'repo.rego', source: REPO_POLICY },
      ],
      { requireMetadata: true },
    );
    metas = built.policies;
    engine = await Engine.load([{ name: 'test', bundle: built.bundle }]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pod = (hostNetwork: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true${hostNetwork}\n  containers:\n    - name: app\n      image: nginx:1.27\n`;

  function policyDir(name: string, files: Record<string, string>): string {
    const p = join(dir, name);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(p, 'fixtures', f, '..'), { recursive: true });
      writeFileSync(join(p, 'fixtures', f), text);
    }
    return p;
  }

  const problemsOf = (p: string, id: string) => listFixtures(p, metas.find((m) => m.id === id)!, dir).map((f) => checkFixture(engine, f).problems);

  it('passes correctly marked fail fixtures and clean pass fixtures', () => {
    const p = policyDir('ok', { 'fail-pod.yaml': pod('  # expect: k8s/host-network'), 'pass-pod.yaml': pod('').replace('hostNetwork: true', 'hostNetwork: false') });
    expect(problemsOf(p, 'k8s/host-network')).toEqual([[], []]);
  });

  it('fails a fixture whose marker sits on the wrong line, and one with no marker at all', () => {
    const wrongLine = pod('').replace('name: app', 'name: app # expect: k8s/host-network');
    const p = policyDir('bad', { 'fail-wrong.yaml': wrongLine, 'fail-unmarked.yaml': pod('') });
    const [unmarked, wrong] = problemsOf(p, 'k8s/host-network');
    expect(unmarked!.join('\n')).toMatch(/must mark at least one expected hit/);
    expect(unmarked!.join('\n')).toMatch(/unexpected: k8s\/host-network at 6:3/);
    expect(wrong).toEqual(['missing: expected k8s/host-network at 8:7', 'unexpected: k8s/host-network at 6:3: pod web shares the host network']);
  });

  it('fails a fixture whose marker names no policy (a misspelt id)', () => {
    const p = policyDir('typo', { 'fail-pod.yaml': pod('  # expect: k8s/host-network').replace('name: app', 'name: app # expect: k8s/host-netwrok') });
    expect(problemsOf(p, 'k8s/host-network')).toEqual([['a marker names k8s/host-netwrok, which is not a policy id']]);
  });

  it('fails a pass fixture that the policy flags', () => {
    const p = policyDir('flagged', { 'pass-pod.yaml': pod('') });
    expect(problemsOf(p, 'k8s/host-network')).toEqual([['unexpected: k8s/host-network at 6:3: pod web shares the host network']]);
  });

  it('reports a fixture that does not load', () => {
    const p = policyDir('broken', { 'fail-broken.yaml': 'spec: [unclosed  # expect: k8s/host-network\n' });
    expect(problemsOf(p, 'k8s/host-network')[0]!.join('\n')).toMatch(/does not load cleanly/);
  });

  it('builds repository fixtures from a directory tree and matches by file', () => {
    const p = policyDir('repo', {
      'fail-none/README.md': '# x\n',
      'fail-none/expect.json': '[{"id": "repository/security-policy-missing", "file": "."}]',
      'pass-present/README.md': '# x\n',
      'pass-present/SECURITY.md': 'Report to security@example.com\n',
    });
    expect(problemsOf(p, 'repository/security-policy-missing')).toEqual([[], []]);
  });
});
