// Scan throughput benchmark (issue: performance): 10,000 Kubernetes documents of several kinds in
// a temporary directory, scanned with the built-in packs by the same scan() the CLI runs, against
// discovery + loading of the same files alone. The ratio is the cost of everything policies add
// (engine start, evaluation, findings, waivers) relative to reading the input. Asserts nothing.
// `npm run bench` calls scanBench(); `node dist/bench/scan.js` runs it alone.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discover } from '../src/discovery/discover.js';
import { loadDiscovered } from '../src/loaders/read.js';
import { scan } from '../src/scan/scan.js';
import { writeManifests } from './manifests.js';

export interface BenchLine {
  name: string;
  value: string;
  target?: string;
}

const DOCUMENTS = 10_000;

/** CPU and wall time of an async step (CPU is what the ratio uses: the machines are shared). */
async function time<T>(fn: () => Promise<T>): Promise<{ cpu: number; wall: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - w0, value };
}

async function loadOnly(dir: string): Promise<{ documents: number; kubernetes: number }> {
  const found = await discover([dir], { root: dir });
  const loaded = await loadDiscovered(found, { root: dir });
  return { documents: loaded.documents.length, kubernetes: loaded.documents.filter((d) => d.kind === 'kubernetes').length };
}

export async function scanBench(): Promise<BenchLine[]> {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-scan-'));
  try {
    const bytes = writeManifests(dir, DOCUMENTS);
    // One untimed load fills the page cache and warms the loaders' code for both sides alike.
    await loadOnly(dir);
    const load = await time(() => loadOnly(dir));
    const full = await time(() => scan({ paths: [dir], root: dir }));
    const r = full.value;
    if (load.value.kubernetes !== DOCUMENTS || r.documents !== load.value.documents || r.diagnostics.some((d) => (d.severity ?? 'error') === 'error')) {
      throw new Error(`bench manifests did not scan cleanly: ${load.value.kubernetes} kubernetes documents loaded, ${r.documents} scanned, ${r.diagnostics.length} diagnostics`);
    }
    if (r.findings.length === 0) throw new Error('the built-in packs found nothing: the benchmark would measure no work');
    return [
      { name: `kubernetes ${DOCUMENTS.toLocaleString('en')} documents in ${r.files} files (${(bytes / 1024 / 1024).toFixed(0)} MB): discovery+load`, value: `${load.cpu.toFixed(0)} ms cpu` },
      { name: `scan() with the built-in packs (${r.findings.length} findings)`, value: `${full.cpu.toFixed(0)} ms cpu` },
      { name: 'scan: documents/s (cpu)', value: ((DOCUMENTS * 1000) / full.cpu).toFixed(0) },
      { name: 'scan: ratio of scan() to discovery+load', value: `${(full.cpu / load.cpu).toFixed(2)}x`, target: '≤ 2x' },
      { name: 'scan: same ratio in wall time', value: `${(full.wall / load.wall).toFixed(2)}x` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await scanBench()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(12)}${l.target ? `   (target ${l.target})` : ''}`);
}
