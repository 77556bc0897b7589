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
 * The first `limit` documents of a YAML stream (all when omitted), read as Go's YAML reads them,
 * under the same guard as Palisade's own YAML reading: policies run this on document content.
 */
export function parseYamlDocuments(s: string, limit = Infinity): Value[] {
  const parsed = guardedParse(s, () => parseAllDocuments(s, { version: '1.1', merge: true, uniqueKeys: true, prettyErrors: false }));
  if (!parsed.ok) return fail(`yaml: ${parsed.problem.message}`);
  const docs = parsed.value;
  if (!Array.isArray(docs)) return []; // an empty stream
  return docs.slice(0, limit).map((doc) => {
    const first = doc.errors[0];
    if (first) fail(`yaml: ${first.message}`);
    const decoded = boundedToJS(doc, { ...DEFAULT_YAML_BUDGET, maxAliasCount: MAX_ALIASES });
    return decoded.ok ? ((decoded.data ?? null) as Value) : fail(`yaml: ${decoded.problem.message}`);
  });
}

/** The first document of a YAML stream, as Go's yaml.Unmarshal reads it (OPA's data files too). */
export function parseYaml(s: string): Value {
  return parseYamlDocuments(s, 1)[0] ?? null;
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
