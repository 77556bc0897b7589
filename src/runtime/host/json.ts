// The JSON builtins that run on the host: json.verify_schema / json.match_schema (ajv, draft-07
// unless the schema names 2019-09 or 2020-12; errors shaped like OPA's gojsonschema ones). OPA's
// Wasm leaves them to the SDK too. The other json.* builtins are native (assembly/builtins/).
// Must not parse YAML (yaml.ts) or encode bytes (encoding.ts).

import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { fail, typeFail } from './errors.js';
import { parseIp } from '../../text/ip.js';
import type { Value } from './values.js';

type Obj = Record<string, Value>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- JSON Schema -----------------------------------------------------------------------------

const FORMATS: Record<string, (s: string) => boolean> = {
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)),
  email: (s) => /^[^@\s]+@[^@\s]+$/.test(s),
  ipv4: (s) => { const ip = parseIp(s); return !!ip && !ip.v6 && !s.includes(':'); },
  ipv6: (s) => s.includes(':') && parseIp(s) !== undefined,
  hostname: (s) => s.length <= 253 && /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/.test(s),
  uri: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s),
  uuid: (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
  regex: (s) => { try { new RegExp(s, 'u'); return true; } catch { return false; } },
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

function jsonOperand(v: Value, pos: number): Value {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as Value;
    } catch {
      fail('invalid JSON string');
    }
  }
  if (isObj(v) || Array.isArray(v) || typeof v === 'boolean') return v;
  return typeFail(pos, v, 'string', 'object');
}

const compiled = new Map<string, ValidateFunction>();
function compileSchema(schema: Value): ValidateFunction {
  const key = JSON.stringify(schema);
  let fn = compiled.get(key);
  if (fn) return fn;
  let s = schema;
  let draft: 'draft-07' | '2019' | '2020' = 'draft-07';
  if (isObj(s) && typeof s.$schema === 'string') {
    if (s.$schema.includes('2020-12')) draft = '2020';
    else if (s.$schema.includes('2019-09')) draft = '2019';
    else if (!s.$schema.includes('draft-07')) {
      // draft-04/06 schemas: ajv 8 has no meta-schema for them; their keywords validate as draft-07
      const { $schema: _ignored, ...rest } = s;
      s = rest;
    }
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
      desc = `Invalid type. Expected: ${String(p.type).replace(/,/g, ', ')}, given: ${jsonTypeOf(valueAt(doc, e.instancePath))}`;
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
    default:
      type = e.keyword;
      desc = e.message ?? e.keyword;
  }
  return { error: `${field}: ${desc}`, type, field, desc };
}

export const jsonBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'json.verify_schema': (schema) => {
    try {
      compileSchema(jsonOperand(schema, 1));
      return [true, null];
    } catch (e) {
      if (e instanceof Error && e.name === 'OperandTypeError') throw e;
      return [false, (e as Error).message];
    }
  },
  'json.match_schema': (document, schema) => {
    const doc = jsonOperand(document, 1);
    const validate = compileSchema(jsonOperand(schema, 2));
    if (validate(doc)) return [true, []];
    return [false, (validate.errors ?? []).map((e) => opaError(e, doc))];
  },
};
