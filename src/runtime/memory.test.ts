// Evaluation memory inside the runtime: a function call's frame and temporaries are freed when it
// returns (scalar results move down, memoised rules and collections stay), and the memory budget
// (palisade_set_memory_budget) counts what an evaluation allocates beyond its parsed input.

import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { compileModules } from '../rego/compile.js';
import { parseModule } from '../rego/parser.js';
import { linkPolicy } from './link.js';

const { loadPolicySync } = opa;

interface Exports {
  palisade_set_memory_budget(n: number): void;
  opa_heap_ptr_get(): number;
}

function load(source: string, entrypoint: string, budgetBytes = 0) {
  const plan = compileModules([parseModule('p.rego', source, {})], { entrypoints: [entrypoint] });
  const p = loadPolicySync(linkPolicy(plan), { initial: 5, maximum: 65536 });
  (p as unknown as { wasmInstance: { exports: Exports } }).wasmInstance.exports.palisade_set_memory_budget(budgetBytes);
  return p;
}

// 20,000 calls of a helper that builds a string and answers true or false: about 2 MB of frames
// and strings if nothing were freed, a few hundred KB of numbers and results if calls are.
const CALLS = `package t

long(i) if {
	s := sprintf("item %d of a long list of items", [i])
	count(s) > 30
}

n := count([i | some i in numbers.range(1, 20000); long(i)])
`;

describe('memory freed when a function call returns', () => {
  it('keeps an evaluation of many calls within a budget that their temporaries would exceed', () => {
    const p = load(CALLS, 't/n', 1 << 20);
    expect(p.evaluate({})).toEqual([{ result: 20000 - 9 }]);
    expect(p.evaluate({})).toEqual([{ result: 20000 - 9 }]);
  });

  it('moves string and number results down intact, and keeps collections and memoised rules', () => {
    const p = load(
      `package t

name(i) := sprintf("n-%d", [i])

twice(i) := i * 100000

evens := {x | some x in numbers.range(0, 40); x % 2 == 0}

pair(i) := [name(i), twice(i)]

is_even(i) if i in evens

out := {
	"names": [name(i) | some i in numbers.range(1, 3000)],
	"numbers": [twice(i) | some i in numbers.range(1, 3000)],
	"pairs": [pair(i) | some i in [1, 2]],
	"evens": count([i | some i in numbers.range(0, 40); is_even(i)]),
	"set": evens,
}
`,
      't/out',
    );
    const r = (p.evaluate({}) as Array<{ result: Record<string, unknown> }>)[0]!.result;
    expect(r.names).toEqual(Array.from({ length: 3000 }, (_, k) => `n-${k + 1}`));
    expect(r.numbers).toEqual(Array.from({ length: 3000 }, (_, k) => (k + 1) * 100000));
    expect(r.pairs).toEqual([['n-1', 100000], ['n-2', 200000]]);
    expect(r.evens).toBe(21);
    expect(r.set).toEqual(Array.from({ length: 21 }, (_, k) => 2 * k));
  });
});

describe('the memory budget', () => {
  const GROW = `package t

n := count([s | some i in numbers.range(1, 200000); s := sprintf("%d", [i])])
`;

  it('aborts an evaluation that allocates more than the budget, and the instance still works', () => {
    const p = load(GROW, 't/n', 1 << 20);
    expect(() => p.evaluate({})).toThrow(/^out of memory: the evaluation needed more than 1 MiB beyond its input$/);
    const ok = load('package t\n\nn := count(input.xs)\n', 't/n', 1 << 20);
    expect(ok.evaluate({ xs: [1, 2, 3] })).toEqual([{ result: 3 }]);
    expect(() => p.evaluate({})).toThrow(/^out of memory/);
  });

  it('does not count the input', () => {
    const p = load('package t\n\nn := count(input.xs)\n', 't/n', 1 << 20);
    const xs = Array.from({ length: 100_000 }, (_, i) => `value number ${i}`);
    expect(p.evaluate({ xs })).toEqual([{ result: 100_000 }]);
  });

  it('is unlimited by default', () => {
    expect(load(GROW, 't/n').evaluate({})).toEqual([{ result: 200000 }]);
  });
});

// The input as a plan looks: short keys and values repeated per resource, and one long string each.
function planLike(resources: number): ArrayBuffer {
  const rc = Array.from({ length: resources }, (_, i) => ({ address: `aws_s3_bucket.b${i}`, type: 'aws_s3_bucket', name: `b${i}`, change: { actions: ['create'], after: { acl: 'private', tags: { Name: 'x'.repeat(40) + i } } } }));
  return new TextEncoder().encode(JSON.stringify({ format_version: '1.2', resource_changes: rc })).buffer as ArrayBuffer;
}

describe('the parsed input', () => {
  const SOURCE = `package t

import rego.v1

n := count(input.resource_changes)

acls := {rc.change.after.acl | some rc in input.resource_changes}
`;

  it('shares equal short strings and takes the place of the input text once parsed', () => {
    const p = load(SOURCE, 't/n');
    const exports = (p as unknown as { wasmInstance: { exports: Exports } }).wasmInstance.exports;
    const input = planLike(20_000);
    expect(p.evaluate(input)).toEqual([{ result: 20_000 }]);
    const used = exports.opa_heap_ptr_get() - (p as unknown as { dataHeapPtr: number }).dataHeapPtr;
    // Measured: 1.76 times the text; 2.78 when every "address", "type", "create"... is a value
    // of its own, and one more when the text stays below the parsed value.
    expect(used).toBeLessThan(input.byteLength * 2.2);
    expect(load(SOURCE, 't/acls').evaluate(input)).toEqual([{ result: ['private'] }]);
  });

  it('parses documents alike whatever they share (keys, values, escapes, nesting)', () => {
    const p = load('package t\n\nout := input\n', 't/out');
    const doc = { a: ['x', 'x', { x: 'x', 'x\\"': ['x', null, true, 1, 1.5, 'é', ''] }], x: { x: { x: 'x'.repeat(33) } }, '': '' };
    for (let k = 0; k < 3; k++) expect(p.evaluate(new TextEncoder().encode(JSON.stringify(doc)).buffer as ArrayBuffer)).toEqual([{ result: doc }]);
    expect(p.evaluate(new TextEncoder().encode('null').buffer as ArrayBuffer)).toEqual([{ result: null }]);
  });
});
