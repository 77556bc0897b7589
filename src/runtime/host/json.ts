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

/** An ajv error in gojsonschema's shape: {error, type, field, desc}. */
function opaError(e: ErrorObject, doc: unknown): Obj {
  const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = segs.length === 0 ? '(root)' : segs.join('.');
  const p = e.params as Record<string, unknown>;
  let type: string;
  let desc: string;
  switch (e.keyword) {
    case 'type':
      type = 'invalid_type';
      // gojsonschema lists several allowed types as "[a,b]" (jsonSchemaType.String); ajv joins them with ","
      desc = `Invalid type. Expected: ${String(p.type).includes(',') ? `[${String(p.type)}]` : String(p.type)}, given: ${jsonTypeOf(valueAt(doc, e.instancePath))}`;
      break;
    case 'required':
      type = 'required';
      desc = `${String(p.missingProperty)} is required`;
      break;
    case 'minimum':
      type = 'number_gte';
      desc = `Must be greater than or equal to ${String(p.limit)}`;
      break;
    case 'maximum':
      type = 'number_lte';
      desc = `Must be less than or equal to ${String(p.limit)}`;
      break;
    case 'exclusiveMinimum':
      type = 'number_gt';
      desc = `Must be greater than ${String(p.limit)}`;
      break;
    case 'exclusiveMaximum':
      type = 'number_lt';
      desc = `Must be less than ${String(p.limit)}`;
      break;
    case 'minLength':
      type = 'string_gte';
      desc = `String length must be greater than or equal to ${String(p.limit)}`;
      break;
    case 'maxLength':
      type = 'string_lte';
      desc = `String length must be less than or equal to ${String(p.limit)}`;
      break;
    case 'pattern':
      type = 'pattern';
      desc = `Does not match pattern '${String(p.pattern)}'`;
      break;
    case 'format':
      type = 'format';
      desc = `Does not match format '${String(p.format)}'`;
      break;
    case 'enum':
      type = 'enum';
      desc = `${field} must be one of the following: ${(p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
      break;
    case 'const':
      type = 'const';
      desc = `${field} does not match: ${JSON.stringify(p.allowedValue)}`;
      break;
    case 'additionalProperties':
      type = 'additional_property_not_allowed';
      desc = `Additional property ${String(p.additionalProperty)} is not allowed`;
      break;
    case 'minItems':
      type = 'array_min_items';
      desc = `Array must have at least ${String(p.limit)} items`;
      break;
    case 'maxItems':
      type = 'array_max_items';
      desc = `Array must have at most ${String(p.limit)} items`;
      break;
    case 'uniqueItems':
      type = 'unique';
      desc = `array items[${String(p.j)},${String(p.i)}] must be unique`;
      break;
    case 'minProperties':
      type = 'array_min_properties';
      desc = `Must have at least ${String(p.limit)} properties`;
      break;
    case 'maxProperties':
      type = 'array_max_properties';
      desc = `Must have at most ${String(p.limit)} properties`;
      break;
    case 'multipleOf':
      type = 'multiple_of';
      desc = `Must be a multiple of ${String(p.multipleOf)}`;
      break;
    case 'anyOf':
      type = 'number_any_of';
      desc = 'Must validate at least one schema (anyOf)';
      break;
    case 'oneOf':
      type = 'number_one_of';
      desc = 'Must validate one and only one schema (oneOf)';
      break;
    case 'not':
      type = 'number_not';
      desc = 'Must not validate the schema (not)';
      break;
    case 'if':
      type = p.failingKeyword === 'else' ? 'condition_else' : 'condition_then';
      desc = `Must validate "${String(p.failingKeyword)}" as "if" was ${p.failingKeyword === 'else' ? 'not ' : ''}valid`;
      break;
    case 'false schema':
      type = 'false';
      desc = 'False always fails validation';
      break;
    case 'contains':
      type = 'contains';
      desc = 'At least one of the items must match';
      break;
    case 'dependencies':
      type = 'missing_dependency';
      desc = `Has a dependency on ${String(p.missingProperty)}`;
      break;
    case 'additionalItems':
      type = 'array_no_additional_items';
      desc = 'No additional items allowed on array';
      break;
    case 'propertyNames':
      type = 'invalid_property_name';
      desc = `Property name of "${String(p.propertyName)}" does not match`;
      break;
    default:
      type = e.keyword;
      desc = e.message ?? e.keyword;
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
