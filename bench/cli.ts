// CLI start-up benchmark (issue: performance): `palisade scan` of one small file against a bare
// `node -e 0`, both as child processes, runs interleaved so that load on a shared machine hits
// both sides alike; medians of RUNS each. The ratio is what a pre-commit hook user feels.
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

function wall(args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { ms: performance.now() - t0, status: r.status, stderr: r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function cliBench(): Promise<BenchLine[]> {
  const bin = join(PACKAGE_ROOT, 'bin', 'palisade.js');
  const file = 'fixtures/sample-repo/k8s/web.yaml';
  const scanArgs = [bin, 'scan', file, '--format', 'json', '--quiet'];
  // The sample file has findings: exit 1 is the expected outcome, anything else is a broken run.
  const check = wall(scanArgs);
  if (check.status !== 1) throw new Error(`palisade scan ${file} exited ${check.status}: ${check.stderr}`);
  const bare: number[] = [];
  const cli: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(wall(['-e', '0']).ms);
    cli.push(wall(scanArgs).ms);
    help.push(wall([bin, '--version']).ms);
  }
  const b = median(bare);
  const s = median(cli);
  return [
    { name: `node -e 0 (median of ${RUNS})`, value: `${b.toFixed(0)} ms` },
    { name: 'palisade --version', value: `${median(help).toFixed(0)} ms` },
    { name: `palisade scan ${file} --format json`, value: `${s.toFixed(0)} ms` },
    { name: 'cli: ratio of palisade scan (one small file) to node -e 0', value: `${(s / b).toFixed(2)}x`, target: '≤ 4x' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await cliBench()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(12)}${l.target ? `   (target ${l.target})` : ''}`);
}
