// The I/O façade over the pure loaders: reads the files discovery found (through the containment
// gate: inside the root, regular, and never more than the size limit), hands the bytes to the loader of
// their kind, gathers the .tf sources that plans map onto, and builds the repository document.
// One bad file becomes diagnostics; it never stops the others. Must not evaluate policies.

import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { readContained } from '../discovery/contained.js';
import { fileDiagnostic } from './common/diag.js';
import type { DiscoverResult } from '../discovery/discover.js';
import { limits, type LoadOptions } from './common/options.js';
import { LOADERS } from './index.js';
import { buildRepository } from './repository/build.js';
import type { Document, LoadResult } from './types.js';

export interface ReadOptions extends LoadOptions {
  /** Scan root the discovered paths are relative to. */
  root: string;
  /** Build the repository document (default true). */
  repository?: boolean;
}

/** Problems shown per file: past this a file is hostile or generated, and the rest is noise. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

function keepDiagnostics(file: string, found: Diagnostic[], out: Diagnostic[]): void {
  for (const d of found.slice(0, MAX_DIAGNOSTICS_PER_FILE)) out.push(d);
  if (found.length > MAX_DIAGNOSTICS_PER_FILE) {
    const errors = found.some((d) => (d.severity ?? 'error') === 'error');
    out.push(fileDiagnostic(file, 'input_limit_error', `${found.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file are not shown`, 'fix the ones shown and rerun', errors ? 'error' : 'warning'));
  }
}

const LIMIT_HINT = 'raise limits.maxFileBytes in the Palisade config, or exclude the file with `ignore`';

/** Every .tf file under the root (Terraform modules may live beside or above a plan), read once. */
async function terraformSources(root: string, rootReal: string, lim: ReturnType<typeof limits>, out: Diagnostic[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  // Loaded here, not at start-up: only plans need it.
  const { default: fg } = await import('fast-glob');
  const files = await fg('**/*.tf', { cwd: root, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.terraform/**', '**/node_modules/**'] });
  for (const f of files.sort()) {
    const r = await readContained(rootReal, join(root, f), f, lim.maxBytes, LIMIT_HINT);
    if ('diagnostic' in r) out.push(r.diagnostic);
    else map.set(f, Buffer.from(r.bytes).toString('utf8'));
  }
  return map;
}

export async function loadDiscovered(found: DiscoverResult, opts: ReadOptions): Promise<LoadResult> {
  const lim = limits(opts);
  const rootReal = await realpath(opts.root).catch(() => opts.root);
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  let tf: Map<string, string> | undefined;
  for (const f of found.files) {
    if (f.kind === 'terraform-source' || f.kind === 'repository') continue;
    const cap = f.kind === 'terraform-plan' ? lim.maxPlanBytes : lim.maxBytes;
    const r = await readContained(rootReal, f.absPath, f.path, cap, LIMIT_HINT);
    if ('diagnostic' in r) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    const loadOpts: LoadOptions = { ...opts };
    if (f.kind === 'terraform-plan') loadOpts.terraformSources = tf ??= await terraformSources(opts.root, rootReal, lim, diagnostics);
    try {
      const res = LOADERS[f.kind]({ path: f.path, bytes: r.bytes }, loadOpts);
      for (const d of res.documents) documents.push(d);
      keepDiagnostics(f.path, res.diagnostics, diagnostics);
    } catch (e) {
      // Loaders do not throw on bad input; reaching here is a Palisade bug, reported per file so the others still load.
      diagnostics.push(fileDiagnostic(f.path, 'input_parse_error', `internal error while loading (please report): ${(e as Error).message}`, 'report this at the Palisade issue tracker with the file if you can; other files were still scanned'));
    }
  }
  if (opts.repository !== false && found.repositoryFiles.length > 0) {
    const repo = buildRepository({ files: found.repositoryFiles, manifests: documents.filter((d) => d.kind === 'package-json') }, opts);
    for (const d of repo.documents) documents.push(d);
    for (const d of repo.diagnostics) diagnostics.push(d);
  }
  return { documents, diagnostics };
}
