// The Palisade configuration file (`.palisade.yaml` at the scan root, or `--config FILE`):
// which files to skip, which policies to run, the failure threshold, where waivers live.
// Parsing is pure (text in, config + diagnostics out); `readConfig` is the one place that reads it.

import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { PolicySeverity, Profile } from '../engine/finding.js';
import type { LoadOptions } from '../loaders/common/options.js';
import { LineIndex } from '../rego/source.js';
import { specialKind } from '../discovery/contained.js';
import { boundedToJS, DEFAULT_YAML_BUDGET, guardedParse } from '../text/yaml-bounded.js';
import { FAST_BAIL, FastYaml } from '../text/yaml-fast.js';
import { globProblem } from '../waivers/glob.js';
import { compileSchema, type Validate } from './validate.js';

export interface PalisadeConfig {
  /** Findings at or above this severity fail the run. */
  failOn: PolicySeverity;
  /** `strict` adds the pedantic checks to the default profile's. */
  profile: Profile;
  /** Globs (gitignore syntax) of files never scanned, on top of .gitignore. */
  ignore: string[];
  policies: {
    /** Run the built-in packs. */
    builtin: boolean;
    /** Extra policy directories (Rego) or bundles (.tar.gz / .wasm), relative to the config file. */
    paths: string[];
    /** Policy ids or globs (`k8s/*`) never run. */
    exclude: string[];
    /** Severity overrides by policy id. */
    severity: Record<string, PolicySeverity>;
  };
  /** Waiver file, relative to the config file. */
  waivers?: string;
  limits: {
    maxFileBytes?: number;
    /** Largest Terraform plan read, in bytes. */
    maxPlanBytes?: number;
    /** Deepest nesting accepted in JSON and YAML inputs. */
    maxDepth?: number;
    /** YAML alias expansions allowed per document. */
    maxAliasCount?: number;
    /** Files listed in the repository document. */
    maxRepositoryFiles?: number;
    /** Steps one policy may take on one document (0 = unlimited); default: the engine's. */
    policySteps?: number;
    /** Wall-clock ms one evaluation may take in a module without Palisade's step counter (OPA-built). */
    policyTimeMs?: number;
    /** Memory a policy bundle may use, in MiB; default: the engine's. */
    policyMemoryMB?: number;
  };
}

export const DEFAULT_CONFIG: PalisadeConfig = {
  failOn: 'low',
  profile: 'default',
  ignore: [],
  policies: { builtin: true, paths: [], exclude: [], severity: {} },
  limits: {},
};

export const CONFIG_FILE_NAMES = ['.palisade.yaml', '.palisade.yml'];

const severity = { enum: ['critical', 'high', 'medium', 'low', 'info'] };
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: severity,
    profile: { enum: ['default', 'strict'] },
    ignore: { type: 'array', items: { type: 'string' } },
    policies: {
      type: 'object',
      additionalProperties: false,
      properties: {
        builtin: { type: 'boolean' },
        paths: { type: 'array', items: { type: 'string' } },
        exclude: { type: 'array', items: { type: 'string' } },
        severity: { type: 'object', additionalProperties: severity },
      },
    },
    waivers: { type: 'string' },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxFileBytes: { type: 'integer', minimum: 1 },
        maxPlanBytes: { type: 'integer', minimum: 1 },
        maxDepth: { type: 'integer', minimum: 1, maximum: 10_000 },
        maxAliasCount: { type: 'integer', minimum: 0 },
        maxRepositoryFiles: { type: 'integer', minimum: 1 },
        policySteps: { type: 'integer', minimum: 0 },
        policyTimeMs: { type: 'integer', minimum: 1 },
        // wasm32 memory ends at 4 GiB.
        policyMemoryMB: { type: 'integer', minimum: 1, maximum: 4096 },
      },
    },
  },
};
// Compiled on first use, by validate.ts rather than ajv (whose load alone would cost every scan
// of a configured repository ~100 ms).
let compiled: Validate | undefined;
const validator = (): Validate => (compiled ??= compileSchema(CONFIG_SCHEMA));

/** The YAML node at a JSON-pointer-ish path, for the diagnostic's line:col. */
function nodeAt(root: Node | null, pointer: string, wantKey: boolean): Node | null {
  let node: Node | null = root;
  const segs = pointer.split('/').filter(Boolean);
  for (const [i, seg] of segs.entries()) {
    if (isSeq(node) && /^\d+$/.test(seg)) {
      node = (node.items[Number(seg)] as Node | undefined) ?? node;
      continue;
    }
    if (!isMap(node)) return node;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    if (!pair) return node;
    // An unknown setting is reported on its key; a bad value on the value.
    node = wantKey && i === segs.length - 1 ? (pair.key as Node) : ((pair.value as Node | null) ?? (pair.key as Node));
  }
  return node;
}

/**
 * The configuration in `text`. The common case, a small valid file of plain YAML, is decoded by
 * the fast front end (src/text/yaml-fast.ts), which gives `yaml`'s data or gives up: the file is
 * read on every scan of a configured repository, and `yaml`'s parser, run cold, is a visible
 * share of a one-file scan. Any problem at all (YAML the fast path does not take, an invalid
 * setting, a suspicious pattern) takes the `yaml` path, whose nodes place the diagnostics.
 */
export function parseConfig(text: string, file: string): { config: PalisadeConfig; diagnostics: Diagnostic[] } {
  const fast = fastData(text);
  if (fast && isPlainObject(fast.data) && validator()(fast.data) && !globLists(fast.data).some(([, list]) => (list ?? []).some((g) => globProblem(g)))) {
    return { config: configFrom(fast.data), diagnostics: [] };
  }
  return parseConfigYaml(text, file);
}

/** parseConfig through `yaml` alone: the reference, and the path of every file with a problem. */
export function parseConfigYaml(text: string, file: string): { config: PalisadeConfig; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const parsed = guardedParse(text, () => parseDocument(text, { uniqueKeys: true, prettyErrors: false }));
  const doc = parsed.ok ? parsed.value : undefined;
  const diagnostics: Diagnostic[] = doc
    ? doc.errors.map((e) => {
        const at = lines.lineCol(e.pos[0]);
        return { file, ...at, code: 'config_error' as const, message: e.message.split('\n')[0]!, fix: 'fix the YAML syntax of the configuration file' };
      })
    : [];
  const decoded = doc ? (diagnostics.length ? undefined : boundedToJS(doc)) : parsed.ok ? undefined : { ok: false as const, problem: parsed.problem };
  if (decoded && !decoded.ok) {
    const p = decoded.problem;
    diagnostics.push({ file, ...lines.lineCol(p.offset), code: 'config_error', message: p.message, fix: 'write the configuration as plain YAML: no deep nesting, no alias expansion' });
  }
  if (!doc || diagnostics.length || !decoded?.ok) return { config: DEFAULT_CONFIG, diagnostics };
  const raw = (decoded.data ?? {}) as Record<string, unknown>;
  const validate = validator();
  if (!validate(raw)) {
    for (const err of validate.errors ?? []) {
      const pointer = err.instancePath + (err.keyword === 'additionalProperties' ? `/${(err.params as { additionalProperty: string }).additionalProperty}` : '');
      const node = nodeAt(doc.contents as Node | null, pointer, err.keyword === 'additionalProperties');
      const at = node?.range ? lines.lineCol(node.range[0]) : { line: 1, col: 1 };
      const what = pointer ? pointer.slice(1).replace(/\//g, '.') : 'the configuration';
      const message =
        err.keyword === 'additionalProperties'
          ? `unknown setting ${what}`
          : `${what} ${err.message ?? 'is invalid'}${err.keyword === 'enum' ? ` (${(err.params as { allowedValues: string[] }).allowedValues.join(', ')})` : ''}`;
      diagnostics.push({ file, ...at, code: 'config_error', message, fix: 'see docs/configuration.md for the settings and their values' });
    }
    return { config: DEFAULT_CONFIG, diagnostics };
  }
  // Globs a repository writes are checked here, where their position is known.
  for (const [pointer, list] of globLists(raw)) {
    (list ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (!problem) return;
      const node = nodeAt(doc.contents as Node | null, `${pointer}/${i}`, false);
      diagnostics.push({ file, ...(node?.range ? lines.lineCol(node.range[0]) : { line: 1, col: 1 }), code: 'config_error', message: `pattern "${g}": ${problem}`, fix: 'write the range low to high (`[a-z]`), or escape the bracket (`\\[`)', severity: 'warning' });
    });
  }
  return { config: configFrom(raw), diagnostics };
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The one document of `text` when the fast front end decodes all of it; undefined otherwise (also for an empty file, left to `yaml`). */
function fastData(text: string): { data: unknown } | undefined {
  const stream = new FastYaml(text, DEFAULT_YAML_BUDGET.maxDepth);
  const first = stream.next();
  if (first === FAST_BAIL || first === undefined || !first.content) return undefined;
  // A second document is `yaml`'s error to report.
  return stream.next() === undefined ? { data: first.content.data } : undefined;
}

/** The pattern lists of a validated configuration, by JSON pointer. */
function globLists(raw: Record<string, unknown>): Array<[string, string[] | undefined]> {
  const policies = (raw['policies'] ?? {}) as Partial<PalisadeConfig['policies']>;
  return [
    ['/ignore', raw['ignore'] as string[] | undefined],
    ['/policies/exclude', policies.exclude],
  ];
}

/** A validated configuration with the defaults filled in. */
function configFrom(raw: Record<string, unknown>): PalisadeConfig {
  const policies = (raw['policies'] ?? {}) as Partial<PalisadeConfig['policies']>;
  return {
    failOn: (raw['failOn'] as PolicySeverity | undefined) ?? DEFAULT_CONFIG.failOn,
    profile: (raw['profile'] as Profile | undefined) ?? DEFAULT_CONFIG.profile,
    ignore: (raw['ignore'] as string[] | undefined) ?? [],
    policies: {
      builtin: policies.builtin ?? true,
      paths: policies.paths ?? [],
      exclude: policies.exclude ?? [],
      severity: policies.severity ?? {},
    },
    waivers: raw['waivers'] as string | undefined,
    limits: (raw['limits'] as PalisadeConfig['limits'] | undefined) ?? {},
  };
}

/** The loaders' limits the configuration sets (only those it sets: the loaders own the defaults). */
export function loadLimits(config: PalisadeConfig): LoadOptions {
  const l = config.limits;
  const out: LoadOptions = {};
  if (l.maxFileBytes !== undefined) out.maxBytes = l.maxFileBytes;
  if (l.maxPlanBytes !== undefined) out.maxPlanBytes = l.maxPlanBytes;
  if (l.maxDepth !== undefined) out.maxDepth = l.maxDepth;
  if (l.maxAliasCount !== undefined) out.maxAliasCount = l.maxAliasCount;
  if (l.maxRepositoryFiles !== undefined) out.maxRepositoryFiles = l.maxRepositoryFiles;
  return out;
}

/** Largest configuration or waiver file read: they are a few kilobytes; a huge one is hostile. */
export const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

/**
 * Reads a settings file a repository may supply (the config, the waiver file): a regular file,
 * read without blocking and never past the cap. An error message instead of text when not.
 */
export function readSettingsFile(path: string): { text: string } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: `it is ${specialKind(st) ?? 'not a regular file'}, not a file` };
    if (st.size > MAX_SETTINGS_BYTES) return { error: `it is ${st.size} bytes, over the ${MAX_SETTINGS_BYTES}-byte limit` };
    const buf = Buffer.alloc(st.size + 1);
    let n = 0;
    for (let r = -1; r !== 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (n > st.size) return { error: 'it grew while it was read' };
    return { text: buf.subarray(0, n).toString('utf8') };
  } catch (e) {
    return { error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** Reads `--config FILE`, or the first config file found at the root; defaults when there is none. */
export function readConfig(root: string, explicit?: string): { config: PalisadeConfig; file?: string; diagnostics: Diagnostic[] } {
  const file = explicit ?? CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (!file) return { config: DEFAULT_CONFIG, diagnostics: [] };
  const read = readSettingsFile(file);
  if ('error' in read) {
    return {
      config: DEFAULT_CONFIG,
      file,
      diagnostics: [{ file, line: 0, col: 0, code: 'config_error', message: `cannot read the configuration file: ${read.error}`, fix: 'check the path given to --config: it must be a YAML file readable by the user running Palisade' }],
    };
  }
  return { ...parseConfig(read.text, file), file };
}
