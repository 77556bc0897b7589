// SARIF 2.1.0 for GitHub code scanning (and any other SARIF consumer). Owns the mapping from
// findings, policies and diagnostics to one SARIF run, and keeps the log inside GitHub's upload
// limits by trimming the least severe results with a warning rather than emitting a file GitHub
// rejects. Must not read or write files, and never adjusts positions (they arrive 1-based).
//
// Waived findings are left out of `results` entirely: code scanning ignores `suppressions`, so a
// suppressed result would still open an alert. Their count is kept in `run.properties`.

import { nodeZlib } from '../lazy-node.js';
import { batched, joinChunks, jsonChunks, LazyList, type Open } from './chunks.js';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Diagnostic } from '../diagnostics.js';
import type { Finding, PolicyMeta, PolicySeverity } from '../engine/finding.js';
import { FINGERPRINT_VERSION, normalizeFilePath } from '../engine/fingerprint.js';
import { compareByLocation, policiesOf, policyDocsUrl, routeText, sortedBySeverity } from './common.js';
import type { ReportContext } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** GitHub code scanning's hard limits per upload (docs: "SARIF results exceed limit"). */
export interface SarifLimits {
  resultsPerRun: number;
  /** Bytes of the gzipped upload. */
  gzipBytes: number;
  /** GitHub rejects more than 20 tags per rule and shows only 10; we keep the shown ones. */
  tagsPerRule: number;
}

export const GITHUB_SARIF_LIMITS: SarifLimits = { resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024, tagsPerRule: 10 };

/** GitHub's bands: > 9 critical, 7–8.9 high, 4–6.9 medium, < 4 low. Mid-band values, as strings. */
export const SECURITY_SEVERITY: Record<PolicySeverity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export const SARIF_LEVEL: Record<PolicySeverity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

export interface SarifReport {
  /** The log as one object, built when asked for (library callers, tests); the chunks never build it. */
  readonly log: Sarif.Log;
  /** The log's text (`JSON.stringify(log, null, 2)` and a newline) as chunks, made as they are consumed: never one string. */
  chunks: () => Iterable<string>;
  /** Findings left out to respect the limits, as `report_limit` warnings (also in the log's notifications). */
  warnings: Diagnostic[];
}

/**
 * Each path segment percent-encoded: `artifactLocation.uri` must be a valid URI reference. Code
 * scanning rejects an empty uri, so a whole-repository finding (file `.`) keeps `.`.
 */
function fileUri(file: string): string {
  const p = normalizeFilePath(file);
  return p === '' ? '.' : p.split('/').map(encodeURIComponent).join('/');
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

function artifactLocation(file: string): Sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: fileUri(file), uriBaseId: '%SRCROOT%' };
}

/** `k8s/privileged-container` → `K8sPrivilegedContainer`: SARIF `name` must be an identifier-like string. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function tagsOf(policy: PolicyMeta, max: number): string[] {
  const tags = new Set<string>(['security', ...policy.tags]);
  for (const framework of Object.keys(policy.frameworks).sort()) tags.add(framework);
  return [...tags].slice(0, max);
}

function helpMarkdown(policy: PolicyMeta, docs: string): string {
  return `**${policy.title}**\n\n${policy.description}\n\n### Remediation\n\n${policy.remediation}\n\n[Documentation](${docs})`;
}

function rule(policy: PolicyMeta, ctx: ReportContext, limits: SarifLimits): Sarif.ReportingDescriptor {
  const docs = policyDocsUrl(policy, ctx);
  const properties: Sarif.PropertyBag = {
    tags: tagsOf(policy, limits.tagsPerRule),
    precision: policy.confidence ?? 'high',
    'security-severity': SECURITY_SEVERITY[policy.severity],
  };
  if (Object.keys(policy.frameworks).length) properties['frameworks'] = policy.frameworks;
  return {
    id: policy.id,
    name: ruleName(policy.id),
    shortDescription: { text: policy.title },
    fullDescription: { text: policy.description || policy.title },
    help: { text: policy.remediation || policy.description || policy.title, markdown: helpMarkdown(policy, docs) },
    helpUri: docs,
    defaultConfiguration: { level: SARIF_LEVEL[policy.severity] },
    properties,
  };
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const r = f.region;
  const logicalName = f.resource ?? routeText(f.route);
  const res: Sarif.Result = {
    ruleId: f.policy.id,
    ruleIndex,
    level: SARIF_LEVEL[f.policy.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file),
          region: { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn },
        },
        ...(logicalName ? { logicalLocations: [{ name: logicalName, kind: 'resource' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_VERSION]: f.fingerprint },
    // The rule's precision is the policy's; a finding may be less sure than its policy.
    properties: { severity: f.policy.severity, precision: f.confidence, route: routeText(f.route) },
  };
  return res;
}

function notification(d: Diagnostic): Sarif.Notification {
  const text = d.fix ? `${d.message} (fix: ${d.fix})` : d.message;
  const n: Sarif.Notification = { level: d.severity ?? 'error', message: { text }, descriptor: { id: d.code } };
  if (d.file) {
    const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: artifactLocation(d.file) };
    if (d.line > 0) physicalLocation.region = d.col > 0 ? { startLine: d.line, startColumn: d.col } : { startLine: d.line };
    n.locations = [{ physicalLocation }];
  }
  return n;
}

function limitWarning(kept: number, total: number, why: string): Diagnostic {
  return {
    file: '(sarif output)',
    line: 0,
    col: 0,
    code: 'report_limit',
    severity: 'warning',
    message: `SARIF holds ${kept} of ${total} open findings (the most severe): ${why}`,
    fix: 'narrow the scan (paths, --changed) or fix the noisiest policies; the JSON output has every finding',
  };
}

function buildLog(
  results: Sarif.Result[] | LazyList<Sarif.Result>,
  rules: Sarif.ReportingDescriptor[],
  ctx: ReportContext,
  notes: Diagnostic[],
  waived: number,
): Sarif.Log {
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Palisade',
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: ctx.docsBaseUrl,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: !ctx.diagnostics.some((d) => (d.severity ?? 'error') === 'error'),
        toolExecutionNotifications: notes.map(notification),
      },
    ],
    columnKind: 'utf16CodeUnits',
    // A LazyList stands for the array in the text (chunks, JSON.stringify); `log` gets a real one.
    results: results as Sarif.Result[],
    properties: { 'palisade/waived': waived },
  };
  if (isAbsolute(ctx.root)) {
    const href = pathToFileURL(ctx.root).href;
    run.originalUriBaseIds = { '%SRCROOT%': { uri: href.endsWith('/') ? href : `${href}/` } };
  }
  if (ctx.category) run.automationDetails = { id: `${ctx.category.replace(/\/+$/, '')}/` };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** The log opened down to its lists of results and notifications, each entry one chunk: no chunk holds more than one. */
const SHAPE: Open = { runs: { '*': { results: { '*': 0 }, invocations: { '*': { toolExecutionNotifications: { '*': 0 } } }, tool: { driver: { rules: { '*': 0 } } } } } };

function* serialize(log: Sarif.Log): Generator<string> {
  yield* jsonChunks(log, SHAPE);
  yield '\n';
}

// Sizes are measured on batches of the text, not on its small chunks: on a log of 25,000 plan
// results (31 MB) the profile had a Buffer made per chunk (1.2 s) and a byte count per chunk
// (0.9 s) dwarf the serialization itself.

/** UTF-8 bytes of the serialized log, without holding it. */
function byteLength(log: Sarif.Log): number {
  let n = 0;
  for (const c of batched(serialize(log))) n += Buffer.byteLength(c);
  return n;
}

/**
 * Gzipped bytes of the serialized log: the text is encoded into one buffer of its exact size
 * (bounded by the results cap), never one string, and never a buffer per batch plus their copy.
 */
function gzippedLength(log: Sarif.Log, bytes = byteLength(log)): number {
  const text = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (const c of batched(serialize(log))) at += text.write(c, at);
  return nodeZlib().gzipSync(text).length;
}

export function sarifReport(findings: Finding[], ctx: ReportContext, limits: Partial<SarifLimits> = {}): SarifReport {
  const lim: SarifLimits = { ...GITHUB_SARIF_LIMITS, ...limits };
  const policies = policiesOf(findings, ctx);
  const rules = policies.map((p) => rule(p, ctx, lim));
  const ruleIndex = new Map(policies.map((p, i) => [p.id, i]));
  const open = findings.filter((f) => !f.waived);
  const waived = findings.length - open.length;
  // Trimming keeps the most severe; the kept ones are then emitted in reading order.
  const triage = sortedBySeverity(open);
  // Results are made as they are written: 25,000 plan results held as objects were ~25 MB of a
  // report that is written (or measured) one result at a time.
  const resultOf = (f: Finding) => result(f, ruleIndex.get(f.policy.id)!);
  const render = (n: number, warnings: Diagnostic[]) => {
    const kept = triage.slice(0, n).sort(compareByLocation);
    return buildLog(new LazyList(kept.length, (i) => resultOf(kept[i]!)), rules, ctx, [...ctx.diagnostics, ...warnings], waived);
  };

  const warnings: Diagnostic[] = [];
  let keep = open.length;
  if (keep > lim.resultsPerRun) {
    keep = lim.resultsPerRun;
    warnings.push(limitWarning(keep, open.length, `GitHub accepts at most ${lim.resultsPerRun} results per run`));
  }
  let log = render(keep, warnings);
  // Gzip never grows text by more than its headers and a few bytes per 16 KiB block, so a log
  // well under the limit needs no compression to know it fits.
  const fits = (bytes: number) => bytes + 1024 + (bytes >> 12) <= lim.gzipBytes;
  const bytes = byteLength(log);
  let size = fits(bytes) ? 0 : gzippedLength(log, bytes);
  if (size > lim.gzipBytes) {
    // Shrink in proportion to the overshoot, with headroom; a few rounds at most.
    while (size > lim.gzipBytes && keep > 0) {
      keep = Math.min(keep - 1, Math.floor((keep * lim.gzipBytes * 0.9) / size));
      keep = Math.max(keep, 0);
      const w = limitWarning(keep, open.length, `GitHub accepts at most ${lim.gzipBytes} gzipped bytes per upload`);
      log = render(keep, [...warnings, w]);
      size = gzippedLength(log);
      if (size <= lim.gzipBytes || keep === 0) warnings.push(w);
    }
  }
  const kept = log;
  let whole: Sarif.Log | undefined;
  return {
    get log() {
      return (whole ??= { ...kept, runs: kept.runs.map((run) => ({ ...run, results: (run.results as unknown as LazyList<Sarif.Result>).toJSON() })) });
    },
    chunks: () => serialize(kept),
    warnings,
  };
}

export function sarif(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(sarifReport(findings, ctx).chunks());
}
