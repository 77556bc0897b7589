import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { BUILTINS } from '../rego/builtins.js';
import { linkPolicy } from './link.js';
import { builtinPlan } from './testing.js';

const { loadPolicySync } = opa;

type Policy = ReturnType<typeof loadPolicySync>;
const cache = new Map<string, Policy>();

function policy(name: string, strict: boolean): Policy {
  const key = `${name}/${strict}`;
  let p = cache.get(key);
  if (!p) {
    p = loadPolicySync(linkPolicy(builtinPlan(name, BUILTINS[name]!.arity, strict)));
    cache.set(key, p);
  }
  return p;
}

/** Calls a native builtin; args travel as JSON text so that 1.0 stays a float. */
function call(name: string, argsJSON: string, strict = true): unknown {
  const rs = policy(name, strict).evaluate(new TextEncoder().encode(argsJSON).buffer as ArrayBuffer);
  return rs.length === 0 ? undefined : rs[0].result;
}

const UNDEF = undefined;

// [builtin, JSON array of arguments, expected result (undefined = no result)]
const cases: Array<[string, string, unknown]> = [
  ['plus', '[1, 2]', 3], ['plus', '[0.1, 0.2]', 0.30000000000000004], ['plus', '[9223372036854775807, 1]', 9223372036854775808],
  ['minus', '[1, 2.5]', -1.5], ['mul', '[2.5, 2]', 5], ['mul', '[0.1, 0.2]', 0.020000000000000004],
  ['div', '[4, 2]', 2], ['div', '[3, 2]', 1.5], ['div', '[0.3, 0.1]', 2.9999999999999996],
  ['rem', '[10, 3]', 1], ['rem', '[-7, 2]', -1],
  ['abs', '[-3]', 3], ['abs', '[-2.5]', 2.5],
  ['round', '[-9.5]', -10], ['round', '[9.4]', 9], ['round', '[9.5]', 10], ['ceil', '[1.2]', 2], ['floor', '[-1.2]', -2],
  ['equal', '[1, 1.0]', true], ['neq', '["a", "b"]', true], ['lt', '[null, false]', true], ['gte', '[[1], "z"]', true],
  ['lte', '[{"a":1}, {"a":1}]', true], ['gt', '[2, 10]', false],
  ['numbers.range', '[1, 4]', [1, 2, 3, 4]], ['numbers.range', '[2, -1]', [2, 1, 0, -1]],
  ['numbers.range_step', '[0, 10, 3]', [0, 3, 6, 9]], ['numbers.range_step', '[10, 0, 5]', [10, 5, 0]],
  ['bits.and', '[12, 10]', 8], ['bits.or', '[12, 10]', 14], ['bits.xor', '[12, 10]', 6], ['bits.negate', '[5]', -6],
  ['bits.lsh', '[1, 10]', 1024], ['bits.rsh', '[-8, 1]', -4],
  ['count', '[[1,2,3]]', 3], ['count', '["héllo"]', 5], ['count', '[{"a":1}]', 1],
  ['sum', '[[1, 2.5, 3]]', 6.5], ['product', '[[2, 3, 4]]', 24], ['sum', '[[]]', 0],
  ['max', '[[1, 3, 2]]', 3], ['min', '[["b", "a"]]', 'a'], ['max', '[[]]', UNDEF],
  ['sort', '[[3, 1, 2]]', [1, 2, 3]], ['any', '[[false, true]]', true], ['all', '[[true, 1]]', false], ['all', '[[]]', true],
  ['internal.member_2', '[2, [1, 2]]', true], ['internal.member_2', '[2, {"a": 2}]', true], ['internal.member_2', '[3, [1]]', false],
  ['internal.member_3', '[1, 2, [1, 2]]', true], ['internal.member_3', '["a", 1, {"a": 1}]', true], ['internal.member_3', '[0, 2, [1]]', false],
  ['object.get', '[{"a": {"b": 1}}, ["a", "b"], 0]', 1], ['object.get', '[{"a": 1}, "x", "d"]', 'd'], ['object.get', '[{"a": [5]}, ["a", 0], 0]', 5],
  ['object.keys', '[{"b": 1, "a": 2}]', ['a', 'b']],
  ['object.union', '[{"a": {"x": 1}, "b": 1}, {"a": {"y": 2}, "b": 2}]', { a: { x: 1, y: 2 }, b: 2 }],
  ['object.union_n', '[[{"a": 1}, {"b": 2}, {"a": 3}]]', { a: 3, b: 2 }],
  ['object.remove', '[{"a": 1, "b": 2, "c": 3}, ["a", "c"]]', { b: 2 }],
  ['object.filter', '[{"a": 1, "b": 2, "c": 3}, {"a": 0, "c": 0}]', { a: 1, c: 3 }],
  ['object.subset', '[{"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": 2}}]', true], ['object.subset', '[{"a": 1}, {"a": 2}]', false],
  ['object.subset', '[[1, 2, 3], [2, 3]]', true],
  ['json.marshal', '[{"b": [1, 2.5, null], "a": "<&>"}]', '{"a":"\\u003c\\u0026\\u003e","b":[1,2.5,null]}'],
  ['json.unmarshal', '["{\\"a\\": [1, true]}"]', { a: [1, true] }], ['json.is_valid', '["{"]', false], ['json.is_valid', '["[1]"]', true],
  ['is_number', '[1.5]', true], ['is_string', '[1]', false], ['is_boolean', '[false]', true], ['is_array', '[[]]', true],
  ['is_set', '[[]]', false], ['is_object', '[{}]', true], ['is_null', '[null]', true],
  ['type_name', '[{}]', 'object'], ['type_name', '[1]', 'number'], ['type_name', '[null]', 'null'],
  ['to_number', '["1.5"]', 1.5], ['to_number', '[true]', 1], ['to_number', '[null]', 0], ['to_number', '["-12"]', -12],
  ['array.concat', '[[1], [2, 3]]', [1, 2, 3]], ['array.slice', '[[1, 2, 3, 4], 1, 3]', [2, 3]], ['array.slice', '[[1, 2], -1, 9]', [1, 2]],
  ['array.slice', '[[1, 2], 2, 1]', []], ['array.reverse', '[[1, 2, 3]]', [3, 2, 1]],
  ['walk', '[{"a": [1]}]', [[[], { a: [1] }], [['a'], [1]], [['a', 0], 1]]],
  ['trace', '["hello"]', true],
];

describe('native builtins', () => {
  it('covers every builtin marked native in the registry', () => {
    const natives = Object.entries(BUILTINS).filter(([, s]) => s.impl === 'native').map(([n]) => n);
    const tested = new Set(cases.map(([n]) => n).concat(['and', 'or', 'union', 'intersection', 'internal.print']));
    expect(natives.filter((n) => !tested.has(n))).toEqual([]);
  });

  it.each(cases)('%s(%s)', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  it('computes set operators and union/intersection of sets', () => {
    // sets cannot travel as JSON: build them with a plan
    const p = loadPolicySync(linkPolicy({
      constants: [
        { t: 'set', v: [{ t: 'number', v: '1' }, { t: 'number', v: '2' }] },
        { t: 'set', v: [{ t: 'number', v: '2' }, { t: 'number', v: '3' }] },
      ],
      builtins: [{ name: 'and', arity: 2 }, { name: 'or', arity: 2 }, { name: 'minus', arity: 2 }, { name: 'union', arity: 1 }, { name: 'intersection', arity: 1 }],
      funcs: [], strict: true,
      entrypoints: [{ name: 't/e', locals: 8, body: [
        { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
        { op: 'Call', builtin: 1, args: [{ const: 0 }, { const: 1 }], dst: 1 },
        { op: 'Call', builtin: 2, args: [{ const: 0 }, { const: 1 }], dst: 2 },
        { op: 'MakeSet', dst: 3 }, { op: 'SetAdd', set: 3, value: { const: 0 } }, { op: 'SetAdd', set: 3, value: { const: 1 } },
        { op: 'Call', builtin: 3, args: [{ local: 3 }], dst: 4 },
        { op: 'Call', builtin: 4, args: [{ local: 3 }], dst: 5 },
        { op: 'MakeArray', dst: 6 },
        ...[0, 1, 2, 4, 5].map((l) => ({ op: 'ArrayAppend' as const, array: 6, value: { local: l } })),
        { op: 'ResultAdd', value: { local: 6 } },
      ] }],
    }));
    expect(p.evaluate({})).toEqual([{ result: [[2], [1, 2, 3], [1], [1, 2, 3], [2]] }]);
  });

  it('reports builtin errors in strict mode and yields undefined otherwise', () => {
    expect(() => call('div', '[1, 0]')).toThrow('eval_builtin_error: div: divide by zero');
    expect(() => call('rem', '[1, 0]')).toThrow('eval_builtin_error: rem: modulo by zero');
    expect(() => call('rem', '[1.5, 1]')).toThrow('modulo on floating-point number');
    expect(() => call('rem', '[2.0, 1]')).toThrow('modulo on floating-point number');
    expect(() => call('json.unmarshal', '["{"]')).toThrow('eval_builtin_error: json.unmarshal');
    expect(() => call('numbers.range_step', '[1, 5, 0]')).toThrow('step must be a positive number above zero');
    expect(() => call('to_number', '["abc"]')).toThrow('eval_builtin_error: to_number');
    expect(call('div', '[1, 0]', false)).toBeUndefined();
    expect(call('sum', '[["a"]]', false)).toBeUndefined();
  });

  it('prints through opa_println as OPA formats print operands', () => {
    const lines: string[] = [];
    const orig = console.log;
    console.log = (s: string) => { lines.push(s); };
    try {
      const p = loadPolicySync(linkPolicy({
        constants: [{ t: 'array', v: [
          { t: 'set', v: [{ t: 'string', v: 'hello' }] },
          { t: 'set', v: [{ t: 'object', v: [[{ t: 'string', v: 'a' }, { t: 'array', v: [{ t: 'number', v: '1' }, { t: 'set', v: [] }] }]] }] },
          { t: 'set', v: [] },
        ] }],
        builtins: [{ name: 'internal.print', arity: 1 }], funcs: [], strict: false,
        entrypoints: [{ name: 't/e', locals: 1, body: [{ op: 'Call', builtin: 0, args: [{ const: 0 }], dst: 0 }] }],
      }));
      p.evaluate({});
    } finally {
      console.log = orig;
    }
    expect(lines).toEqual(['hello {"a": [1, set()]} <undefined>']);
  });
});
