// Compiler and evaluation benchmarks (issue: compiler core). Prints numbers; asserts nothing:
// the machines are shared and noisy, so targets are read from the output, not enforced in tests.

import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileModules } from '../src/rego/compile.js';
import { parseModule } from '../src/rego/parser.js';
import { hostBuiltins } from '../src/runtime/host/index.js';
import { linkPolicy } from '../src/runtime/link.js';
import { deployment, policySet } from './workloads.js';

export interface Line {
  name: string;
  value: string;
  target?: string;
}

function compile(rules: number): { wasm: Uint8Array; ms: number } {
  const t0 = performance.now();
  const mod = parseModule('bench.rego', policySet(rules));
  const plan = compileModules([mod], { entrypoints: ['bench/violation'] });
  const wasm = linkPolicy(plan);
  return { wasm, ms: performance.now() - t0 };
}

async function evalsPerSecond(rules: number, seconds = 2): Promise<{ perSecond: number; violations: number }> {
  const { wasm } = compile(rules);
  return evaluationRate(await loadPolicy(wasm, undefined, hostBuiltins({ strict: false })), deployment(), seconds);
}

type LoadedPolicy = Awaited<ReturnType<typeof loadPolicy>>;

/** Evaluations per second of policy on input over `seconds`, after a warm-up. */
export function evaluationRate(policy: LoadedPolicy, input: unknown, seconds: number): { perSecond: number; violations: number } {
  // Warm up, and check the policy really produces violations (a benchmark of nothing is no benchmark).
  const first = policy.evaluate(input) as Array<{ result: unknown[] }>;
  for (let i = 0; i < 200; i++) policy.evaluate(input);
  let n = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 100; i++) policy.evaluate(input);
    n += 100;
  }
  return { perSecond: (n * 1000) / (performance.now() - t0), violations: first[0]?.result.length ?? 0 };
}

async function memoryGrowth(evaluations: number): Promise<{ before: number; after: number; wasmBefore: number; wasmAfter: number }> {
  const { wasm } = compile(20);
  const policy = await loadPolicy(wasm, undefined, hostBuiltins({ strict: false }));
  const input = deployment();
  for (let i = 0; i < 1000; i++) policy.evaluate(input);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const wasmBefore = (policy as unknown as { mem: { buffer: ArrayBuffer } }).mem.buffer.byteLength;
  for (let i = 0; i < evaluations; i++) policy.evaluate(input);
  global.gc?.();
  return { before, after: process.memoryUsage().rss, wasmBefore, wasmAfter: (policy as unknown as { mem: { buffer: ArrayBuffer } }).mem.buffer.byteLength };
}

export async function compilerBench(): Promise<Line[]> {
  const lines: Line[] = [];
  compile(100); // warm the JIT: the target is for a process that has compiled before
  const runs = [1, 2, 3, 4, 5].map(() => compile(100).ms).sort((a, b) => a - b);
  lines.push({ name: 'compile 100-rule policy set (median of 5)', value: `${runs[2]!.toFixed(1)} ms`, target: '< 250 ms' });
  const e20 = await evalsPerSecond(20);
  lines.push({ name: `evaluations/s, 20 rules, 3 KB Deployment (${e20.violations} violations)`, value: e20.perSecond.toFixed(0), target: '>= 10,000' });
  const e200 = await evalsPerSecond(200);
  lines.push({ name: `evaluations/s, 200 rules, same Deployment (${e200.violations} violations)`, value: e200.perSecond.toFixed(0) });
  lines.push({ name: 'ratio 200-rule / 20-rule evaluation time', value: `${(e20.perSecond / e200.perSecond).toFixed(2)}x`, target: 'well under 10x (rule indexing)' });
  const mem = await memoryGrowth(100_000);
  lines.push({ name: 'process RSS growth over 100,000 evaluations', value: `${(((mem.after - mem.before) / mem.before) * 100).toFixed(1)}%`, target: '< 5%' });
  lines.push({ name: 'wasm linear memory before/after 100,000 evaluations', value: `${mem.wasmBefore / 65536} / ${mem.wasmAfter / 65536} pages` });
  return lines;
}
