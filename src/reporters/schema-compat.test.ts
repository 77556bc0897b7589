import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toAjvSchema } from './schema-compat.js';

function compile(schema: object) {
  return new Ajv({ strict: false }).compile(toAjvSchema(schema));
}

describe('toAjvSchema', () => {
  it('turns draft-04 `id` into `$id` only where it names a schema, not a property', () => {
    const out = toAjvSchema({
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'https://example.test/s.json',
      properties: { id: { type: 'string' } },
    });
    expect(out).toEqual({ $id: 'https://example.test/s.json', properties: { id: { type: 'string' } } });
  });

  it('keeps draft-04 exclusive bounds meaning the same', () => {
    const v = compile({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false });
    expect([v(0), v(0.5), v(10), v(10.5)]).toEqual([false, true, true, false]);
  });

  it('ignores a subschema that is not a schema, as lenient validators do', () => {
    const v = compile({ type: 'object', properties: { anyOf: [{ required: ['a'] }], b: { type: 'string' } } });
    expect(v({ anyOf: 1, b: 'x' })).toBe(true);
    expect(v({ b: 1 })).toBe(false);
  });

  it('translates inside nested keywords', () => {
    const v = compile({ definitions: { n: { type: 'integer', minimum: 1, exclusiveMinimum: true } }, items: { $ref: '#/definitions/n' } });
    expect(v([2, 3])).toBe(true);
    expect(v([1])).toBe(false);
  });
});
