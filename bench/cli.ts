// CLI start-up benchmark (issue: performance): `palisade scan` of one small file against a bare
// `node -e 0`, both as child processes, runs interleaved so that load on a shared machine hits
// both sides alike; medians of RUNS each, in wall time (the target: what a pre-commit hook user
// feels) and in CPU time (steadier on a busy machine).
// Asserts nothing. `npm run bench` calls cliBench(); `node dist/bench/cli.js` runs it alone.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/paths.js';

export interface BenchLine {
  name: string;
  value: string;
  target?: string;
}

const RUNS = 11;

// Each child reports its own CPU time on exit (both sides carry the same tiny hook): CPU time
// barely moves with the neighbours' load, where wall time can swing by half on a shared machine.
const CPU_HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\npalisade-bench-cpu:"+(u.user+u.system)+"\\n")})';

// The hook itself makes Node start its ESM loader, which a bare `node -e 0` would not: so wall
// time comes from plain runs and CPU time from separate hooked runs.
function run(args: string[]): { ms: number; cpu: number; status: number | null; stderr: string } {
  const opts = { cwd: PACKAGE_ROOT, encoding: 'utf8' as const, env: { ...process.env, CI: '1' } };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, opts);
  const ms = performance.now() - t0;
  const hooked = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], opts);
  const cpu = Number(/palisade-bench-cpu:(\d+)/.exec(hooked.stderr)?.[1] ?? NaN) / 1000;
  return { ms, cpu, status: r.status, stderr: r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function cliBench(): Promise<BenchLine[]> {
  const bin = join(PACKAGE_ROOT, 'bin', 'palisade.cjs');
  const file = 'fixtures/sample-repo/k8s/web.yaml';
  const scanArgs = [bin, 'scan', file, '--format', 'json', '--quiet'];
  // The sample file has findings: exit 1 is the expected outcome, anything else is a broken run.
  const check = run(scanArgs);
  if (check.status !== 1) throw new Error(`palisade scan ${file} exited ${check.status}: ${check.stderr}`);
  const bare: Array<ReturnType<typeof run>> = [];
  const cli: Array<ReturnType<typeof run>> = [];
  const help: Array<ReturnType<typeof run>> = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(run(['-e', '0']));
    cli.push(run(scanArgs));
    help.push(run([bin, '--version']));
  }
  const b = median(bare.map((r) => r.ms));
  const s = median(cli.map((r) => r.ms));
  const bc = median(bare.map((r) => r.cpu));
  const sc = median(cli.map((r) => r.cpu));
  return [
    { name: `node -e 0 (median of ${RUNS})`, value: `${b.toFixed(0)} ms` },
    { name: 'palisade --version', value: `${median(help.map((r) => r.ms)).toFixed(0)} ms` },
    { name: `palisade scan ${file} --format json`, value: `${s.toFixed(0)} ms` },
    { name: 'cli: ratio of palisade scan (one small file) to node -e 0', value: `${(s / b).toFixed(2)}x`, target: '≤ 4x' },
    { name: `cli: same ratio in CPU time (${sc.toFixed(0)} vs ${bc.toFixed(0)} ms)`, value: `${(sc / bc).toFixed(2)}x` },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await cliBench()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(12)}${l.target ? `   (target ${l.target})` : ''}`);
}
