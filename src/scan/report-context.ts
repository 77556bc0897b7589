// The ReportContext of a scan: what every reporter needs besides the findings. One builder for
// the CLI and the GitHub Action, so their reports can never disagree on the context.

import { readContainedTextSync } from '../discovery/contained.js';
import { VERSION } from '../cli/version.js';
import type { Finding } from '../engine/finding.js';
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

/** Text of the files open findings are in, for the code snippets of the text report (unreadable ones are left out). */
export function findingSources(root: string, findings: readonly Finding[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const f of findings) {
    if (f.waived || f.file === '.' || sources.has(f.file)) continue;
    // A finding on a file that is gone (a staged deletion, stdin), or named by a rendered stream
    // outside the root, simply has no snippet.
    const text = readContainedTextSync(root, f.file);
    if (text !== undefined) sources.set(f.file, text);
  }
  return sources;
}
