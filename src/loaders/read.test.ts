import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../discovery/discover.js';
import { PACKAGE_ROOT } from '../paths.js';
import { loadDiscovered } from './read.js';

let root: string;
const put = (rel: string, text: string | Buffer) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'palisade-read-'));
  put('a-good.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n');
  put('b-broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: [\n');
  put('c-binary.json', Buffer.from([0x7b, 0x00, 0x7d]));
  put('d-big.yaml', 'a: ' + 'x'.repeat(5000) + '\n');
  put('e-unreadable.yaml', 'a: 1\n');
  chmodSync(join(root, 'e-unreadable.yaml'), 0o000);
  put('f-good/Dockerfile', 'FROM node:20\n');
  put('package.json', '{"name": "demo"}');
  put('SECURITY.md', 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadDiscovered', () => {
  it('a bad file never stops the others; each problem is a diagnostic', async () => {
    const found = await discover([], { root });
    const r = await loadDiscovered(found, { root, maxBytes: 4096 });
    expect(r.documents.filter((d) => d.path !== 'e-unreadable.yaml').map((d) => [d.kind, d.path])).toEqual([
      ['kubernetes', 'a-good.yaml'],
      ['dockerfile', 'f-good/Dockerfile'],
      ['package-json', 'package.json'],
      ['repository', '.'],
    ]);
    const codes = Object.fromEntries(r.diagnostics.map((d) => [d.file, d.code]));
    expect(codes['b-broken.yaml']).toBe('input_parse_error');
    expect(codes['c-binary.json']).toBe('input_read_error');
    expect(codes['d-big.yaml']).toBe('input_limit_error');
    // root can read anything, so the permission case only shows for ordinary users
    if (process.getuid?.() !== 0) expect(codes['e-unreadable.yaml']).toBe('input_read_error');
    const repo = r.documents.at(-1)!.data as { files: string[]; manifests: Record<string, unknown> };
    expect(repo.files).toContain('SECURITY.md');
    expect(repo.manifests).toEqual({ 'package.json': { name: 'demo' } });
  });
  it('a file that cannot be read is a diagnostic (also when running as root)', async () => {
    // A directory where a file was expected fails the read the way an unreadable file does.
    const found = { files: [{ path: 'gone.yaml', absPath: join(root, 'f-good'), kind: 'yaml' as const, explicit: true }], diagnostics: [], repositoryFiles: [] };
    const r = await loadDiscovered(found, { root });
    expect(r.documents).toEqual([]);
    expect(r.diagnostics).toMatchObject([{ file: 'gone.yaml', code: 'input_read_error' }]);
    expect(r.diagnostics[0]!.fix).toBeTruthy();
  });
  it('plans found by discovery locate into the .tf sources under the root', async () => {
    const tfRoot = join(PACKAGE_ROOT, 'fixtures', 'loaders', 'terraform');
    const found = await discover([], { root: tfRoot });
    const r = await loadDiscovered(found, { root: tfRoot, repository: false });
    expect(r.diagnostics).toEqual([]);
    const plan = r.documents.find((d) => d.kind === 'terraform-plan')!;
    expect(plan.locate(['planned_values', 'root_module', 'child_modules', 0, 'resources', 0, 'values', 'force_destroy'])).toMatchObject({
      file: 'modules/bucket/main.tf',
      region: { startLine: 5, startColumn: 3 },
    });
  });
});

describe('loadDiscovered: Terraform folders without a plan', () => {
  let tfRoot: string;
  beforeAll(() => {
    tfRoot = mkdtempSync(join(tmpdir(), 'palisade-tf-'));
    const w = (rel: string, text: string) => {
      mkdirSync(dirname(join(tfRoot, rel)), { recursive: true });
      writeFileSync(join(tfRoot, rel), text);
    };
    w('live/main.tf', 'module "b" {\n  source = "../modules/bucket"\n  name = var.name\n}\nvariable "name" {}\n');
    w('live/terraform.tfvars', 'name = "from-tfvars"\n');
    w('modules/bucket/main.tf', 'variable "name" {}\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n');
    w('planned/main.tf', 'resource "aws_s3_bucket" "p" {}\n');
    w('planned/plan.json', JSON.stringify({ format_version: '1.2', planned_values: {}, resource_changes: [] }));
    w('broken/main.tf', 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n');
    w('samples/positive.tf', 'resource "aws_s3_bucket" "b" {\n  bucket = "pos"\n}\n');
    w('samples/negative.tf', 'resource "aws_s3_bucket" "b" {\n  bucket = "neg"\n}\n');
  });
  afterAll(() => rmSync(tfRoot, { recursive: true, force: true }));

  it('one document per root module; module folders are not roots; a plan wins; broken HCL is a diagnostic', async () => {
    const found = await discover([], { root: tfRoot });
    const r = await loadDiscovered(found, { root: tfRoot, repository: false, env: {}, terraformVars: [{ name: 'name', value: 'from-cli' }] });
    expect(r.documents.map((d) => [d.kind, d.path, d.source ?? ''])).toEqual([
      ['terraform-plan', 'planned/plan.json', ''],
      ['terraform-plan', 'broken', 'evaluated from .tf files (no plan)'],
      ['terraform-plan', 'live', 'evaluated from .tf files (no plan)'],
      ['terraform-plan', 'samples', 'evaluated from .tf files (no plan)'],
    ]);
    const live = r.documents[2]!.data as { resource_changes: Array<{ address: string; change: { after: { bucket: string } } }> };
    expect(live.resource_changes.map((c) => [c.address, c.change.after.bucket])).toEqual([['module.b.aws_s3_bucket.this', 'from-cli']]);
    expect(r.documents[2]!.locate(['resource_changes', 0, 'change', 'after', 'bucket']).file).toBe('modules/bucket/main.tf');
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.code}`)).toEqual(['broken/main.tf:2:input_parse_error']);
  });

  it('a .tf file named on the command line is evaluated without the rest of its folder', async () => {
    const found = await discover([join(tfRoot, 'samples/positive.tf')], { root: tfRoot });
    const r = await loadDiscovered(found, { root: tfRoot, repository: false, env: {} });
    expect(r.documents.map((d) => (d.data as { resource_changes: Array<{ change: { after: { bucket: string } } }> }).resource_changes.map((c) => c.change.after.bucket))).toEqual([['pos']]);
  });
});
