// Noise controls users of Checkov, Trivy and zizmor expect: a baseline, --severity, --only/--skip,
// several outputs in one run, a compact format, and policy ids in the config that must exist.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

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
`;

function repo(config = 'failOn: high\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-noise-'));
  writeFileSync(join(dir, '.palisade.yaml'), config);
  mkdirSync(join(dir, 'k8s'));
  writeFileSync(join(dir, 'k8s/pod.yaml'), POD);
  return dir;
}

const compactIds = (out: string) => out.split('\n').filter((l) => l.startsWith('k8s/')).map((l) => l.split(' ')[2]!.replace(/:$/, ''));

describe('noise controls', () => {
  it('writes several outputs in one run: SARIF to a file, compact to standard output', async () => {
    const dir = repo();
    const r = await run('scan', dir, '--output', `sarif=${join(dir, 'out.sarif')}`, '--output', 'compact');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^k8s\/pod\.yaml:11:9: high k8s\/privileged-container: container "web"/m);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as Sarif.Log;
    expect(log.runs[0]!.results!.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['k8s/privileged-container']));
    expect((await run('scan', dir, '--output', 'json', '--output', 'text')).err).toMatch(/2 outputs go to standard output/);
  });

  it('--severity, --only and --skip narrow what is reported', async () => {
    const dir = repo();
    expect(new Set(compactIds((await run('scan', dir, '-f', 'compact', '--severity', 'high,critical')).out))).toEqual(new Set(['k8s/privileged-container']));
    expect(compactIds((await run('scan', dir, '-f', 'compact', '--only', 'k8s/privileged-container,k8s/run-as-root')).out).sort()).toEqual(['k8s/privileged-container', 'k8s/run-as-root']);
    const skipped = await run('scan', dir, '-f', 'compact', '--skip', 'k8s/privileged-container');
    expect(compactIds(skipped.out)).not.toContain('k8s/privileged-container');
    expect(skipped.code).toBe(0);
  });

  it('an unknown policy id, on the command line or in the config, is an error naming the closest id', async () => {
    const cli = await run('scan', repo(), '-f', 'json', '--skip', 'k8s/privileged-contaner');
    expect(cli.code).toBe(2);
    expect(cli.err).toContain('--skip names "k8s/privileged-contaner", which matches no policy; did you mean "k8s/privileged-container"?');
    const dir = repo('policies:\n  exclude:\n    - k8s/run-as-rot\n');
    const cfg = await run('scan', dir, '-f', 'json');
    expect(cfg.code).toBe(2);
    expect(cfg.err).toContain(`${join(dir, '.palisade.yaml')}:3:7: error[config_error]: policies.exclude names "k8s/run-as-rot", which matches no policy; did you mean "k8s/run-as-root"?`);
  });

  it('palisade baseline records today\'s findings; later scans report only new ones', async () => {
    const dir = repo();
    const b = await run('baseline', dir);
    expect(b.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, '.palisade/baseline.json'), 'utf8')) as { findings: Array<{ policy: string }> };
    expect(file.findings.map((f) => f.policy)).toContain('k8s/privileged-container');
    const again = await run('scan', dir, '-f', 'compact');
    expect(again.code).toBe(0);
    expect(compactIds(again.out)).toEqual([]);
    expect(again.err).toMatch(/finding\(s\) in the baseline .*baseline\.json not reported/);
    // Lines added above move the finding, but its fingerprint stays: still baselined. A new
    // privileged container is new.
    writeFileSync(join(dir, 'k8s/pod.yaml'), `# moved down\n${POD}    - name: sidecar\n      image: envoy:1.30\n      securityContext:\n        privileged: true\n`);
    const later = await run('scan', dir, '-f', 'compact', '--severity', 'high');
    expect(later.out).toContain('k8s/pod.yaml:16:9: high k8s/privileged-container: container "sidecar"');
    expect(compactIds(later.out)).toEqual(['k8s/privileged-container']);
    expect(compactIds((await run('scan', dir, '-f', 'compact', '--no-baseline', '--severity', 'high')).out)).toHaveLength(2);
  });
});
