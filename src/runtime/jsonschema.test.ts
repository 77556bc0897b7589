// json.verify_schema and json.match_schema as the module runs them (assembly/builtins/jsonschema.ts),
// loaded in stock opa-wasm with no custom builtins. Expected values are OPA's: topdown/jsonschema.go
// over gojsonschema (its locale strings, "(root)" field names, "jsonschema: " before a
// verify_schema message, its check order and its best-branch choice for anyOf/oneOf/contains).

import { describe, expect, it } from 'vitest';
import { callStock } from './testing.js';

const call = (name: string, ...args: unknown[]): unknown => callStock(name, JSON.stringify(args));
const err = (field: string, type: string, desc: string): unknown => ({ error: `${field}: ${desc}`, type, field, desc });

describe('JSON Schema builtins (native)', () => {
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
      // Go's url.Parse: the query is not checked, a leading ':' has no scheme, a colon in a relative
      // first segment, a bad port, a host character or an ASCII %-escape in the host fail
      ['uri', 'http://a/?%zz', true], ['uri', 'a:b', true], ['uri', 'mailto:x@y', true], ['uri-reference', ':foo', false],
      ['uri-reference', '1a:b', false], ['uri-reference', 'a/b:c', true], ['uri', 'http://[::1', false], ['uri', 'http://[::1]:80/', true],
      ['uri', 'http://h:8x/', false], ['uri', 'http://a b/', false], ['uri', 'http://h%41/', false], ['uri', 'http://u%zz@h/', false],
      ['uri', 'http://a/#%zz', false], ['uri-template', 'http://e.com/%7Bid', false],
      ['json-pointer', '/a~1b/0', true], ['json-pointer', 'a', false], ['json-pointer', '/a~2', false],
      ['relative-json-pointer', '0#', true], ['relative-json-pointer', '1/a', true], ['relative-json-pointer', '01', false],
      ['uuid', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', true], ['uuid', 'a0eebc99', false],
      ['email', 'a@b.c', true], ['idn-email', 'nope', false],
      // Go's mail.ParseAddress: display names, angle addresses, quoted local parts, domain literals, comments
      ['email', 'John Doe <john@example.com>', true], ['email', '<a@b>', true], ['email', 'a@b (work)', true],
      ['email', '"x y"@example.com', true], ['email', 'a@[127.0.0.1]', true], ['email', 'a..b@c', false], ['email', '.a@b', false],
      ['email', 'a b@c', false], ['email', 'a@b@c', false], ['email', '""@x', false], ['email', 'a@', false], ['email', 'é@例え.jp', true],
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
    expect(() => call('json.match_schema', {}, { type: 'nope' })).toThrow('eval_builtin_error: json.match_schema: has a primitive type that is NOT VALID');
    expect(() => call('json.match_schema', '{', {})).toThrow('invalid JSON string');
  });

  it('takes only a string or an object, failing as a builtin error (not a type error) otherwise', () => {
    for (const bad of [[1], 5, true, null]) {
      const run = (): unknown => call('json.match_schema', bad, {});
      expect(run).toThrow('wrong type, expected string or object');
      expect(run).toThrow('eval_builtin_error: json.match_schema: wrong type');
      expect(() => call('json.match_schema', {}, bad)).toThrow('wrong type, expected string or object');
    }
  });

  it('reports a failed anyOf/oneOf with the errors of the best-scoring branch after its own', () => {
    // branch 2 matches the type and one property, so it scores higher than branch 1's type error
    const schema = { anyOf: [{ type: 'string' }, { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer' } } }] };
    expect(call('json.match_schema', { a: 1, b: 'x' }, schema)).toEqual([false, [
      err('(root)', 'number_any_of', 'Must validate at least one schema (anyOf)'),
      err('b', 'invalid_type', 'Invalid type. Expected: integer, given: string'),
    ]]);
    expect(call('json.match_schema', '5', { oneOf: [{ type: 'integer' }, { minimum: 1 }] })).toEqual([false, [
      err('(root)', 'number_one_of', 'Must validate one and only one schema (oneOf)'),
    ]]);
    expect(call('json.match_schema', '"x"', { oneOf: [{ type: 'integer' }, { type: 'boolean' }] })).toEqual([false, [
      err('(root)', 'number_one_of', 'Must validate one and only one schema (oneOf)'),
      err('(root)', 'invalid_type', 'Invalid type. Expected: integer, given: string'),
    ]]);
  });

  it('lists every allOf branch error, then number_all_of; and not, contains, false schemas', () => {
    expect(call('json.match_schema', '"ab"', { allOf: [{ minLength: 3 }, { maxLength: 1 }] })).toEqual([false, [
      err('(root)', 'string_gte', 'String length must be greater than or equal to 3'),
      err('(root)', 'string_lte', 'String length must be less than or equal to 1'),
      err('(root)', 'number_all_of', 'Must validate all the schemas (allOf)'),
    ]]);
    expect(call('json.match_schema', '1', { not: { type: 'integer' } })).toEqual([false, [err('(root)', 'number_not', 'Must not validate the schema (not)')]]);
    expect(call('json.match_schema', '[1, "a"]', { contains: { type: 'boolean' } })).toEqual([false, [
      err('(root)', 'contains', 'At least one of the items must match'),
      err('0', 'invalid_type', 'Invalid type. Expected: boolean, given: integer'),
    ]]);
    expect(call('json.match_schema', { a: 1 }, { properties: { a: false } })).toEqual([false, [err('a', 'false', 'False always fails validation')]]);
  });

  it('prints enum and const values as Go marshals them, and checks them with numbers as float64', () => {
    expect(call('json.match_schema', { c: 'a<b' }, { properties: { c: { enum: [1, 'a', { z: [true, null], a: 1.5 }] } } })).toEqual([false, [
      err('c', 'enum', 'c must be one of the following: 1, "a", {"a":1.5,"z":[true,null]}'),
    ]]);
    expect(call('json.match_schema', '{"n": 1.0}', '{"properties": {"n": {"enum": [1]}}}')).toEqual([true, []]);
    expect(call('json.match_schema', '"x"', { const: 'a<b' })).toEqual([false, [err('(root)', 'const', '(root) does not match: "a\\u003cb"')]]);
  });

  it('names both indexes of a repeated item, and reports counts and lengths in runes', () => {
    expect(call('json.match_schema', '[1, 1.0, 1]', { uniqueItems: true })).toEqual([false, [
      err('(root)', 'unique', 'array items[0,1] must be unique'),
      err('(root)', 'unique', 'array items[1,2] must be unique'),
    ]]);
    expect(call('json.match_schema', '"héé"', { maxLength: 3, minLength: 3 })).toEqual([true, []]);
    expect(call('json.match_schema', { l: [] }, { properties: { l: { minItems: 1 } }, minProperties: 2 })).toEqual([false, [
      err('(root)', 'array_min_properties', 'Must have at least 2 properties'),
      err('l', 'array_min_items', 'Array must have at least 1 items'),
    ]]);
    expect(call('json.match_schema', { l: [1, 2] }, { maxProperties: 0, properties: { l: { maxItems: 1 } } })).toEqual([false, [
      err('(root)', 'array_max_properties', 'Must have at most 0 properties'),
      err('l', 'array_max_items', 'Array must have at most 1 items'),
    ]]);
  });

  it('compares numbers exactly and prints bounds as big.Float does (%.10g)', () => {
    expect(call('json.match_schema', '0.3', { multipleOf: 0.1 })).toEqual([true, []]);
    expect(call('json.match_schema', '0.35', { multipleOf: 0.1 })).toEqual([false, [err('(root)', 'multiple_of', 'Must be a multiple of 0.1')]]);
    expect(call('json.match_schema', '1e400', '{"multipleOf": 7}')).toEqual([false, [err('(root)', 'multiple_of', 'Must be a multiple of 7')]]);
    expect(call('json.match_schema', '20000000000', { maximum: 12345678901 })).toEqual([false, [err('(root)', 'number_lte', 'Must be less than or equal to 1.23456789e+10')]]);
    expect(call('json.match_schema', '0', { minimum: 0.00001 })).toEqual([false, [err('(root)', 'number_gte', 'Must be greater than or equal to 1e-05')]]);
    expect(call('json.match_schema', '2.5', { exclusiveMaximum: 2.5 })).toEqual([false, [err('(root)', 'number_lt', 'Must be less than 2.5')]]);
    expect(call('json.match_schema', '100000000000000000001', '{"maximum": 100000000000000000000}'))
      .toEqual([false, [err('(root)', 'number_lte', 'Must be less than or equal to 1e+20')]]);
  });

  it('resolves local $refs (JSON pointers with ~0, ~1 and %-escapes) and rejects what it cannot load', () => {
    const schema = {
      definitions: { 'a/b': { type: 'integer' }, 'c~d': { type: 'string' }, 'e%f': { minimum: 3 } },
      properties: {
        x: { $ref: '#/definitions/a~1b' },
        y: { $ref: '#/definitions/c~0d' },
        z: { $ref: '#/definitions/e%25f' },
        list: { items: { $ref: '#' } },
      },
    };
    expect(call('json.match_schema', { x: 's', y: 1, z: 2, list: [{ x: 1.5 }] }, schema)).toEqual([false, [
      err('list.0.x', 'invalid_type', 'Invalid type. Expected: integer, given: number'),
      err('x', 'invalid_type', 'Invalid type. Expected: integer, given: string'),
      err('y', 'invalid_type', 'Invalid type. Expected: string, given: integer'),
      err('z', 'number_gte', 'Must be greater than or equal to 3'),
    ]]);
    expect(call('json.verify_schema', { $ref: '#/definitions/nope' })).toEqual([false, "jsonschema: Object has no key 'definitions'"]);
    expect(call('json.verify_schema', { $ref: '#nope' })).toEqual([false, 'jsonschema: JSON pointer must be empty or start with a "/"']);
    expect(call('json.verify_schema', { $ref: 'other.json#/a' })).toEqual([false, 'jsonschema: Reference other.json#/a must be canonical']);
    expect((call('json.verify_schema', { $ref: 'https://example.com/s.json' }) as [boolean, string])[1]).toMatch(/^jsonschema: Reference https:\/\/example.com\/s.json cannot be loaded/);
    // the root's own $id names this document
    expect(call('json.match_schema', '1', { $id: 'https://example.com/s.json', definitions: { s: { type: 'string' } }, $ref: 'https://example.com/s.json#/definitions/s' }))
      .toEqual([false, [err('(root)', 'invalid_type', 'Invalid type. Expected: string, given: integer')]]);
  });

  it('detects the draft from $schema: draft-04 takes no boolean schemas, if/then/else needs draft-07', () => {
    const d4 = 'http://json-schema.org/draft-04/schema#';
    expect(call('json.verify_schema', { $schema: d4, items: true })).toEqual([false, 'jsonschema: Expected: valid schema, given: Invalid JSON']);
    expect(call('json.verify_schema', { items: true })).toEqual([true, null]);
    expect(call('json.match_schema', '1', { $schema: 'http://json-schema.org/draft-06/schema#', if: { type: 'integer' }, then: { type: 'string' } })).toEqual([true, []]);
    expect(call('json.verify_schema', { $schema: 5 })).toEqual([false, 'jsonschema: $schema must be of type string']);
    expect(call('json.verify_schema', '[1]')).toEqual([false, 'jsonschema: schema is invalid']);
  });

  it('checks the schema keyword by keyword with gojsonschema\'s messages', () => {
    const bad: [unknown, string][] = [
      [{ type: ['string', 'string'] }, 'string type is duplicated'],
      [{ type: 5 }, 'Invalid type. Expected: type, given: string/array of strings'],
      [{ properties: [] }, 'properties must be of type object'],
      [{ minLength: -1 }, 'minLength must be greater than or equal to 0'],
      [{ minLength: 1.5 }, 'minLength must be of an integer'],
      [{ minLength: 3, maxLength: 2 }, 'minLength cannot be greater than maxLength'],
      [{ multipleOf: 0 }, 'multipleOf must be strictly greater than 0'],
      [{ minimum: 'a' }, 'minimum must be of a number'],
      [{ required: ['a', 'a'] }, 'required items must be unique'],
      [{ enum: 'a' }, 'enum must be of an array'],
      [{ pattern: '(' }, 'pattern must be a valid regex'],
      [{ patternProperties: { '(': {} } }, "Invalid regex pattern '('"],
      [{ dependencies: { a: [1] } }, 'dependency must be of type schema or array of strings'],
      [{ not: 5 }, 'not must be of an object'],
      [{ uniqueItems: 1 }, 'uniqueItems must be of a boolean'],
      [{ allOf: [5] }, 'Expected: valid schema, given: Invalid JSON'],
      [{ $schema: 'http://json-schema.org/draft-07/schema#', exclusiveMinimum: true }, 'Invalid type. Expected: number, given: exclusiveMinimum'],
    ];
    for (const [schema, msg] of bad) expect([schema, call('json.verify_schema', schema)]).toEqual([schema, [false, `jsonschema: ${msg}`]]);
    // RE2 syntax, as Go's regexp: \\pL and lazy quantifiers compile, lookahead does not
    expect(call('json.match_schema', '"ab"', { pattern: '^\\pL+?$' })).toEqual([true, []]);
    expect(call('json.verify_schema', { pattern: '(?=a)' })).toEqual([false, 'jsonschema: pattern must be a valid regex']);
  });

  it('validates additional and pattern properties, dependencies and required in gojsonschema\'s order', () => {
    const schema = {
      required: ['z', 'a'],
      properties: { a: { type: 'string' } },
      patternProperties: { '^x': { type: 'integer' } },
      additionalProperties: { type: 'boolean' },
      dependencies: { a: { required: ['q'] } },
    };
    expect(call('json.match_schema', { a: 'ok', x1: 'no', y: 1 }, schema)).toEqual([false, [
      err('(root)', 'required', 'q is required'),
      err('(root)', 'required', 'z is required'),
      err('x1', 'invalid_type', 'Invalid type. Expected: integer, given: string'),
      err('y', 'invalid_type', 'Invalid type. Expected: boolean, given: integer'),
    ]]);
  });

  it('ends a $ref loop that never reaches a value with an error instead of recursing', () => {
    expect(() => call('json.match_schema', '1', { $ref: '#' })).toThrow('eval_builtin_error: json.match_schema: the schema recurses');
  });
});
