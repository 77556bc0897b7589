// End-to-end benchmark (issue: scan cost close to parsing): what a user waits for — `palisade scan`
// run as a child process, report written — against a plain yardstick run the same way (a child
// that only parses the same bytes with JSON.parse or the `yaml` package, or `palisade scan` of the
// relevant files alone). Both sides alternate, so load on a shared machine hits them alike; each
// row is a ratio of medians. Peak memory is each child's own maxRSS, reported from an exit hook,
// with its CPU time (user + system): on a shared machine, waits for a core inflate wall time,
// so the Kubernetes row also gives the ratio of CPU medians, which load disturbs far less.
// The CLI runs as an installed package runs it: bin/palisade.cjs over a fresh bundle of these
// sources (scripts/bundle.mjs --out), in a folder without src/, so the shim picks that bundle.
// The 4,000- and 25,000-document rows also measure worker threads both ways (threadRows).
// Asserts nothing. `npm run bench` calls e2eBench(); `node dist/bench/e2e.js` runs it alone.
// BENCH_E2E_RUNS (default 5) sets the runs per side; BENCH_E2E_LARGE=1 adds the 100 MB plan and
// the 100,000-document scan, which take minutes; BENCH_E2E_ONLY=one-file,monorepo runs only the
// rows whose names contain one of those words (case-insensitive; numbers without their commas,
// e.g. BENCH_E2E_ONLY=100000 for the 100,000-document row).

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/paths.js';
import { writeManifests } from './manifests.js';
import { writePlan } from './plans.js';

export interface BenchLine {
  name: string;
  value: string;
  target?: string;
}

const RUNS = Math.max(1, Number(process.env.BENCH_E2E_RUNS ?? 5));
const LARGE = process.env.BENCH_E2E_LARGE === '1';
const ONLY = (process.env.BENCH_E2E_ONLY ?? '').toLowerCase().split(',').map((w) => w.trim()).filter(Boolean);
// Names are matched without their thousands separators: BENCH_E2E_ONLY=100000 picks the 100,000-document row.
const wanted = (what: string) => ONLY.length === 0 || ONLY.some((w) => what.toLowerCase().replace(/(\d),(?=\d{3})/g, '$1').includes(w));

// Every child, yardstick or not, reports its peak RSS and CPU time the same way: from a CommonJS
// preload (-r). An ES module one (--import) would start Node's ES module loader in every child,
// a cost neither `node -e 0` nor the CLI pays when a user runs it.
const RSS_HOOK_SOURCE = 'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\npalisade-bench-rss:"+u.maxRSS+":"+(u.userCPUTime+u.systemCPUTime)+"\\n")});\n';
/** The hook's file, written into the bench's temporary folder by e2eBench. */
let rssHook = '';
/**
 * The CLI's code cache folder (XDG_CACHE_HOME) for the row being measured. The cache holds the
 * functions of the run that wrote it, so each row keeps its own, as each kind of user has their
 * own: a pre-commit hook's cache is written by a hook run, not by a 100 MB plan scan.
 */
let cacheHome: string | undefined;
let benchTmp = '';

interface Run {
  ms: number;
  rssMB: number;
  /** User + system CPU time of the child, in milliseconds. */
  cpuMs: number;
  status: number | null;
  stderr: string;
}

function child(args: string[], cwd = PACKAGE_ROOT): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', rssHook, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...(cacheHome && { XDG_CACHE_HOME: cacheHome }) }, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const m = /palisade-bench-rss:(\d+):(\d+)/.exec(r.stderr ?? '');
  return { ms, rssMB: Number(m?.[1] ?? NaN) / 1024, cpuMs: Number(m?.[2] ?? NaN) / 1000, status: r.status, stderr: r.stderr ?? '' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Runs both sides alternately; a scan that exits other than 0/1 fails the row with its stderr. */
function compare(scanArgs: string[], yardstick: string[], runs = RUNS, cwd = PACKAGE_ROOT): { scan: number; base: number; scanCpu: number; baseCpu: number; rssMB: number } {
  const scans: Run[] = [];
  const bases: Run[] = [];
  for (let i = 0; i < runs; i++) {
    bases.push(child(yardstick, cwd));
    const s = child(scanArgs, cwd);
    if (s.status !== 0 && s.status !== 1) throw new Error(`palisade ${scanArgs.slice(1).join(' ')} exited ${s.status}: ${s.stderr.slice(0, 2000)}`);
    scans.push(s);
  }
  return {
    scan: median(scans.map((r) => r.ms)),
    base: median(bases.map((r) => r.ms)),
    scanCpu: median(scans.map((r) => r.cpuMs)),
    baseCpu: median(bases.map((r) => r.cpuMs)),
    rssMB: Math.max(...scans.map((r) => r.rssMB)),
  };
}

const parseJson = (file: string) => ['-e', `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)},"utf8"))`];
const parseYaml = (dir: string) => [
  '-e',
  `const fs=require("fs"),p=require("path"),{parseAllDocuments}=require(${JSON.stringify(join(PACKAGE_ROOT, 'node_modules', 'yaml'))});` +
    `for(const f of fs.readdirSync(${JSON.stringify(dir)},{recursive:true}))` +
    `{const q=p.join(${JSON.stringify(dir)},f);if(!q.endsWith(".yaml"))continue;for(const d of parseAllDocuments(fs.readFileSync(q,"utf8")))d.toJS()}`,
];

/** A monorepo of `files` files of which `relevant` are Kubernetes manifests, Dockerfiles, workflows. */
export function writeMonorepo(all: string, only: string, files: number, relevant: number): void {
  for (let i = 0; i < files; i++) {
    const sub = `pkg${i % 200}/src/mod${i % 7}`;
    const isRelevant = i % Math.round(files / relevant) === 0;
    const target = isRelevant ? [all, only] : [all];
    for (const root of target) mkdirSync(join(root, sub), { recursive: true });
    if (!isRelevant) {
      writeFileSync(join(all, sub, `file${i}.go`), `package mod\n\n// file ${i}\nfunc F${i}() int { return ${i} }\n`);
      continue;
    }
    const kind = i % 3;
    const [name, text] =
      kind === 0
        ? [`deploy${i}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.${i % 20}\n`]
        : kind === 1
          ? ['Dockerfile', `FROM node:20\nRUN npm ci\nUSER node\nCMD ["node", "server${i}.js"]\n`]
          : [`.github/workflows/ci${i}.yml`, `on: push\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${i}\n`];
    for (const root of target) {
      mkdirSync(join(root, sub, name, '..'), { recursive: true });
      writeFileSync(join(root, sub, name), text);
    }
  }
}

const x = (n: number) => `${n.toFixed(2)}x`;

/**
 * Worker threads measured both ways (`--jobs`): the scan on one thread against the default (the
 * free cores, once the scan is large enough) and against every core forced, alternately, wall
 * and CPU. The machine's cores and load are in the row's name: on a busy machine the default is
 * one thread, and the forced row shows what threads cost there.
 */
function threadRows(label: string, scan: (extra: string[]) => string[], runs: number): BenchLine[] {
  const cores = availableParallelism();
  const where = () => `${cores} cores, load ${loadavg()[0]!.toFixed(1)}`;
  const out: BenchLine[] = [];
  for (const [name, extra] of [['default threads', []], [`--jobs ${cores}`, ['--jobs', String(cores)]]] as const) {
    const before = where();
    const r = compare(scan([...extra]), scan(['--jobs', '1']), runs);
    out.push({ name: `${label}: ${name} (${r.scan.toFixed(0)} ms) vs --jobs 1 (${r.base.toFixed(0)} ms), wall [${before} → ${where()}]`, value: x(r.scan / r.base) });
    out.push({ name: `${label}: ${name} vs --jobs 1 in CPU time, user + system (${r.scanCpu.toFixed(0)} ms vs ${r.baseCpu.toFixed(0)} ms)`, value: x(r.scanCpu / r.baseCpu) });
  }
  return out;
}

/** One row of the table: its lines, or one line saying why it failed (the other rows still run). */
async function row(lines: BenchLine[], what: string, run: () => BenchLine[]): Promise<void> {
  if (!wanted(what)) return;
  cacheHome = join(benchTmp, 'cache', what.replace(/[^A-Za-z0-9]+/g, '-'));
  try {
    lines.push(...run());
  } catch (e) {
    lines.push({ name: `${what}: ${(e as Error).message.split('\n').slice(0, 2).join(' ').slice(0, 300)}`, value: 'FAILS' });
  }
}

/** An installed package's layout in `dir` (package.json, bin/, lib/ freshly bundled); its `palisade` command. */
function installedCli(dir: string): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  copyFileSync(join(PACKAGE_ROOT, 'package.json'), join(dir, 'package.json'));
  copyFileSync(join(PACKAGE_ROOT, 'bin', 'palisade.cjs'), join(dir, 'bin', 'palisade.cjs'));
  execFileSync(process.execPath, [join(PACKAGE_ROOT, 'scripts', 'bundle.mjs'), '--no-build', '--out', join(dir, 'lib')], { stdio: 'ignore' });
  return join(dir, 'bin', 'palisade.cjs');
}

export async function e2eBench(): Promise<BenchLine[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'palisade-bench-e2e-'));
  const lines: BenchLine[] = [];
  benchTmp = tmp;
  rssHook = join(tmp, 'rss-hook.cjs');
  writeFileSync(rssHook, RSS_HOOK_SOURCE);
  const BIN = installedCli(join(tmp, 'package'));
  const scanTo = (path: string, report: string, format = 'json', extra: string[] = []) => [BIN, 'scan', path, '--format', format, '--output', join(tmp, report), ...extra];
  try {
    // Terraform plans: scan (report included) against JSON.parse of the same file.
    for (const mb of LARGE ? [20, 100] : [20]) {
      await row(lines, `${mb} MB Terraform plan`, () => {
        const dir = join(tmp, `plan${mb}`);
        const { bytes } = writePlan(dir, mb * 1024 * 1024);
        const r = compare(scanTo(dir, `plan${mb}.json`), parseJson(join(dir, 'plan.json')), mb > 20 ? Math.min(RUNS, 3) : RUNS);
        return [
          { name: `${mb} MB Terraform plan: palisade scan (${(r.scan / 1000).toFixed(1)} s) vs JSON.parse (${(r.base / 1000).toFixed(2)} s)`, value: x(r.scan / r.base), target: '≤ 5x' },
          { name: `${mb} MB Terraform plan: the same in CPU time, user + system (${(r.scanCpu / 1000).toFixed(1)} s vs ${(r.baseCpu / 1000).toFixed(2)} s)`, value: x(r.scanCpu / r.baseCpu) },
          // The issue sets the memory target on the 100 MB plan: at 20 MB, Node's own ~50 MB is
          // already 2.5 times the file.
          { name: `${mb} MB Terraform plan: peak RSS of the scan (${r.rssMB.toFixed(0)} MB) / file size`, value: x(r.rssMB / (bytes / 1024 / 1024)), ...(mb >= 100 ? { target: '≤ 4x' } : {}) },
        ];
      });
    }

    // Kubernetes: 4,000 documents, scan with a JSON report against the yaml package's parse.
    await row(lines, '4,000 Kubernetes documents', () => {
      const k8s = join(tmp, 'k8s');
      mkdirSync(k8s);
      const k8sBytes = writeManifests(k8s, 4_000);
      const k = compare(scanTo(k8s, 'k8s.json'), parseYaml(k8s));
      return [
        { name: `4,000 Kubernetes documents: palisade scan --format json (${k.scan.toFixed(0)} ms) vs yaml parse (${k.base.toFixed(0)} ms)`, value: x(k.scan / k.base), target: '≤ 1.5x' },
        { name: `4,000 Kubernetes documents: the same in CPU time, user + system (${k.scanCpu.toFixed(0)} ms vs ${k.baseCpu.toFixed(0)} ms)`, value: x(k.scanCpu / k.baseCpu) },
        // No target here: Node alone (~45 MB) is more than 10x this input; the 24 MB row below has it.
        { name: `4,000 Kubernetes documents: peak RSS (${k.rssMB.toFixed(0)} MB) / input (${(k8sBytes / 1024 / 1024).toFixed(1)} MB)`, value: x(k.rssMB / (k8sBytes / 1024 / 1024)) },
        ...threadRows('4,000 Kubernetes documents', (extra) => scanTo(k8s, 'k8s-threads.json', 'json', extra), RUNS),
      ];
    });

    // Memory at a size where the input, not Node's own footprint, dominates (the issue's 24 MB).
    // The strict profile adds the policies that compare objects across the scan (data.inventory),
    // which run in a second pass once every object is known.
    let k8s25k: { dir: string; bytes: number } | undefined;
    for (const profile of ['default', 'strict']) {
      const what = `25,000 Kubernetes documents${profile === 'strict' ? ', --profile strict' : ''}`;
      await row(lines, what, () => {
        if (!k8s25k) {
          const dir = join(tmp, 'k8s-25k');
          mkdirSync(dir);
          k8s25k = { dir, bytes: writeManifests(dir, 25_000, 50) };
        }
        const { dir, bytes } = k8s25k;
        const r = child([...scanTo(dir, `k8s-25k-${profile}.json`), ...(profile === 'strict' ? ['--profile', 'strict'] : [])]);
        if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
        return [
          { name: `${what}: peak RSS (${r.rssMB.toFixed(0)} MB) / input (${(bytes / 1024 / 1024).toFixed(1)} MB), ${(r.ms / 1000).toFixed(1)} s`, value: x(r.rssMB / (bytes / 1024 / 1024)), target: '≤ 10x' },
          ...(profile === 'default' ? threadRows('25,000 Kubernetes documents', (extra) => scanTo(dir, 'k8s-25k-threads.json', 'json', extra), Math.min(RUNS, 3)) : []),
        ];
      });
    }

    // One file, as a pre-commit hook runs it, against a bare Node start.
    await row(lines, 'one-file scan', () => {
      const one = compare([BIN, 'scan', 'fixtures/sample-repo/k8s/web.yaml', '--format', 'json', '--quiet'], ['-e', '0'], Math.max(RUNS, 11));
      return [
        { name: `one-file scan (${one.scan.toFixed(0)} ms) vs node -e 0 (${one.base.toFixed(0)} ms)`, value: x(one.scan / one.base), target: '≤ 1.8x' },
        { name: `one-file scan: the same in CPU time, user + system (${one.scanCpu.toFixed(0)} ms vs ${one.baseCpu.toFixed(0)} ms)`, value: x(one.scanCpu / one.baseCpu) },
      ];
    });

    // The pre-commit hook itself (.pre-commit-hooks.yaml): one staged manifest in a repository.
    await row(lines, 'one-file staged scan', () => {
      const repo = join(tmp, 'staged');
      cpSync(join(PACKAGE_ROOT, 'fixtures', 'sample-repo'), repo, { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: repo, stdio: 'ignore' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'base');
      writeFileSync(join(repo, 'k8s', 'web.yaml'), `${readFileSync(join(repo, 'k8s', 'web.yaml'), 'utf8')}# edited\n`);
      git('add', 'k8s/web.yaml');
      const one = compare([BIN, 'scan', '--staged', '--fail-on', 'high', '--quiet'], ['-e', '0'], Math.max(RUNS, 11), repo);
      return [
        { name: `pre-commit hook, one staged file: palisade scan --staged (${one.scan.toFixed(0)} ms) vs node -e 0 (${one.base.toFixed(0)} ms)`, value: x(one.scan / one.base), target: '≤ 1.8x' },
        { name: `pre-commit hook: the same in CPU time, user + system (${one.scanCpu.toFixed(0)} ms vs ${one.baseCpu.toFixed(0)} ms)`, value: x(one.scanCpu / one.baseCpu) },
      ];
    });

    // A 20,000-file monorepo with 2 % relevant files, against scanning those files alone.
    await row(lines, '20,000-file monorepo', () => {
      const all = join(tmp, 'mono-all');
      const only = join(tmp, 'mono-relevant');
      writeMonorepo(all, only, 20_000, 400);
      const m = compare(scanTo(all, 'mono-all.json'), scanTo(only, 'mono-only.json'));
      return [{ name: `20,000-file monorepo, 2 % relevant (${m.scan.toFixed(0)} ms) vs the relevant files alone (${m.base.toFixed(0)} ms)`, value: x(m.scan / m.base), target: '≤ 1.3x' }];
    });

    if (LARGE && wanted('100,000 Kubernetes documents')) {
      const big = join(tmp, 'k8s-100k');
      mkdirSync(big);
      const bigBytes = writeManifests(big, 100_000, 50);
      cacheHome = join(benchTmp, 'cache', '100k');
      for (const format of ['sarif', 'json']) {
        const r = child(scanTo(big, `k8s-100k.${format}`, format));
        const ok = r.status === 0 || r.status === 1;
        const size = ok ? statSync(join(tmp, `k8s-100k.${format}`)).size : 0;
        lines.push({
          name: `100,000 Kubernetes documents (${(bigBytes / 1024 / 1024).toFixed(0)} MB), --format ${format}: ${ok ? `${(r.ms / 1000).toFixed(1)} s, ${r.rssMB.toFixed(0)} MB peak, report ${(size / 1024 / 1024).toFixed(0)} MB` : `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`}`,
          value: ok ? 'completes' : 'FAILS',
        });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await e2eBench()) console.log(`${l.name.padEnd(100)} ${l.value.padStart(10)}${l.target ? `   (target ${l.target})` : ''}`);
}
