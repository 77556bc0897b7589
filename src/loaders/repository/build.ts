// The repository document (kind `repository`, path `.`): which files exist and the parsed
// manifests, so that policies can require CODEOWNERS, SECURITY.md, a lockfile or a licence.
// Built from what discovery listed and what the manifest loaders produced; it reads nothing.
//
// Locations: a route into `manifests.<path>` resolves inside that manifest's file; anything else
// (e.g. "no SECURITY.md") concerns the repository as a whole and points at `.` line 1.

import type { Diagnostic } from '../../diagnostics.js';
import { fileDiagnostic } from '../common/diag.js';
import { limits, type LoadOptions } from '../common/options.js';
import type { Document, LoadResult, Location } from '../types.js';

export interface RepositoryInput {
  /** Repo-relative paths (forward slashes) of the files in the repository, ignore rules applied. */
  files: string[];
  /** Manifest documents already loaded (package.json …), keyed by their repo-relative path. */
  manifests: Document[];
}

const WHOLE: Location['region'] = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

export function buildRepository(input: RepositoryInput, opts?: LoadOptions): LoadResult {
  const lim = limits(opts);
  const diagnostics: Diagnostic[] = [];
  let files = [...new Set(input.files.map((f) => f.replace(/\\/g, '/').replace(/^\.\//, '')))].sort();
  if (files.length > lim.maxRepositoryFiles) {
    diagnostics.push(
      fileDiagnostic(
        '.',
        'input_limit_error',
        `the repository has ${files.length} files; the repository document lists the first ${lim.maxRepositoryFiles} (sorted)`,
        'exclude generated or vendored trees with `ignore` in the Palisade config, or raise limits.maxRepositoryFiles',
        'warning',
      ),
    );
    files = files.slice(0, lim.maxRepositoryFiles);
  }
  const byPath = new Map(input.manifests.map((d) => [d.path, d]));
  const manifests: Record<string, unknown> = {};
  for (const [p, d] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) manifests[p] = d.data;
  const doc: Document = {
    kind: 'repository',
    path: '.',
    index: 0,
    data: { files, manifests },
    resource: 'repository',
    ignores: [],
    locate(route) {
      if (route[0] === 'manifests' && route.length >= 2) {
        const m = byPath.get(String(route[1]));
        if (m) {
          const loc = m.locate(route.slice(2));
          if (loc.approximate) loc.approximate = { resolved: ['manifests', String(route[1]), ...loc.approximate.resolved] };
          return loc;
        }
      }
      const top = route[0] === 'files' || route[0] === 'manifests' ? 1 : 0;
      const loc: Location = { file: '.', region: { ...WHOLE } };
      if (route.length > top || (route.length === 1 && top === 0)) loc.approximate = { resolved: route.slice(0, top) };
      return loc;
    },
  };
  return { documents: [doc], diagnostics };
}
