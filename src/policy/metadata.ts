// Turns a policy's `# METADATA` annotations into the PolicyMeta every finding carries, validating
// them against policies/metadata.schema.json (the one definition of what a block must hold).
// It owns the schema check, the id-equals-folder rule and the wording of metadata diagnostics.
// It does not parse Rego (the parser hands it Annotation objects) and never throws on bad input:
// a broken block becomes Diagnostics that name the field and say how to fix it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Annotation } from '../rego/ast.js';
import { LineIndex } from '../rego/source.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Confidence, PolicyMeta, PolicySeverity, Profile } from '../engine/finding.js';
import { POLICIES_DIR } from '../paths.js';

export const METADATA_SCHEMA_PATH = join(POLICIES_DIR, 'metadata.schema.json');

let validator: ValidateFunction | undefined;

// Compiled once: ajv's compile is the expensive step, and the schema is a shipped file that
// cannot change while the process runs.
function validate(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(METADATA_SCHEMA_PATH, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  return validator;
}

/** The shape the schema describes: OPA's annotation field names, as written in the YAML. */
function asDocument(a: Annotation): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  if (a.title !== undefined) doc.title = a.title;
  if (a.description !== undefined) doc.description = a.description;
  if (a.relatedResources !== undefined) doc.related_resources = a.relatedResources;
  if (a.custom !== undefined) doc.custom = a.custom;
  return doc;
}

const FIXES: Record<string, string> = {
  title: 'add `# title: <one line naming the problem>` to the METADATA block',
  description: 'add `# description: >-` followed by two or three sentences on why it matters',
  related_resources: 'list the documentation URL as `# related_resources:` then `#   - ref: https://…`',
  custom: 'add a `# custom:` section with id, severity, kinds and remediation',
  id: 'set `custom.id` to `<pack>/<folder-name>`, e.g. `k8s/privileged-container`',
  severity: 'set `custom.severity` to one of critical, high, medium, low, info',
  kinds: 'set `custom.kinds` to a list of document kinds, e.g. `[kubernetes]`',
  remediation: 'write `custom.remediation: |` with the fix and a before/after snippet',
  tags: 'write `custom.tags` as a list of kebab-case words, e.g. `[security, pod-security]`',
  frameworks: 'write `custom.frameworks` as `framework-name: ["control-id", …]` (quote ids such as "5.2.1")',
  equivalents: 'write `custom.equivalents` as `tool-name: ["ID", …]`, e.g. `checkov: [CKV_K8S_16]`',
  profile: 'set `custom.profile` to `strict` (pedantic checks) or leave it out for the default profile',
  confidence: 'set `custom.confidence` to one of high, medium, low',
  inventory: 'set `custom.inventory: true` when the policy reads `data.inventory`, or leave it out',
};

/** `/custom/kinds/0` → `custom.kinds[0]`, the way an author reads the YAML. */
function fieldName(e: ErrorObject): string {
  const parts = e.instancePath.split('/').slice(1);
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || 'METADATA';
}

function fixFor(field: string, e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    return `remove \`${field}\` or correct its spelling; custom accepts id, severity, kinds, remediation, tags, frameworks, equivalents, profile, confidence, inventory`;
  }
  const key = field.replace(/\[\d+\]/g, '').split('.').filter((p) => p in FIXES).pop();
  return (key && FIXES[key]) ?? 'correct the field as described in policies/metadata.schema.json';
}

function describe(field: string, e: ErrorObject, data: unknown): string {
  switch (e.keyword) {
    case 'required':
      return `METADATA is missing \`${field}\``;
    case 'additionalProperties':
      return `METADATA has an unknown field \`${field}\``;
    case 'enum':
      return `\`${field}\` is ${JSON.stringify(data)}, expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'pattern':
      return `\`${field}\` is ${JSON.stringify(data)}, which does not have the expected form`;
    default:
      return `\`${field}\` ${e.message ?? 'is invalid'}`;
  }
}

function valueAt(doc: unknown, pointer: string): unknown {
  let v: unknown = doc;
  for (const p of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** `policies/k8s/privileged-container/policy.rego` → `k8s/privileged-container`. */
export function idFromPolicyPath(file: string): string | undefined {
  const parts = file.replace(/\\/g, '/').split('/');
  if (parts.length < 3) return undefined;
  return `${parts[parts.length - 3]}/${parts[parts.length - 2]}`;
}

/**
 * Builds the PolicyMeta of one policy module from its annotations. `source` (the module's text)
 * lets diagnostics point at the METADATA block's line; without it they name the file only.
 */
export function policyMetaFromAnnotations(
  annotations: Annotation[],
  file: string,
  source?: string,
): PolicyMeta | Diagnostic[] {
  const at = (a: Annotation | undefined): { line: number; col: number } =>
    a && source !== undefined ? new LineIndex(source).lineCol(a.span.start) : { line: 0, col: 0 };
  const diag = (a: Annotation | undefined, message: string, fix: string): Diagnostic => ({
    file,
    ...at(a),
    code: 'policy_metadata_error',
    message,
    fix,
  });

  // Rule-level annotations (e.g. on a helper) may exist too; the policy's block is the one with
  // custom fields, and with a single block that block is it, so its errors get reported.
  const withCustom = annotations.filter((a) => a.custom !== undefined);
  const candidates = withCustom.length > 0 ? withCustom : annotations.length === 1 ? annotations : [];
  if (candidates.length === 0) {
    return [
      diag(
        undefined,
        'the policy has no METADATA block with a `custom` section',
        'open the file with a `# METADATA` comment block holding title, description and custom (id, severity, kinds, remediation)',
      ),
    ];
  }
  if (candidates.length > 1) {
    return [
      diag(
        candidates[1],
        'the policy has more than one METADATA block with a `custom` section',
        'keep one METADATA block (before `package`) and move the other fields into it',
      ),
    ];
  }
  const a = candidates[0]!;
  const doc = asDocument(a);
  const check = validate();
  if (!check(doc)) {
    const errors = check.errors ?? [];
    // An `enum`/`pattern` failure inside a list also reports the list; one message per field is enough.
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const e of errors) {
      const field = fieldName(e);
      if (seen.has(field)) continue;
      seen.add(field);
      out.push(diag(a, describe(field, e, valueAt(doc, e.instancePath)), fixFor(field, e)));
    }
    return out;
  }

  const custom = a.custom as {
    id: string;
    severity: PolicySeverity;
    kinds: string[];
    remediation: string;
    tags?: string[];
    frameworks?: Record<string, string[]>;
    equivalents?: Record<string, string[]>;
    profile?: Profile;
    confidence?: Confidence;
    inventory?: boolean;
  };
  const expected = idFromPolicyPath(file);
  if (expected !== undefined && custom.id !== expected) {
    return [
      diag(
        a,
        `custom.id is "${custom.id}" but the policy lives in folder "${expected}"`,
        `set \`custom.id: ${expected}\` (a policy's id is its folder; ids are never renamed, so move the folder only for a new policy)`,
      ),
    ];
  }

  const meta: PolicyMeta = {
    id: custom.id,
    title: a.title!,
    severity: custom.severity,
    description: a.description!.trim(),
    remediation: custom.remediation.trim(),
    tags: custom.tags ?? [],
    frameworks: custom.frameworks ?? {},
    equivalents: custom.equivalents ?? {},
    kinds: custom.kinds,
  };
  if (custom.profile === 'strict') meta.profile = 'strict';
  if (custom.confidence) meta.confidence = custom.confidence;
  if (custom.inventory === true) meta.inventory = true;
  const url = a.relatedResources?.[0]?.ref;
  if (url !== undefined) meta.url = url;
  return meta;
}
