// How the Terraform pack scales with the plan (issue: scan cost): scan() of one plan of 1, 10 and
// 100 MB (BENCH_PLAN_MB="1,10,100"), CPU time each, and the exponent k of time ∝ resources^k
// fitted by least squares on the log-log points. Linear work gives k ≈ 1; a per-resource rescan
// of the plan shows as k → 2. Asserts nothing. `npm run bench` calls planScalingBench();
// `node dist/bench/plan-scaling.js` runs it alone.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scan } from '../src/scan/scan.js';
import { writePlan } from './plans.js';

export interface BenchLine {
  name: string;
  value: string;
  target?: string;
}

const SIZES_MB = (process.env.BENCH_PLAN_MB ?? '1,10,100').split(',').map(Number).filter((n) => n > 0);

/** The slope of the least-squares line through (log x, log y). */
export function fittedExponent(points: Array<{ x: number; y: number }>): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

export async function planScalingBench(): Promise<BenchLine[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'palisade-bench-plans-'));
  const lines: BenchLine[] = [];
  const points: Array<{ x: number; y: number }> = [];
  try {
    // An untimed scan first, so start-up costs (bundle load, compilation) land on no size.
    writePlan(join(tmp, 'warm'), 256 * 1024);
    await scan({ paths: [join(tmp, 'warm')], root: join(tmp, 'warm') });
    for (const mb of SIZES_MB) {
      const dir = join(tmp, `plan${mb}`);
      const plan = writePlan(dir, mb * 1024 * 1024);
      (globalThis as { gc?: () => void }).gc?.();
      const c0 = process.cpuUsage();
      const r = await scan({ paths: [dir], root: dir });
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      const errors = r.diagnostics.filter((d) => (d.severity ?? 'error') === 'error');
      if (errors.length) throw new Error(`the ${mb} MB plan did not scan cleanly: ${errors[0]!.message}`);
      points.push({ x: plan.resources, y: ms });
      lines.push({
        name: `${mb} MB plan, ${plan.resources.toLocaleString('en')} resource changes: scan() (${r.findings.length} findings)`,
        value: `${ms.toFixed(0)} ms cpu`,
      });
      rmSync(dir, { recursive: true, force: true });
    }
    for (let i = 1; i < points.length; i++) {
      lines.push({ name: `exponent from ${SIZES_MB[i - 1]} to ${SIZES_MB[i]} MB`, value: fittedExponent(points.slice(i - 1, i + 1)).toFixed(2) });
    }
    if (points.length >= 2) lines.push({ name: 'fitted exponent k (cpu ∝ resources^k)', value: fittedExponent(points).toFixed(2), target: '≤ 1.15 (n log n)' });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await planScalingBench()) console.log(`${l.name.padEnd(80)} ${l.value.padStart(12)}${l.target ? `   (target ${l.target})` : ''}`);
}
