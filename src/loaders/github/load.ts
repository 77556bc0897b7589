// GitHub Actions workflows (`.github/workflows/*.yml`) and action metadata (`action.yml`): the
// parsed YAML as data, and resource names for routes at job and step granularity
// (`jobs.build.steps[2] (Checkout)`), which is what a reviewer looks for in the file.

import { basename } from 'node:path/posix';
import type { Document, LoadResult, Route } from '../types.js';
import type { InputFile } from '../common/input.js';
import { at } from '../common/diag.js';
import type { LoadOptions } from '../common/options.js';
import { readYaml } from '../yaml/load.js';
import { ignoresFor, locateIn } from '../yaml/stream.js';
import { PALISADE_KEY, usesVersions } from './versions.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function stepName(steps: unknown, n: number): string {
  const s = Array.isArray(steps) ? steps[n] : undefined;
  if (isObj(s) && typeof s.name === 'string') return ` (${s.name})`;
  if (isObj(s) && typeof s.uses === 'string') return ` (${s.uses})`;
  return '';
}

export function workflowResourceAt(data: unknown, route: Route): string | undefined {
  if (!isObj(data)) return undefined;
  const [a, id, b, n] = route;
  if (a === 'jobs' && id !== undefined) {
    const job = isObj(data.jobs) ? data.jobs[String(id)] : undefined;
    if (b === 'steps' && typeof n === 'number') return `jobs.${id}.steps[${n}]${stepName(isObj(job) ? job.steps : undefined, n)}`;
    return `jobs.${id}`;
  }
  return undefined;
}

export function actionResourceAt(data: unknown, route: Route): string | undefined {
  if (!isObj(data)) return undefined;
  const [a, b, n] = route;
  if (a === 'runs' && b === 'steps' && typeof n === 'number') {
    return `runs.steps[${n}]${stepName(isObj(data.runs) ? data.runs.steps : undefined, n)}`;
  }
  if (a === 'inputs' && b !== undefined) return `inputs.${b}`;
  return undefined;
}

function loadGithub(kind: 'github-workflow' | 'github-action', file: InputFile, opts?: LoadOptions): LoadResult {
  const s = readYaml(file, opts);
  if ('documents' in s) return s;
  const diagnostics = s.diagnostics;
  const entry = s.entries[0];
  if (s.entries.length > 1) {
    const extra = s.entries[1]!;
    diagnostics.push(
      at(file.path, s.lines.lineCol(extra.start), 'input_parse_error', `a ${kind === 'github-workflow' ? 'workflow' : 'action'} file holds one YAML document; GitHub ignores this and the following ones`, 'remove the `---` separator and the extra documents'),
    );
  }
  if (!entry) return { documents: [], diagnostics };
  if (!isObj(entry.data)) {
    diagnostics.push(
      at(file.path, s.lines.lineCol(entry.start), 'input_parse_error', `a ${kind === 'github-workflow' ? 'workflow' : 'action'} must be a YAML mapping`, 'start the file with top-level keys such as `name:`, `on:` and `jobs:` (or `runs:` for an action)'),
    );
  }
  // What the file cannot say in its own keys: its path (callers name it in `uses: ./…`, see
  // inventory.ts) and the versions of SHA-pinned uses. GitHub rejects unknown top-level keys, so
  // this one cannot collide with the workflow's own.
  // readYaml always keeps `yaml`'s tree (the fast front end is for streamed manifests only).
  const versions = isObj(entry.data) ? usesVersions(entry.doc!) : {};
  const extra = Object.keys(versions).length > 0 ? { path: file.path, uses_versions: versions } : { path: file.path };
  const data = isObj(entry.data) ? { ...entry.data, [PALISADE_KEY]: extra } : entry.data;
  const doc: Document = {
    kind,
    path: file.path,
    index: entry.index,
    data,
    resource: kind === 'github-workflow' ? `workflow ${basename(file.path)}` : `action ${file.path}`,
    ignores: ignoresFor(s, entry),
    locate: (route) => locateIn(s, entry, route),
    resourceAt: (route) => (kind === 'github-workflow' ? workflowResourceAt(data, route) : actionResourceAt(data, route)),
  };
  return { documents: [doc], diagnostics };
}

export const loadWorkflow = (file: InputFile, opts?: LoadOptions): LoadResult => loadGithub('github-workflow', file, opts);
export const loadAction = (file: InputFile, opts?: LoadOptions): LoadResult => loadGithub('github-action', file, opts);
