// rand.intn and uuid.rfc4122 as the module runs them (assembly/builtins/random.ts), loaded in
// stock opa-wasm with no custom builtins: OPA's per-evaluation consistency, its edge cases, the
// distribution, and the seed Palisade's host adds (entropy.ts).

import opa from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../rego/compile.js';
import { parseModule, parseQuery } from '../rego/parser.js';
import { linkPolicy } from './link.js';
import { callStock } from './testing.js';
import { seedEachEvaluation } from './entropy.js';
import { evaluateJson } from './evaluate.js';

type Policy = ReturnType<typeof opa.loadPolicySync>;

/** A fresh stock instance of `package t` with `body`, evaluated on data.t.x. */
function load(body: string): Policy {
  const mod = parseModule('m.rego', `package t\n${body}`, {});
  return opa.loadPolicySync(linkPolicy(compileQuery([mod], parseQuery('data.t.x'), { strict: true })));
}
const run = (p: Policy, input: unknown = null): unknown => (p.evaluate(input, 'query') as Array<{ result: unknown }>)[0]?.result;

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('rand.intn (native)', () => {
  it('gives the same value for the same arguments throughout one evaluation', () => {
    const p = load(`x := [rand.intn("k", 1000000), rand.intn("k", 1000000), rand.intn("k", -1000000), rand.intn("j", 1000000), rand.intn("k", 999999)]`);
    const [a, b, c, d, e] = run(p) as number[];
    expect(b).toBe(a);
    // OPA keys its cache on |n|: a negative bound is the same call as its absolute value
    expect(c).toBe(a);
    // another key or bound is another draw (a chance collision is one in a million)
    expect(d === a && e === a).toBe(false);
  });

  it('gives new values in the next evaluation, with or without the host seed', () => {
    const p = load('x := [rand.intn("k", 1000000000), uuid.rfc4122("k")]');
    const first = run(p);
    expect(run(p)).not.toEqual(first);
    // a stock host that never seeds: the same input in a new instance differs only by the counter,
    // and another input changes the seed
    expect(run(load('x := rand.intn("k", 1000000000)'), { a: 1 })).not.toEqual(run(load('x := rand.intn("k", 1000000000)'), { a: 2 }));
    const seeded = seedEachEvaluation(load('x := rand.intn("k", 1000000000)'));
    const unseeded = load('x := rand.intn("k", 1000000000)');
    expect(run(seeded)).not.toBe(run(unseeded));
  });

  it('is seeded on the engine\'s evaluation path: fresh instances on the same input differ', () => {
    const body = 'x := rand.intn("k", 1000000000)';
    const value = (p: Policy): unknown => (evaluateJson(p, '{"a":1}', 'query') as Array<{ result: unknown }>)[0]?.result;
    // unseeded, a fresh instance repeats the same sequence for the same input (counter and input only)
    expect(run(load(body), { a: 1 })).toBe(run(load(body), { a: 1 }));
    expect(value(load(body))).not.toBe(value(load(body)));
  });

  it('returns 0 for a bound of 0, and stays in [0, |n|)', () => {
    expect(callStock('rand.intn', '["a", 0]')).toBe(0);
    for (const n of [1, 2, 3, 7, -7, 1000, 2 ** 40]) {
      const r = callStock('rand.intn', `["b", ${n}]`) as number;
      expect(Number.isInteger(r) && r >= 0 && r < Math.abs(n)).toBe(true);
    }
    expect(callStock('rand.intn', '["a", 1]')).toBe(0);
  });

  it('is roughly uniform: every residue of a small bound appears about equally often', () => {
    const p = load('x := [rand.intn(sprintf("%d", [i]), 10) | some i in numbers.range(1, 2000)]');
    const counts = new Array<number>(10).fill(0);
    for (const v of run(p) as number[]) counts[v]!++;
    // 2000 draws, 200 expected per value; a fair generator strays beyond ±70 once in ~10^6 runs
    for (const c of counts) expect(Math.abs(c - 200)).toBeLessThan(70);
  });

  it('raises OPA\'s operand errors', () => {
    expect(() => callStock('rand.intn', '[1, 2]')).toThrow('eval_type_error: rand.intn: operand 1 must be string but got number');
    expect(() => callStock('rand.intn', '["a", "b"]')).toThrow('eval_type_error: rand.intn: operand 2 must be number but got string');
    expect(() => callStock('rand.intn', '["a", 10.3]')).toThrow('rand.intn: operand 2 must be integer number but got floating-point number');
    expect(callStock('rand.intn', '["a", 10.3]', false)).toBeUndefined();
  });
});

describe('uuid.rfc4122 (native)', () => {
  it('gives a version-4 UUID, the same for the same key within one evaluation', () => {
    const p = load('x := [uuid.rfc4122("1"), uuid.rfc4122("1"), uuid.rfc4122("2"), uuid.parse(uuid.rfc4122("3"))]');
    const [a, b, c, parsed] = run(p) as [string, string, string, unknown];
    expect(a).toMatch(UUID4);
    expect(c).toMatch(UUID4);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(parsed).toEqual({ variant: 'RFC4122', version: 4 });
  });

  it('rejects a key that is not a string', () => {
    expect(() => callStock('uuid.rfc4122', '[42]')).toThrow('eval_type_error: uuid.rfc4122: operand 1 must be string but got number');
  });
});
