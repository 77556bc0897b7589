// Runs Rego unit tests (`test_*` rules, OPA's convention) by compiling every module together with
// one entrypoint per test and evaluating each: a test passes when its rule is `true`, fails when
// it is undefined or false, and errors when evaluation aborts. Pure: sources in, results out.

import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { PalisadeError } from '../diagnostics.js';
import { compileModules } from '../rego/compile.js';
import { lineIndexFor } from '../rego/source.js';
import { hostBuiltins } from '../runtime/host/index.js';
import { linkPolicy } from '../runtime/link.js';
import { parsePolicySources, type PolicySource } from './build.js';

export interface RegoTestResult {
  /** `data.pkg.test_name` */
  name: string;
  file: string;
  line: number;
  outcome: 'pass' | 'fail' | 'error';
  message?: string;
  ms: number;
}

export async function runRegoTests(sources: PolicySource[], opts: { v0?: boolean; filter?: RegExp } = {}): Promise<RegoTestResult[]> {
  const { modules, diagnostics } = parsePolicySources(sources, { v0: opts.v0 });
  if (diagnostics.length) throw new PalisadeError(diagnostics);

  const tests: Array<{ name: string; entrypoint: string; file: string; line: number }> = [];
  const seen = new Set<string>();
  for (const mod of modules) {
    for (const rule of mod.rules) {
      const head = rule.head.ref[0];
      if (rule.head.ref.length !== 1 || rule.head.args || !head || head.type !== 'var' || !head.name.startsWith('test_')) continue;
      const name = `data.${mod.package.join('.')}.${head.name}`;
      if (seen.has(name) || (opts.filter && !opts.filter.test(name))) continue;
      seen.add(name);
      tests.push({ name, entrypoint: `${mod.package.join('/')}/${head.name}`, file: mod.file, line: lineIndexFor(mod).lineCol(rule.span.start).line });
    }
  }
  if (tests.length === 0) return [];
  // Tests see builtin errors exactly as scans do (non-strict, OPA's default: the expression is
  // undefined), so a test cannot pass on semantics the policy will not have in production.
  const plan = compileModules(modules, { entrypoints: tests.map((t) => t.entrypoint), strict: false });
  const policy = await loadPolicy(linkPolicy(plan), undefined, hostBuiltins({ strict: false }));
  const results: RegoTestResult[] = [];
  for (const t of tests) {
    const t0 = performance.now();
    try {
      const rs = policy.evaluate(undefined, t.entrypoint) as Array<{ result: unknown }>;
      const value = rs[0]?.result;
      const pass = value === true;
      results.push({
        ...t,
        outcome: pass ? 'pass' : 'fail',
        message: pass ? undefined : value === undefined ? 'the test rule is undefined (a condition did not hold)' : `the test rule is ${JSON.stringify(value)}, not true`,
        ms: performance.now() - t0,
      });
    } catch (e) {
      results.push({ ...t, outcome: 'error', message: typeof e === 'string' ? e : (e as Error).message, ms: performance.now() - t0 });
    }
  }
  return results;
}
