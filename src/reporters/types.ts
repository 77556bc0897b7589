// What every reporter receives besides the findings. Owns the ReportContext contract between the
// CLI/action (which fill it) and the reporters (which only read it). Must not hold anything a
// reporter would need I/O to use: no file handles, no clocks, no environment lookups.

import type { Diagnostic } from '../diagnostics.js';
import type { Finding, PolicyMeta, PolicySeverity } from '../engine/finding.js';

export type ReportFormat = 'sarif' | 'json' | 'text' | 'compact' | 'junit' | 'github';

export interface ReportContext {
  /** Palisade's version (package.json), shown as SARIF `tool.driver.version` and in JSON. */
  toolVersion: string;
  /** Every policy that ran, so SARIF lists each rule even when it produced no result. */
  policies: PolicyMeta[];
  /** Absolute scan root; findings' `file` is relative to it. Becomes SARIF `%SRCROOT%`. */
  root: string;
  /** Problems loading inputs or policies; every format reports them, none drops them. */
  diagnostics: Diagnostic[];
  /** Open findings at or above this severity fail the run (exit code 1). */
  threshold: PolicySeverity;
  /** ANSI colour in `text` output; the caller decides (TTY, NO_COLOR, --color). */
  color: boolean;
  /** Base URL of Palisade's documentation; a policy's docs live at `<base>/policies/<pack>.md#<name>` unless it has its own `url`. */
  docsBaseUrl: string;
  /** Where links in the GitHub job summary point: `https://github.com/o/r` and a commit sha or ref. */
  repository?: { url: string; ref: string };
  /** SARIF `runs[].automationDetails.id` prefix (code scanning's "category"); one per configuration that uploads. */
  category?: string;
  /**
   * For code snippets, by repo-relative path (the caller reads them): a file's text, or only the
   * lines the snippets show, by line number (text.ts's snippetLines).
   */
  sources?: ReadonlyMap<string, string | ReadonlyMap<number, string>>;
}

/** A reporter turns findings into one output document. Pure: same input, same bytes. */
export type Reporter = (findings: Finding[], ctx: ReportContext) => string;
