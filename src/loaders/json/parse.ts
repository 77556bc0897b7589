// JSON → data plus diagnostics, for every JSON-based kind (plans, package.json, generic JSON).
// JSON.parse does the parsing (it is the fastest parser available); the strict validator, which
// reads UTF-8 bytes, runs first on files small enough to afford it, and otherwise only when
// JSON.parse fails, to say where.

import type { Diagnostic } from '../../diagnostics.js';
import { at } from '../common/diag.js';
import { LineIndex } from '../../text/line-index.js';
import type { Limits } from '../common/options.js';
import { checkJson, firstTooDeep, type JsonStructure } from './validate.js';

export type CheckedJson = { ok: true; warnings: Diagnostic[]; structure: JsonStructure } | { ok: false; diagnostics: Diagnostic[] };
export type ParsedJson = { ok: true; data: unknown; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** `utf8`, when given, must be the bytes `text` was decoded from (else the text is encoded when a check needs bytes). */
export function parseJson(path: string, text: string, lim: Limits, utf8?: Uint8Array): ParsedJson {
  const bytes = () => (utf8 ??= Buffer.from(text, 'utf8'));
  const strict = text.length <= lim.duplicateKeyScanMaxBytes;
  let warnings: Diagnostic[] = [];
  if (strict) {
    const check = checkJson(path, bytes(), { maxDepth: lim.maxDepth, duplicates: true });
    if (check.error) return { ok: false, diagnostics: [check.error] };
    warnings = check.warnings;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const check = checkJson(path, bytes(), { maxDepth: Number.MAX_SAFE_INTEGER, duplicates: false });
    const d = check.error ?? at(path, { line: 1, col: 1 }, 'input_parse_error', 'invalid JSON', 'check the file with a JSON linter such as `jq . file`');
    return { ok: false, diagnostics: [d] };
  }
  if (!strict) {
    const deep = firstTooDeep(bytes(), lim.maxDepth);
    if (deep !== -1) return { ok: false, diagnostics: [tooDeep(path, new LineIndex(bytes()).lineCol(deep), lim)] };
  }
  return { ok: true, data, warnings };
}

function tooDeep(path: string, where: { line: number; col: number }, lim: Limits): Diagnostic {
  return at(path, where, 'input_limit_error', `nesting deeper than ${lim.maxDepth} levels`, 'flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended');
}

/**
 * What parseJson reports, without building the value, from UTF-8 bytes: for a document that is
 * handed on as its bytes (a Terraform plan) and never needs a JavaScript tree. Duplicate keys are
 * looked for in files up to duplicateKeyScanMaxBytes, as parseJson does; syntax and depth in every
 * file. The structure it returns is what the locator needs.
 */
export function checkJsonBytes(path: string, utf8: Uint8Array, lim: Limits): CheckedJson {
  const check = checkJson(path, utf8, { maxDepth: lim.maxDepth, duplicates: utf8.length <= lim.duplicateKeyScanMaxBytes });
  return check.error || !check.structure ? { ok: false, diagnostics: check.error ? [check.error] : [] } : { ok: true, warnings: check.warnings, structure: check.structure };
}
