// Helm: chart templates (`{{ … }}`) are not YAML until rendered, so they are never parsed as such.
// This module recognises a chart (a folder with `Chart.yaml` and `templates/`) and puts the
// objects of a rendered stream (`helm template`, or piped into `palisade scan -`) back on the
// template each came from, named by Helm's `# Source: <chart>/templates/x.yaml` comment.
//
// A rendered object has no line-for-line relation to its template, so a finding lands on the line
// of the template that holds the reported key, found by name, key after key along the route; a key
// the template only produces through an expression (`{{ toYaml .Values.x }}`) leaves the finding
// on the nearest key found, marked approximate. Pure: callers read the files and run helm.

import { posix } from 'node:path';
import { parse } from 'yaml';
import type { Document, Location, Route } from '../types.js';

/** `<chart>/templates/…` → the chart folder, when the path lies in a chart's templates. */
export function chartOfTemplate(path: string, isChart: (dir: string) => boolean): string | undefined {
  const segs = path.split('/');
  for (let i = segs.length - 2; i >= 0; i--) {
    if (segs[i] !== 'templates') continue;
    const dir = segs.slice(0, i).join('/');
    if (isChart(dir)) return dir;
  }
  return undefined;
}

/** The `name:` of a Chart.yaml, or undefined when it has none. */
export function chartName(chartYaml: string): string | undefined {
  try {
    const data = parse(chartYaml) as unknown;
    const name = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['name'] : undefined;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

export interface Template {
  /** Repo-relative path of the template file. */
  path: string;
  /** Its text, to find the reported keys in; without it findings land on line 1. */
  text?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a route's keys are in a template's text, found by name in order (see the header). */
export function locateInTemplate(path: string, text: string | undefined, route: Route): Location {
  const lines = text === undefined ? [] : text.split(/\r?\n/);
  let at = { line: 1, col: 1, end: 1 };
  let from = 0;
  let resolved = 0;
  for (const [i, seg] of route.entries()) {
    if (typeof seg === 'number') {
      if (resolved === i) resolved++;
      continue;
    }
    const key = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)${escapeRe(seg)}\\2\\s*:`);
    const found = lines.findIndex((l, n) => n >= from && key.test(l));
    if (found < 0) break;
    const m = key.exec(lines[found]!)!;
    at = { line: found + 1, col: m[1]!.length + 1, end: lines[found]!.length + 1 };
    from = found + 1;
    resolved = i + 1;
  }
  const loc: Location = { file: path, region: { startLine: at.line, startColumn: at.col, endLine: at.line, endColumn: Math.max(at.end, at.col + 1) } };
  if (resolved < route.length) loc.approximate = { resolved: route.slice(0, resolved) };
  return loc;
}

/**
 * The documents of a rendered stream, each moved onto its `# Source:` template (see the header).
 * `template` maps a `# Source:` path to the template file; documents without one stay where they are.
 */
export function onTemplates(documents: Document[], template: (source: string) => Template | undefined): Document[] {
  return documents.map((doc) => {
    const t = doc.source === undefined ? undefined : template(doc.source);
    if (!t) return doc;
    // The rendered stream's comment lines mean nothing in the template, so its inline ignores
    // cannot be placed there: rendered objects are waived through the waiver file.
    return { ...doc, path: t.path, ignores: [], locate: (route: Route) => locateInTemplate(t.path, t.text, route) };
  });
}

/** `<chart name>/templates/x.yaml` (Helm's `# Source:`) → the path under a chart folder named `chartDir`. */
export function sourceUnderChart(source: string, name: string, chartDir: string): string | undefined {
  const segs = posix.normalize(source).split('/');
  if (segs[0] !== name || segs.length < 2 || segs.includes('..')) return undefined;
  return posix.join(chartDir, ...segs.slice(1));
}
