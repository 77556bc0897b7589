// The built-in policies, end to end: for every policy folder, (a) its pass/fail fixtures are
// loaded, evaluated with the compiled built-in bundle and compared with their expected-hit
// markers (src/policy/fixtures.ts), and (b) its Rego unit tests (policy_test.rego) are run.
// One vitest test per policy, so a failure names the policy and says exactly what disagreed.
//
// The bundle is compiled once for the whole file (as the pack build does), and the Rego tests of
// all policies are compiled together once; only when that joint compile fails is each policy's
// test module compiled on its own, so the error lands on the policy at fault.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, PalisadeError } from '../src/diagnostics.js';
import { Engine } from '../src/engine/engine.js';
import { buildPolicySet, type BuiltPolicySet, type PolicySource } from '../src/policy/build.js';
import { checkFixture, listFixtures } from '../src/policy/fixtures.js';
import { runRegoTests, type RegoTestResult } from '../src/policy/rego-tests.js';
import { collectRegoSources } from '../src/policy/sources.js';

const POLICIES = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(POLICIES);
const PACKS = ['k8s', 'terraform', 'github-actions', 'dockerfile', 'repository'];

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const rel = (p: string) => relative(REPO, p).split('\\').join('/');

const FOLDERS = PACKS.flatMap((pack) =>
  isDir(join(POLICIES, pack))
    ? readdirSync(join(POLICIES, pack))
        .filter((name) => existsSync(join(POLICIES, pack, name, 'policy.rego')))
        .sort()
        .map((name) => ({ id: `${pack}/${name}`, dir: join(POLICIES, pack, name) }))
    : [],
);

const source = (path: string): PolicySource => ({ path: rel(path), source: readFileSync(path, 'utf8') });
const LIB = isDir(join(POLICIES, 'lib')) ? readdirSync(join(POLICIES, 'lib')).filter((f) => f.endsWith('.rego')).sort().map((f) => join(POLICIES, 'lib', f)) : [];
const LIB_SOURCES = LIB.filter((f) => !f.endsWith('_test.rego')).map(source);
const LIB_TESTS = LIB.filter((f) => f.endsWith('_test.rego')).map(source);

const describeError = (e: unknown) => (e instanceof PalisadeError ? e.diagnostics.map(formatDiagnostic).join('\n') : String((e as Error)?.stack ?? e));

let built: BuiltPolicySet | undefined;
let buildError: string | undefined;
let engine: Engine | undefined;
let jointTests: RegoTestResult[] | undefined;

beforeAll(async () => {
  try {
    const t0 = performance.now();
    built = buildPolicySet(collectRegoSources([POLICIES], { relativeTo: REPO }), { requireMetadata: true });
    console.log(`built-in packs: ${built.policies.length} policies compiled in ${(performance.now() - t0).toFixed(0)} ms`);
    engine = await Engine.load([{ name: 'builtin', bundle: built.bundle }]);
  } catch (e) {
    buildError = describeError(e);
  }
  try {
    const all = [...LIB_SOURCES, ...LIB_TESTS, ...FOLDERS.flatMap((f) => [join(f.dir, 'policy.rego'), join(f.dir, 'policy_test.rego')].filter(existsSync).map(source))];
    const t0 = performance.now();
    jointTests = await runRegoTests(all);
    console.log(`Rego unit tests: ${jointTests.length} compiled together and run in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (e) {
    // Compiled again per policy below, so the failure is reported against the policy at fault.
    console.log(`Rego unit tests do not compile together; compiling them per policy:\n${describeError(e)}`);
    jointTests = undefined;
  }
});

function failures(results: RegoTestResult[]): string[] {
  return results.filter((r) => r.outcome !== 'pass').map((r) => `${r.file}:${r.line}: ${r.name} ${r.outcome}: ${r.message ?? ''}`);
}

async function regoTestsOf(files: PolicySource[]): Promise<RegoTestResult[]> {
  const testFiles = new Set(files.filter((f) => f.path.endsWith('_test.rego')).map((f) => f.path));
  if (jointTests) return jointTests.filter((r) => testFiles.has(r.file));
  return runRegoTests([...LIB_SOURCES, ...files]);
}

describe('built-in policies', () => {
  it('compile into one bundle with valid metadata', () => {
    expect(buildError, buildError).toBeUndefined();
    expect(built!.policies.map((p) => p.id).sort()).toEqual(FOLDERS.map((f) => f.id).sort());
  });

  it.runIf(LIB_TESTS.length > 0)('lib: Rego unit tests pass', async () => {
    let results: RegoTestResult[];
    try {
      results = await regoTestsOf(LIB_TESTS);
    } catch (e) {
      throw new Error(`the lib tests do not compile:\n${describeError(e)}`);
    }
    expect(results.length).toBeGreaterThan(0);
    expect(failures(results)).toEqual([]);
  });

  for (const folder of FOLDERS) {
    it(folder.id, async () => {
      const problems: string[] = [];
      if (buildError || !built || !engine) {
        problems.push(`the built-in bundle does not compile:\n${buildError}`);
      } else {
        const meta = built.policies.find((p) => p.id === folder.id);
        if (!meta) problems.push(`no policy with id ${folder.id} in the bundle (the METADATA id must be the folder)`);
        else {
          const fixtures = listFixtures(folder.dir, meta, REPO);
          if (!fixtures.some((f) => f.expectation === 'pass')) problems.push('no pass- fixture');
          if (!fixtures.some((f) => f.expectation === 'fail')) problems.push('no fail- fixture');
          for (const f of fixtures) {
            for (const p of checkFixture(engine, f).problems) problems.push(`${f.displayPath}: ${p}`);
          }
        }
      }
      const testFile = join(folder.dir, 'policy_test.rego');
      if (!existsSync(testFile)) problems.push('no policy_test.rego');
      else {
        try {
          const results = await regoTestsOf([source(join(folder.dir, 'policy.rego')), source(testFile)]);
          if (results.length === 0) problems.push(`${rel(testFile)}: no test_* rules`);
          problems.push(...failures(results));
        } catch (e) {
          problems.push(`the Rego tests do not compile:\n${describeError(e)}`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
