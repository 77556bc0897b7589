// Makes the published SARIF schemas compilable by ajv 8 without extra packages, so Palisade's own
// SARIF can be validated against exactly what OASIS and GitHub's upload action publish.
// Owns only the keyword translation; must not change what a schema accepts.
//
// Why it is needed: the OASIS schema is JSON-Schema draft-04 (`id`, which ajv 8 refuses), and
// GitHub's copy declares 2020-12 but keeps draft-04 idioms and has a misplaced `anyOf` array under
// `region.properties` that strict validators reject as a schema. GitHub's uploader validates with
// the lenient `jsonschema` package, which ignores a subschema that is not an object; we do the
// same. Neither schema uses draft-04's boolean `exclusiveMinimum/Maximum`, but we translate them
// anyway so that the function is honest about draft-04.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SCHEMA_SINGLES = ['additionalProperties', 'additionalItems', 'not', 'items', 'contains', 'propertyNames', 'if', 'then', 'else'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];

function isObject(v: Json | undefined): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function translate(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && typeof value === 'string') {
      out['$id'] = value;
      continue;
    }
    if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      const map: Schema = {};
      for (const [name, sub] of Object.entries(value)) {
        if (isObject(sub)) map[name] = translate(sub);
        else if (typeof sub === 'boolean') map[name] = sub;
      }
      out[key] = map;
      continue;
    }
    if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.filter(isObject).map((s) => translate(s));
      continue;
    }
    if (SCHEMA_SINGLES.includes(key) && isObject(value)) {
      out[key] = translate(value);
      continue;
    }
    if (key === 'dependencies' && isObject(value)) {
      const deps: Schema = {};
      for (const [name, dep] of Object.entries(value)) deps[name] = isObject(dep) ? translate(dep) : dep;
      out[key] = deps;
      continue;
    }
    out[key] = value;
  }
  // draft-04: `exclusiveMinimum: true` qualifies `minimum`; later drafts make it the bound itself.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  return out;
}

/** A copy of a draft-04 (or draft-04-flavoured) schema that ajv 8's default (draft-07) dialect compiles with the same meaning. */
export function toAjvSchema(schema: object): object {
  return translate(schema as Schema);
}
