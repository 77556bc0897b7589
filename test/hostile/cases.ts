// The hostile cases: every class of input an attacker controls (repository content, and the
// policies, configuration, waivers and bundles a repository can carry), each generated at test
// time. A case builds its repository and says which diagnostic it expects; the harness checks
// the rest (exit < 3, a bound on time, nothing read outside the root, no injected commands).
// `large` cases take seconds to minutes and run under `npm run hostile`, not `npm test`.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeTar } from '../../src/bundle/tar.js';
import { GOOD_FILE, MARK, plantGood, REPO, type Sandbox } from './harness.js';

export type HostileClass = 'security' | 'crash' | 'hang' | 'silent';

export interface Expect {
  /** A house-format diagnostic naming this file (line:col when `positioned`). */
  diag?: { file: string; positioned?: boolean; code?: string };
  /** The good file beside the hostile one is reported (default true). */
  good?: boolean;
  /** Exit codes accepted (default: any below 3). */
  exit?: number[];
  /** Extra checks on the combined output. */
  check?: (out: string, err: string, s: Sandbox) => string | undefined;
}

export interface Setup {
  /** Arguments after `palisade` (default: scan . --no-color). */
  args?: string[];
  /** Run the GitHub Action instead, with these inputs. */
  action?: Record<string, string>;
  expect: Expect;
}

export interface HostileCase {
  name: string;
  cls: HostileClass;
  large?: boolean;
  /** Only where the machine allows it (e.g. mknod needs privileges); a reason when it does not. */
  skip?: () => string | undefined;
  setup: (s: Sandbox) => Setup;
}

const SCAN = ['scan', '.', '--no-color'];
const git = (s: Sandbox, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: s.root, stdio: 'pipe' });
const gitRepo = (s: Sandbox) => {
  git(s, 'init', '-q', '-b', 'main');
  git(s, 'add', '-A');
  git(s, 'commit', '-q', '-m', 'base', '--allow-empty');
};

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${containers}`;
const container = (i: number) => `  - name: c${i}\n    image: nginx:1.25\n    securityContext:\n      privileged: true\n`;

/** Escape sequences and workflow commands an attacker would plant in names and values. */
const EVIL = `\n::stop-commands::${MARK}\n::add-mask::${MARK}\n::error file=x.yaml,line=1::${MARK}\r##[add-mask]${MARK}\u001b[2J\u001b]52;c;cHduZWQ=\u0007`;

const userPolicy = (body: string, kinds = '[kubernetes]') => `# METADATA
# title: Hostile test policy
# custom:
#   id: acme/hostile
#   severity: high
#   kinds: ${kinds}
#   remediation: Nothing to fix; this is a test.
package acme.hostile

${body}
`;

function bundle(s: Sandbox, rel: string, manifest: string, wasm: Uint8Array = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])): string {
  const enc = new TextEncoder();
  return s.write(rel, gzipSync(writeTar([
    { name: '/data.json', data: enc.encode('{}') },
    { name: '/policy.wasm', data: wasm },
    { name: '/.manifest', data: enc.encode(manifest) },
  ])));
}

function deepYaml(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
}

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

/** A file name and YAML keys carrying workflow commands (and, with `podName`, a resource name). */
function plantInjectedNames(s: Sandbox, opts: { podName?: boolean } = {}): void {
  s.write(`k8s/n\n::stop-commands::${MARK}.yaml`, 'a: [1\n');
  s.write('k8s/keys.yaml', `${JSON.stringify(`k${EVIL}`)}: 1\n${JSON.stringify(`k${EVIL}`)}: 2\n`);
  if (opts.podName) s.write(`k8s/p,o:d.yaml`, pod(container(1)).replace('name: p', `name: ${JSON.stringify(`p${EVIL}`)}`));
}

export const CASES: HostileCase[] = [
  // ── Security ────────────────────────────────────────────────────────────────────────────────
  {
    name: 'staged symlink to a file outside the root',
    cls: 'security',
    setup(s) {
      plantGood(s);
      gitRepo(s);
      symlinkSync(join(s.outside, 'secret.txt'), join(s.root, 'Dockerfile'));
      git(s, 'add', '-A');
      return { args: ['scan', '.', '--staged', '--no-color'], expect: { diag: { file: 'Dockerfile' }, good: false } };
    },
  },
  {
    name: 'changed-since symlink to a file outside the root, and to /dev/zero',
    cls: 'security',
    setup(s) {
      gitRepo(s);
      plantGood(s);
      symlinkSync(join(s.outside, 'secret.txt'), join(s.root, 'Dockerfile'));
      symlinkSync('/dev/zero', join(s.root, 'zero.yaml'));
      git(s, 'add', '-A');
      git(s, 'commit', '-q', '-m', 'evil');
      return { args: ['scan', '.', '--changed-since', 'HEAD~1', '--no-color'], expect: { diag: { file: 'zero.yaml' } } };
    },
  },
  {
    name: 'changed-since names a FIFO committed as a regular path',
    cls: 'security',
    setup(s) {
      gitRepo(s);
      plantGood(s);
      s.write('big.yaml', 'a: 1\n');
      git(s, 'add', '-A');
      git(s, 'commit', '-q', '-m', 'evil');
      // The working tree no longer holds what was committed: a FIFO where the file was.
      spawnSync('rm', [join(s.root, 'big.yaml')]);
      mkfifo(join(s.root, 'big.yaml'));
      return { args: ['scan', '.', '--changed-since', 'HEAD~1', '--no-color'], expect: { diag: { file: 'big.yaml' } } };
    },
  },
  {
    name: 'file names and YAML keys carrying workflow commands and escape sequences (text)',
    cls: 'security',
    setup(s) {
      plantGood(s);
      s.write(`k8s/a${EVIL.replace(/[\u0000-\u001f/]/g, '_')}.yaml`, 'a: [1\n');
      plantInjectedNames(s);
      s.write('Dockerfile.evil', `FROM x\nBOGUS${EVIL.replace(/[\n\r]/g, ' ')}\n`);
      s.write(`::stop-commands::${MARK}.yaml`, 'a: [1\n');
      return { expect: {} };
    },
  },
  {
    name: 'file names and YAML keys carrying workflow commands (github annotations)',
    cls: 'security',
    setup(s) {
      plantGood(s);
      plantInjectedNames(s, { podName: true });
      return { args: ['scan', '.', '--format', 'github'], expect: {} };
    },
  },
  {
    name: 'file names and YAML keys carrying workflow commands (json on stdout, diagnostics on stderr)',
    cls: 'security',
    setup(s) {
      plantGood(s);
      plantInjectedNames(s);
      return { args: ['scan', '.', '--format', 'json'], expect: {} };
    },
  },
  {
    name: 'workflow commands in content, through the GitHub Action',
    cls: 'security',
    setup(s) {
      plantGood(s);
      plantInjectedNames(s, { podName: true });
      return { action: { 'sarif-file': join(s.home, 'out.sarif') }, expect: {} };
    },
  },
  {
    name: 'symlinked directory pointing out of the root',
    cls: 'security',
    setup(s) {
      plantGood(s);
      symlinkSync(s.outside, join(s.root, 'escape'));
      writeFileSync(join(s.outside, 'Dockerfile'), `FROM x\n${'BOGUS'} ${'OUTSIDE-SECRET-c0ffee'}\n`);
      return { expect: { diag: { file: 'escape' } } };
    },
  },
  {
    name: 'a waiver for every policy and every file (*/* and *)',
    cls: 'security',
    setup(s) {
      plantGood(s);
      s.write('.palisade/waivers.yaml', `waivers:\n  - id: W-1\n    policy: "*/*"\n    path: "**/*"\n    owner: a@example.com\n    reason: everything\n    expires: 2999-01-01\n  - id: W-2\n    policy: "?*/[!/]*"\n    path: "**/{*,.*}"\n    owner: a@example.com\n    reason: everything too\n    expires: 2999-01-01\n`);
      return {
        expect: {
          good: false,
          check: (out, err) => (/waiver W-1 waives every/.test(out + err) && /waiver W-2 waives every/.test(out + err) ? undefined : 'the all-matching waivers are not flagged'),
        },
      };
    },
  },
  // ── Crashes ─────────────────────────────────────────────────────────────────────────────────
  {
    name: 'YAML alias amplification (billion laughs)',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      let y = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      for (let i = 1; i < 12; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
      s.write('k8s/bomb.yaml', y);
      return { expect: { diag: { file: 'k8s/bomb.yaml', positioned: true, code: 'input_limit_error' } } };
    },
  },
  {
    name: 'depth limit bypassed through aliases',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      let y = 'l0: &l0 {k: 1}\n';
      for (let i = 1; i <= 40; i++) y += `l${i}: &l${i} ${'{k: '.repeat(30)}*l${i - 1}${'}'.repeat(30)}\n`;
      s.write('k8s/deep-alias.yaml', y);
      return { expect: { diag: { file: 'k8s/deep-alias.yaml', positioned: true, code: 'input_limit_error' } } };
    },
  },
  {
    name: 'deep nesting in YAML, JSON, HCL, package.json and a plan',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('k8s/deep.yaml', deepYaml(50_000));
      s.write('deep.json', deepYaml(50_000));
      s.write('package.json', `{"name":"x","dependencies":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`);
      s.write('infra/deep.tf', `locals {\n  x = ${'['.repeat(20_000)}1${']'.repeat(20_000)}\n  y = ${'{a = '.repeat(5_000)}1${'}'.repeat(5_000)}\n}\n`);
      s.write('infra/plan.json', JSON.stringify({ format_version: '1.2', terraform_version: '1.6.0', planned_values: { root_module: { resources: [] } }, configuration: { root_module: {} } }));
      return { expect: { diag: { file: 'k8s/deep.yaml', code: 'input_limit_error' }, check: (out, err) => (out + err).includes('deep.json') ? undefined : 'deep.json not reported' } };
    },
  },
  {
    name: '9,000 containers in one pod',
    cls: 'crash',
    large: true,
    setup(s) {
      plantGood(s);
      let c = '';
      for (let i = 0; i < 9000; i++) c += container(i);
      s.write('k8s/pod.yaml', pod(c));
      return { expect: { check: (out) => (out.includes('k8s/pod.yaml') ? undefined : 'the pod was not reported') } };
    },
  },
  {
    name: 'a policy with a flood of violations',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('k8s/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      s.write('policy/p.rego', userPolicy('violation contains {"msg": sprintf("v%d", [i]), "path": ["metadata"]} if {\n  some i in numbers.range(1, 200000)\n}'));
      return { args: [...SCAN, '--policy', 'policy'], expect: { check: (out, err) => ((out + err).includes('k8s/cm.yaml') ? undefined : 'the flood is not reported') } };
    },
  },
  {
    name: '200k .gitignore rules',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      const lines: string[] = [];
      for (let i = 0; i < 200_000; i++) lines.push(`/build-${i}/*.log`);
      s.write('.gitignore', `${lines.join('\n')}\n`);
      return { expect: {} };
    },
  },
  {
    name: 'deeply nested .tf beside a plan',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('infra/main.tf', `resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  tags = ${'{a = '.repeat(20_000)}1${'}'.repeat(20_000)}\n}\n`);
      s.write('infra/plan.json', JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.6.0',
        planned_values: { root_module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'x', acl: 'public-read' } }] } },
        resource_changes: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', change: { actions: ['create'], before: null, after: { bucket: 'x', acl: 'public-read' } } }],
        configuration: { root_module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: { bucket: { constant_value: 'x' } } }] } },
      }));
      return { expect: { diag: { file: 'infra/main.tf' } } };
    },
  },
  {
    name: 'invalid glob ranges and odd whitespace in .gitignore, inline ignores, config and waivers',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('.gitignore', '[z-a]\n\u00a0*\u3000\n[\n\\\n[[:bogus:]]\n');
      s.write('k8s/sub/.gitignore', '[9-0]*.yaml\n');
      s.write('k8s/sub/pod.yaml', pod(container(1)));
      s.write('k8s/ig.yaml', `# palisade:ignore [z-a] because\n${pod(container(2)).replace(/^/, '')}`);
      s.write('.palisade.yaml', 'ignore: ["[z-a]", "a[\u2028]b"]\npolicies:\n  exclude: ["[z-a]/*"]\n');
      s.write('.palisade/waivers.yaml', 'waivers:\n  - id: W-1\n    policy: "k8s/[z-a]"\n    path: "[z-a]/**"\n    resource: "[9-0]"\n    owner: a@example.com\n    reason: bad globs\n    expires: 2999-01-01\n');
      return { expect: { diag: { file: '.palisade.yaml', positioned: true } } };
    },
  },
  {
    name: 'configuration that is an alias bomb, deeply nested, or a directory',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      let y = 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n';
      for (let i = 1; i < 10; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
      s.write('bomb.yaml', `${y}ignore: *a9\n`);
      s.write('deep.yaml', `ignore: ${deepYaml(50_000)}`);
      mkdirSync(join(s.root, 'dir.yaml'));
      return { args: [...SCAN, '--config', 'bomb.yaml'], expect: { diag: { file: 'bomb.yaml', code: 'config_error' }, good: false } };
    },
  },
  {
    name: 'configuration file that is deeply nested',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('.palisade.yaml', `ignore: ${deepYaml(50_000)}`);
      return { expect: { diag: { file: '.palisade.yaml', code: 'config_error' }, good: false } };
    },
  },
  {
    name: 'configuration path that is a directory',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      mkdirSync(join(s.root, 'conf.yaml'));
      return { args: [...SCAN, '--config', 'conf.yaml'], expect: { diag: { file: 'conf.yaml', code: 'config_error' }, good: false } };
    },
  },
  {
    name: 'waiver file that is an alias bomb',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      let y = 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n';
      for (let i = 1; i < 10; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
      s.write('.palisade/waivers.yaml', `${y}waivers: *a9\n`);
      return { expect: { diag: { file: '.palisade/waivers.yaml', code: 'waiver_error' } } };
    },
  },
  {
    name: 'waiver file that is deeply nested',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('.palisade/waivers.yaml', `waivers: ${deepYaml(50_000)}`);
      return { expect: { diag: { file: '.palisade/waivers.yaml', code: 'waiver_error' } } };
    },
  },
  {
    name: 'waiver path that is a directory',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      mkdirSync(join(s.root, '.palisade/waivers.yaml'), { recursive: true });
      return { expect: { diag: { file: '.palisade/waivers.yaml', code: 'waiver_error' } } };
    },
  },
  {
    name: 'garbage .wasm policy',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('p.wasm', 'not a wasm module at all');
      return { args: [...SCAN, '--policy', 'p.wasm'], expect: { diag: { file: 'p.wasm', code: 'bundle_error' }, good: false } };
    },
  },
  {
    name: 'bundle whose manifest is null',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      bundle(s, 'b.tar.gz', 'null');
      return { args: [...SCAN, '--policy', 'b.tar.gz'], expect: { diag: { file: 'b.tar.gz', code: 'bundle_error' }, good: false } };
    },
  },
  {
    name: 'bundle whose Palisade metadata lacks fields',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      bundle(s, 'b.tar.gz', JSON.stringify({ revision: '', roots: [''], metadata: { palisade: { version: 1, policies: [{ id: 'x' }] } } }));
      return { args: [...SCAN, '--policy', 'b.tar.gz'], expect: { diag: { file: 'b.tar.gz', code: 'bundle_error' }, good: false } };
    },
  },
  {
    name: 'bundle whose metadata kinds is a string',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      bundle(s, 'b.tar.gz', JSON.stringify({ revision: '', roots: [''], metadata: { palisade: { version: 1, kindEntrypoints: {}, policies: [{ id: 'acme/x', title: 't', severity: 'high', kinds: 'kubernetes', entrypoint: 'acme/x/violation' }] } } }));
      return { args: [...SCAN, '--policy', 'b.tar.gz'], expect: { diag: { file: 'b.tar.gz', code: 'bundle_error' }, good: false } };
    },
  },
  {
    name: 'output path in a missing directory',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      return { args: [...SCAN, '--format', 'sarif', '--output', 'no/such/dir/out.sarif'], expect: { diag: { file: 'no/such/dir/out.sarif' }, good: false } };
    },
  },
  {
    name: 'a builtin asked to allocate without bound',
    cls: 'crash',
    setup(s) {
      plantGood(s);
      s.write('k8s/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      // A 12,000-node chain: reachable_paths (native, as OPA builds them) makes a path per node, in
      // all 72M elements, past the default 256 MB a policy may use: out of memory, not a crash.
      const chain = Array.from({ length: 12_000 }, (_, i) => `"n${i}": ["n${i + 1}"]`).join(', ');
      s.write('policy/p.rego', userPolicy(`g := {${chain}}\n\nviolation contains {"msg": "m", "path": []} if {\n  count(graph.reachable_paths(g, {"n0"})) > 0\n}`));
      return { args: [...SCAN, '--policy', 'policy'], expect: { diag: { file: 'k8s/cm.yaml', code: 'eval_error' } } };
    },
  },
  // ── Hangs ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'quadratic inline ignores',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      const lines: string[] = [];
      for (let i = 0; i < 40_000; i++) lines.push(`# palisade:ignore k8s/privileged-container reason ${i}`);
      s.write('k8s/ig.yaml', `${lines.join('\n')}\n${pod(container(1))}`);
      const block: string[] = ['data:', '  script: |'];
      for (let i = 0; i < 40_000; i++) block.push(`    # palisade:ignore x y ${i}`);
      s.write('k8s/cm.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n${block.join('\n')}\n`);
      return { expect: {} };
    },
  },
  {
    name: 'glob patterns built to backtrack in .gitignore, config ignores, policies.exclude, waivers and inline ignores',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      // Each would take exponential time as a backtracking RegExp against the long names below.
      const stars = `${'*a'.repeat(30)}*b`;
      const name = `${'a'.repeat(120)}.yaml`;
      s.write('.gitignore', `${stars}\n${'**/'.repeat(300)}zz\n`);
      s.write('.palisade.yaml', `ignore: ["${stars}"]\npolicies:\n  exclude: ["${'*'.repeat(200)}/${stars}"]\n`);
      s.write(`k8s/${name}`, `# palisade:ignore ${'*'.repeat(100)}z because\n${pod(container(1))}`);
      s.write('.palisade/waivers.yaml', `waivers:\n  - id: W-1\n    policy: "${'?*'.repeat(100)}z"\n    path: "${stars}"\n    resource: "${stars}"\n    owner: a@example.com\n    reason: slow globs\n    expires: 2999-01-01\n`);
      return { expect: { check: (out) => (out.includes(`k8s/${name}`) ? undefined : 'the pod behind the patterns was not reported') } };
    },
  },
  {
    name: 'alias-heavy lists located by findings',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      const items: string[] = [];
      for (let i = 0; i < 90; i++) items.push('  - *c');
      s.write('k8s/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nx: &c\n  name: c\n  image: nginx:latest\n  securityContext: {privileged: true}\nspec:\n  containers:\n${items.join('\n')}\n`);
      return { expect: { check: (out) => (out.includes('k8s/pod.yaml') ? undefined : 'the pod was not reported') } };
    },
  },
  {
    name: 'a very deep directory tree',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      spawnSync('bash', ['-c', 'cd "$1" && for i in $(seq 600); do mkdir dddddddddd && cd dddddddddd || exit 1; done; printf "a: [1\\n" > x.yaml', '_', s.root]);
      return { expect: { check: (out, err) => (/^dddddddddd\/\S*: (error|warning)\[/m.test(out + err) ? undefined : 'the deep file is not reported') } };
    },
  },
  {
    name: 'a 20k-resource plan',
    cls: 'hang',
    large: true,
    setup(s) {
      plantGood(s);
      const resources = [];
      const changes = [];
      for (let i = 0; i < 20_000; i++) {
        const values = { bucket: `b${i}`, acl: 'public-read', tags: { n: String(i) } };
        resources.push({ address: `aws_s3_bucket.b${i}`, mode: 'managed', type: 'aws_s3_bucket', name: `b${i}`, values });
        changes.push({ address: `aws_s3_bucket.b${i}`, mode: 'managed', type: 'aws_s3_bucket', name: `b${i}`, change: { actions: ['create'], before: null, after: values } });
      }
      s.write('plan.json', JSON.stringify({ format_version: '1.2', terraform_version: '1.6.0', planned_values: { root_module: { resources } }, resource_changes: changes, configuration: { root_module: {} } }));
      return { expect: { check: (out) => (out.includes('plan.json') ? undefined : 'the plan was not reported') } };
    },
  },
  {
    name: 'a FIFO named on the command line',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      mkfifo(join(s.root, 'fifo.yaml'));
      return { args: ['scan', 'fifo.yaml', 'good', '--no-color'], expect: { diag: { file: 'fifo.yaml' } } };
    },
  },
  {
    name: 'a FIFO in the tree is reported, not skipped',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      mkfifo(join(s.root, 'k8s.yaml'));
      return { expect: { diag: { file: 'k8s.yaml' } } };
    },
  },
  {
    name: 'a character device named on the command line',
    cls: 'hang',
    skip: () => (spawnSync('mknod', ['/tmp/.palisade-mknod-probe', 'c', '1', '5']).status === 0 ? (spawnSync('rm', ['-f', '/tmp/.palisade-mknod-probe']), undefined) : 'mknod needs privileges here'),
    setup(s) {
      plantGood(s);
      spawnSync('mknod', [join(s.root, 'zero.yaml'), 'c', '1', '5']);
      return { args: ['scan', 'zero.yaml', 'good', '--no-color'], expect: { diag: { file: 'zero.yaml' } } };
    },
  },
  {
    name: 'a policy that loops in a module without the step counter',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      s.write('k8s/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      s.write('policy/p.rego', userPolicy('violation contains {"msg": "m", "path": []} if {\n  n := count([1 | some i in numbers.range(1, 3000); some j in numbers.range(1, 3000); some k in numbers.range(1, 3000); i + j + k == -1])\n  n >= 0\n}'));
      const out = join(s.root, 'b.tar.gz');
      const built = spawnSync(process.execPath, [join(REPO, 'bin/palisade.cjs'), 'build', join(s.root, 'policy'), '-e', 'acme/hostile/violation', '-o', out]);
      if (built.status === 0) {
        // Renaming the step-budget export makes this look like a module OPA built.
        const tar = gunzipSync(readFileSync(out));
        const name = Buffer.from('palisade_set_step_budget');
        for (let i = tar.indexOf(name); i !== -1; i = tar.indexOf(name, i + 1)) tar[i + name.length - 1] = 0x58;
        writeFileSync(out, gzipSync(tar));
      }
      s.write('.palisade.yaml', 'limits:\n  policyTimeMs: 3000\n  policyMemoryMB: 4096\n');
      return {
        args: [...SCAN, '--policy', 'b.tar.gz'],
        expect: { diag: { file: 'k8s/cm.yaml', code: 'eval_error' }, check: (out) => (/exceeded its time budget \(3000 ms\)/.test(out) ? undefined : 'not stopped by the time budget') },
      };
    },
  },
  // ── Silent ──────────────────────────────────────────────────────────────────────────────────
  {
    name: 'CR-only and CRLF line endings in YAML, Dockerfiles and HCL: scanned, at the right lines',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      const manifest = pod(container(1));
      // A lone CR is a YAML line break (kubectl applies such a file): it must not go unscanned.
      s.write('k8s/cr.yaml', manifest.replace(/\n/g, '\r'));
      s.write('k8s/crlf.yaml', manifest.replace(/\n/g, '\r\n'));
      s.write('docker/Dockerfile', 'FROM node:20\r\nRUN curl -fsSL https://example.com/i.sh | sh\r\nUSER node\r\n');
      s.write('infra/main.tf', 'resource "aws_s3_bucket" "b" {\r\n  bucket = "x"\r\n  acl    = "public-read"\r\n}\r\n');
      const want = ['k8s/cr.yaml:10:7', 'k8s/crlf.yaml:10:7', 'docker/Dockerfile:2:1', 'infra/main.tf:3:3'];
      return { expect: { check: (out) => want.filter((w) => !out.includes(w)).map((w) => `no finding at ${w}`).join('; ') || undefined } };
    },
  },
  {
    name: 'megabyte-long names quoted by many findings',
    cls: 'hang',
    setup(s) {
      plantGood(s);
      s.write('k8s/long.yaml', pod(container(1)).replace('name: p', `name: ${'p'.repeat(2_000_000)}`).replace('name: c1', `name: ${'c'.repeat(1_000_000)}`));
      return {
        expect: {
          check: (out) => (!out.includes('k8s/long.yaml:10:7') ? 'the pod was not reported' : out.length > 1_000_000 ? `the report quotes the names in full (${out.length} characters)` : undefined),
        },
      };
    },
  },
  {
    name: 'NUL bytes, invalid UTF-8 and a UTF-16 byte-order mark',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      const manifest = pod(container(1));
      s.write('k8s/nul.yaml', manifest.replace('name: p', 'name: p\u0000x'));
      s.write('k8s/bad.yaml', Buffer.concat([Buffer.from(manifest.slice(0, 20)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(manifest.slice(20))]));
      s.write('k8s/utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(manifest, 'utf16le')]));
      return {
        expect: {
          diag: { file: 'k8s/nul.yaml', code: 'input_read_error' },
          check: (out, err) => (!/k8s\/bad\.yaml: error\[input_read_error\]/.test(out + err) ? 'invalid UTF-8 not reported' : !out.includes('k8s/utf16.yaml:10:7') ? 'the UTF-16 manifest was not scanned at its lines' : undefined),
        },
      };
    },
  },
  ...(['text', 'compact', 'json', 'sarif', 'junit', 'github'] as const).map(
    (format): HostileCase => ({
      name: `bidi, zero-width and newline characters in file names and values (${format} output)`,
      cls: 'security',
      setup(s) {
        plantGood(s);
        // Right-to-left override, isolates and zero-width space: the line would read other than it is.
        const name = 'k8s/invoice\u202egnp.yaml';
        s.write(name, pod(container(1)).replace('name: p', 'name: "p\u2066x\u200b\u202e"'));
        s.write('k8s/new\nline.yaml', pod(container(2)));
        return {
          args: ['scan', '.', '--no-color', '--format', format],
          expect: { check: (out) => (out.includes('invoice') && out.includes('line.yaml') ? undefined : 'the oddly named files were not reported') },
        };
      },
    }),
  ),
  {
    name: 'numbers.range over a huge range is an error, not undefined',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      s.write('k8s/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      s.write('policy/p.rego', userPolicy('violation contains {"msg": "m", "path": []} if {\n  count(numbers.range(1, 100000000)) > 0\n}'));
      return { args: [...SCAN, '--policy', 'policy'], expect: { diag: { file: 'k8s/cm.yaml', code: 'eval_error' } } };
    },
  },
  {
    name: 'data.json beside the Rego is loaded by --policy <dir>',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      s.write('k8s/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
      s.write('policy/p.rego', userPolicy('violation contains {"msg": data.acme.message, "path": []} if {\n  data.acme.on\n}'));
      s.write('policy/data.json', JSON.stringify({ acme: { on: true, message: 'loaded-from-data-json' } }));
      return { args: [...SCAN, '--policy', 'policy'], expect: { check: (out) => (out.includes('loaded-from-data-json') ? undefined : 'data.json was not loaded') } };
    },
  },
  {
    name: 'names beginning with two dots inside the root',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      s.write('..pod.yaml', pod(container(1)));
      s.write('..k8s/pod.yaml', pod(container(2)));
      return {
        args: ['scan', '.', '..pod.yaml', '--no-color'],
        expect: { check: (out) => (out.includes('..pod.yaml:') && out.includes('..k8s/pod.yaml:') ? undefined : 'a `..` name was skipped') },
      };
    },
  },
  {
    name: 'glob path arguments load',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      s.write('k8s/pod.yaml', pod(container(1)));
      return { args: ['scan', 'k8s/*.yaml', 'good/*', '--no-color'], expect: { check: (out) => (out.includes('k8s/pod.yaml:') ? undefined : 'the glob did not load') } };
    },
  },
  {
    name: 'one finding is reported once',
    cls: 'silent',
    setup(s) {
      plantGood(s);
      s.write('k8s/pod.yaml', pod(container(1)));
      s.write('policy/p.rego', userPolicy('violation contains {"msg": "twice", "path": ["spec"]} if true\n\nviolation contains {"msg": "twice", "path": ["spec"], "extra": 1} if true'));
      return {
        args: ['scan', '.', '--format', 'json', '--policy', 'policy'],
        expect: {
          check: (out) => {
            const fps = (JSON.parse(out) as { findings: Array<{ fingerprint: string }> }).findings.map((f) => f.fingerprint);
            return new Set(fps).size === fps.length ? undefined : 'a fingerprint is reported twice';
          },
        },
      };
    },
  },
];

export { GOOD_FILE };
