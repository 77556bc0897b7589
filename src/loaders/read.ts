// The I/O façade over the pure loaders: reads the files discovery found (through the containment
// gate: inside the root, a regular file, never more than the size limit), hands the bytes to the loader of
// their kind, gathers the Terraform sources that plans map onto and that configurations without a
// plan are evaluated from (one document per root module), and builds the repository document.
// One bad file becomes diagnostics; it never stops the others. Must not evaluate policies.

import { realpath } from '../fs-async.js';
import { join, posix } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { ContainmentGate, readContainedSync } from '../discovery/contained.js';
import type { DiscoverResult } from '../discovery/discover.js';
import { fileDiagnostic } from './common/diag.js';
import { limits, type LoadOptions } from './common/options.js';
import { LOADERS } from './index.js';
import { streamKubernetes } from './kubernetes/load.js';
import { buildRepository } from './repository/build.js';
import type { TerraformVarOption } from './terraform/config/document.js';
import type { Document, LoadResult } from './types.js';

export interface ReadOptions extends LoadOptions {
  /** `-var` / `-var-file` values for Terraform configurations evaluated without a plan. */
  terraformVars?: TerraformVarOption[];
  /** The environment (`TF_VAR_*`); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Scan root the discovered paths are relative to. */
  root: string;
  /** Build the repository document (default true). */
  repository?: boolean;
}

const LIMIT_HINT = 'raise limits.maxFileBytes (limits.maxPlanBytes for plans) in the Palisade config, or exclude the file with `ignore`';

const overLimit = (rel: string, size: number, cap: number): { diagnostic: Diagnostic } => ({
  diagnostic: fileDiagnostic(rel, 'input_limit_error', `file is ${size} bytes, over the ${cap}-byte limit for this kind of input`, LIMIT_HINT),
});

/** Problems shown per file: past this a file is hostile or generated, and the rest is noise. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

function keepDiagnostics(file: string, found: Diagnostic[], out: Diagnostic[]): void {
  for (const d of found.slice(0, MAX_DIAGNOSTICS_PER_FILE)) out.push(d);
  if (found.length > MAX_DIAGNOSTICS_PER_FILE) {
    const errors = found.some((d) => (d.severity ?? 'error') === 'error');
    out.push(fileDiagnostic(file, 'input_limit_error', `${found.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file are not shown`, 'fix the ones shown and rerun', errors ? 'error' : 'warning'));
  }
}

/** Content discovery already holds (the staged version of a file), under the same limit. */
function capped(bytes: Uint8Array, rel: string, cap: number): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  return bytes.byteLength > cap ? overLimit(rel, bytes.byteLength, cap) : { bytes };
}

/**
 * Every Terraform source under the root (modules may live beside or above a plan or a root
 * module), read once: .tf, .tf.json, .tfvars(.json), and what `terraform init` put in
 * .terraform/modules (registry and git modules, with their modules.json).
 */
async function terraformSources(root: string, gate: ContainmentGate, lim: ReturnType<typeof limits>, out: Diagnostic[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  // Loaded here, not at start-up: only Terraform needs it.
  const { default: fg } = await import('fast-glob');
  const base = { cwd: root, onlyFiles: true, followSymbolicLinks: false } as const;
  const files = await fg(['**/*.tf', '**/*.tf.json', '**/*.tfvars', '**/*.tfvars.json'], { ...base, dot: false, ignore: ['**/.terraform/**', '**/node_modules/**'] });
  const installed = await fg(['**/.terraform/modules/modules.json', '**/.terraform/modules/**/*.tf', '**/.terraform/modules/**/*.tf.json'], { ...base, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  for (const f of [...files, ...installed].sort()) {
    const r = await gate.read(join(root, f), f, lim.maxBytes, LIMIT_HINT);
    if ('diagnostic' in r) out.push(r.diagnostic);
    else map.set(f, Buffer.from(r.bytes).toString('utf8'));
  }
  return map;
}

/**
 * Scans what the user names: a folder whose .tf files were all named one by one on the command
 * line (none found by walking a directory or a glob) is evaluated from the named files alone,
 * as Checkov and KICS do with a file argument; a folder that was walked is evaluated whole.
 * Modules the named files call are always read whole.
 */
function namedOnly(sources: Map<string, string>, discovered: Array<{ path: string; explicit: boolean }>): Map<string, string> {
  const walked = new Set(discovered.filter((f) => !f.explicit).map((f) => posix.dirname(f.path)));
  const named = new Set(discovered.filter((f) => f.explicit && !walked.has(posix.dirname(f.path))).map((f) => f.path));
  if (named.size === 0) return sources;
  const dirs = new Set([...named].map((p) => posix.dirname(p)));
  const isConfig = (p: string) => p.endsWith('.tf') || p.endsWith('.tf.json');
  return new Map([...sources].filter(([p]) => !(isConfig(p) && dirs.has(posix.dirname(p)) && !named.has(p))));
}

/** Files read ahead of the one being loaded: reads overlap loading and evaluation, bounded in memory. */
const READ_AHEAD = 8;

/**
 * Loads every discovered file. With `sink`, each document goes to it as soon as it is made, in
 * the order the result would list it, and is not kept: memory is then bounded by what the sink
 * keeps (findings), not by every file's tree. Without one, the documents are returned.
 */
export async function loadDiscovered(found: DiscoverResult, opts: ReadOptions, sink?: (doc: Document) => void): Promise<LoadResult> {
  const lim = limits(opts);
  // One gate for the scan: each folder's real path is resolved once, not once per file.
  const gate = new ContainmentGate(await realpath(opts.root).catch(() => opts.root));
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  // What later steps need of documents already handed on: plan folders (a .tf folder beside a
  // plan is the plan's source, not a root of its own) and manifests (the repository document).
  const planDirs = new Set<string>();
  const manifests: Document[] = [];
  const emit = (d: Document) => {
    if (d.kind === 'terraform-plan') planDirs.add(posix.dirname(d.path));
    if (d.kind === 'package-json') manifests.push(d);
    if (sink) sink(d);
    else documents.push(d);
  };
  let tf: Map<string, string> | undefined;
  const files = found.files.filter((f): f is typeof f & { kind: keyof typeof LOADERS } => f.kind !== 'terraform-source' && f.kind !== 'repository');
  const capOf = (f: (typeof files)[number]) => (f.kind === 'terraform-plan' ? lim.maxPlanBytes : lim.maxBytes);
  const read = (i: number) => {
    const f = files[i]!;
    return f.bytes ? Promise.resolve(capped(f.bytes, f.path, capOf(f))) : gate.read(f.absPath, f.path, capOf(f), LIMIT_HINT);
  };
  // Plans (up to maxPlanBytes each) are read when their turn comes, never ahead.
  const pending = new Map<number, ReturnType<typeof read>>();
  let next = 0;
  const refill = (from: number) => {
    for (next = Math.max(next, from); next < files.length && next < from + READ_AHEAD && files[next]!.kind !== 'terraform-plan'; next++) pending.set(next, read(next));
  };
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    refill(i + 1);
    const r = await (pending.get(i) ?? read(i));
    pending.delete(i);
    if ('diagnostic' in r) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    const loadOpts: LoadOptions = { ...opts };
    if (f.kind === 'terraform-plan') loadOpts.terraformSources = tf ??= await terraformSources(opts.root, gate, lim, diagnostics);
    try {
      if (sink && f.kind === 'kubernetes') {
        // Each manifest is evaluated before the next one of its file is parsed, so a file of many
        // documents never holds all their trees at once. Its load problems still come first in
        // the list: the sink keeps evaluation problems apart.
        keepDiagnostics(f.path, streamKubernetes({ path: f.path, bytes: r.bytes }, loadOpts, emit), diagnostics);
        continue;
      }
      const res = LOADERS[f.kind]({ path: f.path, bytes: r.bytes }, loadOpts);
      // Diagnostics first: a sink may evaluate the documents, and load problems are listed before evaluation ones.
      keepDiagnostics(f.path, res.diagnostics, diagnostics);
      // Loops, not push(...): a hostile file can make these lists longer than the call stack.
      for (const d of res.documents) emit(d);
    } catch (e) {
      // Loaders do not throw on bad input; reaching here is a Palisade bug, reported per file so the others still load.
      diagnostics.push(fileDiagnostic(f.path, 'input_parse_error', `internal error while loading (please report): ${(e as Error).message}`, 'report this at the Palisade issue tracker with the file if you can; other files were still scanned'));
    }
  }
  const tfDiscovered = found.files.filter((f) => f.kind === 'terraform-source');
  const tfFiles = tfDiscovered.map((f) => f.path);
  if (tfFiles.length > 0) {
    // Loaded here, not at start-up: only scans with .tf files need the HCL evaluator.
    const { loadTerraformConfig, SourceSet } = await import('./terraform/config/document.js');
    const { terraformRoots } = await import('./terraform/config/roots.js');
    const set = new SourceSet(namedOnly((tf ??= await terraformSources(opts.root, gate, lim, diagnostics)), tfDiscovered));
    for (const dir of terraformRoots(tfFiles, set, planDirs)) {
      try {
        const readFile = (rel: string) => readContainedSync(opts.root, rel, lim.maxBytes);
        const res = loadTerraformConfig(dir, set, { ...opts, env: opts.env ?? process.env, readFile });
        keepDiagnostics(dir, res.diagnostics, diagnostics);
        for (const d of res.documents) emit(d);
      } catch (e) {
        diagnostics.push(fileDiagnostic(dir, 'input_parse_error', `internal error while evaluating the Terraform configuration (please report): ${(e as Error).message}`, 'report this at the Palisade issue tracker; other files were still scanned'));
      }
    }
    // Parse errors in files no root reached (a broken module nobody calls) are still reported.
    const seen = new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.col}:${d.message}`));
    for (const d of set.diagnostics) if (!seen.has(`${d.file}:${d.line}:${d.col}:${d.message}`)) diagnostics.push(d);
  }
  if (opts.repository !== false && found.repositoryFiles.length > 0) {
    const repo = buildRepository({ files: found.repositoryFiles, manifests }, opts);
    for (const d of repo.diagnostics) diagnostics.push(d);
    for (const d of repo.documents) emit(d);
  }
  return { documents, diagnostics };
}
