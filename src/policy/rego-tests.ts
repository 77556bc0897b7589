// Runs Rego unit tests as `opa test` does, by compiling every module together with one entrypoint
// per test and evaluating each. Pure: sources and data in, results out (the CLI prints them).
//
// What counts as a test, and how it is named, follows OPA's tester: a rule whose head starts with
// a name prefixed `test_` (`todo_test_` ones are skipped, not run). Each definition is its own
// test: the second `test_x` is `test_x#01`, the third `test_x#02`, in file order. A test passes
// when its value is `true`, fails when it is undefined or anything else, and errors when
// evaluation aborts. A partial-object test rule (`test_cases[name] if …`) reports one result per
// key (nested per key level for `test_x[a][b]`): a key passes when its value is `true`. As OPA's
// tester does, the runner injects a call recording the key into the rule body just after the
// key's variables are first bound, so a case whose body fails after that point is reported as a
// FAIL rather than silently missing from the results. What a test prints (`print()`) is kept
// with its result, as OPA's tester captures it, never written to the console.
//
// Must not: read files, print, or decide exit codes.

import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { PalisadeError } from '../diagnostics.js';
import type { Expr, Module, Rule, Term } from '../rego/ast.js';
import { BUILTINS, type BuiltinSet } from '../rego/builtins.js';
import { compileWithBuiltins, declaredBuiltins } from '../rego/capabilities.js';
import { exprAllTerms, walkVars } from '../rego/check/safety.js';
import { lineIndexFor } from '../rego/source.js';
import { capturePrints, ForeignModule, TIME_BUDGET_MARK, workerAvailable } from '../engine/foreign.js';
import { configFilesNear } from '../runtime/host/config-files.js';
import { declaredStubs } from '../runtime/host/declared.js';
import { hostBuiltins } from '../runtime/host/index.js';
import { linkPolicy } from '../runtime/link.js';
import { seedEachEvaluation } from '../runtime/entropy.js';
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
  /**
   * Whether the error has a place in the source (shown as the test's `file:line`). OPA's
   * cancellation (`--timeout`) has none, and its ERROR line shows none.
   */
  located?: boolean;
  /** What a failing check found wrong, line by line (fixture checks; a Rego test just fails). */
  details?: string[];
  /** Partial-object tests: one entry per key, sorted by key. */
  subResults?: SubResult[];
  /** What the test printed: one `\n`-ended line per `print()` call; absent when nothing. */
  output?: string;
  durationNs: number;
}

/** One case of a partial-object test; `subResults` holds the next key level (`test_x[a][b]`). */
export interface SubResult {
  name: string;
  fail: boolean;
  subResults?: SubResult[];
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
  /** Give conftest's parse_config_file family file access, relative to the running test's file. */
  configFiles?: boolean;
  /**
   * Per-test wall-clock budget (`opa test --timeout`): each evaluation runs in a worker thread
   * that is ended at the deadline, and the test is an ERROR as in OPA; the run goes on. Unset, or
   * without the built worker script (unbuilt sources), tests run on this thread unbounded.
   */
  timeoutMs?: number;
}

/** OPA's error for a test stopped at its deadline. */
const CANCELLED = 'eval_cancel_error: caller cancelled query execution';

interface TestEvaluator {
  /** The test's value, or a thrown error; `testFile` is where relative config paths resolve. */
  evaluate(entrypoint: string, testFile: string): unknown;
  /** The keys the test-case recorder received during the last evaluation. */
  cases(): unknown[][];
  /** What the last evaluation printed. */
  output(): string;
  stop(): void;
}

/** Evaluations on this thread: nothing can interrupt them. */
async function inThread(wasm: Uint8Array, data: unknown, builtins: BuiltinSet, configFiles: boolean): Promise<TestEvaluator> {
  let testFile = '';
  let cases: unknown[][] = [];
  let lines: string[] = [];
  const recorder = (keys: unknown[]) => (cases.push(keys), true);
  const files = configFiles ? configFilesNear(() => testFile) : undefined;
  const policy = seedEachEvaluation(await loadPolicy(wasm, undefined, { ...hostBuiltins({ strict: false, files }), ...declaredStubs(declaredBuiltins(builtins)), [TEST_CASE]: recorder }));
  if (data !== undefined) policy.setData(data as object);
  return {
    evaluate(entrypoint, file) {
      testFile = file;
      cases = [];
      lines = [];
      return (capturePrints(lines, () => policy.evaluate(undefined, entrypoint)) as Array<{ result: unknown }>)[0]?.result;
    },
    cases: () => cases,
    output: () => lines.map((l) => l + '\n').join(''),
    stop() {},
  };
}

/** Evaluations in a worker thread ended at the deadline (the scan's mechanism for unbounded modules). */
function inWorker(wasm: Uint8Array, data: unknown, builtins: BuiltinSet, configFiles: boolean, timeoutMs: number): TestEvaluator {
  const worker = new ForeignModule(wasm, data, undefined, timeoutMs, { declared: declaredBuiltins(builtins), recorder: TEST_CASE, configFiles, prints: true });
  return {
    evaluate(entrypoint, file) {
      try {
        return (worker.evaluate(undefined, entrypoint, file) as Array<{ result: unknown }>)[0]?.result;
      } catch (e) {
        throw (e as Error).message.startsWith(TIME_BUDGET_MARK) ? new Error(CANCELLED) : e;
      }
    },
    cases: () => worker.lastCases,
    output: () => worker.lastOutput,
    stop: () => worker.stop(),
  };
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

/** OPA's tester builtin recording which partial-object test case is being evaluated. */
const TEST_CASE = 'internal.test_case';

/**
 * `rule` with `internal.test_case([keys…])` injected just after the first expression naming each
 * variable of its keys (head ref terms from `keyIndex` on), as OPA's InjectTestCaseFunc stage
 * places it: from there on, a failing body still leaves the case recorded. `some x` declarations
 * bind nothing, so they do not count (OPA has removed them by that stage).
 */
function withTestCaseCall(rule: Rule, keyIndex: number): Rule {
  const keys = structuredClone(rule.head.ref.slice(keyIndex));
  const names = new Set<string>();
  keys.forEach((k) => walkVars(k, (name) => names.add(name)));
  const mentions = (e: Expr, name: string): boolean => {
    let hit = false;
    if (e.type !== 'some') for (const t of exprAllTerms(e)) walkVars(t, (n) => (hit ||= n === name));
    return hit;
  };
  let after = -1;
  for (const name of names) after = Math.max(after, rule.body.findIndex((e) => mentions(e, name)));
  const span = rule.head.span;
  const fn: Term = { type: 'ref', head: { type: 'var', name: 'internal', span }, path: [{ type: 'string', value: 'test_case', span }], span };
  const call: Expr = { type: 'term', negated: false, with: [], span, term: { type: 'call', fn, args: [{ type: 'array', items: keys, span }], span } };
  return { ...rule, body: [...rule.body.slice(0, after + 1), call, ...rule.body.slice(after + 1)] };
}

interface CaseNode {
  fail: boolean;
  children: Map<string, CaseNode>;
}

/** OPA's name for a case key: a string as is, anything else as JSON. */
const caseName = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key));

/** The cases a value holds: a `true` leaf passes, any other leaf fails, an object is a key level. */
function casesOf(value: Record<string, unknown>): Map<string, CaseNode> {
  const out = new Map<string, CaseNode>();
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const children = casesOf(v as Record<string, unknown>);
      out.set(k, { fail: [...children.values()].some((c) => c.fail), children });
    } else out.set(k, { fail: v !== true, children: new Map() });
  }
  return out;
}

/** Adds a recorded case path; a case recorded but absent from the value failed. Returns whether it failed. */
function recordCase(level: Map<string, CaseNode>, path: string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  let node = level.get(head);
  if (!node) level.set(head, (node = { fail: true, children: new Map() }));
  if (rest.length === 0) return node.fail;
  const failed = recordCase(node.children, rest);
  if (failed) node.fail = true;
  return failed;
}

function toSubResults(level: Map<string, CaseNode>): SubResult[] {
  return [...level.keys()].sort().map((name) => {
    const node = level.get(name)!;
    return node.children.size ? { name, fail: node.fail, subResults: toSubResults(node.children) } : { name, fail: node.fail };
  });
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
      const traced = found.partial && !found.skip ? withTestCaseCall(rule, last + 1) : rule;
      return k === 0 ? traced : renamed(traced, last, internal[last]!);
    });
    return { ...mod, rules };
  });
  planned.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entrypoints = [...new Set(planned.flatMap((t) => (t.entrypoint ? [t.entrypoint] : [])))];
  if (planned.length === 0) return [];

  // Tests see builtin errors exactly as scans do (non-strict, OPA's default: the expression is
  // undefined), so a test cannot pass on semantics the policy will not have in production.
  const capabilities = { ...(opts.capabilities ?? BUILTINS), [TEST_CASE]: { arity: 1, impl: 'host', impure: true } as const };
  const { plan, builtins } = compileWithBuiltins(modules, { entrypoints, strict: false, v0: opts.v0, capabilities });
  const wasm = linkPolicy(plan);
  const configFiles = opts.configFiles === true;
  const evaluator = opts.timeoutMs !== undefined && workerAvailable() ? inWorker(wasm, opts.data, builtins, configFiles, opts.timeoutMs) : await inThread(wasm, opts.data, builtins, configFiles);
  try {
    return runPlanned(planned, evaluator);
  } finally {
    evaluator.stop();
  }
}

/** The last evaluation's print output, as a result field (absent when it printed nothing). */
function printed(evaluator: TestEvaluator): { output?: string } {
  const output = evaluator.output();
  return output ? { output } : {};
}

function runPlanned(planned: PlannedTest[], evaluator: TestEvaluator): RegoTestResult[] {
  const results: RegoTestResult[] = [];
  for (const t of planned) {
    const base = { package: t.package, name: t.name, file: t.file, line: t.line, col: t.col };
    if (!t.entrypoint) {
      results.push({ ...base, outcome: 'skip', durationNs: 0 });
      continue;
    }
    const t0 = process.hrtime.bigint();
    let value: unknown;
    try {
      value = evaluator.evaluate(t.entrypoint, t.file);
    } catch (e) {
      const message = typeof e === 'string' ? e : (e as Error).message;
      results.push({ ...base, ...printed(evaluator), outcome: 'error', message, located: message !== CANCELLED, durationNs: Number(process.hrtime.bigint() - t0) });
      continue;
    }
    const durationNs = Number(process.hrtime.bigint() - t0);
    const done = { ...base, ...printed(evaluator) };
    // A partial-object test's value is an object of cases; any other test's value must be true.
    if (t.partial && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const cases = casesOf(value as Record<string, unknown>);
      let fail = [...cases.values()].some((c) => c.fail);
      for (const keys of evaluator.cases()) fail = recordCase(cases, keys.map(caseName)) || fail;
      results.push({ ...done, outcome: fail ? 'fail' : 'pass', subResults: toSubResults(cases), durationNs });
      continue;
    }
    results.push({ ...done, outcome: value === true ? 'pass' : 'fail', durationNs });
  }
  return results;
}
