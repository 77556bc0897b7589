// `palisade test`: runs Rego tests as `opa test` does — same discovery, naming, data loading,
// output and exit codes — and, for policy folders laid out as Palisade packs
// (`<pack>/<name>/policy.rego` + `fixtures/`), checks that each policy's fail fixtures produce
// exactly the marked findings and its pass fixtures none (each fixture is one more test).
//
// Paths: positional paths load Rego and data as `opa test <path>` does; `--policy` paths load
// only Rego and `--data` paths only data (conftest verify's flags). Exit codes are opa test's:
// 0 every test passed, 2 a test failed, errored (or was skipped, unless -z), 1 the policies or
// data could not be loaded or compiled.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PalisadeError } from '../diagnostics.js';
import { Engine } from '../engine/engine.js';
import { buildPolicySet } from '../policy/build.js';
import { checkFixture, listFixtures } from '../policy/fixtures.js';
import { idFromPolicyPath } from '../policy/metadata.js';
import { goDuration, runRegoTests, type RegoTestResult, type SubResult } from '../policy/rego-tests.js';
import { builtinLibSources, collectDataDocuments, collectRegoSources } from '../policy/sources.js';
import { parseCapabilities } from '../rego/capabilities.js';
import { parseDuration } from '../text/go-duration.js';
import { globMatch } from '../waivers/glob.js';
import { handleError, usageError, type Io } from './io.js';

interface TestOpts {
  v0Compatible?: boolean;
  run?: string;
  verbose?: boolean;
  format?: 'pretty' | 'json';
  policy?: string[];
  data?: string[];
  ignore?: string[];
  exitZeroOnSkipped?: boolean;
  capabilities?: string;
  failOnEmpty?: boolean;
  timeout?: string;
  count?: string;
  /** opa test flags Palisade does not implement (UNSUPPORTED): accepted only to be rejected clearly. */
  [unsupported: string]: unknown;
}

/**
 * opa test's flags that need what a WebAssembly module does not give (evaluation traces) or
 * that Palisade leaves to other tools. Declared (hidden) so that using one is a usage error
 * saying why, instead of commander's bare "unknown option".
 */
export const UNSUPPORTED_TEST_FLAGS: Record<string, { flag: string; why: string; fix: string }> = {
  coverage: { flag: '--coverage', why: 'coverage needs evaluation traces, which Palisade\'s WebAssembly modules do not record', fix: 'measure coverage with `opa test --coverage`; palisade test runs the same suites' },
  threshold: { flag: '--threshold', why: 'it sets a coverage threshold, and coverage needs evaluation traces, which Palisade\'s WebAssembly modules do not record', fix: 'measure coverage with `opa test --coverage --threshold …`' },
  explain: { flag: '--explain', why: 'explanations are evaluation traces, which Palisade\'s WebAssembly modules do not record', fix: 'add print() calls to the test: palisade test shows their output under each failing test (every test with -v)' },
  varValues: { flag: '--var-values', why: 'local variable values come from evaluation traces, which Palisade\'s WebAssembly modules do not record', fix: 'add print() calls to the test: palisade test shows their output under each failing test (every test with -v)' },
  bench: { flag: '--bench', why: 'benchmarking tests is not implemented', fix: 'time the run as a whole (`time palisade test …`) or use `opa test --bench`' },
  benchmem: { flag: '--benchmem', why: 'benchmarking tests is not implemented', fix: 'use `opa test --bench --benchmem`' },
  watch: { flag: '--watch', why: 'watching files is not implemented', fix: 'run palisade test from a file watcher (e.g. `watchexec -e rego palisade test .`)' },
  bundle: { flag: '--bundle', why: 'bundle mode (manifests, roots) is not implemented for tests', fix: 'pass the bundle\'s directory as a plain path: its .rego and data files load as opa test loads them' },
  schema: { flag: '--schema', why: 'schema-based type checking is not implemented', fix: 'drop --schema; use `opa check --schema` to type-check against schemas' },
};

/** opa test's per-test limit when --timeout is not given (or is 0). */
const DEFAULT_TIMEOUT_MS = 5_000;

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  let ns: bigint;
  try {
    ns = parseDuration(text);
  } catch (e) {
    throw usageError(`--timeout: ${(e as Error).message}`, 'pass a Go duration such as 500ms, 10s or 1m30s');
  }
  if (ns < 0n) throw usageError(`--timeout: ${text} is negative`, 'pass a positive duration such as 10s');
  return ns === 0n ? DEFAULT_TIMEOUT_MS : Math.max(1, Number(ns / 1_000_000n));
}

/** opa test --count: how many times the suite runs (Go's int flag; 0 or less runs nothing). */
function runCount(text: string | undefined): number {
  if (text === undefined) return 1;
  if (!/^[+-]?\d+$/.test(text.trim())) throw usageError(`--count: ${text} is not an integer`, 'pass how many times to run the tests, e.g. --count 3');
  return Number(text);
}

/** opa test's exit codes. */
const TEST_EXIT = { pass: 0, loadError: 1, testsFailed: 2 } as const;

/** Folders holding a policy.rego and a fixtures/ directory, under the given roots. */
function policyFolders(roots: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'policy.rego')) && existsSync(join(dir, 'fixtures'))) out.push(dir);
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name !== 'fixtures' && !name.startsWith('.') && statSync(p).isDirectory()) walk(p);
    }
  };
  for (const r of roots) if (statSync(r).isDirectory()) walk(r);
  return out;
}

/** Each fixture of each Palisade policy folder under `roots`, as one test result. */
async function fixtureResults(roots: string[], opts: TestOpts, filter: RegExp | undefined): Promise<RegoTestResult[]> {
  const folders = policyFolders(roots);
  if (folders.length === 0) return [];
  const { bundle, policies } = buildPolicySet([...collectRegoSources(roots), ...builtinLibSources(roots)], { v0: opts.v0Compatible });
  const engine = await Engine.load([{ name: 'test', bundle }]);
  const results: RegoTestResult[] = [];
  for (const folder of folders) {
    const meta = policies.find((p) => p.id === idFromPolicyPath(join(folder, 'policy.rego')));
    if (!meta || (filter && !filter.test(meta.id))) continue;
    for (const fixture of listFixtures(folder, meta, process.cwd())) {
      const t0 = process.hrtime.bigint();
      const r = checkFixture(engine, fixture);
      results.push({
        package: `fixture ${meta.id}`,
        name: basename(fixture.displayPath),
        file: fixture.displayPath,
        line: 1,
        col: 1,
        outcome: r.problems.length ? 'fail' : 'pass',
        details: r.problems.length ? r.problems : undefined,
        durationNs: Number(process.hrtime.bigint() - t0),
      });
    }
  }
  return results;
}

/** Every case of a partial-object test, depth first, with its key level (0 for the first key). */
function* eachCase(subResults: SubResult[] | undefined, depth = 0): Generator<[SubResult, number]> {
  for (const s of subResults ?? []) {
    yield [s, depth];
    yield* eachCase(s.subResults, depth + 1);
  }
}

/** opa test's pretty report: non-passing tests (every test with -v) grouped by file, then the counts. */
function pretty(results: RegoTestResult[], verbose: boolean): string {
  const lines: string[] = [];
  let lastFile: string | undefined;
  const counts = { pass: 0, fail: 0, skip: 0, error: 0 };
  for (const r of results) {
    // As opa test counts them: each leaf case of a partial-object test is one test.
    if (r.subResults?.length && r.outcome !== 'error') {
      for (const [s] of eachCase(r.subResults)) if (!s.subResults?.length) counts[s.fail ? 'fail' : 'pass']++;
    }
    else counts[r.outcome]++;
    if (!verbose && r.outcome === 'pass') continue;
    if (r.file !== lastFile) {
      if (lastFile !== undefined) lines.push('');
      lines.push(`${r.file}:`);
      lastFile = r.file;
    }
    const outcome = { pass: 'PASS', fail: 'FAIL', error: 'ERROR', skip: 'SKIPPED' }[r.outcome];
    lines.push(r.outcome === 'skip' ? `${r.package}.${r.name}: ${outcome}` : `${r.package}.${r.name}: ${outcome} (${goDuration(r.durationNs)})`);
    for (const [s, depth] of eachCase(r.subResults)) if (s.fail || verbose) lines.push(`${'  '.repeat(depth + 1)}${s.name}: ${s.fail ? 'FAIL' : 'PASS'}`);
    // OPA's layout: the trimmed print output, every line indented, between blank lines.
    if (r.output) lines.push('', ...r.output.trim().split('\n').map((l) => `  ${l}`), '');
    if (r.outcome === 'error') lines.push(`  ${r.located === false ? '' : `${r.file}:${r.line}: `}${r.message ?? 'evaluation aborted'}`);
    for (const d of r.outcome === 'fail' ? (r.details ?? []) : []) lines.push(`  ${d}`);
  }
  if (lines.length) lines.push('-'.repeat(80));
  const total = counts.pass + counts.fail + counts.skip + counts.error;
  if (counts.pass) lines.push(`PASS: ${counts.pass}/${total}`);
  if (counts.fail) lines.push(`FAIL: ${counts.fail}/${total}`);
  if (counts.skip) lines.push(`SKIPPED: ${counts.skip}/${total}`);
  if (counts.error) lines.push(`ERROR: ${counts.error}/${total}`);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** OPA's `sub_results` map: one entry per case, nested per key level. */
function subResultsJson(subResults: SubResult[]): Record<string, unknown> {
  return Object.fromEntries(
    subResults.map((s) => [s.name, { ...(s.subResults?.length ? { sub_results: subResultsJson(s.subResults) } : {}), name: s.name, ...(s.fail ? { fail: true } : {}) }]),
  );
}

/** OPA's error object from a runtime message, which reads `<code>: <message>` as OPA's errors do. */
function errorJson(message: string | undefined): { code: string; message: string } {
  const m = /^([a-z]+(?:_[a-z]+)*_error): ([\s\S]*)$/.exec(message ?? '');
  return m ? { code: m[1]!, message: m[2]! } : { code: 'eval_error', message: message ?? '' };
}

/** opa test --format json: an array of results (durations in nanoseconds; `output` is Go's []byte, base64). */
function json(results: RegoTestResult[]): string {
  const out = results.map((r) => ({
    location: { file: r.file, row: r.line, col: r.col },
    package: r.package,
    name: r.name,
    ...(r.outcome === 'fail' ? { fail: true } : {}),
    ...(r.outcome === 'skip' ? { skip: true } : {}),
    ...(r.outcome === 'error' ? { error: errorJson(r.message) } : {}),
    ...(r.subResults?.length ? { sub_results: subResultsJson(r.subResults) } : {}),
    ...(r.output ? { output: Buffer.from(r.output, 'utf8').toString('base64') } : {}),
    duration: r.durationNs,
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

/** `--ignore` patterns match file and directory names (OPA's loader filter): `*`, `?` and `[…]` globs. */
function ignoreMatcher(patterns: string[]): (name: string) => boolean {
  return (name) => patterns.some((p) => globMatch(p, name));
}

function readCapabilities(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw usageError(`cannot read --capabilities ${file}: ${(e as Error).message}`, 'pass the path of a capabilities JSON file (as `opa capabilities` writes)');
  }
}

export async function testCommand(io: Io, paths: string[], opts: TestOpts): Promise<number> {
  try {
    return await runTests(io, paths, opts);
  } catch (e) {
    // opa test exits 1 when the policies or data cannot be loaded or compiled; bugs keep exit 3.
    const code = handleError(io, e);
    return e instanceof PalisadeError ? TEST_EXIT.loadError : code;
  }
}

async function runTests(io: Io, paths: string[], opts: TestOpts): Promise<number> {
  for (const [key, u] of Object.entries(UNSUPPORTED_TEST_FLAGS)) {
    if (opts[key] !== undefined) throw usageError(`palisade test does not support ${u.flag}: ${u.why}`, u.fix);
  }
  const budget = timeoutMs(opts.timeout);
  const count = runCount(opts.count);
  // As `opa test`: a path is required. Defaulting to Palisade's own policies (as this command once
  // did) ran tests the user did not write, and quietly passed a run pointed nowhere.
  if (!paths.length && !opts.policy?.length) {
    throw usageError('specify at least one file or directory (as opa test does)', 'pass the directories holding your policies and their *_test.rego files, e.g. `palisade test .`');
  }
  const both = paths;
  const regoOnly = opts.policy ?? [];
  const dataOnly = opts.data ?? [];
  for (const p of [...both, ...regoOnly, ...dataOnly]) {
    try {
      statSync(p);
    } catch {
      throw usageError(`no such file or directory: ${p}`, 'pass directories holding .rego policies and their *_test.rego files');
    }
  }
  let filter: RegExp | undefined;
  if (opts.run) {
    try {
      filter = new RegExp(opts.run);
    } catch (e) {
      throw usageError(`--run is not a valid regular expression: ${(e as Error).message}`, 'pass a regular expression, e.g. --run privileged');
    }
  }
  const ignored = ignoreMatcher(opts.ignore ?? []);
  const roots = [...both, ...regoOnly];
  // The built-in library is compiled in (policies import it) but its own tests are not run here.
  const sources = [...collectRegoSources(roots, { tests: true, ignore: ignored }), ...builtinLibSources(roots)];
  const data = collectDataDocuments([...both, ...dataOnly], { ignore: ignored });
  const capabilities = opts.capabilities === undefined ? undefined : parseCapabilities(readCapabilities(opts.capabilities), opts.capabilities);
  // As opa test --count: the whole suite again, a report each time, stopping at the first run
  // that does not exit 0.
  for (let i = 0; i < count; i++) {
    const results = [...(await runRegoTests(sources, { v0: opts.v0Compatible, filter, data, capabilities, configFiles: true, timeoutMs: budget })), ...(await fixtureResults(roots, opts, filter))];
    io.out(opts.format === 'json' ? json(results) : pretty(results, opts.verbose === true));
    if (results.length === 0 && opts.failOnEmpty) {
      io.err('no tests were run\n');
      return TEST_EXIT.loadError;
    }
    const failing = results.some((r) => r.outcome === 'fail' || r.outcome === 'error' || (r.outcome === 'skip' && !opts.exitZeroOnSkipped));
    if (failing) return TEST_EXIT.testsFailed;
  }
  return TEST_EXIT.pass;
}
