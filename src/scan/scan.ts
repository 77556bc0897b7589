// The scan façade: the whole pipeline behind `palisade scan`, the GitHub Action and the library's
// `scan()` — configuration, discovery, loading, policies, evaluation, waivers. It is an edge (it
// reads files through discovery, the loaders' façade and the policy catalog) and returns plain
// data; rendering reports and choosing exit codes is the caller's business.

import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { loadLimits, readConfig, readSettingsFile, type PalisadeConfig } from '../config/config.js';
import { discover, type DiscoverResult } from '../discovery/discover.js';
import { resolveRoot } from '../discovery/root.js';
import { Engine, printToStderr, type EvaluationResult } from '../engine/engine.js';
import { SEVERITY_ORDER, type Finding, type PolicyMeta, type PolicySeverity, type Profile } from '../engine/finding.js';
import { BUILTIN_INVENTORY_READS, InventoryBuilder } from '../loaders/kubernetes/inventory.js';
import { buildGithubInventory, calledDocuments } from '../loaders/github/inventory.js';
import { loadable, loadDiscovered, SELF_CONTAINED_KINDS } from '../loaders/read.js';
import type { Document } from '../loaders/types.js';
import type { TerraformVarOption } from '../loaders/terraform/config/document.js';
import { loadBuiltinBundle } from '../policy/builtin.js';
import type { NamedBundle } from '../policy/catalog.js';
import { applyWaivers, DEFAULT_WAIVER_FILE, parseWaivers, type AppliedWaivers, type Waiver } from '../waivers/index.js';
import { selectPolicies } from './select.js';
import { inShard, type Shard } from './shard.js';
import { DEFAULT_BASELINE_FILE, parseBaseline } from './baseline.js';
import { MIN_PARALLEL_FILES } from './jobs.js';
import type { ParallelScan } from './parallel.js';
import { chartNotice, loadRendered, renderCharts, stdinTemplates, topCharts } from './helm.js';

/** A `--var-file` path or a `--var name=value`, as given on the command line (order matters). */
export type TerraformVarArg = { file: string } | { assignment: string };

export interface ScanOptions {
  /** Files, directories or globs (default: the root). */
  paths?: string[];
  /** Scan root: paths in findings and reports are relative to it (default: the repository root of what is scanned, see discovery/root.ts). */
  root?: string;
  config?: string;
  /** Extra policies (directories of Rego, .rego files, bundles, .wasm). */
  policies?: string[];
  /** Run the built-in packs (default: from the configuration, else true). */
  builtin?: boolean;
  changedSince?: string;
  staged?: boolean;
  /** Render Helm charts with `helm template` (helm on PATH) instead of naming them in a notice. */
  helm?: boolean;
  /** Text read from standard input (the path `-`): a YAML or JSON stream, e.g. `helm template` output. */
  stdin?: string;
  waivers?: string;
  failOn?: PolicySeverity;
  /** Policy ids or globs: run only these (`--only`). */
  only?: string[];
  /** Policy ids or globs not to run (`--skip`). */
  skip?: string[];
  /** Report only findings of these severities (`--severity`); the others are dropped, not waived. */
  severities?: PolicySeverity[];
  /** Baseline file of accepted findings (`palisade baseline`): findings in it are dropped. Default `.palisade/baseline.json` at the root when it exists; false for none. */
  baseline?: string | false;
  /** Which checks to report (default: from the configuration, else `default`). */
  profile?: Profile;
  /**
   * Terraform variables for .tf folders evaluated without a plan, in order: `{file}` for
   * `--var-file` (relative to the working directory), `{assignment: "name=value"}` for `--var`.
   */
  terraformVars?: TerraformVarArg[];
  now?: Date;
  /** Scan only this part of the inputs (`--shard k/n`). */
  shard?: Shard;
  /**
   * Called as files are loaded and evaluated, for progress display: files done, of about how many
   * (documents are evaluated as they are read, so the count of documents is known only at the end).
   */
  onProgress?: (done: number, total: number) => void;
  /** Where policies' `print()` lines go (default: standard error; see EngineOptions.print). */
  print?: (line: string) => void;
  /**
   * Threads files are loaded and evaluated on (`--jobs`): 1 is the main thread alone; a count
   * forces that many; default the configuration's `jobs`, else the free cores, used only once
   * the scan is large enough to pay for starting them (scan/parallel.ts). Reports are the same.
   */
  jobs?: number;
}

export interface ScanResult {
  root: string;
  config: PalisadeConfig;
  /** All findings, waived ones marked with `waived`. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  policies: PolicyMeta[];
  files: number;
  documents: number;
  /** Documents loaded, by kind (the repository document included). */
  documentKinds: Record<string, number>;
  waivers: Waiver[];
  /** What parsing the waiver file found wrong (also in `diagnostics`); its errors are malformed entries. */
  waiverDiagnostics: Diagnostic[];
  applied: AppliedWaivers;
  failOn: PolicySeverity;
  /** Findings left out because they are in the baseline, and the baseline file. */
  baselined: { count: number; file?: string };
  profile: Profile;
}

export function atOrAbove(severity: PolicySeverity, threshold: PolicySeverity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(threshold);
}

export async function scan(opts: ScanOptions = {}): Promise<ScanResult> {
  const cwd = process.cwd();
  const named = (opts.paths ?? []).filter((p) => p !== '-');
  const stdinOnly = opts.stdin !== undefined && named.length === 0;
  const paths = named.length ? named : ['.'];
  const root = resolveRoot(paths, opts.root, cwd);
  const diagnostics: Diagnostic[] = [];
  const now = opts.now ?? new Date();

  const cfg = readConfig(root, opts.config ? resolve(cwd, opts.config) : undefined);
  // The config and baseline files may come from the repository: read as settings files are
  // (regular, bounded, never blocking).
  const readText = (file: string) => {
    const r = readSettingsFile(file);
    return 'text' in r ? r.text : undefined;
  };
  diagnostics.push(...cfg.diagnostics);
  const config = cfg.config;
  const configDir = cfg.file ? resolve(cfg.file, '..') : root;

  // Discovery starts first: it starts git (a pre-commit hook's changed files, the listing a
  // partial scan needs) at once, which then runs while the policies are read and compiled;
  // directory listings wait on the file system meanwhile. Awaited below, with the engine.
  const discovering: Promise<DiscoverResult> = stdinOnly
    ? Promise.resolve({ files: [], diagnostics: [], repositoryFiles: [], charts: [] })
    : discover(
        paths.map((p) => resolve(cwd, p)),
        {
          root,
          ignore: config.ignore,
          changed: opts.staged ? { staged: true } : opts.changedSince ? { base: opts.changedSince } : undefined,
        },
      );
  // A broken policy below fails the scan before this is awaited: not an unhandled rejection.
  discovering.catch(() => {});

  // Policies next: a broken policy is a usage problem worth failing fast on.
  const bundles: NamedBundle[] = [];
  const builtin = (opts.builtin ?? config.policies.builtin) ? loadBuiltinBundle({ precompile: true }) : undefined;
  if (builtin) bundles.push(builtin);
  const policyPaths = [...config.policies.paths.map((p) => (isAbsolute(p) ? p : join(configDir, p))), ...(opts.policies ?? []).map((p) => resolve(cwd, p))];
  // The catalog brings the Rego compiler with it: imported only when there is Rego to compile.
  if (policyPaths.length) bundles.push(...(await import('../policy/catalog.js')).loadPolicyPaths(policyPaths));
  const profile = opts.profile ?? config.profile;
  diagnostics.push(...selectPolicies(bundles, config, { only: opts.only, skip: opts.skip, profile }, { file: cfg.file, text: cfg.file ? readText(cfg.file) : undefined }));
  const engineOptions = { policySteps: config.limits.policySteps, policyMemoryMB: config.limits.policyMemoryMB, policyTimeMs: config.limits.policyTimeMs };
  const print = opts.print ?? printToStderr;
  const [engine, discovered] = await Promise.all([Engine.load(bundles, { ...engineOptions, print }), discovering]);
  const found = opts.shard ? inShard(discovered, opts.shard) : discovered;
  // Loops, not push(...): a hostile repository can make these lists longer than the call stack.
  for (const d of found.diagnostics) diagnostics.push(d);
  const terraformVars: TerraformVarOption[] = [];
  for (const v of opts.terraformVars ?? []) {
    if ('file' in v) terraformVars.push({ file: relative(root, resolve(cwd, v.file)).split(sep).join('/') });
    else {
      const eq = v.assignment.indexOf('=');
      if (eq > 0) terraformVars.push({ name: v.assignment.slice(0, eq), value: v.assignment.slice(eq + 1) });
      else diagnostics.push({ file: '--var', line: 0, col: 0, code: 'usage_error', message: `--var ${v.assignment}: expected name=value`, fix: 'write --var name=value, e.g. --var env=prod' });
    }
  }
  const loadOpts = { root, terraformVars, ...loadLimits(config) };
  // Each document is evaluated as soon as it is loaded and then dropped: what stays is its
  // findings and what waivers need of it (path, inline ignores), so memory follows the findings,
  // not every file's tree. Evaluation problems are listed after load problems, as they always were.
  const findings: Finding[] = [];
  const evalDiagnostics: Diagnostic[] = [];
  const evaluated: Array<{ file: string; ignores: Document['ignores'] }> = [];
  const documentKinds: Record<string, number> = {};
  let filesDone = 0;
  let lastPath: string | undefined;
  const keep = (r: EvaluationResult) => {
    // A violation can move itself to the strict profile (a pedantic variant of a default check).
    for (const f of r.findings) if (profile === 'strict' || f.profile !== 'strict') findings.push(f);
    for (const d of r.diagnostics) evalDiagnostics.push(d);
  };
  // Policies that compare objects across the scan (custom.inventory) need every Kubernetes
  // object first: those documents are kept for a second pass, and only when such a policy is
  // selected. A scan of changed files or of one shard does not see the others, so there those
  // policies do not run at all (a missing object there proves nothing), and the scan says so.
  const partial = Boolean(opts.staged || opts.changedSince || opts.shard);
  // The inventory is collected as documents are evaluated; of the built-in packs' readers, only
  // the members they read (BUILTIN_INVENTORY_READS). The second pass loads the files again rather
  // than keep every document until then: memory then stays near the input's size, not that of
  // every tree (docs/inventory.md). Only documents that are not files (rendered charts, standard
  // input) are kept.
  const readers = engine.inventoryReaders;
  const inventory = readers.length && !partial ? new InventoryBuilder(readers.every((i) => bundles[i] === builtin) ? BUILTIN_INVENTORY_READS : undefined) : undefined;
  const inventoryDocs: Document[] | undefined = inventory ? [] : undefined;
  const inventoryFiles = new Set<string>();
  let fromFiles = true;
  if (engine.needsInventory && partial) diagnostics.push({ file: '.', line: 0, col: 0, code: 'scan_partial', severity: 'note', message: 'policies that compare Kubernetes objects across the scan (e.g. a service account no manifest defines) were not run: this scan sees only part of the files', fix: 'run a full `palisade scan` of the manifests folder (e.g. on the default branch) for those checks' });
  // Workflows and actions are kept too (they are small): a reusable workflow or composite action
  // another file calls is evaluated again once its callers are known (docs/inventory.md). On a
  // partial scan the callers may be missing, so the called files keep their first-pass findings.
  const githubDocs: Document[] | undefined = partial ? undefined : [];
  // What waivers, counts and progress need of a document, wherever it was evaluated.
  const record = (doc: Pick<Document, 'path' | 'kind' | 'ignores'>) => {
    evaluated.push({ file: doc.path, ignores: doc.ignores });
    documentKinds[doc.kind] = (documentKinds[doc.kind] ?? 0) + 1;
    if (doc.path !== lastPath) opts.onProgress?.(++filesDone, Math.max(filesDone, found.files.length));
    lastPath = doc.path;
  };
  const evaluate = (doc: Document) => {
    keep(engine.evaluate(doc));
    if (inventoryDocs && doc.kind === 'kubernetes') {
      inventory!.add(doc);
      if (fromFiles) inventoryFiles.add(doc.path);
      else inventoryDocs.push(doc);
    }
    if (githubDocs && (doc.kind === 'github-workflow' || doc.kind === 'github-action')) githubDocs.push(doc);
    record(doc);
  };
  // Files whose documents this scan keeps for a second pass stay on this thread; the others may
  // be loaded and evaluated on worker threads, their outcomes merged in input order.
  const files = loadable(found);
  const movable = files.map((f) => SELF_CONTAINED_KINDS.has(f.kind) && !(inventoryDocs && f.kind === 'kubernetes') && !(githubDocs && (f.kind === 'github-workflow' || f.kind === 'github-action')));
  const jobs = opts.jobs ?? config.jobs;
  let pool: ParallelScan | undefined;
  if ((jobs ?? 2) > 1 && movable.filter(Boolean).length >= (jobs === undefined ? MIN_PARALLEL_FILES : 2)) {
    const { ParallelScan, defaultJobs, workerAvailable } = await import('./parallel.js');
    const threads = jobs ?? defaultJobs();
    if (threads > 1 && workerAvailable()) {
      pool = new ParallelScan({
        files,
        movable,
        threads,
        forced: jobs !== undefined,
        engine,
        engineOptions,
        load: loadOpts,
        replay: (a, theirs) => {
          for (const line of a.prints) print(line);
          keep({ findings: theirs, diagnostics: a.evalDiagnostics });
          for (const d of a.docs) record(d);
        },
      });
    }
  }
  const loaded = await loadDiscovered(found, loadOpts, evaluate, pool).finally(() => pool?.close());
  fromFiles = false;
  for (const d of pool?.diagnostics ?? []) diagnostics.push(d);
  for (const d of loaded.diagnostics) diagnostics.push(d);
  const charts = topCharts(found.charts);
  const extra = [
    opts.helm && charts.length ? await renderCharts(root, charts, loadOpts) : { documents: [], diagnostics: charts.map((c) => chartNotice(c)) },
    opts.stdin !== undefined ? loadRendered('<stdin>', opts.stdin, await stdinTemplates(root, cwd), loadOpts) : { documents: [], diagnostics: [] },
  ];
  for (const r of extra) {
    for (const d of r.diagnostics) diagnostics.push(d);
    for (const d of r.documents) evaluate(d);
  }
  if (inventory && (inventoryFiles.size || inventoryDocs!.length)) {
    const pass = engine.inventoryPass(inventory.take());
    try {
      // The same files give the same documents, in the same order; their problems were reported.
      const again = { ...found, files: found.files.filter((f) => inventoryFiles.has(f.path)), repositoryFiles: [] };
      await loadDiscovered(again, loadOpts, (doc) => {
        if (doc.kind === 'kubernetes') keep(pass.evaluate(doc));
      });
      for (const doc of inventoryDocs!) keep(pass.evaluate(doc));
    } finally {
      pass.end();
    }
  }
  if (githubDocs?.length) {
    const github = buildGithubInventory(githubDocs);
    const called = calledDocuments(githubDocs, github);
    if (called.length) {
      // The second pass sees at least what the first did: keep only what it adds.
      const seen = new Set(findings.map((f) => f.fingerprint));
      const r = engine.evaluateInContext(called, { github });
      keep({ findings: r.findings.filter((f) => !seen.has(f.fingerprint)), diagnostics: r.diagnostics.filter((d) => !evalDiagnostics.some((e) => e.file === d.file && e.message === d.message)) });
    }
  }
  for (const d of evalDiagnostics) diagnostics.push(d);
  opts.onProgress?.(filesDone, filesDone);

  const waiverPath = opts.waivers ? resolve(cwd, opts.waivers) : config.waivers ? join(configDir, config.waivers) : join(root, DEFAULT_WAIVER_FILE);
  let waivers: Waiver[] = [];
  let waiverDiagnostics: Diagnostic[] = [];
  if (existsSync(waiverPath)) {
    const read = readSettingsFile(waiverPath);
    const parsed = 'text' in read ? parseWaivers(read.text, waiverPath, { now }) : { waivers: [], diagnostics: [{ file: waiverPath, line: 0, col: 0, code: 'waiver_error' as const, message: `cannot read the waiver file: ${read.error}`, fix: 'point `waivers` (or --waivers) at a YAML file readable by the user running Palisade' }] };
    waivers = parsed.waivers;
    waiverDiagnostics = parsed.diagnostics;
    diagnostics.push(...parsed.diagnostics);
  } else if (opts.waivers) {
    diagnostics.push({ file: opts.waivers, line: 0, col: 0, code: 'waiver_error', message: 'waiver file not found', fix: 'check the path given to --waivers' });
  }
  const applied = applyWaivers(
    findings,
    waivers,
    evaluated,
    now,
  );
  for (const d of applied.diagnostics) diagnostics.push(d);

  // Noise controls apply last, so that waivers still see (and the audit still counts) every finding.
  let findingsShown = applied.findings;
  const baseline: ScanResult['baselined'] = { count: 0 };
  const baselinePath = opts.baseline === false ? undefined : resolve(opts.baseline ? cwd : root, opts.baseline || DEFAULT_BASELINE_FILE);
  if (baselinePath && (opts.baseline || existsSync(baselinePath))) {
    const text = readText(baselinePath);
    const parsed = text === undefined ? { diagnostic: { file: baselinePath, line: 0, col: 0, code: 'config_error' as const, message: 'the baseline file cannot be read', fix: 'check the path given to --baseline, or write one with `palisade baseline`' } } : parseBaseline(text, baselinePath);
    if ('diagnostic' in parsed) diagnostics.push(parsed.diagnostic);
    else {
      findingsShown = findingsShown.filter((f) => !parsed.fingerprints.has(f.fingerprint));
      Object.assign(baseline, { count: applied.findings.length - findingsShown.length, file: baselinePath });
    }
  }
  if (opts.severities?.length) findingsShown = findingsShown.filter((f) => opts.severities!.includes(f.policy.severity));
  return {
    root,
    config,
    baselined: baseline,
    findings: findingsShown,
    diagnostics,
    policies: engine.policies,
    files: found.files.length,
    documents: evaluated.length,
    documentKinds,
    waivers,
    waiverDiagnostics,
    applied,
    failOn: opts.failOn ?? config.failOn,
    profile,
  };
}
