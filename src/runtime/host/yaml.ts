// yaml.marshal / yaml.unmarshal / yaml.is_valid, following OPA's Go YAML (YAML 1.1 scalars such
// as yes/no, sequences not indented under their key, keys sorted) with safety limits: aliases are
// capped so a "billion laughs" document fails instead of exhausting memory, and only the first
// document of a stream is read, as Go's yaml.Unmarshal does.

import { parseAllDocuments, stringify } from 'yaml';
import { boundedToJS, DEFAULT_YAML_BUDGET, guardedParse } from '../../text/yaml-bounded.js';
import { fail, str } from './errors.js';
import type { Value } from './values.js';

const MAX_ALIASES = 100;

/**
 * The first document of a YAML stream, as Go's yaml.Unmarshal reads it (OPA's data files too),
 * under the same guard as Palisade's own YAML reading: policies run this on document content.
 */
export function parseYaml(s: string): Value {
  const parsed = guardedParse(s, () => parseAllDocuments(s, { version: '1.1', merge: true, uniqueKeys: true, prettyErrors: false }));
  if (!parsed.ok) return fail(`yaml: ${parsed.problem.message}`);
  const docs = parsed.value;
  if (!Array.isArray(docs)) return null; // an empty stream
  const doc = docs[0];
  if (!doc) return null;
  const first = doc.errors[0];
  if (first) fail(`yaml: ${first.message}`);
  const decoded = boundedToJS(doc, { ...DEFAULT_YAML_BUDGET, maxAliasCount: MAX_ALIASES });
  return decoded.ok ? ((decoded.data ?? null) as Value) : fail(`yaml: ${decoded.problem.message}`);
}

export const yamlBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'yaml.marshal': (x) => stringify(x, { sortMapEntries: true, indentSeq: false, lineWidth: 0 }),
  'yaml.unmarshal': (x) => parseYaml(str(x, 1)),
  'yaml.is_valid': (x) => {
    if (typeof x !== 'string') return false;
    try {
      parseYaml(x);
      return true;
    } catch {
      return false;
    }
  },
};
