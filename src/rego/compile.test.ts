// Table tests of the compiler: Rego snippets → plan → evaluated result, through the reference IR
// interpreter (src/rego/plan/interp.ts), plus the diagnostics the checks must report.

import { existsSync } from 'node:fs';
import opa from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../diagnostics.js';
import { RUNTIME_WASM } from '../paths.js';
import { hostBuiltins } from '../runtime/host/index.js';
import { linkPolicy } from '../runtime/link.js';
import { compileModules, compileQuery } from './compile.js';
import { parseModule, parseQuery } from './parser.js';
import { Interp } from './plan/interp.js';

function run(mods: string[], query: string, input?: unknown, data?: unknown, v0 = false): unknown[] {
  const modules = mods.map((s, i) => parseModule(`m${i}.rego`, s, { v0 }));
  const plan = compileQuery(modules, parseQuery(query, { v0 }), { strict: true });
  return new Interp(plan).evaluate('query', input, data);
}

function errors(mods: string[], query = 'data', v0 = false): string[] {
  try {
    const modules = mods.map((s, i) => parseModule(`m${i}.rego`, s, { v0 }));
    compileQuery(modules, parseQuery(query), {});
  } catch (e) {
    if (e instanceof PalisadeError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
    throw e;
  }
  return [];
}

const P = 'package t\n';

const cases: Array<[string, string[], string, unknown[], unknown?, unknown?]> = [
  ['complete rule', [P + 'p := 1'], 'data.t.p', [1]],
  ['rule with body', [P + 'p if { input.x > 1 }'], 'data.t.p', [true], { x: 2 }],
  ['undefined rule', [P + 'p if { input.x > 1 }'], 'data.t.p', [], { x: 0 }],
  ['package object omits undefined', [P + 'p if { input.x > 1 }\nq := 2'], 'data.t', [{ q: 2 }], { x: 0 }],
  ['default', [P + 'default p := false\np if { input.x }'], 'data.t.p', [false], {}],
  ['partial set', [P + 'p contains x if { some x in [3, 1, 2] }'], 'data.t.p', [[1, 2, 3]]],
  ['partial object', [P + 'p[k] := v if { some k, v in {"a": 1, "b": 2} }'], 'data.t.p', [{ a: 1, b: 2 }]],
  ['ref head', [P + 'a.b[x].c := 1 if { some x in ["u", "v"] }'], 'data.t.a', [{ b: { u: { c: 1 }, v: { c: 1 } } }]],
  ['function', [P + 'f(x) := x + 1\np := f(2)'], 'data.t.p', [3]],
  ['function patterns', [P + 'f([a, b]) := a + b\np := f([1, 2])'], 'data.t.p', [3]],
  ['function multiple defs', [P + 'f(1) := "one"\nf(2) := "two"\np := [f(1), f(2)]'], 'data.t.p', [['one', 'two']]],
  ['else chain', [P + 'p := 1 if { false } else := 2 if { false } else := 3'], 'data.t.p', [3]],
  ['iteration and binding', [], 'x := [1, 2][_]', [{ x: 1 }, { x: 2 }]],
  ['expression value', [], '1 + 1', [2]],
  ['unify destructuring', [], '[a, [b, 3]] = [1, [2, 3]]', [{ a: 1, b: 2 }]],
  ['object pattern', [], '{"k": v} = {"k": 5}', [{ v: 5 }]],
  ['not', [P + 'p if { not input.x }'], 'data.t.p', [true], {}],
  ['not with iteration', [P + 'p if { not any_big }\nany_big if { input.xs[_] > 5 }'], 'data.t.p', [], { xs: [1, 9] }],
  ['every', [P + 'p if { every x in input.xs { x > 0 } }'], 'data.t.p', [true], { xs: [1, 2] }],
  ['every fails', [P + 'p if { every x in input.xs { x > 1 } }'], 'data.t.p', [], { xs: [1, 2] }],
  ['array comprehension', [], 'x := [z | some y in [1, 2]; z := y * 2]', [{ x: [2, 4] }]],
  ['object comprehension', [], 'x := {k: 1 | some k in ["a"]}', [{ x: { a: 1 } }]],
  ['closure', [], 'z := 10; x := [w | some y in [1]; w := y + z]', [{ x: [11], z: 10 }]],
  ['reordering', [P + 'p := y if { y > 1; y = input.v }'], 'data.t.p', [5], { v: 5 }],
  ['with input', [P + 'p := input.v\nq := y if { y := p with input.v as 7 }'], 'data.t.q', [7], { v: 1 }],
  // OPA evaluates `p()` on a non-function rule as the rule's value (its checker allows it for
  // rules of union or unknown type; enterprise-contract's lib/time calls one so).
  ['zero-argument call of a rule', [P + 'now := object.get(input, "t", 0)\nlater if now() > 1\np := [now(), data.t.now()]'], '[data.t.p, data.t.later]', [[[5, 5], true]], { t: 5 }],
  ['with does not leak', [P + 'p := input.v\nq := [a, b] if { a := p with input.v as 7; b := p }'], 'data.t.q', [[7, 1]], { v: 1 }],
  ['with data rule mock', [P + 'p := 1\nq := p + 1\nr := y if { y := q with data.t.p as 10 }'], 'data.t.r', [11]],
  ['with function mock', [P + 'f(x) := 1\ng(x) := 2\nq := y if { y := f(0) with f as g }'], 'data.t.q', [2]],
  ['base data', [P + 'p := data.cfg.v'], 'data.t.p', [3], undefined, { cfg: { v: 3 } }],
  ['iterate virtual docs', [P + 'a := 1\nb := 2', 'package u\ns contains k if { some k; data.t[k] }'], 'data.u.s', [['a', 'b']]],
  ['imports', ['package lib\nf(x) := x * 2', P + 'import data.lib\np := lib.f(3)'], 'data.t.p', [6]],
  ['input alias', [P + 'import input.spec as s\np := s.v'], 'data.t.p', [4], { spec: { v: 4 } }],
  ['walk relation', [], 'walk({"a": 1}, [p, 1])', [{ p: ['a'] }]],
  ['membership', [], '2 in [1, 2]', [true]],
  ['some k, v in', [], 'some k, v in ["a"]', [{ k: 0, v: 'a' }]],
  ['call output arg', [], 'count([1, 2], n)', [{ n: 2 }]],
  ['with builtin mocked by a value', [P + 'p := y if { y := count([1]) with count as 7 }'], 'data.t.p', [7]],
  ['with builtin mocked by a function', [P + 'f(_) := 9\np := y if { y := count([1]) with count as f }'], 'data.t.p', [9]],
  ['with mock reaches called rules', [P + 'q := count([1])\np := y if { y := q with count as 3 }'], 'data.t.p', [3]],
  ['every with key', [P + 'p if { every i, x in [1, 2] { x == i + 1 } }'], 'data.t.p', [true]],
  ['every over non-collection is undefined', [P + 'p if { every x in 1 { x } }'], 'data.t.p', []],
  ['not in function', [P + 'f(x) if { not x[_] == 2 }\np := [f([1]), true]'], 'data.t.p', [[true, true]]],
  ['closure over function args', [P + 'f(n) := [y | some y in [1, 2, 3]; y > n]\np := f(1)'], 'data.t.p', [[2, 3]]],
  ['iterate partial object', [P + 'o[k] := 1 if { some k in ["a", "b"] }\np contains k if { data.t.o[k] }'], 'data.t.p', [['a', 'b']]],
  ['some then unify', [], 'some x; x = 1', [{ x: 1 }]],
  ['nested with', [P + 'p := [input.a, input.b]\nq := y if { y := p with input.a as 1 with input.b as 2 }'], 'data.t.q', [[1, 2]], {}],
  ['comprehension in head', [P + 'p := {x | some x in input.xs}'], 'data.t.p', [[1, 2]], { xs: [2, 1, 2] }],
  ['negated unification', [P + 'p if { not input.x = 1 }'], 'data.t.p', [true], { x: 2 }],
  ['print is true and prints', [P + 'p if { print("x", input.a) }'], 'data.t.p', [true], {}],
  ['every with nested refs', [P + 'p if { every c in input.cs { c.sc.ro == true } }'], 'data.t.p', [true], { cs: [{ sc: { ro: true } }] }],
  ['object.get with an array path', [P + 'p := [object.get(input, ["a", "b"], 0), object.get(input, ["a", "x"], 0), object.get(input, [], 0)]'], 'data.t.p', [[5, 0, { a: { b: 5 } }]], { a: { b: 5 } }],
  ['with input as, test style', [P + 'allow if input.u == "admin"\ntest_allow if { allow with input as {"u": "admin"} }\ntest_deny if { not allow with input as {"u": "bob"} }'], '[data.t.test_allow, data.t.test_deny]', [[true, true]]],
  ['partial object iterated through data', [P + 'lim[n] := c.l if { some c in input.cs; n := c.n }\nmem := {k: v | v := data.t.lim[k].m}\nnames := {k | data.t.lim[k]}'], 'data.t', [{ lim: { a: {}, b: { m: 2 } }, mem: { b: 2 }, names: ['a', 'b'] }], { cs: [{ n: 'a', l: {} }, { n: 'b', l: { m: 2 } }] }],
  ['default function', [P + 'default f(_) := "no"\nf(x) := "yes" if x > 1\np := [f(0), f(5)]'], 'data.t.p', [['no', 'yes']]],
  ['nested comprehensions', [P + 'p := [[y | some y in x] | some x in [[1, 2], [3]]]\nq := {k: {v | some v in vs} | some k, vs in {"a": [1, 1, 2]}}'], 'data.t', [{ p: [[1, 2], [3]], q: { a: [1, 2] } }]],
  ['in with objects checks values', [P + 'p := ["a" in {"a": 1}, 1 in {"a": 1}]'], 'data.t.p', [[false, true]]],
  ['string escapes in keys', [P + 'p := {"a\\"b": 1, "tab\\tx": 2, "\\u00e9": 3}\nq := p["a\\"b"]'], 'data.t', [{ p: { 'a"b': 1, 'tab\tx': 2, 'é': 3 }, q: 1 }]],
  ['exponent literals and large input numbers', [P + 'p := 1e3\nq := 1e3 == 1000\nr := input.f * 2'], 'data.t', [{ p: 1000, q: true, r: 0.2 }], { f: 0.1 }],
  ['constant non-string key into data is base data only', [P + 'a := [data.t[2]]\nb := 1'], 'data.t', [{ b: 1 }]],
  ['some-in pattern matching some elements', [P + 'p if { some [1] in [[1, 2], [1]] }'], 'data.t.p', [true]],
  ['object comprehension with an infix key', [P + 'p := {concat("", [k, "x"]): v | some k, v in {"a": 1}}\nq := {k + 1: v | some k, v in [5]}'], 'data.t', [{ p: { ax: 1 }, q: { '1': 5 } }]],
  ['rule indexing', [P + ['Pod', 'Deployment', 'Service', 'Job'].map((k) => `v contains "${k}" if { input.kind == "${k}" }`).join('\n')], 'data.t.v', [['Job']], { kind: 'Job' }],
  // Real-world Rego that OPA accepts (issue 8): each reproduction is a case.
  ['a := in a comprehension is its own scope (declared later outside)', [P + 'later := y if { xs := [x | x := [1, 2][_]]; x := xs[0]; y := x }'], 'data.t.later', [1]],
  ['a := in a comprehension shadows an earlier declaration', [P + 'earlier := y if { x := 1; y := [x | x := 2] }'], 'data.t.earlier', [[2]]],
  ['a closure before a declaration does not see it', [P + 'p := [a, x] if { a := [x | x = 5]; x := 1 }'], 'data.t.p', [[[5], 1]]],
  ['some declared in the body, bound only in a comprehension', [P + 'names := ns if { some i; ns := {n | n := input.items[i].name} }'], 'data.t.names', [['a', 'b']], { items: [{ name: 'b' }, { name: 'a' }] }],
  ['a comprehension in a head whose body needs reordering', [P + 'xs := [1, 2]\nf(x) := x + 1\nb := [k | k = f(v); v = xs[_]]'], 'data.t.b', [[2, 3]]],
  ['not over a call whose argument is undefined fails the body', [P + 'f(_) := true\np if { x := {"a": 1}; not f(x.b) }'], 'data.t.p', []],
  ['not over a ref whose index is undefined fails the body', [P + 'q if { obj := {"k": true}; not obj[input.missing] }'], 'data.t.q', [], {}],
  ['not over an undefined ref or comparison with it still holds', [P + 'r if { not input.missing }\ns if { not input.missing == 1 }'], '[data.t.r, data.t.s]', [[true, true]], {}],
  ['not over a comparison of a call result fails when the call is undefined', [P + 'u if { not count(input.missing) == 0 }'], 'data.t.u', [], {}],
  ['not hoists under the same with', [P + 'f(x) if x == 1\np if { not f(input.a) with input as {"a": 2} }'], 'data.t.p', [true], {}],
  ['not in a comprehension body hoists there', [P + 'f(_) := true\np := [x | some x in [{"b": 1}, {}]; not f(x.b)]'], 'data.t.p', [[]]],
  ['rego.metadata.rule() is the rule\'s METADATA', ['# METADATA\n# title: pkg\npackage t\n\n# METADATA\n# custom:\n#   severity: HIGH\np := m if { m := rego.metadata.rule() }\ntest_metadata_rule if p.custom.severity == "HIGH"\nq := rego.metadata.rule()'], '[data.t.p, data.t.test_metadata_rule, data.t.q]', [[{ scope: 'rule', custom: { severity: 'HIGH' } }, true, {}]]],
  ['rego.metadata.chain() runs from the rule out to its packages', ['# METADATA\n# scope: subpackages\n# title: root\npackage a\n', '# METADATA\n# description: pkg\npackage a.b\n\n# METADATA\n# scope: document\n# title: doc\np := 1 if false\n\n# METADATA\n# title: rule\np := c if { c := rego.metadata.chain() }'], 'data.a.b.p', [[{ path: ['a', 'b', 'p'], annotations: { scope: 'rule', title: 'rule' } }, { path: ['a', 'b', 'p'], annotations: { scope: 'document', title: 'doc' } }, { path: ['a', 'b'], annotations: { scope: 'package', description: 'pkg' } }, { path: ['a'], annotations: { scope: 'subpackages', title: 'root' } }]]],
  ['with a user function as a value', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := f(1) with f as 9'], 'data.t.p', [9]],
  ['with a user function as a local value reaching a called function', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if { x := 4; v := h(1) with f as x }'], 'data.t.p', [5]],
  ['with a user function as another function', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := h(1) with f as g'], 'data.t.p', [11]],
  ['with a user function as a builtin', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := f([1, 2]) with f as count'], 'data.t.p', [2]],
  ['with a user function as a mock calling the original', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := h(1) with f as m'], 'data.t.p', [201]],
  ['with a builtin as a mock calling the original', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := count([1, 2]) with count as mc'], 'data.t.p', [102]],
  ['with a builtin as a local value', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if { x := 3; v := count([1]) with count as x }'], 'data.t.p', [3]],
  ['with a builtin as a local value reaching a called rule', [P + 'q := count([1])\np := v if { x := 3; v := q with count as x }'], 'data.t.p', [3]],
  ['nested with on functions', [P + 'f(x) := x + 1\ng(x) := x * 10\nh(x) := f(x) + 1\nm(x) := f(x) * 100\nmc(xs) := count(xs) + 100\np := v if v := h(1) with f as g with g as m'], 'data.t.p', [11]],
  ['a bodiless function definition in v1', [P + 'is_name("var", 0)\np := [is_name("var", 0)]\nq if not is_name("x", 0)'], '[data.t.p, data.t.q]', [[[true], true]]],
  ['a default under a ground ref with a constant key', [P + 'default c[true] := "t"\ndefault c[false] := "f"\nc["hello"] := "world"\nc[false] := "set"'], 'data.t.c', [{ true: 't', false: 'set', hello: 'world' }]],
  ['a comprehension in an else value whose body needs reordering', [P + 'p := 1 if { false } else := [k | k = v + 1; v = [1][_]]'], 'data.t.p', [[2]]],
];

describe('compileQuery evaluates Rego', () => {
  for (const [name, mods, query, want, input, data] of cases) {
    it(name, () => {
      expect(run(mods, query, input, data)).toEqual(want);
    });
  }

  it('v0 syntax', () => {
    expect(run(['package t\np[x] { x := 1 }\nq = y { y := 2 }'], 'data.t', undefined, undefined, true)).toEqual([{ p: [1], q: 2 }]);
  });

  it('complete rule conflicts abort', () => {
    expect(() => run([P + 'p := x if { some x in [1, 2] }'], 'data.t.p')).toThrow(/complete rules must not produce multiple outputs/);
  });

  it('function conflicts abort', () => {
    expect(() => run([P + 'f(_) := 1\nf(_) := 2\np := f(0)'], 'data.t.p')).toThrow(/functions must not produce multiple outputs/);
  });
});

// The same table through the real path: link into a standalone .wasm, load with opa-wasm.
describe.skipIf(!existsSync(RUNTIME_WASM))('compileQuery on the WebAssembly runtime', () => {
  for (const [name, mods, query, want, input, data] of cases) {
    it(name, async () => {
      const plan = compileQuery(mods.map((src, i) => parseModule(`m${i}.rego`, src, {})), parseQuery(query), { strict: true });
      const policy = await opa.loadPolicy(linkPolicy(plan), undefined, hostBuiltins({ strict: true }) as never);
      if (data !== undefined) policy.setData(data as object);
      const rs = policy.evaluate(input, 'query') as Array<{ result: unknown }>;
      expect(rs.map((r) => r.result)).toEqual(want);
    });
  }
});

// OPA v1.12 string interpolation: lowered to sprintf, whose formatting only the runtime has.
describe.skipIf(!existsSync(RUNTIME_WASM))('template strings', () => {
  const evalWasm = async (src: string, query: string, input?: unknown): Promise<unknown[]> => {
    const plan = compileQuery([parseModule('m.rego', src, {})], parseQuery(query), { strict: true });
    const policy = await opa.loadPolicy(linkPolicy(plan), undefined, hostBuiltins({ strict: true }) as never);
    return (policy.evaluate(input, 'query') as Array<{ result: unknown }>).map((r) => r.result);
  };
  it('interpolates values as OPA prints them, an undefined one as <undefined>', async () => {
    const src = P + 'allowed := ["admin", "dev"]\np := $"User {input.u}\'s role {input.r}, one of {allowed}; {{"a": {1, 2}}} {input.none} 100% \\{x\\}"\nq := $`raw {1 + 1} \\n`';
    expect(await evalWasm(src, '[data.t.p, data.t.q]', { u: 'bob', r: 'x' })).toEqual([[`User bob's role x, one of ["admin", "dev"]; {"a": {1, 2}} <undefined> 100% {x}`, 'raw 2 \\n']]);
  });
  it('binds a hole to a variable bound outside it', async () => {
    expect(await evalWasm(P + 'p contains $"{i}: {input.xs[i]}" if { some i; input.xs[i] > 1 }', 'data.t.p', { xs: [1, 2] })).toEqual([['1: 2']]);
  });
  it('rejects a hole that would iterate', () => {
    expect(errors([P + 'p := $"{input.xs[_]}"'])).toEqual(['2:18 rego_compile_error template-strings must not produce multiple outputs']);
  });
});

describe('compileModules', () => {
  it('names entrypoints with slashes and evaluates them', () => {
    const m = parseModule('m.rego', P + 'p := 1\nq contains 2', {});
    const plan = compileModules([m], { entrypoints: ['data.t.p', 't/q', 't'] });
    expect(plan.entrypoints.map((e) => e.name)).toEqual(['t/p', 't/q', 't']);
    const it = new Interp(plan);
    expect(it.evaluate('t/p', {})).toEqual([1]);
    expect(it.evaluate('t', {})).toEqual([{ p: 1, q: [2] }]);
  });

  it('indexes many rules under one Switch', () => {
    const rules = Array.from({ length: 50 }, (_, i) => `v contains ${i} if { input.kind == "K${i}" }`).join('\n');
    const plan = compileModules([parseModule('m.rego', P + rules, {})], { entrypoints: ['t/v'] });
    const body = JSON.stringify(plan.funcs.find((f) => f.name === 'data.t.v')!.body);
    expect(body).toContain('"op":"Switch"');
    expect(new Interp(plan).evaluate('t/v', { kind: 'K7' })).toEqual([[7]]);
  });
});

describe('performance', () => {
  const policy = (n: number): string =>
    P + Array.from({ length: n }, (_, i) => `violation contains {"msg": "m${i}"} if {\n  input.kind == "K${i % 20}"\n  input.spec.replicas > ${i}\n}`).join('\n');
  const cost = (n: number): number => {
    const plan = compileModules([parseModule('m.rego', policy(n), {})], { entrypoints: ['t/violation'] });
    const it = new Interp(plan);
    it.evaluate('t/violation', { kind: 'Other', spec: { replicas: 1000 } });
    return it.steps;
  };
  it('a 200-rule set costs about what a 20-rule one does when the rules do not apply', () => {
    expect(cost(200)).toBeLessThan(cost(20) * 2);
  });
  it('constant-valued complete rules stop at the first solution', () => {
    const plan = compileQuery([parseModule('m.rego', P + 'p if { some x in input.xs; x > 0 }', {})], parseQuery('data.t.p'), {});
    const it = new Interp(plan);
    expect(it.evaluate('query', { xs: Array.from({ length: 1000 }, (_, i) => i + 1) })).toEqual([true]);
    expect(it.steps).toBeLessThan(50);
  });
});

describe('checks', () => {
  it('reports unsafe variables at the variable', () => {
    expect(errors([P + 'p if { x > 1 }'])).toEqual(['2:8 rego_unsafe_var_error var x is unsafe']);
  });
  it('reports unsafe head variables', () => {
    expect(errors([P + 'p := y if { true }'])).toEqual(['2:6 rego_unsafe_var_error var y is unsafe']);
  });
  it('reports recursion', () => {
    expect(errors([P + 'p if { q }\nq if { p }'])[0]).toMatch(/rego_recursion_error rule data.t.p is recursive/);
  });
  it('rejects a with that would replace part of a rule, as OPA does', () => {
    // OPA's TestCompilerMockVirtualDocumentPartially; replacing the whole rule, or data that no rule defines, is fine.
    expect(errors([P + 'p := {"a": 1}\nq := x if { p = x with p.a as 2 }'])).toEqual(['3:24 rego_compile_error with keyword cannot partially replace virtual document(s)']);
    expect(errors([P + 'p := {"a": 1}\nq := x if { x := p.a with data.t.p.a as 2 }'])).toEqual(['3:27 rego_compile_error with keyword cannot partially replace virtual document(s)']);
    expect(errors([P + 'p := {"a": 1}\nq := x if { x := p with p as {"a": 2} }\nr := x if { x := data.cfg.a with data.cfg.a as 2 }'])).toEqual([]);
  });
  it('rejects p() on a rule whose every definition is a scalar literal of one type, as OPA\'s type checker does', () => {
    // OPA types such a rule exactly (number, boolean, …), not as a union or unknown: `undefined function`.
    expect(errors([P + 'n := 1\nn := 2 if input.x\nq := n()'])).toEqual(['4:6 rego_type_error undefined function data.t.n']);
    expect(errors([P + 'default b := false\nb if input.x\nq := data.t.b()'])).toEqual(['4:6 rego_type_error undefined function data.t.b']);
    expect(errors([P + 's := "a" if input.x else := "b"\nq := s()'])).toEqual(['3:6 rego_type_error undefined function data.t.s']);
    // A union of types, or a value only inference could type, is still read.
    expect(errors([P + 'u := 1 if input.x\nu := "one" if not input.x\nv := input.v\nq := [u(), v()]'])).toEqual([]);
  });
  it('reports unknown functions and unsupported builtins', () => {
    expect(errors([P + 'p := foo(1)'])[0]).toMatch(/rego_type_error undefined function foo/);
    expect(errors([P + 'p := http.send({})'])[0]).toMatch(/rego_unsupported_error unsupported builtin http.send/);
  });
  it('reports a builtin Palisade lacks only where an entrypoint reaches it, naming the entrypoint', () => {
    const mods = [parseModule('m.rego', P + 'x := http.send({})\np := 1\nq := y if y := x', {}), parseModule('l.rego', 'package lib\nf(u) := crypto.x509.parse_certificates(u)', {})];
    expect(new Interp(compileModules(mods, { entrypoints: ['t/p'] })).evaluate('t/p', {})).toEqual([1]);
    let got: string[] = [];
    try {
      compileModules(mods, { entrypoints: ['t/p', 't/q'] });
    } catch (e) {
      got = (e as PalisadeError).diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`);
    }
    expect(got).toEqual(['m.rego:2:6 rego_unsupported_error unsupported builtin http.send: Palisade does not implement it (reached from entrypoint t/q)']);
  });
  it('reports input and data shadowed in a v1 module as OPA does, and nothing after', () => {
    expect(errors([P + 'f(data) := 1\np := f(2)'])).toEqual(['2:3 rego_compile_error args must not shadow data (use a different variable name)']);
    expect(errors([P + 'f(input) := input + 1'])).toEqual(['2:3 rego_compile_error args must not shadow input (use a different variable name)']);
    expect(errors([P + 'p if { data := 1 }'])).toEqual(['2:8 rego_compile_error variables must not shadow data (use a different variable name)']);
    expect(errors([P + 'input := 1'])).toEqual(['2:1 rego_compile_error rules must not shadow input (use a different rule name)']);
    expect(errors([P + 'import rego.v1\nf(data) = 1 if { true }'], 'data', true)).toEqual(['3:3 rego_compile_error args must not shadow data (use a different variable name)']);
    // Rego v0 has no such check: `data` there is a pattern against the whole document, which includes f.
    expect(errors([P + 'f(data) = 1 { true }'], 'data', true)[0]).toMatch(/rego_recursion_error rule data\.t\.f is recursive/);
  });
  it('rejects OPA\'s deprecated builtins in v1 modules, v0 syntax with import rego.v1 included', () => {
    expect(errors([P + 'p := any([true])'])).toEqual(['2:6 rego_type_error deprecated built-in function calls in expression: any']);
    expect(errors([P + 'import rego.v1\np if re_match("a", "a")'], 'data', true)).toEqual(['3:6 rego_type_error deprecated built-in function calls in expression: re_match']);
    expect(errors([P + 'p { all([true]) }'], 'data', true)).toEqual([]);
  });
  it('reports arity errors', () => {
    expect(errors([P + 'p := count(1, 2, 3)'])[0]).toMatch(/rego_type_error count: arity mismatch/);
  });
  it('reports conflicting rule kinds', () => {
    expect(errors([P + 'p := 1\np contains 2'])[0]).toMatch(/conflicting rules data.t.p/);
  });
  it('reports multiple defaults', () => {
    expect(errors([P + 'default p := 1\ndefault p := 2'])[0]).toMatch(/multiple default rules data.t.p/);
    expect(errors([P + 'default c[true] := 1\ndefault c[true] := 2'])[0]).toMatch(/multiple default rules data.t.c/);
    expect(errors([P + 'default c[true] := 1\ndefault c[false] := 2'])).toEqual([]);
  });
  it('reports vars only bound inside a negation, but not wildcards there', () => {
    expect(errors([P + 'q contains 1\np if { not q[x] }'])).toEqual(['3:14 rego_unsafe_var_error var x is unsafe']);
    expect(errors([P + 'q contains 1\np if { not q[_] }'])).toEqual([]);
  });
  it('reports with values that are not bound', () => {
    expect(errors([P + 'q := input\np if { q with input as x }'])[0]).toMatch(/var x is unsafe/);
  });
  it('reports literal patterns that can never match', () => {
    expect(errors([P + 'p if { [a, b] = [1, 2, 3] }'])[0]).toMatch(/rego_type_error match error: mismatch in number of array elements/);
  });
  it('reports some-in over a scalar literal, as OPA\'s type checker does', () => {
    for (const c of ['null', 'false', '0', '""']) {
      expect(errors([P + `p if { some _ in ${c} }`])[0]).toMatch(/rego_type_error undefined ref: `some .. in` expects an array, set or object/);
    }
  });
  it('reports some-in patterns no element of a literal collection can match', () => {
    expect(errors([P + 'p if { some [x, y] in [[1, 2, 3]] }'])[0]).toMatch(/rego_type_error match error: mismatch in number of array elements \(2 and 3\)/);
    expect(errors([P + 'p if { some [1] in [[1, 2], [1]] }'])).toEqual([]);
  });
  it('does not see recursion through a constant non-string key into data', () => {
    expect(errors([P + 'a := [data.t[2]]'])).toEqual([]);
  });
  it('rejects an infix comprehension head, as OPA\'s parser does (the head is a plain term)', () => {
    expect(() => parseModule('m.rego', P + 'p := [x * 2 | some x in [1]]', {})).toThrow(/rego_parse_error/);
    // The same holds for a set head and an object value; an object KEY may be infix (OPA re-parses it).
    expect(() => parseModule('m.rego', P + 'p := {x + 1 | some x in [1]}', {})).toThrow(/rego_parse_error/);
    expect(() => parseModule('m.rego', P + 'p := {k: v + 1 | some k, v in [1]}', {})).toThrow(/rego_parse_error/);
  });
  it('reports rego.v1 next to future.keywords', () => {
    expect(errors([P + 'import rego.v1\nimport future.keywords.in\np := 1'])[0]).toMatch(/this import shadows previous import/);
  });
  it('reports := after a use of the same name', () => {
    expect(errors([P + 'p if { x == 1; x := 1 }'])[0]).toMatch(/var x referenced above/);
  });
  it('reports := with nothing to bind', () => {
    expect(errors([P + 'p if { 1 := 1 }'])[0]).toMatch(/cannot assign to number/);
  });
  it('reports output arguments inside terms', () => {
    expect(errors([P + 'p := array.concat([1], [2], [3])'])[0]).toMatch(/array.concat: arity mismatch/);
  });
  it('reports := redeclaration', () => {
    expect(errors([P + 'p if { x := 1; x := 2 }'])[0]).toMatch(/var x assigned above/);
  });
});
