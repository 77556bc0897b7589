// The Palisade configuration file (`.palisade.yaml` at the scan root, or `--config FILE`):
// which files to skip, which policies to run, the failure threshold, where waivers live.
// Parsing is pure (text in, config + diagnostics out); `readConfig` is the one place that reads it.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { PolicySeverity, Profile } from '../engine/finding.js';
import { LineIndex } from '../rego/source.js';

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
    /** Steps one policy may take on one document (0 = unlimited); default: the engine's. */
    policySteps?: number;
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
const schema = {
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
        policySteps: { type: 'integer', minimum: 0 },
        // wasm32 memory ends at 4 GiB.
        policyMemoryMB: { type: 'integer', minimum: 1, maximum: 4096 },
      },
    },
  },
};
// ajv is loaded and the schema compiled on first use: loading ajv and compiling (with its
// meta-schema) costs tens of milliseconds that every CLI start would otherwise pay, even
// when there is no file to validate. ajv is CommonJS, so a synchronous require does it.
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction =>
  (compiled ??= new (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv({ allErrors: true }).compile(schema));

/** The YAML node at a JSON-pointer-ish path, for the diagnostic's line:col. */
function nodeAt(root: Node | null, pointer: string, wantKey: boolean): Node | null {
  let node: Node | null = root;
  const segs = pointer.split('/').filter(Boolean);
  for (const [i, seg] of segs.entries()) {
    if (!isMap(node)) return node;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    if (!pair) return node;
    // An unknown setting is reported on its key; a bad value on the value.
    node = wantKey && i === segs.length - 1 ? (pair.key as Node) : ((pair.value as Node | null) ?? (pair.key as Node));
  }
  return node;
}

export function parseConfig(text: string, file: string): { config: PalisadeConfig; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const at = lines.lineCol(e.pos[0]);
    return { file, ...at, code: 'config_error' as const, message: e.message.split('\n')[0]!, fix: 'fix the YAML syntax of the configuration file' };
  });
  if (diagnostics.length) return { config: DEFAULT_CONFIG, diagnostics };
  const raw = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
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
  const policies = (raw['policies'] ?? {}) as Partial<PalisadeConfig['policies']>;
  return {
    config: {
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
    },
    diagnostics: [],
  };
}

/** Reads `--config FILE`, or the first config file found at the root; defaults when there is none. */
export function readConfig(root: string, explicit?: string): { config: PalisadeConfig; file?: string; diagnostics: Diagnostic[] } {
  const file = explicit ?? CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (!file) return { config: DEFAULT_CONFIG, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      config: DEFAULT_CONFIG,
      file,
      diagnostics: [{ file, line: 0, col: 0, code: 'config_error', message: `cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, fix: 'check the path given to --config and its permissions' }],
    };
  }
  return { ...parseConfig(text, file), file };
}
