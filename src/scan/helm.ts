// Helm charts in a scan (an edge: reads Chart.yaml and templates, runs `helm`). Discovery skips
// chart templates; here a chart is either rendered with `helm template` (`--helm`, helm on PATH)
// or named in one notice saying how to scan it. Rendered objects, from helm or from a stream piped
// into `palisade scan -`, are put back on their templates (loaders/kubernetes/helm.ts).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { fileDiagnostic } from '../loaders/common/diag.js';
import { chartName, onTemplates, sourceUnderChart, type Template } from '../loaders/kubernetes/helm.js';
import { LOADERS, type LoadOptions } from '../loaders/index.js';
import { kindByContent } from '../discovery/kind.js';
import { readContainedTextSync } from '../discovery/contained.js';
import type { Document, LoadResult } from '../loaders/types.js';

const display = (chart: string) => chart || '.';

/** Charts inside another chart's `charts/` folder are rendered (and announced) with their parent. */
export function topCharts(charts: string[]): string[] {
  return charts.filter((c) => !charts.some((p) => p !== c && (p === '' ? c.startsWith('charts/') : c.startsWith(`${p}/charts/`))));
}

export function chartNotice(chart: string, why = 'its templates are not YAML until rendered'): Diagnostic {
  const dir = display(chart);
  return fileDiagnostic(
    dir,
    'input_unrendered',
    `Helm chart not scanned: ${why}`,
    `scan it rendered: \`palisade scan --helm\` (needs helm on PATH), or \`helm template ${dir} | palisade scan -\``,
    'note',
  );
}

function readChartName(root: string, chart: string): string | undefined {
  try {
    const text = readContainedTextSync(root, join(chart, 'Chart.yaml'), 1024 * 1024);
    return text === undefined ? undefined : chartName(text);
  } catch {
    return undefined;
  }
}

function templateAt(root: string, path: string): Template {
  try {
    // `path` comes from a `# Source:` comment in the rendered stream: contained like any input.
    const text = readContainedTextSync(root, path);
    return text === undefined ? { path } : { path, text };
  } catch {
    return { path };
  }
}

/** Loads a rendered stream (YAML or JSON) and moves each object with a `# Source:` onto its template. */
export function loadRendered(path: string, text: string, template: (source: string) => Template | undefined, opts: LoadOptions): LoadResult {
  const kind = kindByContent(/^\s*[[{]/.test(text) ? 'json' : 'yaml', text);
  const loaded = LOADERS[kind === 'repository' ? 'yaml' : kind]({ path, text }, opts);
  return { documents: kind === 'kubernetes' ? onTemplates(loaded.documents, template) : loaded.documents, diagnostics: loaded.diagnostics };
}

/**
 * Where a piped stream's `# Source: <chart>/templates/x.yaml` lives: under the folder of the chart
 * of that name — the working folder when it is one (`helm template . | palisade scan -`), else the
 * shallowest chart of that name under the root (`helm template ./deploy/web | palisade scan -`) —
 * else the path as Helm wrote it when it exists under the root, else that path without text (the
 * finding then names the template, on line 1).
 */
export async function stdinTemplates(root: string, cwd: string): Promise<(source: string) => Template> {
  const here = posix.normalize(relative(root, cwd).split(sep).join('/'));
  const charts = new Map<string, string>();
  const add = (dir: string) => {
    const name = readChartName(root, dir);
    if (name !== undefined && !charts.has(name)) charts.set(name, dir);
  };
  if (!here.startsWith('..')) add(here === '.' ? '' : here);
  const { default: fg } = await import('fast-glob');
  const found = await fg('**/Chart.yaml', { cwd: root, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
  const depth = (p: string) => p.split('/').length;
  for (const f of found.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))) add(posix.dirname(f) === '.' ? '' : posix.dirname(f));
  return (source) => {
    const name = source.split('/')[0]!;
    const dir = charts.get(name);
    const mapped = dir !== undefined ? sourceUnderChart(source, name, dir) : undefined;
    if (mapped !== undefined) return templateAt(root, mapped);
    return existsSync(join(root, source)) ? templateAt(root, source) : { path: source };
  };
}

function helm(args: string[], cwd: string): Promise<{ ok: true; out: string } | { ok: false; err: string; missing: boolean }> {
  return new Promise((resolve) => {
    execFile('helm', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, out: stdout });
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ ok: false, missing, err: (stderr || error.message).trim().split('\n')[0] ?? error.message });
    });
  });
}

/** Renders each chart with `helm template` and loads the objects onto their templates. */
export async function renderCharts(root: string, charts: string[], opts: LoadOptions): Promise<LoadResult> {
  const documents: Document[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, chart] of charts.entries()) {
    const name = readChartName(root, chart);
    if (name === undefined) {
      diagnostics.push(fileDiagnostic(posix.join(display(chart), 'Chart.yaml'), 'input_parse_error', 'Chart.yaml has no name, so the chart cannot be rendered', 'give the chart a `name:` in Chart.yaml'));
      continue;
    }
    const r = await helm(['template', name, join(root, chart)], root);
    if (!r.ok && r.missing) {
      diagnostics.push(...charts.slice(i).map((c) => chartNotice(c, '--helm needs the `helm` command, which is not on PATH')));
      break;
    }
    if (!r.ok) {
      diagnostics.push(fileDiagnostic(display(chart), 'input_parse_error', `helm template failed: ${r.err}`, 'fix the chart so that `helm template` renders it (missing values, dependencies: `helm dependency build`)'));
      continue;
    }
    const res = loadRendered(`${display(chart)} (rendered)`, r.out, (source) => {
      const path = sourceUnderChart(source, name, chart);
      return path === undefined ? undefined : templateAt(root, path);
    }, opts);
    documents.push(...res.documents);
    diagnostics.push(...res.diagnostics);
  }
  return { documents, diagnostics };
}
