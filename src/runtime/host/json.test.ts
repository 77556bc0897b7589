import { describe, expect, it } from 'vitest';
import { BuiltinError, OperandTypeError } from './errors.js';
import { jsonBuiltins as j } from './json.js';

const call = (name: string, ...args: unknown[]): unknown => (j[name] as (...a: unknown[]) => unknown)(...args);
const err = (field: string, type: string, desc: string): unknown => ({ error: `${field}: ${desc}`, type, field, desc });

// Expected values are OPA's: topdown/jsonschema.go over gojsonschema (its locale strings, "(root)"
// field names, and "jsonschema: " before a verify_schema message).
describe('json builtins', () => {
  const cases: [string, unknown[], unknown][] = [
    ['json.verify_schema', [{ type: 'object' }], [true, null]],
    ['json.verify_schema', ['{"type": "object"}'], [true, null]],
    ['json.verify_schema', [['x']], [false, 'jsonschema: wrong type, expected string or object']],
    ['json.verify_schema', [5], [false, 'jsonschema: wrong type, expected string or object']],
    ['json.verify_schema', ['{'], [false, 'jsonschema: invalid JSON string']],
    ['json.match_schema', [{ id: 5 }, { properties: { id: { type: 'integer' } }, required: ['id'] }], [true, []]],
    [
      'json.match_schema',
      [{ id: 'x' }, { properties: { id: { type: 'integer' } } }],
      [false, [err('id', 'invalid_type', 'Invalid type. Expected: integer, given: string')]],
    ],
    ['json.match_schema', ['{}', '{"required": ["id"]}'], [false, [err('(root)', 'required', 'id is required')]]],
    // several allowed types print as gojsonschema's jsonSchemaType.String(): "[a,b]"
    [
      'json.match_schema',
      [{ a: 5 }, { properties: { a: { type: ['string', 'null'] } } }],
      [false, [err('a', 'invalid_type', 'Invalid type. Expected: [string,null], given: integer')]],
    ],
    ['json.match_schema', [{ a: 1 }, { dependencies: { a: ['b'] } }], [false, [err('(root)', 'missing_dependency', 'Has a dependency on b')]]],
    [
      'json.match_schema',
      ['{"l": [1, 2]}', { properties: { l: { items: [{ type: 'integer' }], additionalItems: false } } }],
      [false, [err('l', 'array_no_additional_items', 'No additional items allowed on array')]],
    ],
    // gojsonschema reports the property name first, then what its validation found
    [
      'json.match_schema',
      [{ abc: 1, ok: 2 }, { propertyNames: { maxLength: 2 } }],
      [false, [
        err('(root)', 'invalid_property_name', 'Property name of "abc" does not match'),
        err('(root)', 'string_lte', 'String length must be less than or equal to 2'),
      ]],
    ],
    [
      'json.match_schema',
      [{ kind: 'a', n: 'x' }, { if: { properties: { kind: { const: 'a' } } }, then: { properties: { n: { type: 'integer' } } }, else: { required: ['z'] } }],
      [false, [
        err('(root)', 'condition_then', 'Must validate "then" as "if" was valid'),
        err('n', 'invalid_type', 'Invalid type. Expected: integer, given: string'),
      ]],
    ],
    [
      'json.match_schema',
      [{ kind: 'b' }, { if: { properties: { kind: { const: 'a' } } }, then: { required: ['n'] }, else: { required: ['z'] } }],
      [false, [err('(root)', 'condition_else', 'Must validate "else" as "if" was not valid'), err('(root)', 'required', 'z is required')]],
    ],
  ];
  it.each(cases)('%s case %#', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('takes draft-04 boolean exclusive bounds, as gojsonschema does without $schema and for draft-04', () => {
    const gt = { minimum: 5, exclusiveMinimum: true };
    expect(call('json.match_schema', { n: 5 }, { properties: { n: gt } })).toEqual([false, [err('n', 'number_gt', 'Must be greater than 5')]]);
    expect(call('json.match_schema', { n: 6 }, { properties: { n: gt } })).toEqual([true, []]);
    const draft4 = { $schema: 'http://json-schema.org/draft-04/schema#', maximum: 3, exclusiveMaximum: true };
    expect(call('json.match_schema', '{"x": 1}', { properties: { x: draft4 } })).toEqual([true, []]);
    expect(call('json.match_schema', { x: 3 }, { items: {}, properties: { x: { maximum: 3, exclusiveMaximum: true } } }))
      .toEqual([false, [err('x', 'number_lt', 'Must be less than 3')]]);
    expect(call('json.match_schema', { n: 5 }, { properties: { n: { minimum: 5, exclusiveMinimum: false } } })).toEqual([true, []]);
    // draft-06's numeric form still works
    expect(call('json.match_schema', { n: 5 }, { properties: { n: { exclusiveMinimum: 5 } } })).toEqual([false, [err('n', 'number_gt', 'Must be greater than 5')]]);
    expect(call('json.verify_schema', { exclusiveMinimum: true })).toEqual([false, 'jsonschema: exclusiveMinimum cannot be used without minimum']);
  });

  it('checks the formats gojsonschema knows, with its layouts, and passes unknown ones', () => {
    const ok = (format: string, value: string): boolean =>
      (call('json.match_schema', { v: value }, { properties: { v: { format } } }) as [boolean])[0];
    const cases: [string, string, boolean][] = [
      // date-time tries "15:04:05", "15:04:05Z07:00", "2006-01-02" and RFC 3339 in turn
      ['date-time', '2020-01-31T10:00:00Z', true], ['date-time', '2020-01-31T10:00:00.25+01:00', true],
      ['date-time', '2020-01-31', true], ['date-time', '9:05:00', true], ['date-time', '10:00:00Z', true],
      ['date-time', '2020-02-30T10:00:00Z', false], ['date-time', '2020-01-31t10:00:00z', false], ['date-time', '2020-01-31T10:00:00', false],
      ['date', '2024-02-29', true], ['date', '2023-02-29', false], ['date', '2023-1-02', false],
      ['time', '23:59:59', true], ['time', '10:00:00-07:00', true], ['time', '24:00:00', false],
      ['hostname', 'a-b.example.com', true], ['hostname', 'example.com.', false], ['hostname', '-a.com', false],
      ['ipv4', '10.0.0.1', true], ['ipv4', '::ffff:10.0.0.1', true], ['ipv4', '::1', false],
      ['ipv6', '::1', true], ['ipv6', '10.0.0.1', false],
      ['uri', 'https://example.com/a?b#c', true], ['uri', '/relative', false], ['uri', 'http://a\\b', false], ['uri', 'http://a/%zz', false],
      ['uri-reference', '/relative', true], ['iri-reference', '#frag', true],
      ['uri-template', 'https://example.com/{id}/x', true], ['uri-template', 'https://example.com/{id', false],
      ['json-pointer', '/a~1b/0', true], ['json-pointer', 'a', false], ['json-pointer', '/a~2', false],
      ['relative-json-pointer', '0#', true], ['relative-json-pointer', '1/a', true], ['relative-json-pointer', '01', false],
      ['uuid', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', true], ['uuid', 'a0eebc99', false],
      ['email', 'a@b.c', true], ['idn-email', 'nope', false],
      ['no-such-format', 'anything', true],
    ];
    for (const [format, value, want] of cases) expect([format, value, ok(format, value)]).toEqual([format, value, want]);
    expect(call('json.match_schema', { v: 'x' }, { properties: { v: { format: 'date' } } }))
      .toEqual([false, [err('v', 'format', "Does not match format 'date'")]]);
  });

  it('reports an invalid schema in verify_schema and fails match_schema on it', () => {
    const [ok, msg] = call('json.verify_schema', { type: 'nope' }) as [boolean, string];
    expect(ok).toBe(false);
    expect(msg).toMatch(/^jsonschema: .*type/);
    expect(() => call('json.match_schema', {}, { type: 'nope' })).toThrow(BuiltinError);
    expect(() => call('json.match_schema', '{', {})).toThrow('invalid JSON string');
  });

  it('takes only a string or an object, failing as a builtin error (not a type error) otherwise', () => {
    for (const bad of [[1], 5, true, null]) {
      const run = (): unknown => call('json.match_schema', bad, {});
      expect(run).toThrow('wrong type, expected string or object');
      expect(run).not.toThrow(OperandTypeError);
      expect(() => call('json.match_schema', {}, bad)).toThrow('wrong type, expected string or object');
    }
  });
});
