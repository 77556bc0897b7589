// The ReportContext of a scan: what every reporter needs besides the findings. One builder for
// the CLI and the GitHub Action, so their reports can never disagree on the context.

import { readContainedSync } from '../discovery/contained.js';
import { VERSION } from '../cli/version.js';
import type { Finding } from '../engine/finding.js';
import { snippetLines } from '../reporters/text.js';
import type { ReportContext } from '../reporters/types.js';
import type { ScanResult } from './scan.js';

/** Where a policy without its own reference links to (its heading in policies.md). */
export const DOCS_BASE_URL = 'https://github.com/palisade-dev/palisade/blob/main/docs';

export function reportContext(
  result: ScanResult,
  extra: { color: boolean; repository?: ReportContext['repository']; category?: string },
): ReportContext {
  return {
    toolVersion: VERSION,
    policies: result.policies,
    root: result.root,
    diagnostics: result.diagnostics,
    threshold: result.failOn,
    docsBaseUrl: DOCS_BASE_URL,
    ...extra,
  };
}

/**
 * The lines the text report's code snippets show of the files open findings are in (unreadable
 * ones are left out). One file is read at a time, and only those lines are kept.
 */
export function findingSources(root: string, findings: readonly Finding[]): Map<string, ReadonlyMap<number, string>> {
  const regions = new Map<string, Finding['region'][]>();
  for (const f of findings) {
    if (f.waived || f.file === '.') continue;
    let list = regions.get(f.file);
    if (!list) regions.set(f.file, (list = []));
    list.push(f.region);
  }
  const sources = new Map<string, ReadonlyMap<number, string>>();
  for (const [file, list] of regions) {
    // A finding on a file that is gone (a staged deletion, stdin), or named by a rendered stream
    // outside the root, simply has no snippet.
    const bytes = readContainedSync(root, file);
    if (bytes !== undefined) sources.set(file, snippetLines(bytes, list));
  }
  return sources;
}
