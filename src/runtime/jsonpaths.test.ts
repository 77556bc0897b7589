// json.filter and json.remove as the module runs them: native (assembly/builtins/jsonpaths.ts),
// loaded in stock opa-wasm with no custom builtins. Sets in documents are matched by element.

import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { linkPolicy } from './link.js';
import { callStock } from './testing.js';

const call = (name: string, ...args: unknown[]): unknown => callStock(name, JSON.stringify(args));

describe('json.filter and json.remove (native)', () => {
  const doc = { a: { b: 1, c: [{ x: 1, y: 2 }, { x: 3 }] }, d: 'e', 'f/g': 1, 'h~i': 2 };
  const cases: [string, unknown[], unknown][] = [
    ['json.filter', [doc, ['a/b', 'd']], { a: { b: 1 }, d: 'e' }],
    ['json.filter', [doc, ['/a/b', '//d']], { a: { b: 1 }, d: 'e' }],
    ['json.filter', [doc, [['a', 'c', '1']]], { a: { c: [{ x: 3 }] } }],
    ['json.filter', [doc, ['a/c/0/y', 'a']], { a: doc.a }],
    ['json.filter', [doc, ['a', 'a/c/0/y']], { a: doc.a }],
    ['json.filter', [doc, ['f~1g', 'h~0i']], { 'f/g': 1, 'h~i': 2 }],
    ['json.filter', [doc, []], {}],
    ['json.filter', [doc, ['']], {}],
    // an array segment keeps its type: index 1 as a number does not reach an array element
    ['json.filter', [doc, [['a', 'c', 1]]], { a: { c: [] } }],
    ['json.remove', [doc, ['a/c', 'd', 'f~1g', 'h~0i']], { a: { b: 1 } }],
    ['json.remove', [doc, [['a', 'c', '0', 'y']]], { a: { b: 1, c: [{ x: 1 }, { x: 3 }] }, d: 'e', 'f/g': 1, 'h~i': 2 }],
    ['json.remove', [doc, ['a/c/0']], { a: { b: 1, c: [{ x: 3 }] }, d: 'e', 'f/g': 1, 'h~i': 2 }],
    ['json.remove', [{ a: 1 }, []], { a: 1 }],
  ];
  it.each(cases)('%s case %#', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('has OPA type errors, undefined when not strict', () => {
    expect(() => call('json.filter', [], ['a'])).toThrow('eval_type_error: json.filter: operand 1 must be object but got array');
    expect(() => call('json.remove', {}, 'a')).toThrow('eval_type_error: json.remove: operand 2 must be one of {set, array} but got string');
    expect(() => call('json.filter', {}, [1])).toThrow(
      'operand 2 must be one of {set, array} containing string paths or array of path segments but got number',
    );
    expect(callStock('json.filter', '[{}, "a"]', false)).toBeUndefined();
  });

  it('works on sets inside documents and on a set of paths', () => {
    // data.d = {"a": {"s": {"x", "y"}}}, paths {"a/s/x"}: built as plan constants, since JSON has no sets
    const S = (v: string) => ({ t: 'string' as const, v });
    const doc = { t: 'object' as const, v: [[S('a'), { t: 'object' as const, v: [[S('s'), { t: 'set' as const, v: [S('x'), S('y')] }]] }]] as [never, never][] };
    const paths = { t: 'set' as const, v: [S('a/s/x')] };
    const run = (name: string) => {
      const p = opa.loadPolicySync(
        linkPolicy({
          constants: [doc, paths] as never,
          builtins: [{ name, arity: 2 }],
          funcs: [],
          entrypoints: [{ name: 't/f', locals: 1, body: [
            { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
            { op: 'ResultAdd', value: { local: 0 } },
          ] }],
          strict: true,
        } as never),
      );
      return (p.evaluate({}) as Array<{ result: unknown }>)[0]!.result;
    };
    expect(run('json.filter')).toEqual({ a: { s: ['x'] } });
    expect(run('json.remove')).toEqual({ a: { s: ['y'] } });
  });
});
