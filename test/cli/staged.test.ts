// `palisade scan --staged` judges what the commit will record — the index — not the working tree:
// a fix made on disk but not staged does not pass the hook, and an unstaged bad edit does not
// block a good commit.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
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

  describe('symlinks in the index, under the walk\'s containment rule', () => {
    const diagnostics = async () => (await scan({ paths: [repo], staged: true })).diagnostics.map((d) => `${d.file}: ${d.message}`);

    it('reports a staged link out of the root and never reads its target, whatever the working tree holds', async () => {
      const outside = mkdtempSync(join(tmpdir(), 'palisade-outside-'));
      writeFileSync(join(outside, 'pod.yaml'), pod(true));
      symlinkSync(join(outside, 'pod.yaml'), join(repo, 'k8s/abs.yaml'));
      symlinkSync('../../../../../../../../../../../etc/passwd', join(repo, 'k8s/rel.yaml'));
      git('add', '-A');
      // The working tree now holds regular files: the index still says links.
      for (const f of ['abs', 'rel']) {
        unlinkSync(join(repo, `k8s/${f}.yaml`));
        writeFileSync(join(repo, `k8s/${f}.yaml`), pod(true));
      }
      expect(await privileged()).toEqual([]);
      const d = await diagnostics();
      expect(d).toContain('k8s/abs.yaml: symlink points outside the scanned root, so it was not followed');
      expect(d).toContain('k8s/rel.yaml: symlink points outside the scanned root, so it was not followed');
    });

    it('follows a staged link to a file inside the root, reading the target from the index', async () => {
      writeFileSync(join(repo, 'k8s/real.yaml'), pod(true));
      git('add', 'k8s/real.yaml');
      git('commit', '-q', '-m', 'base');
      symlinkSync('real.yaml', join(repo, 'k8s/link.yaml'));
      git('add', 'k8s/link.yaml');
      expect(await privileged()).toEqual(['k8s/link.yaml:10']);
    });

    it('scans a link to a file staged in the same commit once, under the file\'s name', async () => {
      writeFileSync(join(repo, 'k8s/real.yaml'), pod(true));
      symlinkSync('real.yaml', join(repo, 'k8s/link.yaml'));
      git('add', '-A');
      expect(await privileged()).toEqual(['k8s/real.yaml:10']);
      expect(await diagnostics()).toContain('k8s/link.yaml: symlink to k8s/real.yaml, which is already scanned; not scanned twice');
    });

    it('reports a loop of staged links and a link to nothing', async () => {
      symlinkSync('b.yaml', join(repo, 'k8s/a.yaml'));
      symlinkSync('a.yaml', join(repo, 'k8s/b.yaml'));
      symlinkSync('missing.yaml', join(repo, 'k8s/c.yaml'));
      git('add', '-A');
      const d = await diagnostics();
      expect(d).toContain('k8s/a.yaml: symlink loop: the link resolves to itself through other links');
      expect(d).toContain('k8s/c.yaml: dangling symlink: its target does not exist');
    });
  });
});
