// Runs Rego unit tests as `opa test` does, by compiling every module together with one entrypoint
// per test and evaluating each. Pure: sources and data in, results out (the CLI prints them).
//
// What counts as a test, and how it is named, follows OPA's tester: a rule whose head starts with
// a name prefixed `test_` (`todo_test_` ones are skipped, not run). Each definition is its own
// test: the second `test_x` is `test_x#01`, the third `test_x#02`, in file order. A test passes
// when its value is `true`, fails when it is undefined or anything else, and errors when
// evaluation aborts. A partial-object test rule (`test_cases[name] if …`) reports one result per
// key: a key passes when its value is `true`.
//
// Must not: read files, print, or decide exit codes.

import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { PalisadeError } from '../diagnostics.js';
import type { Module, Rule, Term } from '../rego/ast.js';
import type { BuiltinSet } from '../rego/builtins.js';
import { compileWithBuiltins, declaredBuiltinStubs } from '../rego/capabilities.js';
import { lineIndexFor } from '../rego/source.js';
import type { ConfigFiles } from '../runtime/host/context.js';
import { hostBuiltins } from '../runtime/host/index.js';
import { linkPolicy } from '../runtime/link.js';
import { parsePolicySources, type PolicySource } from './build.js';

export const TEST_PREFIX = 'test_';
export const SKIP_TEST_PREFIX = 'todo_test_';

export interface RegoTestResult {
  /** `data.pkg` */
  package: string;
  /** The rule's name within the package: `test_x`, `test_x#01`, `a.test_b`. */
  name: string;
  file: string;
  line: number;
  col: number;
  outcome: 'pass' | 'fail' | 'error' | 'skip';
  /** Why a test errored. */
  message?: string;
  /** What a failing check found wrong, line by line (fixture checks; a Rego test just fails). */
  details?: string[];
  /** Partial-object tests: one entry per key, sorted by key. */
  subResults?: Array<{ name: string; fail: boolean }>;
  durationNs: number;
}

export interface RegoTestOptions {
  /** Parse sources without their own Rego version as v0. */
  v0?: boolean;
  /** Only tests whose full name (`data.pkg.test_x`) matches. */
  filter?: RegExp;
  /** The base `data` document. */
  data?: unknown;
  /** The builtins available (a capabilities file's); default: all of Palisade's. */
  capabilities?: BuiltinSet;
  /** File access for conftest's parse_config_file family, resolving paths for the given test file. */
  files?: (testFile: string) => ConfigFiles;
}

interface Discovered {
  /** Ref of the rule within its package, up to and including the test name. */
  ref: string[];
  /** Dynamic ref terms after the test name (`test_cases[name]`): a partial-object test. */
  partial: boolean;
  skip: boolean;
}

const refName = (t: Term | undefined): string | undefined => (t?.type === 'var' ? t.name : t?.type === 'string' ? t.value : undefined);

/** The test a rule defines, if any: the ground prefix of its head up to a `test_`/`todo_test_` name. */
function discover(rule: Rule): Discovered | undefined {
  if (rule.head.args) return undefined;
  const ref: string[] = [];
  for (const [i, term] of rule.head.ref.entries()) {
    const name = refName(term);
    if (name === undefined) return undefined;
    ref.push(name);
    if (name.startsWith(TEST_PREFIX) || name.startsWith(SKIP_TEST_PREFIX)) {
      return { ref, partial: i < rule.head.ref.length - 1 && !rule.head.contains, skip: name.startsWith(SKIP_TEST_PREFIX) };
    }
  }
  return undefined;
}

/** The rule with the test name at `index` of its head ref replaced. */
function renamed(rule: Rule, index: number, name: string): Rule {
  const ref = rule.head.ref.map((t): Term => (t !== rule.head.ref[index] ? t : t.type === 'var' ? { ...t, name } : { type: 'string', value: name, span: t.span }));
  return { ...rule, head: { ...rule.head, ref } };
}

/** Go's time.Duration text (`1.5ms`, `812.4µs`), which `opa test` prints. */
export function goDuration(ns: number): string {
  const trim = (v: number, digits: number) => v.toFixed(digits).replace(/\.?0+$/, '');
  if (ns < 1e3) return `${Math.round(ns)}ns`;
  if (ns < 1e6) return `${trim(ns / 1e3, 3)}µs`;
  if (ns < 1e9) return `${trim(ns / 1e6, 6)}ms`;
  return `${trim(ns / 1e9, 9)}s`;
}

interface PlannedTest {
  package: string;
  name: string;
  entrypoint?: string;
  partial: boolean;
  skip: boolean;
  file: string;
  line: number;
  col: number;
}

export async function runRegoTests(sources: PolicySource[], opts: RegoTestOptions = {}): Promise<RegoTestResult[]> {
  const { modules: parsed, diagnostics } = parsePolicySources(sources, { v0: opts.v0 });
  if (diagnostics.length) throw new PalisadeError(diagnostics);

  // Duplicate definitions become separate rules, named as OPA's tester names them; each is an
  // entrypoint of its own. Internally the copies get a name no Rego source can spell.
  const seen = new Map<string, number>();
  const planned: PlannedTest[] = [];
  const modules: Module[] = parsed.map((mod) => {
    const lines = lineIndexFor(mod);
    const pkg = `data.${mod.package.join('.')}`;
    const rules = mod.rules.map((rule) => {
      const found = discover(rule);
      if (!found) return rule;
      const key = `${pkg}.${found.ref.join('.')}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const last = found.ref.length - 1;
      const shown = [...found.ref.slice(0, last), k === 0 ? found.ref[last]! : `${found.ref[last]}#${String(k).padStart(2, '0')}`];
      const internal = [...found.ref.slice(0, last), k === 0 ? found.ref[last]! : `${found.ref[last]}$dup${k}`];
      const at = lines.lineCol(rule.span.start);
      const test: PlannedTest = { package: pkg, name: shown.join('.'), partial: found.partial, skip: found.skip, file: mod.file, line: at.line, col: at.col };
      if (!opts.filter || opts.filter.test(`${pkg}.${test.name}`)) {
        if (!found.skip) test.entrypoint = [...mod.package, ...internal].join('/');
        planned.push(test);
      }
      return k === 0 ? rule : renamed(rule, last, internal[last]!);
    });
    return { ...mod, rules };
  });
  planned.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entrypoints = [...new Set(planned.flatMap((t) => (t.entrypoint ? [t.entrypoint] : [])))];
  if (planned.length === 0) return [];

  // Tests see builtin errors exactly as scans do (non-strict, OPA's default: the expression is
  // undefined), so a test cannot pass on semantics the policy will not have in production.
  const { plan, builtins } = compileWithBuiltins(modules, { entrypoints, strict: false, v0: opts.v0, capabilities: opts.capabilities });
  // conftest resolves parse_config_file paths against the running policy's file: the current test's.
  let testFile = '';
  const files: ConfigFiles | undefined = opts.files && { read: (path) => opts.files!(testFile).read(path) };
  const policy = await loadPolicy(linkPolicy(plan), undefined, { ...hostBuiltins({ strict: false, files }), ...declaredBuiltinStubs(builtins) });
  if (opts.data !== undefined) policy.setData(opts.data as object);

  const results: RegoTestResult[] = [];
  for (const t of planned) {
    const base = { package: t.package, name: t.name, file: t.file, line: t.line, col: t.col };
    if (!t.entrypoint) {
      results.push({ ...base, outcome: 'skip', durationNs: 0 });
      continue;
    }
    testFile = t.file;
    const t0 = process.hrtime.bigint();
    let value: unknown;
    try {
      const rs = policy.evaluate(undefined, t.entrypoint) as Array<{ result: unknown }>;
      value = rs[0]?.result;
    } catch (e) {
      const message = typeof e === 'string' ? e : (e as Error).message;
      results.push({ ...base, outcome: 'error', message, durationNs: Number(process.hrtime.bigint() - t0) });
      continue;
    }
    const durationNs = Number(process.hrtime.bigint() - t0);
    // A partial-object test's value is an object of cases; any other test's value must be true.
    if (t.partial && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const subResults = Object.keys(value)
        .sort()
        .map((name) => ({ name, fail: (value as Record<string, unknown>)[name] !== true }));
      const failed = subResults.filter((s) => s.fail).map((s) => s.name);
      results.push({ ...base, outcome: failed.length ? 'fail' : 'pass', subResults, durationNs });
      continue;
    }
    results.push({ ...base, outcome: value === true ? 'pass' : 'fail', durationNs });
  }
  return results;
}
