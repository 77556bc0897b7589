// package.json (kind `package-json`): the parsed manifest, located like any JSON. npm reads it with
// JSON.parse, so duplicate keys keep the last value here too (and warn).

import type { LoadResult } from '../types.js';
import { at } from '../common/diag.js';
import { decodeInput, type InputFile } from '../common/input.js';
import { limits, type LoadOptions } from '../common/options.js';
import { jsonDocument } from '../json/load.js';
import { parseJson } from '../json/parse.js';

export function loadPackageJson(file: InputFile, opts?: LoadOptions): LoadResult {
  const lim = limits(opts);
  const dec = decodeInput(file, lim.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const parsed = parseJson(file.path, dec.text, lim, dec.utf8);
  if (!parsed.ok) return { documents: [], diagnostics: parsed.diagnostics };
  const diagnostics = parsed.warnings;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(at(file.path, { line: 1, col: 1 }, 'input_parse_error', 'package.json must be a JSON object', 'npm requires `{ "name": …, "version": … }` at the top level'));
    return { documents: [], diagnostics };
  }
  const doc = jsonDocument('package-json', file.path, dec.text, data);
  const name = (data as { name?: unknown }).name;
  doc.resource = typeof name === 'string' ? `package ${name}` : `package ${file.path}`;
  return { documents: [doc], diagnostics };
}
