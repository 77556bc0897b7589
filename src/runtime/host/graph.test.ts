import { describe, expect, it } from 'vitest';
import { graphBuiltins as g } from './graph.js';

describe('graph builtins', () => {
  const graph = { a: ['b'], b: ['c'], c: ['a'], d: null, e: [] };
  it('computes reachable nodes (only nodes present in the graph)', () => {
    expect(g['graph.reachable']!(graph, ['a'])).toEqual(['a', 'b', 'c']);
    expect(g['graph.reachable']!(graph, ['d', 'zz'])).toEqual(['d']);
    expect(g['graph.reachable']!({ x: ['y'] }, ['x'])).toEqual(['x']);
  });

  it('computes reachable paths as OPA does', () => {
    expect(g['graph.reachable_paths']!({ a: ['b', 'c'], b: ['d'], c: [], d: [] }, ['a'])).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c'],
    ]);
    expect(g['graph.reachable_paths']!(graph, ['a'])).toEqual([['a', 'b', 'c']]);
    expect(g['graph.reachable_paths']!({ a: ['x'] }, ['a'])).toEqual([['a']]);
    expect(g['graph.reachable_paths']!({ a: [] }, ['zz'])).toEqual([[]]);
  });

  it('rejects non-object graphs', () => {
    expect(() => g['graph.reachable']!([], ['a'])).toThrow('operand 1 must be object but got array');
  });
});
