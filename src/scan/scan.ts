// The scan façade: the whole pipeline behind `palisade scan`, the GitHub Action and the library's
// `scan()` — configuration, discovery, loading, policies, evaluation, waivers. It is an edge (it
// reads files through discovery, the loaders' façade and the policy catalog) and returns plain
// data; rendering reports and choosing exit codes is the caller's business.

import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { loadLimits, readConfig, readSettingsFile, type PalisadeConfig } from '../config/config.js';
import { discover } from '../discovery/discover.js';
import { Engine } from '../engine/engine.js';
import { SEVERITY_ORDER, type Finding, type PolicyMeta, type PolicySeverity } from '../engine/finding.js';
import { loadDiscovered } from '../loaders/read.js';
import { loadBuiltinBundle } from '../policy/builtin.js';
import type { NamedBundle } from '../policy/catalog.js';
import { applyWaivers, DEFAULT_WAIVER_FILE, parseWaivers, type AppliedWaivers, type Waiver } from '../waivers/index.js';
import { globMatch } from '../waivers/glob.js';

export interface ScanOptions {
  /** Files, directories or globs (default: the root). */
  paths?: string[];
  /** Scan root: paths in findings and reports are relative to it (default: see resolveRoot). */
  root?: string;
  config?: string;
  /** Extra policies (directories of Rego, .rego files, bundles, .wasm). */
  policies?: string[];
  /** Run the built-in packs (default: from the configuration, else true). */
  builtin?: boolean;
  changedSince?: string;
  staged?: boolean;
  waivers?: string;
  failOn?: PolicySeverity;
  now?: Date;
  /** Called as documents are evaluated, for progress display. */
  onProgress?: (done: number, total: number) => void;
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
  waivers: Waiver[];
  applied: AppliedWaivers;
  failOn: PolicySeverity;
}

/**
 * The directory findings are relative to: `--root`, else the one directory scanned (scanning a
 * repository checkout), else the working directory (several paths, or files).
 */
export function resolveRoot(paths: string[], explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit) return resolve(cwd, explicit);
  if (paths.length === 1) {
    const p = resolve(cwd, paths[0]!);
    try {
      if (statSync(p).isDirectory()) return p;
    } catch {
      // Not a directory (a file or a glob): fall back to the working directory.
    }
  }
  return cwd;
}

function applyPolicyConfig(bundles: NamedBundle[], config: PalisadeConfig): void {
  const excluded = (id: string) => config.policies.exclude.some((g) => globMatch(g, id, { segments: true }));
  for (const { bundle } of bundles) {
    const meta = bundle.palisade;
    if (!meta) continue;
    meta.policies = meta.policies
      .filter((p) => !excluded(p.id))
      .map((p) => (config.policies.severity[p.id] ? { ...p, severity: config.policies.severity[p.id]! } : p));
  }
}

export function atOrAbove(severity: PolicySeverity, threshold: PolicySeverity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(threshold);
}

export async function scan(opts: ScanOptions = {}): Promise<ScanResult> {
  const cwd = process.cwd();
  const paths = opts.paths && opts.paths.length ? opts.paths : ['.'];
  const root = resolveRoot(paths, opts.root, cwd);
  const diagnostics: Diagnostic[] = [];
  const now = opts.now ?? new Date();

  const cfg = readConfig(root, opts.config ? resolve(cwd, opts.config) : undefined);
  diagnostics.push(...cfg.diagnostics);
  const config = cfg.config;
  const configDir = cfg.file ? resolve(cfg.file, '..') : root;

  // Policies first: a broken policy is a usage problem worth failing fast on.
  const bundles: NamedBundle[] = [];
  if (opts.builtin ?? config.policies.builtin) bundles.push(loadBuiltinBundle());
  const policyPaths = [...config.policies.paths.map((p) => (isAbsolute(p) ? p : join(configDir, p))), ...(opts.policies ?? []).map((p) => resolve(cwd, p))];
  // The catalog brings the Rego compiler with it: imported only when there is Rego to compile.
  if (policyPaths.length) bundles.push(...(await import('../policy/catalog.js')).loadPolicyPaths(policyPaths));
  applyPolicyConfig(bundles, config);
  const engine = await Engine.load(bundles, { policySteps: config.limits.policySteps, policyMemoryMB: config.limits.policyMemoryMB });

  const found = await discover(
    paths.map((p) => resolve(cwd, p)),
    {
      root,
      ignore: config.ignore,
      changed: opts.staged ? { staged: true } : opts.changedSince ? { base: opts.changedSince } : undefined,
    },
  );
  // Loops, not push(...): a hostile repository can make these lists longer than the call stack.
  for (const d of found.diagnostics) diagnostics.push(d);
  const loaded = await loadDiscovered(found, { root, ...loadLimits(config) });
  for (const d of loaded.diagnostics) diagnostics.push(d);

  const findings: Finding[] = [];
  loaded.documents.forEach((doc, i) => {
    const r = engine.evaluate(doc);
    for (const f of r.findings) findings.push(f);
    for (const d of r.diagnostics) diagnostics.push(d);
    opts.onProgress?.(i + 1, loaded.documents.length);
  });

  const waiverPath = opts.waivers ? resolve(cwd, opts.waivers) : config.waivers ? join(configDir, config.waivers) : join(root, DEFAULT_WAIVER_FILE);
  let waivers: Waiver[] = [];
  if (existsSync(waiverPath)) {
    const read = readSettingsFile(waiverPath);
    const parsed = 'text' in read ? parseWaivers(read.text, waiverPath, { now }) : { waivers: [], diagnostics: [{ file: waiverPath, line: 0, col: 0, code: 'waiver_error' as const, message: `cannot read the waiver file: ${read.error}`, fix: 'point `waivers` (or --waivers) at a YAML file readable by the user running Palisade' }] };
    waivers = parsed.waivers;
    diagnostics.push(...parsed.diagnostics);
  } else if (opts.waivers) {
    diagnostics.push({ file: opts.waivers, line: 0, col: 0, code: 'waiver_error', message: 'waiver file not found', fix: 'check the path given to --waivers' });
  }
  const applied = applyWaivers(
    findings,
    waivers,
    loaded.documents.map((d) => ({ file: d.path, ignores: d.ignores })),
    now,
  );
  for (const d of applied.diagnostics) diagnostics.push(d);
  return {
    root,
    config,
    findings: applied.findings,
    diagnostics,
    policies: engine.policies,
    files: found.files.length,
    documents: loaded.documents.length,
    waivers,
    applied,
    failOn: opts.failOn ?? config.failOn,
  };
}
