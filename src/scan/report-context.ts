// The ReportContext of a scan: what every reporter needs besides the findings. One builder for
// the CLI and the GitHub Action, so their reports can never disagree on the context.

import { VERSION } from '../cli/version.js';
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
