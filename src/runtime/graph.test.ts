// graph.reachable and graph.reachable_paths as the module runs them: native
// (assembly/builtins/graph.ts), loaded in stock opa-wasm with no custom builtins.

import { describe, expect, it } from 'vitest';
import { callStock } from './testing.js';

const call = (name: string, ...args: unknown[]): unknown => callStock(name, JSON.stringify(args));

describe('graph builtins (native)', () => {
  const graph = { a: ['b'], b: ['c'], c: ['a'], d: null, e: [] };
  it('computes reachable nodes (only nodes present in the graph)', () => {
    expect(call('graph.reachable', graph, ['a'])).toEqual(['a', 'b', 'c']);
    expect(call('graph.reachable', graph, ['d', 'zz'])).toEqual(['d']);
    expect(call('graph.reachable', { x: ['y'] }, ['x'])).toEqual(['x']);
    expect(call('graph.reachable', { x: 'y', y: [] }, ['x'])).toEqual(['x']);
    expect(call('graph.reachable', {}, [])).toEqual([]);
  });

  it('computes reachable paths as OPA does', () => {
    expect(call('graph.reachable_paths', { a: ['b', 'c'], b: ['d'], c: [], d: [] }, ['a'])).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c'],
    ]);
    expect(call('graph.reachable_paths', graph, ['a'])).toEqual([['a', 'b', 'c']]);
    expect(call('graph.reachable_paths', { a: ['x'] }, ['a'])).toEqual([['a']]);
    expect(call('graph.reachable_paths', { a: [] }, ['zz'])).toEqual([[]]);
    expect(call('graph.reachable_paths', { a: null }, ['a'])).toEqual([['a']]);
  });

  it('rejects non-object graphs, undefined when not strict', () => {
    expect(() => call('graph.reachable', [], ['a'])).toThrow('eval_type_error: graph.reachable: operand 1 must be object but got array');
    expect(() => call('graph.reachable_paths', {}, 'a')).toThrow('operand 2 must be one of {array, set} but got string');
    expect(callStock('graph.reachable', '[[], ["a"]]', false)).toBeUndefined();
  });
});
