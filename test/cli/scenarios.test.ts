// End-to-end CLI scenarios: `palisade` run in process on fixture repositories, asserting what a
// user sees — stdout, stderr, written files and the exit code (Spectral-style scenario tests).

import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/bundle.js';
import { main } from '../../src/cli/main.js';
import { toAjvSchema } from '../../src/reporters/schema-compat.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(repo, 'fixtures/sample-repo');
const corpusSchema = join(repo, '../shared/corpora/sarif/schema/sarif-schema-2.1.0.json');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', ...args], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  return { code, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'palisade-cli-'));

describe('palisade scan', () => {
  it('reports the sample repository in text, failing with exit 1', async () => {
    const r = await run('scan', sample, '--no-color');
    expect(r.code).toBe(1);
    expect(r.out).toContain('k8s/web.yaml:25:13  high      k8s/privileged-container');
    expect(r.out).toContain('Dockerfile:5:1  high      dockerfile/curl-pipe-shell');
    expect(r.out).toContain('infra/main.tf:32:5  critical  terraform/security-group-open-ssh');
    expect(r.out).toMatch(/fix: /);
    expect(r.out).toMatch(/\d+ findings \(/);
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'ok.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndata:\n  LOG_LEVEL: info\n',
    );
    const r = await run('scan', dir, '--no-builtin', '--policy', join(repo, 'policies/k8s'), '--policy', join(repo, 'policies/lib'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it.skipIf(!existsSync(corpusSchema))('writes SARIF that validates and points every result at the offending key', async () => {
    const dir = tmp();
    const out = join(dir, 'palisade.sarif');
    const r = await run('scan', sample, '--format', 'sarif', '--output', out);
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log;
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(toAjvSchema(JSON.parse(readFileSync(corpusSchema, 'utf8'))));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(20);
    const byRule = (id: string) => results.find((x) => x.ruleId === id)!.locations![0]!.physicalLocation!;
    // The key itself, in the file a developer edits.
    const priv = byRule('k8s/privileged-container');
    expect(priv.artifactLocation!.uri).toBe('k8s/web.yaml');
    expect(priv.region).toMatchObject({ startLine: 25, startColumn: 13 });
    const lines = readFileSync(join(sample, 'k8s/web.yaml'), 'utf8').split('\n');
    expect(lines[24]!.slice(12)).toMatch(/^privileged: true/);
    const ssh = byRule('terraform/security-group-open-ssh');
    expect(ssh.artifactLocation!.uri).toBe('infra/main.tf');
    for (const res of results) {
      expect(res.partialFingerprints?.['palisade/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(res.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(0);
    }
  });

  it('finds the same findings in every format', async () => {
    const text = await run('scan', sample, '--no-color');
    const json = JSON.parse((await run('scan', sample, '--format', 'json')).out) as { findings: Array<{ policy: { id: string } | string; file: string; region: { startLine: number; startColumn: number } }> };
    const sarif = JSON.parse((await run('scan', sample, '--format', 'sarif')).out) as Sarif.Log;
    const github = (await run('scan', sample, '--format', 'github')).out;
    const fromJson = json.findings.map((f) => `${typeof f.policy === 'string' ? f.policy : f.policy.id} ${f.file}:${f.region.startLine}:${f.region.startColumn}`).sort();
    const fromSarif = sarif.runs[0]!.results!.map((r) => {
      const p = r.locations![0]!.physicalLocation!;
      return `${r.ruleId} ${p.artifactLocation!.uri}:${p.region!.startLine}:${p.region!.startColumn}`;
    }).sort();
    expect(fromSarif).toEqual(fromJson);
    const fromText = [...text.out.matchAll(/^ {2}(\S+):(\d+):(\d+) +\w+ +(\S+)/gm)].map((m) => `${m[4]} ${m[1]}:${m[2]}:${m[3]}`).sort();
    expect(fromText).toEqual(fromJson);
    // Annotations are capped by GitHub; the ones written must be a subset, with positions.
    for (const m of github.matchAll(/^::(?:error|warning|notice) file=([^,]+),line=(\d+),col=(\d+)/gm)) {
      expect(fromJson.some((f) => f.endsWith(` ${m[1]}:${m[2]}:${m[3]}`))).toBe(true);
    }
  });

  it('reports a broken input file with file:line:col and still scans the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n');
    writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: nginx:latest\n      securityContext:\n        privileged: true\n');
    const r = await run('scan', dir, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+: error\[input_parse_error\]: .*\n {2}fix: /);
    expect(JSON.parse(r.out).findings.some((f: { file: string }) => f.file === 'pod.yaml')).toBe(true);
  });

  it('rejects unknown options with a usage error and exit 2', async () => {
    const r = await run('scan', '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error\[usage_error\]: unknown option '--frobnicate'\n {2}fix: /);
  });

  it('reports a broken policy with its position and writes no output', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'policy'));
    writeFileSync(join(dir, 'policy/p.rego'), 'package p\n\nviolation contains msg if {\n  msg := "x" +\n}\n');
    const out = join(dir, 'out.sarif');
    const r = await run('scan', sample, '--policy', join(dir, 'policy'), '--format', 'sarif', '--output', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.rego:\d+:\d+: error\[rego_parse_error\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('honours a waiver and reports an expired one', async () => {
    const dir = tmp();
    mkdirSync(join(dir, '.palisade'));
    writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: nginx:1.25\n      securityContext:\n        privileged: true\n');
    const waiver = (expires: string) =>
      `waivers:\n  - id: W-1\n    policy: k8s/privileged-container\n    path: pod.yaml\n    owner: "@platform"\n    reason: node agent needs device access\n    expires: "${expires}"\n`;
    writeFileSync(join(dir, '.palisade/waivers.yaml'), waiver('2999-01-01'));
    const active = JSON.parse((await run('scan', dir, '--format', 'json')).out) as { findings: Array<{ policy: { id: string } | string; waived?: unknown }> };
    const priv = active.findings.filter((f) => (typeof f.policy === 'string' ? f.policy : f.policy.id) === 'k8s/privileged-container');
    expect(priv).toHaveLength(1);
    expect(priv[0]!.waived).toBeTruthy();
    writeFileSync(join(dir, '.palisade/waivers.yaml'), waiver('2020-01-01'));
    const expired = await run('scan', dir, '--format', 'json');
    expect(expired.err).toMatch(/W-1.*expired|expired.*W-1/);
  });
});

describe('palisade scan of .tf without a plan', () => {
  // The variable decides whether the key rotates: the last of --var / --var-file wins, in
  // command-line order, as with terraform plan.
  const dir = tmp();
  mkdirSync(join(dir, 'infra'));
  writeFileSync(join(dir, 'infra/main.tf'), 'variable "rotate" {\n  type = bool\n}\n\nresource "aws_kms_key" "k" {\n  enable_key_rotation = var.rotate\n}\n');
  writeFileSync(join(dir, 'on.tfvars'), 'rotate = true\n');
  writeFileSync(join(dir, 'off.tfvars'), 'rotate = false\n');
  const rotates = async (...vars: string[]) => {
    const r = await run('scan', join(dir, 'infra'), '--root', dir, '--only', 'terraform/kms-key-rotation', '--format', 'json', '--quiet', ...vars);
    return (JSON.parse(r.out) as { findings: unknown[] }).findings.length === 0;
  };

  it('applies --var and --var-file in command-line order', async () => {
    expect(await rotates('--var-file', join(dir, 'off.tfvars'), '--var', 'rotate=true')).toBe(true);
    expect(await rotates('--var', 'rotate=true', '--var-file', join(dir, 'off.tfvars'))).toBe(false);
    expect(await rotates('--var-file', join(dir, 'on.tfvars'), '--var-file', join(dir, 'off.tfvars'))).toBe(false);
  });
});

describe('palisade build', () => {
  it('writes an OPA-layout bundle that opa-wasm loads directly', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'authz.rego'), 'package authz\n\ndefault allow := false\n\nallow if input.user == data.admins[_]\n');
    writeFileSync(join(dir, 'data.json'), '{"admins": ["alice"]}');
    const out = join(dir, 'bundle.tar.gz');
    const r = await run('build', dir, '-e', 'authz/allow', '-o', out);
    expect(r.code).toBe(0);
    const b = readBundle(readFileSync(out), out);
    expect(b.manifest.wasm?.map((w) => w.entrypoint)).toContain('authz/allow');
    const policy = await loadPolicy(b.wasm);
    policy.setData(b.data as object);
    expect(policy.evaluate({ user: 'alice' }, 'authz/allow')).toEqual([{ result: true }]);
    expect(policy.evaluate({ user: 'bob' }, 'authz/allow')).toEqual([{ result: false }]);
  });

  it('lays data files out as opa build does: a nested file at its directory\'s path', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'authz', 'roles'), { recursive: true });
    writeFileSync(join(dir, 'authz', 'a.rego'), 'package authz\n\nallow if input.user in data.authz.roles.admins\n');
    writeFileSync(join(dir, 'authz', 'roles', 'data.yaml'), 'admins: [alice]\n');
    const out = join(dir, 'bundle.tar.gz');
    expect((await run('build', dir, '-e', 'authz/allow', '-o', out)).code).toBe(0);
    expect(readBundle(readFileSync(out), out).data).toEqual({ authz: { roles: { admins: ['alice'] } } });
  });

  it('fails on a malformed policy with file:line:col, exit 2 and no output file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.rego'), 'package bad\n\nallow if {\n  input.x ==\n}\n');
    const out = join(dir, 'bundle.tar.gz');
    const r = await run('build', dir, '-e', 'bad/allow', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.rego:5:1: error\[rego_parse_error\]: .+\n {2}fix: /);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on an unsafe variable with its position', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'unsafe.rego'), 'package u\n\nallow if {\n  x > 1\n}\n');
    const r = await run('build', dir, '-e', 'u/allow', '-o', join(dir, 'b.tar.gz'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unsafe\.rego:4:3: error\[rego_unsafe_var_error\]: var x is unsafe/);
  });
});

describe('palisade test', () => {
  it('runs a policy folder\'s Rego tests and fixtures', async () => {
    const r = await run('test', join(repo, 'policies/k8s/privileged-container'));
    expect(r.code).toBe(0);
    expect(r.out).toBe('PASS: 5/5\n');
  });

  it('fails when a fixture does not produce the marked finding, naming the fixture', async () => {
    const dir = tmp();
    const folder = join(dir, 'acme/no-latest');
    mkdirSync(join(folder, 'fixtures'), { recursive: true });
    writeFileSync(
      join(folder, 'policy.rego'),
      [
        '# METADATA',
        '# title: No latest tag',
        '# description: Images must be pinned.',
        '# custom:',
        '#   id: acme/no-latest',
        '#   severity: low',
        '#   kinds: [kubernetes]',
        '#   remediation: Pin the tag.',
        'package acme.no_latest',
        '',
        'violation contains {"msg": "latest", "path": ["spec", "containers", i, "image"]} if {',
        '  some i, c in input.spec.containers',
        '  endswith(c.image, ":latest")',
        '}',
      ].join('\n'),
    );
    writeFileSync(join(folder, 'policy_test.rego'), 'package acme.no_latest_test\n\nimport data.acme.no_latest\n\ntest_flags if count(no_latest.violation) == 1 with input as {"spec": {"containers": [{"image": "a:latest"}]}}\n');
    const pod = (image: string, mark: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}${mark}\n`;
    writeFileSync(join(folder, 'fixtures/pass-pinned.yaml'), pod('nginx:1.25', ''));
    // Marked, but the image is not :latest, so the policy stays silent: the harness must say so.
    writeFileSync(join(folder, 'fixtures/fail-latest.yaml'), pod('nginx:1.25', '  # expect: acme/no-latest'));
    const r = await run('test', dir);
    // opa test's exit code for a failing test is 2.
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/fail-latest\.yaml:\n.*acme\/no-latest.*: FAIL/);
    expect(r.out).toMatch(/PASS: 2\/3\nFAIL: 1\/3\n$/);
  });
});

describe('palisade policies', () => {
  it('lists the built-in policies and explains one', async () => {
    const list = await run('policies', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^k8s\/privileged-container +high +/m);
    const explain = await run('policies', 'explain', 'k8s/privileged-container');
    expect(explain.out).toContain('How to fix:');
    const missing = await run('policies', 'explain', 'k8s/privileged');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/did you mean k8s\/privileged-container/);
  });
});

describe('palisade help and command names', () => {
  it('lists every command whatever is built for the invoked one, and suggests a misspelt name', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    const listed = [...help.out.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(['scan', 'baseline', 'merge', 'build', 'test', 'policies', 'waivers', 'help']));
    expect((await run('help')).out).toBe(help.out);
    const scanHelp = await run('scan', '--help');
    expect(scanHelp.out).toMatch(/^Usage: palisade scan \[options\] \[paths\.\.\.\]/);
    expect(scanHelp.out).toContain('--fail-on <severity>');
    expect((await run('help', 'scan')).out).toBe(scanHelp.out);
    const typo = await run('sacn', '.');
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/error\[usage_error\]: unknown command 'sacn'.*Did you mean scan\?/);
  });
});
