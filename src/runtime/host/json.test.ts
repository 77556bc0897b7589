import { describe, expect, it } from 'vitest';
import { jsonBuiltins as j } from './json.js';

const call = (name: string, ...args: unknown[]): unknown => (j[name] as (...a: unknown[]) => unknown)(...args);

describe('json builtins', () => {
  const cases: [string, unknown[], unknown][] = [
    ['json.patch', [{ a: { foo: 1 } }, [{ op: 'add', path: '/a/bar', value: 2 }]], { a: { foo: 1, bar: 2 } }],
    ['json.patch', [{ a: [1, 2] }, [{ op: 'add', path: '/a/-', value: 3 }, { op: 'add', path: '/a/0', value: 0 }]], { a: [0, 1, 2, 3] }],
    ['json.patch', [{ a: 1, b: 2 }, [{ op: 'remove', path: '/a' }, { op: 'replace', path: '/b', value: 3 }]], { b: 3 }],
    ['json.patch', [{ a: { x: 1 } }, [{ op: 'move', from: '/a/x', path: '/y' }, { op: 'copy', from: '/y', path: '/z' }]], { a: {}, y: 1, z: 1 }],
    ['json.patch', [{ a: 1 }, [{ op: 'test', path: '/a', value: 1 }]], { a: 1 }],
    // OPA trims leading slashes (parsePath: strings.TrimLeft(p, "/")), so a path without one works.
    ['json.patch', [{ a: 1 }, [{ op: 'add', path: 'b', value: 2 }, { op: 'add', path: '//c', value: 3 }]], { a: 1, b: 2, c: 3 }],
    ['json.patch', [{ a: 1 }, [{ op: 'test', path: '/a', value: 2 }]], undefined],
    ['json.patch', [{ a: 1 }, [{ op: 'remove', path: '/b' }]], undefined],
    ['json.patch', [{ a: 1 }, [{ op: 'remove', path: '' }]], undefined],
    ['json.patch', [{ a: 1 }, [{ op: 'remove', path: '' }, { op: 'add', path: '', value: { b: 2 } }]], { b: 2 }],
    ['json.patch', [[1, 2], [{ op: 'remove', path: '/01' }]], undefined],
    ['json.patch', [{ a: [1] }, [{ op: 'add', path: ['a', 1], value: 2 }]], { a: [1, 2] }],
    ['json.marshal_with_options', [{ b: [1, '<x>'], a: {} }, {}], '{"a":{},"b":[1,"\\u003cx\\u003e"]}'],
    ['json.marshal_with_options', [{ a: [1, 2] }, { pretty: true }], '{\n\t"a": [\n\t\t1,\n\t\t2\n\t]\n}'],
    ['json.marshal_with_options', [{ a: 1 }, { indent: '  ', prefix: '> ' }], '> {\n>   "a": 1\n> }'],
    ['json.marshal_with_options', [{ a: 1 }, { indent: '  ', pretty: false }], '{"a":1}'],
    ['json.verify_schema', [{ type: 'object' }], [true, null]],
    ['json.verify_schema', ['{"type": "object"}'], [true, null]],
    ['json.match_schema', [{ id: 5 }, { properties: { id: { type: 'integer' } }, required: ['id'] }], [true, []]],
    [
      'json.match_schema',
      [{ id: 'x' }, { properties: { id: { type: 'integer' } } }],
      [false, [{ desc: 'Invalid type. Expected: integer, given: string', error: 'id: Invalid type. Expected: integer, given: string', field: 'id', type: 'invalid_type' }]],
    ],
    [
      'json.match_schema',
      ['{}', '{"required": ["id"]}'],
      [false, [{ desc: 'id is required', error: '(root): id is required', field: '(root)', type: 'required' }]],
    ],
  ];
  it.each(cases)('%s case %#', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('reports an invalid schema in verify_schema and fails match_schema on it', () => {
    const [ok, msg] = call('json.verify_schema', { type: 'nope' }) as [boolean, string];
    expect(ok).toBe(false);
    expect(msg).toMatch(/type/);
    expect(() => call('json.match_schema', {}, { type: 'nope' })).toThrow();
    expect(() => call('json.match_schema', '{', {})).toThrow('invalid JSON string');
    expect(() => call('json.marshal_with_options', {}, { bogus: 1 })).toThrow('operand 2 object contained unknown key bogus');
  });
});
