// GitHub Actions workflow commands (annotations on the pull request diff). Owns the severity →
// command mapping and GitHub's caps (escaping is escape.ts's): the runner shows at most 10
// annotations of each kind per step and 50 per job, dropping the rest silently, so we choose
// which ones are shown (most severe first) and end with a notice counting what was left out.
// Must not print anything itself: the caller writes the returned text to stdout.

import type { Finding, PolicySeverity } from '../engine/finding.js';
import { joinChunks, lineChunks } from './chunks.js';
import { plural, policyDocsUrl, shortFix, sortedBySeverity } from './common.js';
import { formatDiagnosticForTerminal, workflowCommand } from './escape.js';
import type { ReportContext } from './types.js';

export type AnnotationKind = 'error' | 'warning' | 'notice';

export const ANNOTATION_KIND: Record<PolicySeverity, AnnotationKind> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

export interface AnnotationCaps {
  /** Per kind (error, warning, notice) per step. */
  perKind: number;
  /** Per job, all kinds together. */
  perJob: number;
}

export const GITHUB_ANNOTATION_CAPS: AnnotationCaps = { perKind: 10, perJob: 50 };


function annotation(f: Finding, ctx: ReportContext): string {
  const r = f.region;
  // Columns only count on a single-line span; GitHub rejects them on a multi-line one.
  const oneLine = r.startLine === r.endLine;
  const fix = shortFix(f.policy.remediation);
  return workflowCommand(
    ANNOTATION_KIND[f.policy.severity],
    [
      ['file', f.file],
      ['line', r.startLine],
      ['col', oneLine ? r.startColumn : undefined],
      ['endLine', r.endLine],
      ['endColumn', oneLine ? r.endColumn : undefined],
      ['title', `${f.policy.id} (${f.policy.severity}): ${f.policy.title}`],
    ],
    `${f.message}${fix ? `\nfix: ${fix}` : ''}\ndocs: ${policyDocsUrl(f.policy, ctx)}`,
  );
}

export interface GithubAnnotations {
  /** Commands, one per line. */
  text: string;
  shown: Finding[];
  /** Open findings left out because of the caps. */
  omitted: number;
}

/**
 * The workflow commands, one line each, made as they are consumed; `out` learns which findings
 * were annotated and how many were left out once the lines have all been taken.
 */
function* annotationLines(findings: Finding[], ctx: ReportContext, caps: Partial<AnnotationCaps>, out: { shown: Finding[]; omitted: number }): Generator<string> {
  const { perKind, perJob } = { ...GITHUB_ANNOTATION_CAPS, ...caps };
  const used: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  // One notice slot (and one of the job's) stays free for the closing "N more" notice.
  const take = (kind: AnnotationKind): boolean => {
    const total = used.error + used.warning + used.notice;
    if (used[kind] >= perKind - (kind === 'notice' ? 1 : 0) || total >= Math.min(perJob, 3 * perKind) - 1) return false;
    used[kind]++;
    return true;
  };

  for (const d of ctx.diagnostics) {
    const kind: AnnotationKind = (d.severity ?? 'error') === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    // Diagnostics are never capped away silently: they also go to the log as plain lines.
    if (take(kind)) {
      yield workflowCommand(kind, [['file', d.file || undefined], ['line', d.line > 0 ? d.line : undefined], ['col', d.col > 0 ? d.col : undefined], ['title', `palisade ${d.code}`]], d.fix ? `${d.message}\nfix: ${d.fix}` : d.message);
    } else yield formatDiagnosticForTerminal(d);
  }

  for (const f of sortedBySeverity(findings.filter((f) => !f.waived))) {
    if (take(ANNOTATION_KIND[f.policy.severity])) {
      out.shown.push(f);
      yield annotation(f, ctx);
    } else out.omitted++;
  }
  if (out.omitted) {
    yield workflowCommand('notice', [['title', 'Palisade: more findings']], `${plural(out.omitted, 'more finding')} not annotated (GitHub shows at most ${perKind} annotations of each kind per step). See the job summary or the SARIF/JSON output for all of them.`);
  }
}

export function githubAnnotations(findings: Finding[], ctx: ReportContext, caps: Partial<AnnotationCaps> = {}): GithubAnnotations {
  const out = { shown: [] as Finding[], omitted: 0 };
  const text = joinChunks(lineChunks(annotationLines(findings, ctx, caps, out)));
  return { text, ...out };
}

/** The commands as chunks, a line each: diagnostics past GitHub's caps are plain lines, as many as there are. */
export const githubChunks = (findings: Finding[], ctx: ReportContext): Iterable<string> => lineChunks(annotationLines(findings, ctx, {}, { shown: [], omitted: 0 }));

export function github(findings: Finding[], ctx: ReportContext): string {
  return githubAnnotations(findings, ctx).text;
}
