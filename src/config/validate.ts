// Validates Palisade's own settings files (the configuration, the waiver file) against their JSON
// Schemas, with ajv's error objects (keyword, instancePath, params, message) in ajv's order with
// `allErrors`, so callers read them exactly as they read ajv's. It owns only the small subset of
// draft-07 those schemas use and refuses any other keyword when a schema is compiled: a schema that
// grows past it fails its tests instead of being half-checked. Users' schemas (json.match_schema)
// are checked inside the policy module (src/runtime/assembly/builtins/jsonschema.ts).
//
// Why not ajv here: loading ajv and compiling a schema with its meta-schema is ~100 ms, more than
// the rest of a one-file `palisade scan` (a pre-commit hook runs one on every commit).

import type { ErrorObject } from 'ajv';

export type SchemaError = Pick<ErrorObject, 'keyword' | 'instancePath' | 'schemaPath' | 'params' | 'message'>;
export type Validate = ((data: unknown) => boolean) & { errors: SchemaError[] | null };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { readonly [k: string]: unknown };

const KNOWN = new Set(['$schema', 'type', 'enum', 'const', 'properties', 'additionalProperties', 'required', 'items', 'minimum', 'maximum', 'minLength', 'pattern']);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const TYPE_OF: Record<string, (x: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (x) => typeof x === 'string',
  // As ajv checks them (strictNumbers off, its default): ±Infinity is an integer, NaN is a number.
  integer: (x) => typeof x === 'number' && !(x % 1) && !Number.isNaN(x),
  number: (x) => typeof x === 'number',
  boolean: (x) => typeof x === 'boolean',
  null: (x) => x === null,
};
// JSON Pointer escaping, as ajv writes instancePath.
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson(a[k], b[k]));
}

/** Rejects what this validator does not implement, once, when the schema is compiled. */
function checkSchema(schema: unknown, at: string): void {
  if (typeof schema === 'boolean') return;
  if (!isObject(schema)) throw new Error(`${at}: a schema must be an object or a boolean`);
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`${at}: keyword "${k}" is not supported by config/validate.ts`);
  if (schema.type !== undefined && !(typeof schema.type === 'string' && TYPES.has(schema.type))) throw new Error(`${at}: type must be one type name`);
  for (const [k, sub] of Object.entries((schema.properties as Schema | undefined) ?? {})) checkSchema(sub, `${at}/properties/${k}`);
  if (schema.additionalProperties !== undefined) checkSchema(schema.additionalProperties, `${at}/additionalProperties`);
  if (schema.items !== undefined) checkSchema(schema.items, `${at}/items`);
}

/** Compiles a schema (the subset above) into an ajv-shaped validate function. */
export function compileSchema(schema: Schema): Validate {
  checkSchema(schema, '#');
  const regexps = new Map<string, RegExp>();
  const regexp = (p: string) => regexps.get(p) ?? regexps.set(p, new RegExp(p, 'u')).get(p)!;

  const visit = (s: unknown, data: unknown, path: string, sp: string, errors: SchemaError[]): void => {
    const fail = (keyword: string, params: Record<string, unknown>, message: string, at = path) => errors.push({ instancePath: at, schemaPath: `${sp}/${keyword}`, keyword, params, message });
    if (s === true) return;
    if (s === false) {
      errors.push({ instancePath: path, schemaPath: sp, keyword: 'false schema', params: {}, message: 'boolean schema is false' });
      return;
    }
    const schema = s as Schema;
    const type = schema.type as string | undefined;
    if (type !== undefined && !TYPE_OF[type]!(data)) fail('type', { type }, `must be ${type}`);
    // ajv's order: keywords for any type, then those of numbers, strings, arrays, objects.
    if ('const' in schema && !sameJson(data, schema.const)) fail('const', { allowedValue: schema.const }, 'must be equal to constant');
    if (schema.enum !== undefined && !(schema.enum as Json[]).some((v) => sameJson(data, v))) fail('enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
    if (typeof data === 'number') {
      // NaN fails both limits, as in ajv.
      if (typeof schema.maximum === 'number' && !(data <= schema.maximum)) fail('maximum', { comparison: '<=', limit: schema.maximum }, `must be <= ${schema.maximum}`);
      if (typeof schema.minimum === 'number' && !(data >= schema.minimum)) fail('minimum', { comparison: '>=', limit: schema.minimum }, `must be >= ${schema.minimum}`);
    }
    if (typeof data === 'string') {
      // Length in code points, as ajv counts it.
      if (typeof schema.minLength === 'number' && [...data].length < schema.minLength) fail('minLength', { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`);
      if (typeof schema.pattern === 'string' && !regexp(schema.pattern).test(data)) fail('pattern', { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`);
    }
    if (Array.isArray(data) && schema.items !== undefined) data.forEach((item, i) => visit(schema.items, item, `${path}/${i}`, `${sp}/items`, errors));
    if (isObject(data)) {
      for (const key of (schema.required as string[] | undefined) ?? []) {
        if (!Object.prototype.hasOwnProperty.call(data, key)) fail('required', { missingProperty: key }, `must have required property '${key}'`);
      }
      const props = (schema.properties as Schema | undefined) ?? {};
      const extra = schema.additionalProperties;
      if (extra !== undefined) {
        for (const key of Object.keys(data)) {
          if (Object.prototype.hasOwnProperty.call(props, key)) continue;
          if (extra === false) fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
          else visit(extra, data[key], `${path}/${escape(key)}`, `${sp}/additionalProperties`, errors);
        }
      }
      for (const [key, sub] of Object.entries(props)) {
        if (Object.prototype.hasOwnProperty.call(data, key) && data[key] !== undefined) visit(sub, data[key], `${path}/${escape(key)}`, `${sp}/properties/${escape(key)}`, errors);
      }
    }
  };

  const validate = ((data: unknown) => {
    const errors: SchemaError[] = [];
    visit(schema, data, '', '#', errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  }) as Validate;
  validate.errors = null;
  return validate;
}
