// Reads the waiver file (`.palisade/waivers.yaml`) from its text. Owns validation: every waiver
// needs an owner, a reason and an expiry, and each problem becomes a `waiver_error` diagnostic at
// the exact line and column with a `fix:`. An invalid entry is dropped (it waives nothing) while
// the valid ones still apply. Must not read files (the caller passes the text) and never throws
// on bad input.

import { closest } from '../text/closest.js';
import { compileSchema, type SchemaError, type Validate } from '../config/validate.js';
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { boundedToJS, guardedParse } from '../text/yaml-bounded.js';
import { globProblem } from './glob.js';
import { waivesEverything } from './scope.js';
import { daysLeft, parseDay } from './dates.js';
import { WAIVER_FIELDS, waiverFileSchema } from './schema.js';
import type { Waiver } from './types.js';

export const DEFAULT_WAIVER_FILE = '.palisade/waivers.yaml';

export interface ParseWaiverOptions {
  now: Date;
  /** An expiry further out than this is a warning: waivers are meant to be revisited. */
  maxDays?: number;
}

export interface ParsedWaivers {
  waivers: Waiver[];
  diagnostics: Diagnostic[];
}

// Compiled on first use, by config/validate.ts rather than ajv (whose load alone would cost
// every scan of a repository with waivers ~100 ms).
let compiled: Validate | undefined;
const validator = (): Validate => (compiled ??= compileSchema(waiverFileSchema));

const FIELD_FIX: Record<string, string> = {
  id: 'add a stable `id:` such as `W-2025-001`; findings and audits refer to it',
  policy: 'add `policy:` with a policy id (`k8s/privileged-container`) or a glob (`k8s/*`)',
  path: 'add `path:` with a glob of the files it covers (`deploy/**`, or `**` for every file)',
  owner: 'add `owner:` with an email address or a `@team` handle: who to ask before it expires',
  reason: 'add `reason:` saying why the finding is acceptable here',
  expires: 'add `expires: YYYY-MM-DD`, at most a year out; renew it then if it is still needed',
  waivers: 'put the entries under a top-level `waivers:` list',
};

const FIELD_FORMAT: Record<string, [string, string]> = {
  id: ['letters, digits, `.`, `_` and `-`, starting with a letter or digit', 'use an id such as `W-2025-001`'],
  owner: ['an email address or a `@team` handle', 'write `owner: alice@example.com` or `owner: "@org/platform-team"` (quoted: `@` cannot start a plain YAML value)'],
  expires: ['a date written `YYYY-MM-DD`', 'write the last day the waiver applies, e.g. `expires: 2025-12-31`'],
  fingerprint: ['a finding fingerprint (32 hexadecimal digits)', 'copy `fingerprint` from the JSON output, or match by `path`/`resource` instead'],
  ticket: ['an http(s) URL', 'link the issue or risk-acceptance record, e.g. `ticket: https://tracker.example/SEC-12`'],
  reason: ['a non-empty explanation', 'say why the finding is acceptable here'],
  policy: ['a policy id or glob', 'name a policy (`k8s/privileged-container`) or a glob (`k8s/*`)'],
  path: ['a file glob', 'use a glob of repo-relative paths (`deploy/**`)'],
  resource: ['a resource name or glob', 'use a name such as `Deployment/prod/web` or a glob (`Deployment/prod/*`)'],
};

type Path = Array<string | number>;

function pathOf(instancePath: string): Path {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function parseWaivers(text: string, file: string, opts: ParseWaiverOptions): ParsedWaivers {
  const maxDays = opts.maxDays ?? 365;
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const parsed = guardedParse(text, () => parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }));

  const at = (offset: number | undefined) => {
    if (offset === undefined) return { line: 1, col: 1 };
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const diag = (offset: number | undefined, message: string, fix: string, severity: Diagnostic['severity'] = 'error') => {
    diagnostics.push({ file, ...at(offset), code: 'waiver_error', message, fix, severity });
  };

  if (!parsed.ok) {
    diag(parsed.problem.offset, `the waiver file cannot be read: ${parsed.problem.message}`, 'write the waiver file as plain YAML: a `waivers:` list of flat entries');
    return { waivers: [], diagnostics };
  }
  const doc = parsed.value;
  if (doc.errors.length) {
    for (const e of doc.errors) diag(e.pos[0], `the waiver file is not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML syntax at this position');
    return { waivers: [], diagnostics };
  }

  const decoded = boundedToJS(doc);
  if (!decoded.ok) {
    diag(decoded.problem.offset, `the waiver file cannot be read: ${decoded.problem.message}`, 'write the waiver file as plain YAML: a `waivers:` list of flat entries, without aliases');
    return { waivers: [], diagnostics };
  }
  const data: unknown = decoded.data;
  if (data === null || data === undefined) return { waivers: [], diagnostics };

  const offsetOf = (path: Path, key?: string): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const k = pair?.key as { range?: [number, number, number] } | undefined;
      if (k?.range) return k.range[0];
    }
    if (node?.range) return node.range[0];
    // A missing or scalar-less node: fall back to the nearest ancestor that has a position.
    return path.length ? offsetOf(path.slice(0, -1)) : (doc.contents as { range?: [number] } | null)?.range?.[0];
  };

  const entries = (data as { waivers?: unknown }).waivers;
  const label = (index: number): string => {
    const id = Array.isArray(entries) ? (entries[index] as { id?: unknown } | undefined)?.id : undefined;
    return typeof id === 'string' && id ? `waiver ${id}` : `waiver #${index + 1}`;
  };

  const badEntries = new Set<number>();
  let topLevelBroken = false;
  const validate = validator();
  if (!validate(data)) {
    for (const err of validate.errors ?? []) {
      const path = pathOf(err.instancePath);
      const entry = path[0] === 'waivers' && typeof path[1] === 'number' ? path[1] : undefined;
      if (entry === undefined) topLevelBroken = true;
      else badEntries.add(entry);
      const who = entry !== undefined ? label(entry) : 'the waiver file';
      reportSchemaError(err, path, who);
    }
  }

  function reportSchemaError(err: SchemaError, path: Path, who: string): void {
    const field = typeof path[2] === 'string' ? path[2] : typeof path[0] === 'string' && path.length === 1 ? path[0] : undefined;
    switch (err.keyword) {
      case 'required': {
        const missing = (err.params as { missingProperty: string }).missingProperty;
        diag(offsetOf(path), `${who} has no \`${missing}\``, FIELD_FIX[missing] ?? `add \`${missing}:\``);
        return;
      }
      case 'additionalProperties': {
        const extra = (err.params as { additionalProperty: string }).additionalProperty;
        const known = path.length ? WAIVER_FIELDS : (['version', 'waivers'] as const);
        const guess = closest(extra, known);
        diag(
          offsetOf(path, extra),
          `${who} has an unknown field \`${extra}\``,
          guess ? `did you mean \`${guess}\`?` : `remove it; the fields are ${known.map((k) => `\`${k}\``).join(', ')}`,
        );
        return;
      }
      case 'type':
        if (path.length === 0) {
          diag(offsetOf(path), 'the waiver file must be a mapping with a `waivers:` list', FIELD_FIX['waivers']!);
          return;
        }
        if (path.length === 1) {
          diag(offsetOf(path), '`waivers` must be a list of entries', 'write each waiver as a list item starting with `- id: …`');
          return;
        }
        if (path.length === 2) {
          diag(offsetOf(path), `${who} must be a mapping of fields`, 'write the entry as `- id: …` followed by `policy:`, `path:`, `owner:`, `reason:` and `expires:`');
          return;
        }
        break;
      case 'const':
        diag(offsetOf(path), 'unsupported waiver file `version`', 'use `version: 1` or leave it out');
        return;
    }
    const fmt = field ? FIELD_FORMAT[field] : undefined;
    const value = doc.getIn(path);
    const shown = typeof value === 'string' ? ` (got "${value}")` : value === null ? ' (got nothing)' : ` (got ${typeof value})`;
    if (fmt) diag(offsetOf(path), `${who}: \`${field}\` must be ${fmt[0]}${shown}`, fmt[1]);
    else diag(offsetOf(path), `${who}: ${err.instancePath || 'the file'} ${err.message ?? 'is invalid'}`, 'see docs/waivers.md for the format');
  }

  if (topLevelBroken && !Array.isArray(entries)) return { waivers: [], diagnostics };

  const waivers: Waiver[] = [];
  const seen = new Map<string, number>();
  (entries as unknown[]).forEach((raw, index) => {
    if (badEntries.has(index)) return;
    const w = raw as Omit<Waiver, 'source'>;
    const path: Path = ['waivers', index];
    const where = at(offsetOf(path));
    if (parseDay(w.expires) === undefined) {
      diag(offsetOf([...path, 'expires']), `${label(index)}: \`expires\` is not a real date (got "${w.expires}")`, 'write the last day the waiver applies, e.g. `expires: 2025-12-31`');
      return;
    }
    const firstLine = seen.get(w.id);
    if (firstLine !== undefined) {
      diag(offsetOf([...path, 'id']), `${label(index)}: the id is already used by the waiver on line ${firstLine}`, 'give every waiver its own id; audits and findings refer to waivers by id');
      return;
    }
    seen.set(w.id, where.line);
    const left = daysLeft(w.expires, opts.now);
    if (left > maxDays) {
      diag(
        offsetOf([...path, 'expires']),
        `${label(index)} expires in ${left} days, more than ${maxDays}`,
        `set an expiry within ${maxDays} days and renew it then: a waiver is meant to be revisited`,
        'warning',
      );
    }
    if (waivesEverything(w)) {
      diag(
        offsetOf(path),
        `${label(index)} waives every policy in every file`,
        'narrow it to the policies (`policy:`) and files (`path:`) it is meant for',
        'warning',
      );
    }
    for (const field of ['policy', 'path', 'resource'] as const) {
      const g = w[field];
      const problem = g === undefined ? undefined : globProblem(g);
      if (problem) diag(offsetOf([...path, field]), `${label(index)}: \`${field}\` pattern "${g}": ${problem}`, 'write the range low to high (`[a-z]`), or escape the bracket (`\\[`)', 'warning');
    }
    const waiver: Waiver = { id: w.id, policy: w.policy, path: w.path, owner: w.owner, reason: w.reason.trim(), expires: w.expires, source: { file, ...where } };
    if (w.resource !== undefined) waiver.resource = w.resource;
    if (w.fingerprint !== undefined) waiver.fingerprint = w.fingerprint;
    if (w.ticket !== undefined) waiver.ticket = w.ticket;
    waivers.push(waiver);
  });
  return { waivers, diagnostics };
}
