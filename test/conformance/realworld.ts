// The real-world Rego runner: every unit of ../shared/corpora/rego-realworld/UNITS (see its
// README) run through `palisade test` exactly as a user runs it — the CLI's own entry point with
// the unit's flags, Rego paths and data paths — and every result that is not a pass bucketed with
// its reason. Each of these tests passes under OPA in its project's CI, so every non-pass is a
// difference from OPA, or a dependency on a builtin that is not OPA's (counted apart).
//
// How a unit maps onto the command line: Rego paths are positional, as `opa test <paths>` takes
// them; for conftest's examples, whose CI runs `conftest verify`, they go to `--policy` (conftest
// reads only Rego there). Data paths go to `--data`. trivy-checks call builtins trivy adds to its
// own OPA build; they are declared through a capabilities file (OPA's mechanism for exactly this),
// so the tests that mock them with `with` run, and a test that calls one unmocked errors naming it.

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { BUILTINS } from '../../src/rego/builtins.js';

export const CORPUS = join(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpora/rego-realworld');

/**
 * Builtins that are not OPA's, by the tool that adds them (README: count these apart). conftest's
 * are implemented by Palisade (its conftest compatibility), so its tests count as OPA-only unless
 * one fails naming them.
 */
export const NON_OPA_BUILTINS: Record<string, Array<{ name: string; arity: number }>> = {
  trivy: [
    { name: 'result.new', arity: 2 },
    { name: 'isManaged', arity: 1 },
    { name: 'cidr.is_public', arity: 1 },
    { name: 'cidr.count_addresses', arity: 1 },
    { name: 'sh.parse_commands', arity: 1 },
    { name: 'squealer.scan_string', arity: 1 },
  ],
  conftest: [
    { name: 'parse_config', arity: 2 },
    { name: 'parse_config_file', arity: 1 },
    { name: 'parse_combined_config_files', arity: 1 },
  ],
};

export interface Unit {
  repo: string;
  unit: string;
  v0: boolean;
  rego: string[];
  data: string[];
}

export interface TestOutcome {
  /** `repo|data.pkg.test_x` (unique across the corpus). */
  key: string;
  repo: string;
  /** `unit:repo|unit` when the whole unit did not compile. */
  unitKey?: string;
  outcome: 'pass' | 'fail' | 'error';
  /** Why it did not pass (a non-OPA builtin, a compile error, an evaluation error, a failure). */
  reason?: string;
  /** It needs a builtin that is not OPA's. */
  nonOpa?: boolean;
}

export function readUnits(): Unit[] {
  return readFileSync(join(CORPUS, 'UNITS'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [repo = '', unit = '', flags = '', rego = '', data = ''] = line.split('|');
      const words = (s: string) => s.split(' ').filter(Boolean);
      return { repo, unit, v0: words(flags).includes('v0'), rego: words(rego), data: words(data) };
    });
}

const toolOf = (repo: string) => (repo.includes('trivy') ? 'trivy' : repo.includes('conftest') ? 'conftest' : undefined);

let capabilitiesFile: string | undefined;
/**
 * OPA's builtins plus trivy's own, in OPA's capabilities format: what a trivy user passes to
 * `opa test` (`opa capabilities --current` plus trivy's), since a capabilities file replaces the
 * builtin set.
 */
function trivyCapabilities(): string {
  if (capabilitiesFile) return capabilitiesFile;
  const decl = (arity: number) => ({ type: 'function', args: Array.from({ length: arity }, () => ({ type: 'any' })), result: { type: 'any' } });
  const opa = Object.entries(BUILTINS).map(([name, spec]) => ({ name, decl: decl(spec.arity) }));
  const builtins = [...opa, ...NON_OPA_BUILTINS['trivy']!.map((b) => ({ name: b.name, decl: decl(b.arity) }))];
  capabilitiesFile = join(mkdtempSync(join(tmpdir(), 'palisade-realworld-')), 'trivy-capabilities.json');
  writeFileSync(capabilitiesFile, JSON.stringify({ builtins }));
  return capabilitiesFile;
}

/** The `palisade test` arguments for a unit, as a user of that repository would type them. */
export function commandLine(u: Unit): string[] {
  const abs = (p: string) => join(CORPUS, u.repo, p);
  const tool = toolOf(u.repo);
  return [
    'test',
    '--format',
    'json',
    ...(u.v0 ? ['--v0-compatible'] : []),
    ...(tool === 'trivy' ? ['--capabilities', trivyCapabilities()] : []),
    ...(tool === 'conftest' ? ['--policy', ...u.rego.map(abs)] : u.rego.map(abs)),
    ...(u.data.length ? ['--data', ...u.data.map(abs)] : []),
  ];
}

/** Test definitions in a unit's Rego, counted from the source (for a unit that does not compile). */
function countTests(u: Unit): string[] {
  const names: string[] = [];
  const visit = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) visit(join(p, n));
    else if (p.endsWith('.rego')) {
      const text = readFileSync(p, 'utf8');
      const pkg = /^package\s+([\w.]+)/m.exec(text)?.[1] ?? '?';
      for (const m of text.matchAll(/^(test_\w*)/gm)) names.push(`data.${pkg}.${m[1]}`);
    }
  };
  for (const r of u.rego) visit(join(CORPUS, u.repo, r));
  return names;
}

/** The known-failure entry covering a result: its own, or its unit's when the unit did not compile. */
export const knownEntry = (r: TestOutcome, known: Record<string, unknown>): string | undefined => (known[r.key] ? r.key : r.unitKey && known[r.unitKey] ? r.unitKey : undefined);

const nonOpaIn = (text: string, repo: string): string | undefined => {
  const tool = toolOf(repo);
  return tool ? NON_OPA_BUILTINS[tool]!.map((b) => b.name).find((n) => text.includes(`${n}: not implemented`) || text.includes(`undefined function ${n}`)) : undefined;
};

/** Diagnostics reduced to what they say, without where (so one cause is one bucket). */
const firstProblem = (stderr: string) => (stderr.split('\n').find((l) => l.includes('error[')) ?? stderr.split('\n')[0] ?? '').replace(/^.*?error\[/, 'error[').trim();

interface JsonResult {
  package: string;
  name: string;
  fail?: boolean;
  error?: { message: string };
  skip?: boolean;
  sub_results?: Record<string, { fail?: boolean }>;
}

export async function runUnit(u: Unit): Promise<TestOutcome[]> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', ...commandLine(u)], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  if (code === 1 || code === 3) {
    const problem = firstProblem(err);
    const builtin = nonOpaIn(err, u.repo);
    return countTests(u).map((name) => ({
      key: `${u.repo}|${name}`,
      repo: u.repo,
      unitKey: `unit:${u.repo}|${u.unit}`,
      outcome: 'error',
      reason: builtin ? `needs ${builtin} (not an OPA builtin)` : `compile: ${problem}`,
      nonOpa: builtin !== undefined,
    }));
  }
  const results = JSON.parse(out) as JsonResult[];
  return results.map((r) => {
    const key = `${u.repo}|${r.package}.${r.name}`;
    if (r.error) {
      const builtin = nonOpaIn(r.error.message, u.repo);
      return { key, repo: u.repo, outcome: 'error', reason: builtin ? `needs ${builtin} (not an OPA builtin)` : `eval: ${r.error.message}`, nonOpa: builtin !== undefined };
    }
    if (r.fail || r.skip) {
      const cases = Object.entries(r.sub_results ?? {}).filter(([, s]) => s.fail).map(([k]) => k);
      return { key, repo: u.repo, outcome: 'fail', reason: cases.length ? `fail: cases ${cases.join(', ')}` : r.skip ? 'skipped' : 'fail' };
    }
    return { key, repo: u.repo, outcome: 'pass' };
  });
}

export async function runCorpus(): Promise<TestOutcome[]> {
  const all: TestOutcome[] = [];
  for (const u of readUnits()) all.push(...(await runUnit(u)));
  return all;
}

/** Per repository `P passed, F failed, E errors`, the non-OPA count, and the total. */
export function table(results: TestOutcome[]): string {
  const repos = [...new Set(results.map((r) => r.repo))];
  const width = Math.max(...repos.map((r) => r.length), 5);
  const row = (name: string, rs: TestOutcome[]) => {
    const opa = rs.filter((r) => !r.nonOpa);
    const n = (o: string) => opa.filter((r) => r.outcome === o).length;
    const pct = opa.length ? ((100 * n('pass')) / opa.length).toFixed(1) : '-';
    return `${name.padEnd(width)}  ${n('pass')} passed, ${n('fail')} failed, ${n('error')} errors (${pct}% of ${opa.length} needing only OPA builtins); ${rs.length - opa.length} need non-OPA builtins`;
  };
  return [...repos.map((repo) => row(repo, results.filter((r) => r.repo === repo))), row('total', results)].join('\n') + '\n';
}

/** Every non-pass, grouped by reason, largest bucket first. */
export function buckets(results: TestOutcome[]): string {
  const by = new Map<string, TestOutcome[]>();
  for (const r of results) if (r.outcome !== 'pass') by.set(r.reason ?? '?', [...(by.get(r.reason ?? '?') ?? []), r]);
  return [...by.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([reason, rs]) => `${String(rs.length).padStart(5)}  ${reason}\n${rs.slice(0, 3).map((r) => `         ${r.key}`).join('\n')}`)
    .join('\n') + '\n';
}

export const corpusPresent = () => existsSync(join(CORPUS, 'UNITS'));
