import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../paths.js';
import type { Route } from '../types.js';
import { moduleDir, parseAddress, treeView } from './address.js';
import { findInBlock, scanHcl } from './hcl.js';
import { loadTerraformPlan, resourceForRoute, type TerraformPlanDocument } from './plan.js';

const FIX = join(PACKAGE_ROOT, 'fixtures', 'loaders', 'terraform');
const rel = (p: string) => `infra/${p}`;

function fixturePlan(withSources = true): TerraformPlanDocument {
  const sources = new Map<string, string>();
  if (withSources) for (const f of fg.sync('**/*.tf', { cwd: FIX })) sources.set(rel(f), readFileSync(join(FIX, f), 'utf8'));
  const r = loadTerraformPlan({ path: rel('plan.json'), bytes: readFileSync(join(FIX, 'plan.json')) }, { terraformSources: sources });
  expect(r.diagnostics).toEqual([]);
  return r.documents[0] as TerraformPlanDocument;
}

describe('addresses', () => {
  it.each([
    ['aws_s3_bucket.b', { modules: [], mode: 'managed', type: 'aws_s3_bucket', name: 'b' }],
    ['module.a.module.b.aws_s3_bucket.x[0]', { modules: ['a', 'b'], mode: 'managed', type: 'aws_s3_bucket', name: 'x', index: 0 }],
    ['module.a["k.1"].data.aws_iam_policy_document.p["x"]', { modules: ['a'], mode: 'data', type: 'aws_iam_policy_document', name: 'p', index: 'x' }],
  ])('%s', (addr, want) => expect(parseAddress(addr)).toEqual(want));
  it('rejects garbage', () => expect(parseAddress('not an address')).toBeUndefined());
});

describe('HCL locator', () => {
  const text = readFileSync(join(FIX, 'main.tf'), 'utf8');
  const blocks = scanHcl(text);
  it('finds top-level blocks, skipping comments, strings and heredocs', () => {
    expect(blocks.map((b) => [b.type, ...b.labels])).toEqual([
      ['resource', 'aws_s3_bucket', 'logs'],
      ['resource', 'aws_s3_bucket', 'public'],
      ['module', 'assets'],
      ['module', 'remote'],
      ['data', 'aws_iam_policy_document', 'p'],
    ]);
  });
  const line = (o: number) => text.slice(0, o).split('\n').length;
  it.each([
    [0, ['acl'], 4, 1],
    [0, ['versioning', 0, 'enabled'], 7, 3],
    [0, ['tags', 'Name'], 10, 1],
    [0, ['nope'], 2, 0],
    [4, ['statement', 1, 'actions'], 41, 3],
    [4, ['statement', 5], 37, 1],
  ] as const)('block %i %j → line %i', (b, path, wantLine, matched) => {
    const f = findInBlock(blocks[b]!, [...path]);
    expect(line(f.start)).toBe(wantLine);
    expect(f.matched).toBe(matched);
  });
  it('never throws on broken HCL', () => {
    for (const t of ['resource "a" "b" {', '}}}', 'x = "unterminated\n', 'a = <<EOF\nno end', '/* open']) expect(() => scanHcl(t)).not.toThrow();
  });
});

describe('terraform plan loader', () => {
  const doc = fixturePlan();
  type Case = [Route, string, number, number, boolean];
  const cases: Case[] = [
    [['planned_values', 'root_module', 'resources', 0, 'values', 'acl'], 'infra/main.tf', 4, 3, false],
    [['planned_values', 'root_module', 'resources', 0, 'values', 'versioning', 0, 'enabled'], 'infra/main.tf', 7, 5, false],
    [['planned_values', 'root_module', 'resources', 0, 'values', 'region'], 'infra/main.tf', 2, 1, true],
    [['planned_values', 'root_module', 'resources', 2, 'values', 'acl'], 'infra/main.tf', 23, 3, false],
    [['planned_values', 'root_module', 'resources', 3, 'values', 'statement', 1, 'actions'], 'infra/main.tf', 41, 5, false],
    [['planned_values', 'root_module', 'child_modules', 0, 'resources', 0, 'values', 'force_destroy'], 'infra/modules/bucket/main.tf', 5, 3, false],
    [['resource_changes', 0, 'change', 'after', 'acl'], 'infra/main.tf', 23, 3, false],
    [['configuration', 'root_module', 'module_calls', 'assets', 'module', 'resources', 0, 'expressions', 'force_destroy'], 'infra/modules/bucket/main.tf', 5, 3, false],
    // remote module: no local source, so the plan JSON location
    [['planned_values', 'root_module', 'child_modules', 1, 'resources', 0, 'values', 'bucket'], 'infra/plan.json', 0, 0, false],
    [['format_version'], 'infra/plan.json', 2, 3, false],
  ];
  it.each(cases)('%j → %s:%i:%i', (route, file, line, col, approx) => {
    const loc = doc.locate(route);
    expect(loc.file).toBe(file);
    if (line > 0) expect([loc.region.startLine, loc.region.startColumn]).toEqual([line, col]);
    expect(loc.approximate !== undefined).toBe(approx);
  });
  it('locatePlan keeps the position in the plan; resourceAt gives the address', () => {
    const route = ['planned_values', 'root_module', 'child_modules', 0, 'resources', 0, 'values', 'force_destroy'];
    expect(doc.locatePlan(route).file).toBe('infra/plan.json');
    expect(doc.resourceAt!(route)).toBe('module.assets["a"].aws_s3_bucket.this');
    expect(doc.resourceAt!(['configuration', 'root_module', 'module_calls', 'assets', 'module', 'resources', 0])).toBe('module.assets.aws_s3_bucket.this');
  });
  it('carries // ignores from .tf files, with their file', () => {
    expect(doc.ignores).toMatchObject([{ policyId: 'tf/s3-public-read', file: 'infra/main.tf', lines: { start: 19, end: 24 } }]);
  });
  it('without sources, locate stays in the plan', () => {
    expect(fixturePlan(false).locate(['planned_values', 'root_module', 'resources', 0, 'values', 'acl']).file).toBe('infra/plan.json');
  });
  it('JSON that is not a plan is loaded as json with a warning', () => {
    const r = loadTerraformPlan({ path: 'x.json', text: '{"a": 1}' });
    expect(r.documents[0]!.kind).toBe('json');
    expect(r.diagnostics[0]!.severity).toBe('warning');
  });
  it('size cap uses maxPlanBytes', () => {
    expect(loadTerraformPlan({ path: 'p.json', text: '{}' }, { maxPlanBytes: 1 }).diagnostics[0]!.code).toBe('input_limit_error');
  });
});

const plans = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'terraform-plans');
describe.skipIf(!existsSync(plans))('terraform-plans corpus (skipped: ../shared/corpora/terraform-plans absent)', () => {
  it.each(['checkov-terragoat-aws/tfplan.json', 'terraform-show-json-modules/output.json', 'terraform-show-json-sensitive-values/output.json', 'conftest-gke/gke-show.json'])(
    '%s loads without diagnostics and locates every resource',
    (f) => {
      const r = loadTerraformPlan({ path: f, bytes: readFileSync(join(plans, f)) });
      expect(r.diagnostics).toEqual([]);
      const doc = r.documents[0]!;
      expect(doc.kind).toBe('terraform-plan');
      const rc = (doc.data as { resource_changes?: Array<{ address: string }> }).resource_changes ?? [];
      expect(rc.length).toBeGreaterThan(0);
      rc.forEach((c, i) => {
        const loc = doc.locate(['resource_changes', i, 'address']);
        expect(loc.approximate).toBeUndefined();
        expect(doc.resourceAt!(['resource_changes', i, 'change'])).toBe(c.address);
      });
    },
  );
});

/** Every route into `v` (objects by key, arrays by index), at most `max`. */
function routes(v: unknown, max: number, prefix: Route = [], out: Route[] = []): Route[] {
  if (out.length >= max) return out;
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => routes(x, max, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) routes(x, max, [...prefix, k], out);
  return out;
}

// The loader holds a plan as its bytes and reads addresses and module folders from the text; the
// walk over the parsed value is the reference (the config-only document uses it).
describe('plan held as bytes reads what the parsed plan says', () => {
  const files = [join(FIX, 'plan.json'), join(PACKAGE_ROOT, 'fixtures', 'sample-repo', 'infra', 'tfplan.json'), ...(existsSync(plans) ? fg.sync('**/*.json', { cwd: plans, absolute: true }) : [])];
  it.each(files.map((f) => [f.slice(f.lastIndexOf('/', f.lastIndexOf('/') - 1) + 1), f]))('%s', (_name, f) => {
    const bytes = readFileSync(f);
    const doc = loadTerraformPlan({ path: 'infra/plan.json', bytes }).documents[0]!;
    const data = JSON.parse(bytes.toString('utf8'));
    const tree = treeView(data);
    const all = routes(data, 50_000);
    // Segments a policy may report that the plan does not have, or has under another type.
    all.push(['resource_changes', '0', 'change'], ['resource_changes', 0, 'nope', 'x'], ['configuration', 'root_module', 'module_calls', 'constructor'], ['__proto__']);
    for (const r of all) expect(doc.resourceAt!(r), JSON.stringify(r)).toBe(resourceForRoute(tree, r)?.address);
    const calls = Object.keys((data.configuration?.root_module?.module_calls ?? {}) as object);
    for (const m of [...calls, 'missing']) expect(doc.locate(['configuration', 'root_module', 'module_calls', m]).file).toBe('infra/plan.json');
    expect(doc.data).toEqual(data);
  });
  it('module folders follow configuration.module_calls sources', () => {
    const plan = { configuration: { root_module: { module_calls: { a: { source: './modules/a', module: { module_calls: { b: { source: '../b' } } } }, r: { source: 'hashicorp/x/aws' } } } } };
    const text = loadTerraformPlan({ path: 'infra/plan.json', text: JSON.stringify({ format_version: '1.2', planned_values: {}, ...plan }) }).documents[0]!;
    expect(moduleDir(treeView(plan), 'infra', ['a', 'b'])).toBe('infra/modules/b');
    expect(moduleDir(treeView(plan), 'infra', ['r'])).toBeUndefined();
    expect(text.data).toMatchObject(plan);
  });
  it('non-ASCII, escaped and UTF-16 plans locate as their text reads', () => {
    const text = '{"format_version": "1.2",\n "resource_changes": [{"address": "a.b\\"é😀", "type": "a", "name": "b", "change": {"after": {"k": "é😀"}}}]}';
    // Columns count UTF-16 code units of the line, as the text reads (the bytes hold 2 per é, 4 per 😀).
    const line = text.split('\n')[1]!;
    const region = { startLine: 2, startColumn: line.indexOf('"k"') + 1, endLine: 2, endColumn: line.lastIndexOf('"') + 2 };
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const doc = loadTerraformPlan({ path: 'p.json', bytes }).documents[0]!;
      expect(doc.resourceAt!(['resource_changes', 0, 'change', 'after', 'k'])).toBe('a.b"é😀');
      expect(doc.locate(['resource_changes', 0, 'change', 'after', 'k']).region).toEqual(region);
      expect(Buffer.from(doc.json!).toString('utf8')).toBe(text);
    }
  });
});

describe('plan held as bytes', () => {
  it('exposes its top-level members as byte ranges of json, from the validation pass', () => {
    const doc = fixturePlan(false);
    const data = doc.data as Record<string, unknown>;
    const members = doc.jsonMembers!();
    expect(members.map((m) => m.key)).toEqual(Object.keys(data));
    for (const m of members) expect(JSON.parse(Buffer.from(doc.json!.subarray(m.start, m.end)).toString('utf8'))).toEqual(data[m.key]);
  });
  it('a plan given as UTF-16 text is located as its UTF-8 encoding', () => {
    const bytes = readFileSync(join(FIX, 'plan.json'));
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
    const a = loadTerraformPlan({ path: 'p.json', bytes }).documents[0] as TerraformPlanDocument;
    const b = loadTerraformPlan({ path: 'p.json', bytes: u16 }).documents[0] as TerraformPlanDocument;
    expect(Buffer.compare(Buffer.from(b.json!), bytes)).toBe(0);
    const route = ['resource_changes', 0, 'change', 'after'];
    expect(b.locatePlan(route)).toEqual(a.locatePlan(route));
  });
});
