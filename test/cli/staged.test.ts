// `palisade scan --staged` judges what the commit will record — the index — not the working tree:
// a fix made on disk but not staged does not pass the hook, and an unstaged bad edit does not
// block a good commit.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';

const pod = (privileged: boolean) => `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
    - name: agent
      image: nginx:1.25
      securityContext:
        privileged: ${privileged}
`;

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'palisade-staged-'));
  git('init', '-q');
  mkdirSync(join(repo, 'k8s'));
});

const privileged = async () => (await scan({ paths: [repo], staged: true })).findings.filter((f) => f.policy.id === 'k8s/privileged-container').map((f) => `${f.file}:${f.region.startLine}`);

describe('scan --staged', () => {
  it('reports what is staged even when the working tree has been fixed since', async () => {
    writeFileSync(join(repo, 'k8s/pod.yaml'), pod(true));
    git('add', 'k8s/pod.yaml');
    writeFileSync(join(repo, 'k8s/pod.yaml'), '# rewritten, not staged\n' + pod(false));
    expect(await privileged()).toEqual(['k8s/pod.yaml:10']);
  });

  it('passes a clean staged file whatever the working tree holds', async () => {
    writeFileSync(join(repo, 'k8s/pod.yaml'), pod(false));
    git('add', 'k8s/pod.yaml');
    writeFileSync(join(repo, 'k8s/pod.yaml'), pod(true));
    expect(await privileged()).toEqual([]);
  });

  it('scans a staged file that was deleted from the working tree', async () => {
    writeFileSync(join(repo, 'k8s/pod.yaml'), pod(true));
    git('add', 'k8s/pod.yaml');
    execFileSync('rm', [join(repo, 'k8s/pod.yaml')]);
    expect(await privileged()).toEqual(['k8s/pod.yaml:10']);
  });
});
