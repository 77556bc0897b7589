// The settings-file validator against ajv, its reference: on values generated near each schema
// (right shapes, wrong types, out-of-range numbers, unknown keys, NaN and infinities as YAML can
// write them), both must accept the same values and report the same errors in the same order.

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from './config.js';
import { compileSchema } from './validate.js';
import { waiverFileSchema } from '../waivers/schema.js';

const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');

type Schema = Record<string, unknown>;

const junk = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -0, 1, 1.5, -3, 10_001, 4097, Number.NaN, Infinity, -Infinity, '', 'x', 'high', 'strict', [], {}),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Values near `schema`: mostly its own shape, with junk and unknown keys mixed in at every level. */
function near(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema !== 'object' || schema === null || depth > 4) return junk;
  const s = schema as Schema;
  const options: Array<fc.Arbitrary<unknown>> = [junk];
  if (s.enum) options.push(fc.constantFrom(...(s.enum as unknown[])));
  if ('const' in s) options.push(fc.constant(s.const));
  if (s.pattern) options.push(fc.stringMatching(new RegExp(s.pattern as string, 'u')).filter((x) => x.length < 40), fc.constantFrom('W-1', '@org/team', 'a@b.co', '2025-01-31', 'https://x', '0123456789abcdef0123456789abcdef'));
  if (s.type === 'integer') options.push(fc.integer({ min: -2, max: 5000 }));
  if (s.type === 'array') options.push(fc.array(near(s.items, depth + 1), { maxLength: 3 }));
  if (s.type === 'object') {
    const props = Object.entries((s.properties as Schema | undefined) ?? {});
    const known = fc.record(Object.fromEntries(props.map(([k, v]) => [k, near(v, depth + 1)])), { requiredKeys: [] });
    const extraKeys = fc.dictionary(fc.constantFrom('k8s/privileged', 'a~b', 'x', 'unknown', 'ignore'), s.additionalProperties && s.additionalProperties !== true ? near(s.additionalProperties, depth + 1) : junk, { maxKeys: 2 });
    options.push(known, fc.tuple(known, extraKeys).map(([a, b]) => ({ ...b, ...a })), fc.tuple(known, extraKeys).map(([a, b]) => ({ ...a, ...b })));
  }
  return fc.oneof(...options);
}

describe('settings-file schema validator', () => {
  for (const [name, schema] of [
    ['configuration', CONFIG_SCHEMA],
    ['waiver file', waiverFileSchema],
  ] as const) {
    it(`reports what ajv reports, in ajv's order: ${name}`, () => {
      const ajv = new Ajv({ allErrors: true, strict: false }).compile(schema);
      const ours = compileSchema(schema);
      fc.assert(
        fc.property(near(schema), (data) => {
          const ok = ajv(data);
          expect(ours(data)).toBe(ok);
          const shape = (errors: typeof ours.errors) => (errors ?? []).map(({ keyword, instancePath, schemaPath, params, message }) => ({ keyword, instancePath, schemaPath, params, message }));
          expect(shape(ours.errors)).toEqual(shape(ajv.errors as typeof ours.errors));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('refuses a keyword it does not implement, when the schema is compiled', () => {
    expect(() => compileSchema({ type: 'object', properties: { a: { oneOf: [] } } })).toThrow(/keyword "oneOf" is not supported/);
  });
});
