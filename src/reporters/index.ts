// The registry of output formats: `--format <name>` looks a reporter up here and nowhere else.
// Must not format anything itself.

import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { ReportFormat, Reporter } from './types.js';

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = { sarif, json, text, junit, github };

export function isReportFormat(name: string): name is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORTERS, name);
}

export type { ReportContext, ReportFormat, Reporter } from './types.js';
export { sarifReport } from './sarif.js';
export { githubAnnotations } from './github.js';
export { githubSummary } from './github-summary.js';
export { jsonReport } from './json.js';
export { writeAtomic } from './write.js';
