// Evaluation budgets inside the runtime: the step counter (palisade_set_step_budget) and the
// memory cap (the embedder's maximum pages). Both must abort cleanly with a message the engine can
// name, and leave the instance fit for the next evaluation.

import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import type { Plan } from '../rego/ir.js';
import { linkPolicy } from './link.js';
import { N } from './testing.js';

const { loadPolicySync } = opa;

/**
 * t/count: for every element of input.n (an array), counts; the result is the input's length.
 * t/grow: appends input.s to an array input.k times, then returns the array's length.
 */
const plan: Plan = {
  constants: [{ t: 'string', v: 'n' }, N(0)],
  builtins: [{ name: 'numbers.range', arity: 2 }],
  funcs: [],
  strict: false,
  entrypoints: [
    {
      name: 't/count',
      locals: 5,
      body: [
        { op: 'LoadInput', dst: 0 },
        { op: 'Dot', src: { local: 0 }, key: { const: 0 }, dst: 1 },
        { op: 'Call', builtin: 0, args: [{ const: 1 }, { local: 1 }], dst: 2 },
        { op: 'MakeArray', dst: 3 },
        { op: 'Scan', src: { local: 2 }, key: 4, value: 4, block: [{ op: 'ArrayAppend', array: 3, value: { local: 4 } }] },
        { op: 'Len', a: { local: 3 }, dst: 4 },
        { op: 'ResultAdd', value: { local: 4 } },
      ],
    },
  ],
};

const load = () => loadPolicySync(linkPolicy(plan), { initial: 5, maximum: 64 });

describe('the step budget', () => {
  it('is unlimited by default', () => {
    const p = load();
    expect(p.evaluate({ n: 20000 })).toEqual([{ result: 20001 }]);
  });

  it('aborts an evaluation that runs more steps than allowed, and resets per evaluation', () => {
    const p = load();
    const set = (p as unknown as { wasmInstance: { exports: { palisade_set_step_budget(n: number): void } } }).wasmInstance.exports.palisade_set_step_budget;
    set(1000);
    expect(() => p.evaluate({ n: 5000 })).toThrow('eval_budget_exceeded: the policy ran more than 1000 steps');
    // Each evaluation starts from zero: many small ones in a row never add up.
    for (let i = 0; i < 50; i++) expect(p.evaluate({ n: 900 })).toEqual([{ result: 901 }]);
    set(0);
    expect(p.evaluate({ n: 5000 })).toEqual([{ result: 5001 }]);
  });
});

describe('the memory cap', () => {
  it('aborts with "out of memory" when the heap cannot grow, and the instance still works', () => {
    const p = load();
    // numbers.range(0, 2e6) needs far more than 64 pages (4 MiB).
    expect(() => p.evaluate({ n: 2_000_000 })).toThrow(/^out of memory$/);
    expect(p.evaluate({ n: 10 })).toEqual([{ result: 11 }]);
    expect(() => p.evaluate({ n: 2_000_000 })).toThrow(/^out of memory$/);
    expect(p.evaluate({ n: 100 })).toEqual([{ result: 101 }]);
  });
});
