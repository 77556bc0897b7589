// json.patch as the module runs it: native (assembly/builtins/jsonpatch.ts), loaded in stock
// opa-wasm with no custom builtins. Expected values are OPA's (topdown/json.go over its edittree):
// a patch that cannot apply is undefined, never an error; sets are addressed by member value.

import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import type { Constant } from '../rego/ir.js';
import { linkPolicy } from './link.js';
import { callStock as call, N, S } from './testing.js';

const { loadPolicySync } = opa;

const patch = (target: string, ops: string): unknown => call('json.patch', `[${target}, ${ops}]`);

describe('json.patch (native)', () => {
  const cases: [string, string, unknown][] = [
    ['{"a": {"foo": 1}}', '[{"op": "add", "path": "/a/bar", "value": 2}]', { a: { foo: 1, bar: 2 } }],
    ['{"a": [1, 2]}', '[{"op": "add", "path": "/a/-", "value": 3}, {"op": "add", "path": "/a/0", "value": 0}]', { a: [0, 1, 2, 3] }],
    ['{"a": 1, "b": 2}', '[{"op": "remove", "path": "/a"}, {"op": "replace", "path": "/b", "value": 3}]', { b: 3 }],
    ['{"a": {"x": 1}}', '[{"op": "move", "from": "/a/x", "path": "/y"}, {"op": "copy", "from": "/y", "path": "/z"}]', { a: {}, y: 1, z: 1 }],
    ['{"a": 1}', '[{"op": "test", "path": "/a", "value": 1}]', { a: 1 }],
    // OPA trims leading slashes (parsePath: strings.TrimLeft(p, "/")), so a path without one works
    ['{"a": 1}', '[{"op": "add", "path": "b", "value": 2}, {"op": "add", "path": "//c", "value": 3}]', { a: 1, b: 2, c: 3 }],
    ['{"a~/b": 1}', '[{"op": "copy", "from": "/a~0~1b", "path": "/c"}]', { 'a~/b': 1, c: 1 }],
    ['{"a": 1}', '[{"op": "remove", "path": ""}, {"op": "add", "path": "", "value": {"b": 2}}]', { b: 2 }],
    ['{"a": [1]}', '[{"op": "add", "path": ["a", 1], "value": 2}]', { a: [1, 2] }],
    ['[1, 2]', '[{"op": "replace", "path": "/1", "value": 9}]', [1, 9]],
    ['"x"', '[{"op": "replace", "path": "", "value": 5}]', 5],
    ['{"a": 1}', '[]', { a: 1 }],
  ];
  it.each(cases)('json.patch(%s, %s)', (target, ops, want) => {
    expect(patch(target, ops)).toEqual(want);
  });

  it('addresses set members by value (a set leaves the module as a sorted array)', () => {
    const members = { t: 'set' as const, v: [S('a'), S('b'), S('c')] };
    const op = (name: string, path: Constant[], value?: Constant): Constant => ({ t: 'object', v: [
      [S('op'), S(name)], [S('path'), { t: 'array', v: path }], ...(value ? [[S('value'), value] as [Constant, Constant]] : []),
    ] });
    const run = (target: Constant, ...ops: Constant[]): unknown => {
      const p = loadPolicySync(linkPolicy({
        constants: [target, { t: 'array', v: ops }],
        builtins: [{ name: 'json.patch', arity: 2 }], funcs: [], strict: true,
        entrypoints: [{ name: 't/p', locals: 1, body: [
          { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
          { op: 'ResultAdd', value: { local: 0 } },
        ] }],
      }));
      return (p.evaluate({}) as Array<{ result: unknown }>)[0]?.result;
    };
    expect(run(members, op('add', [S('d')], S('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(run(members, op('remove', [S('b')]))).toEqual(['a', 'c']);
    // a member is its own key: replacing it with another value fails
    expect(run(members, op('replace', [S('a')], S('z')))).toBeUndefined();
    const nested = { t: 'object' as const, v: [[S('a'), { t: 'array' as const, v: [N(1), N(2)] }]] as [Constant, Constant][] };
    expect(run({ t: 'set', v: [nested] }, op('test', [nested, S('a'), N(1)], N(2)))).toEqual([{ a: [1, 2] }]);
    expect(run({ t: 'set', v: [nested] }, op('add', [nested, S('a'), S('-')], N(3)))).toEqual([{ a: [1, 2, 3] }]);
  });

  const undefinedCases: [string, string][] = [
    ['{"a": 1}', '[{"op": "test", "path": "/a", "value": 2}]'],
    ['{"a": 1}', '[{"op": "remove", "path": "/b"}]'],
    ['{"a": 1}', '[{"op": "remove", "path": ""}]'],
    ['[1, 2]', '[{"op": "remove", "path": "/01"}]'],
    ['[1, 2]', '[{"op": "remove", "path": "/-"}]'],
    ['[1, 2]', '[{"op": "remove", "path": [-1]}]'],
    ['[1, 2]', '[{"op": "remove", "path": [1.0]}]'],
    ['[1, 2]', '[{"op": "add", "path": "/3", "value": 0}]'],
    ['{}', '[{"path": "/a", "value": 1}]'],
    ['{}', '[{"op": "add", "value": 1}]'],
    ['{}', '[{"op": "add", "path": "/a"}]'],
    ['{}', '[{"op": "move", "path": "/a"}]'],
    ['{}', '[{"op": 1, "path": {}, "value": 1}]'],
    ['{}', '[{"op": "nope", "path": "/a", "value": 1}]'],
    ['{}', '[1]'],
    ['{"a": {"b": 1}}', '[{"op": "move", "from": "/a", "path": "/a/c"}]'],
    ['{"a": 1}', '[{"op": "add", "path": "/a/b", "value": 1}]'],
  ];
  it.each(undefinedCases)('json.patch(%s, %s) is undefined', (target, ops) => {
    expect(patch(target, ops)).toBeUndefined();
  });

  it('type-checks the operations operand', () => {
    expect(() => patch('{}', '{}')).toThrow('eval_type_error: json.patch: operand 2 must be array but got object');
  });
});
