// The generic JSON loader (kind `json`), for users' own policies over arbitrary JSON files: one
// document whose data is the file's value and whose locate is the lazy JSON locator.

import type { Document, LoadResult } from '../types.js';
import type { InputFile } from '../common/input.js';
import { decodeInput } from '../common/input.js';
import { LineIndex } from '../../text/line-index.js';
import { toLocation } from '../common/location.js';
import { limits, type LoadOptions } from '../common/options.js';
import { JsonLocator } from './locate.js';
import type { JsonStructure } from './validate.js';
import { parseJson } from './parse.js';

/**
 * Route → Location over the JSON document's UTF-8 bytes, obtained (once, on the first call) from
 * `utf8`; `structure`, when given, is what the validator recorded for them.
 */
export function jsonLocate(path: string, utf8: () => Uint8Array, structure?: JsonStructure): { locate: Document['locate']; locator: () => JsonLocator } {
  let locator: JsonLocator | undefined;
  let lines: LineIndex | undefined;
  const get = () => (locator ??= new JsonLocator(utf8(), structure));
  return {
    locator: get,
    locate(route) {
      const r = get().locate(route);
      lines ??= new LineIndex(get().source);
      return toLocation(path, lines, r.span.start, r.span.end, route, r.matched);
    },
  };
}

/**
 * A document over JSON text with lazy positions; other JSON kinds build on it. `utf8`, when
 * given, must be the bytes `text` was decoded from and `data` JSON.parse(text).
 */
export function jsonDocument(kind: Document['kind'], path: string, text: string, data: unknown, utf8?: Uint8Array): Document {
  return {
    kind,
    path,
    index: 0,
    data,
    ...(utf8 ? { json: utf8 } : {}),
    ignores: [],
    // Small documents: the bytes are encoded from the text when a finding first asks.
    locate: jsonLocate(path, () => utf8 ?? Buffer.from(text, 'utf8')).locate,
  };
}

export function loadJson(file: InputFile, opts?: LoadOptions): LoadResult {
  const lim = limits(opts);
  const dec = decodeInput(file, lim.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const parsed = parseJson(file.path, dec.text, lim, dec.utf8);
  if (!parsed.ok) return { documents: [], diagnostics: parsed.diagnostics };
  return { documents: [jsonDocument('json', file.path, dec.text, parsed.data, dec.utf8)], diagnostics: parsed.warnings };
}
