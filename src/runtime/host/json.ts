// The JSON builtins that run on the host: json.verify_schema / json.match_schema (ajv, draft-07
// unless the schema names 2019-09 or 2020-12; operands, messages and errors shaped like OPA's
// topdown/jsonschema.go over gojsonschema). OPA's Wasm leaves them to the SDK, but stock opa-wasm
// does not provide them (README.md, known gaps). The other json.* builtins are native
// (assembly/builtins/). Must not parse YAML (yaml.ts) or encode bytes (encoding.ts).

import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { fail } from './errors.js';
import { parseIp } from '../../text/ip.js';
import type { Value } from './values.js';

type Obj = Record<string, Value>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- JSON Schema -----------------------------------------------------------------------------

// gojsonschema's FormatCheckers (format_checkers.go): the same names, and the layouts it tries with
// Go's time.Parse ("15:04:05", "15:04:05Z07:00", "2006-01-02", RFC 3339; Go takes a fractional
// second after the seconds and a one-digit hour). Unknown formats pass, as there.
const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:[.,]\d+)?`;
const ZONE = String.raw`(?:Z|[+-]\d{2}:\d{2})`;
const TIME_RE = new RegExp(`^${TIME}${ZONE}?$`);
const DATE_TIME_RE = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})T${TIME}${ZONE}$`);
// what makes Go's url.Parse fail (control bytes, a broken %-escape), plus gojsonschema's own
// rejection of backslashes
const URL_PARSE_ERROR = /[\x00-\x1f\x7f\\]|%(?![0-9A-Fa-f]{2})/;
/** rxURITemplate (`^([^{]*({[^}]*})?)*$`) over url.Parse's Path, scanned without backtracking. */
function isUriTemplate(s: string): boolean {
  if (URL_PARSE_ERROR.test(s)) return false;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(s)?.[0] ?? '';
  let path = s.slice(scheme.length).replace(/[?#].*$/, '');
  if (scheme && !path.startsWith('/')) return true; // opaque: Go leaves Path empty
  if (path.startsWith('//')) path = path.replace(/^\/\/[^/]*/, '');
  for (let i = path.indexOf('{'); i >= 0; i = path.indexOf('{', i + 1)) {
    i = path.indexOf('}', i);
    if (i < 0) return false;
  }
  return true;
}
function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
const isEmail = (s: string): boolean => /^[^@\s]+@[^@\s]+$/.test(s);
const isUri = (s: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && !URL_PARSE_ERROR.test(s);
const isUriReference = (s: string): boolean => !URL_PARSE_ERROR.test(s);
const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) => TIME_RE.test(s) || isDate(s) || (DATE_TIME_RE.test(s) && isDate(DATE_TIME_RE.exec(s)![1]!)),
  date: isDate,
  time: (s) => TIME_RE.test(s),
  email: isEmail,
  'idn-email': isEmail,
  ipv4: (s) => s.includes('.') && parseIp(s) !== undefined,
  ipv6: (s) => s.includes(':') && parseIp(s) !== undefined,
  hostname: (s) => s.length < 256 && /^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])(\.([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]))*$/.test(s),
  uri: isUri,
  iri: isUri,
  'uri-reference': isUriReference,
  'iri-reference': isUriReference,
  'uri-template': isUriTemplate,
  uuid: (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
  regex: (s) => { try { new RegExp(s, 'u'); return true; } catch { return false; } },
  'json-pointer': (s) => /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(s),
  'relative-json-pointer': (s) => /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/.test(s),
};

type AnyAjv = Ajv;
const ajvs = new Map<string, AnyAjv>();
// ajv (three builds) is loaded only when a policy validates a schema: every scan would otherwise
// pay for it at start-up. Host builtins are synchronous, and ajv is CommonJS, so require it is.
const requireCjs = createRequire(import.meta.url);
function ajvFor(draft: 'draft-07' | '2019' | '2020'): AnyAjv {
  let a = ajvs.get(draft);
  if (!a) {
    const options = { allErrors: true, strict: false, validateFormats: true, formats: FORMATS };
    if (draft === '2020') a = new (requireCjs('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020(options);
    else if (draft === '2019') a = new (requireCjs('ajv/dist/2019.js') as typeof import('ajv/dist/2019.js')).Ajv2019(options);
    else a = new (requireCjs('ajv') as typeof import('ajv')).Ajv(options);
    ajvs.set(draft, a);
  }
  return a;
}

/** OPA's astValueToJSONSchemaLoader: a JSON string (checked first) or an object, nothing else. */
function jsonOperand(v: Value): Value {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as Value;
    } catch {
      fail('invalid JSON string');
    }
  }
  if (isObj(v)) return v;
  return fail('wrong type, expected string or object');
}

/**
 * gojsonschema's default draft ("hybrid", also used for draft-04) takes draft-04's boolean
 * exclusiveMinimum/exclusiveMaximum beside draft-06's numbers; ajv only knows the numeric form, so
 * booleans are rewritten into it, in every subschema, with gojsonschema's error when the bound
 * they qualify is missing.
 */
function numericExclusives(schema: Value): Value {
  if (Array.isArray(schema)) return schema.map(numericExclusives);
  if (!isObj(schema)) return schema;
  const out: Obj = {};
  for (const [k, v] of Object.entries(schema)) out[k] = SUBSCHEMA_KEYS.has(k) ? subschemas(k, v) : v;
  for (const [ex, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    const flag = out[ex];
    if (typeof flag !== 'boolean') continue;
    if (!(bound in out)) fail(`${ex} cannot be used without ${bound}`);
    delete out[ex];
    if (flag) {
      out[ex] = out[bound]!;
      delete out[bound];
    }
  }
  return out;
}

// keywords whose value is a schema, an array of schemas, or a map from names to schemas
const SUBSCHEMA_KEYS = new Set([
  'items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else',
  'allOf', 'anyOf', 'oneOf', 'properties', 'patternProperties', 'definitions', 'dependencies',
]);
const NAMED_SUBSCHEMAS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
function subschemas(key: string, v: Value): Value {
  if (!NAMED_SUBSCHEMAS.has(key) || !isObj(v)) return numericExclusives(v);
  return Object.fromEntries(Object.entries(v).map(([name, s]) => [name, numericExclusives(s)]));
}

const compiled = new Map<string, ValidateFunction>();
function compileSchema(schema: Value): ValidateFunction {
  const key = JSON.stringify(schema);
  let fn = compiled.get(key);
  if (fn) return fn;
  let s = schema as Obj;
  const declared = typeof s.$schema === 'string' ? s.$schema : '';
  let draft: 'draft-07' | '2019' | '2020' = 'draft-07';
  if (declared.includes('2020-12')) draft = '2020';
  else if (declared.includes('2019-09')) draft = '2019';
  else if (!declared.includes('draft-07') && !declared.includes('draft-06')) s = numericExclusives(s) as Obj;
  if (draft === 'draft-07' && declared !== '' && !declared.includes('draft-07')) {
    // draft-04/06 schemas: ajv 8 has no meta-schema for them; their keywords validate as draft-07
    const { $schema: _ignored, ...rest } = s;
    s = rest;
  }
  try {
    fn = ajvFor(draft).compile(s as object | boolean);
  } catch (e) {
    fail((e as Error).message);
  }
  if (compiled.size >= 100) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, fn);
  return fn;
}

function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function valueAt(doc: unknown, instancePath: string): unknown {
  let cur = doc;
  for (const seg of instancePath.split('/').slice(1)) {
    const k = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  }
  return cur;
}

type Params = Record<string, unknown>;
type Describe = (p: Params, field: string, given: () => string) => string;

// ajv keyword → gojsonschema's error type and its DefaultLocale text (locales.go)
const GOJSONSCHEMA: Record<string, [string, Describe]> = {
  // several allowed types print as "[a,b]" (jsonSchemaType.String); ajv joins them with ","
  type: ['invalid_type', (p, _f, given) => {
    const t = String(p.type);
    return `Invalid type. Expected: ${t.includes(',') ? `[${t}]` : t}, given: ${given()}`;
  }],
  required: ['required', (p) => `${String(p.missingProperty)} is required`],
  minimum: ['number_gte', (p) => `Must be greater than or equal to ${String(p.limit)}`],
  maximum: ['number_lte', (p) => `Must be less than or equal to ${String(p.limit)}`],
  exclusiveMinimum: ['number_gt', (p) => `Must be greater than ${String(p.limit)}`],
  exclusiveMaximum: ['number_lt', (p) => `Must be less than ${String(p.limit)}`],
  minLength: ['string_gte', (p) => `String length must be greater than or equal to ${String(p.limit)}`],
  maxLength: ['string_lte', (p) => `String length must be less than or equal to ${String(p.limit)}`],
  pattern: ['pattern', (p) => `Does not match pattern '${String(p.pattern)}'`],
  format: ['format', (p) => `Does not match format '${String(p.format)}'`],
  enum: ['enum', (p, field) => `${field} must be one of the following: ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`],
  const: ['const', (p, field) => `${field} does not match: ${JSON.stringify(p.allowedValue)}`],
  additionalProperties: ['additional_property_not_allowed', (p) => `Additional property ${String(p.additionalProperty)} is not allowed`],
  minItems: ['array_min_items', (p) => `Array must have at least ${String(p.limit)} items`],
  maxItems: ['array_max_items', (p) => `Array must have at most ${String(p.limit)} items`],
  // ajv's i is the later index, gojsonschema names the earlier one first
  uniqueItems: ['unique', (p) => `array items[${String(p.j)},${String(p.i)}] must be unique`],
  minProperties: ['array_min_properties', (p) => `Must have at least ${String(p.limit)} properties`],
  maxProperties: ['array_max_properties', (p) => `Must have at most ${String(p.limit)} properties`],
  multipleOf: ['multiple_of', (p) => `Must be a multiple of ${String(p.multipleOf)}`],
  anyOf: ['number_any_of', () => 'Must validate at least one schema (anyOf)'],
  oneOf: ['number_one_of', () => 'Must validate one and only one schema (oneOf)'],
  not: ['number_not', () => 'Must not validate the schema (not)'],
  'false schema': ['false', () => 'False always fails validation'],
  contains: ['contains', () => 'At least one of the items must match'],
  dependencies: ['missing_dependency', (p) => `Has a dependency on ${String(p.missingProperty)}`],
  additionalItems: ['array_no_additional_items', () => 'No additional items allowed on array'],
  propertyNames: ['invalid_property_name', (p) => `Property name of "${String(p.propertyName)}" does not match`],
};

/** An ajv error in gojsonschema's shape: {error, type, field, desc}. */
function opaError(e: ErrorObject, doc: unknown): Obj {
  const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = segs.length === 0 ? '(root)' : segs.join('.');
  const p = e.params as Params;
  let type = e.keyword;
  let desc = e.message ?? e.keyword;
  if (e.keyword === 'if') {
    const otherwise = p.failingKeyword === 'else';
    type = otherwise ? 'condition_else' : 'condition_then';
    desc = `Must validate "${String(p.failingKeyword)}" as "if" was ${otherwise ? 'not ' : ''}valid`;
  } else if (GOJSONSCHEMA[e.keyword]) {
    const [t, describe] = GOJSONSCHEMA[e.keyword]!;
    type = t;
    desc = describe(p, field, () => jsonTypeOf(valueAt(doc, e.instancePath)));
  }
  return { error: `${field}: ${desc}`, type, field, desc };
}

/**
 * ajv reports a failed propertyNames or if/then/else after the errors of the subschema that failed;
 * gojsonschema (validateObject, validateSchema) reports it first and then merges them, so each one
 * is moved ahead of its run: the errors just before it that come from that subschema.
 */
function compositeFirst(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const p = e.params as { propertyName?: string; failingKeyword?: string };
    let from: ((x: ErrorObject) => boolean) | undefined;
    if (e.keyword === 'propertyNames') {
      from = (x) => x.propertyName === p.propertyName && x.schemaPath.startsWith(`${e.schemaPath}/`);
    } else if (e.keyword === 'if') {
      const branch = `${e.schemaPath.slice(0, -'if'.length)}${String(p.failingKeyword)}/`;
      from = (x) => x.schemaPath.startsWith(branch) && x.instancePath.startsWith(e.instancePath);
    }
    let at = out.length;
    while (from && at > 0 && from(out[at - 1]!)) at--;
    out.splice(at, 0, e);
  }
  return out;
}

export const jsonBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'json.verify_schema': (schema) => {
    try {
      compileSchema(jsonOperand(schema));
      return [true, null];
    } catch (e) {
      return [false, `jsonschema: ${(e as Error).message}`];
    }
  },
  'json.match_schema': (document, schema) => {
    const doc = jsonOperand(document);
    const validate = compileSchema(jsonOperand(schema));
    if (validate(doc)) return [true, []];
    return [false, compositeFirst(validate.errors ?? []).map((e) => opaError(e, doc))];
  },
};
