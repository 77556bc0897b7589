// The pre-commit hook as users install it. pre-commit installs a `language: node` hook by cloning
// the repository, `npm install` in it, `npm pack`, then `npm install -g` of the tarball (Debian's
// pre-commit 3.0 and pre-commit 4 alike); a plain `npm install -g git+…` is the other way people
// install it. Either way nothing is built: the CLI runs from the committed bundle lib/. The hook
// then blocks a commit that stages a privileged Deployment.
//
// Needs the `pre-commit` command (CI installs Debian's package with apt-get, see .ci/run) and the
// npm registry (the installs fetch the dependencies). The repository under test is the working
// tree as git sees it (tracked and unignored files), committed into a scratch repository.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('skipped: test/precommit.test.ts needs the pre-commit command (apt-get install pre-commit)');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  template:
    spec:
      containers:
        - name: agent
          image: nginx:1.25
          securityContext:
            privileged: true
`;

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();

describe.skipIf(!hasPreCommit)('the pre-commit hook', () => {
  let dir: string;
  let hookRepo: string;
  let rev: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-hook-'));
    hookRepo = join(dir, 'palisade');
    mkdirSync(hookRepo);
    git(hookRepo, 'init', '-q');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      mkdirSync(dirname(join(hookRepo, f)), { recursive: true });
      try {
        copyFileSync(join(ROOT, f), join(hookRepo, f));
      } catch {
        // Deleted in the working tree but still in the index: not part of what is being tested.
      }
    }
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-qm', 'palisade under test');
    rev = git(hookRepo, 'rev-parse', 'HEAD');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs with pre-commit and blocks a commit staging a privileged Deployment', () => {
    const app = join(dir, 'app');
    mkdirSync(join(app, 'k8s'), { recursive: true });
    git(app, 'init', '-q');
    writeFileSync(join(app, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: palisade\n`);
    writeFileSync(join(app, 'k8s', 'agent.yaml'), DEPLOYMENT);
    // npm's cache answers first: the install fetches only what the machine has not seen.
    const env = { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(dir, 'pre-commit-home'), npm_config_prefer_offline: 'true' };
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: app, env, encoding: 'utf8' });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    git(app, 'add', '-A');
    const commit = spawnSync('git', ['commit', '-m', 'add agent'], { cwd: app, env, encoding: 'utf8' });
    expect(commit.status, commit.stdout + commit.stderr).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('k8s/agent.yaml:12:13  high      k8s/privileged-container');
    // Fixed in the index, the same commit goes through.
    writeFileSync(join(app, 'k8s', 'agent.yaml'), DEPLOYMENT.replace('privileged: true', 'privileged: false'));
    git(app, 'add', '-A');
    const again = spawnSync('git', ['commit', '-qm', 'add agent'], { cwd: app, env, encoding: 'utf8' });
    expect(again.stdout + again.stderr).not.toContain('k8s/privileged-container');
  }, 600_000);

  it('installs with npm install -g git+… and runs without a build', () => {
    const prefix = join(dir, 'npm-global');
    // --install-links: npm links a git+file: package into the prefix instead of copying it as it
    // does one from a remote (git+https:), and the link points into a temporary clone.
    const r = spawnSync('npm', ['install', '-g', '--install-links', '--no-audit', '--no-fund', '--prefer-offline', `git+file://${hookRepo}#${rev}`], {
      env: { ...process.env, npm_config_prefix: prefix },
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // Nothing was built: the CLI is the committed bundle.
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'palisade', 'dist'))).toBe(false);
    const app = join(dir, 'plain');
    mkdirSync(app);
    writeFileSync(join(app, 'agent.yaml'), DEPLOYMENT);
    const scan = spawnSync('palisade', ['scan', 'agent.yaml', '--fail-on', 'high'], { cwd: app, env: { ...process.env, PATH: [join(prefix, 'bin'), process.env['PATH']].join(delimiter) }, encoding: 'utf8' });
    expect(scan.status, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('k8s/privileged-container');
  }, 600_000);
});
