// OPA's opt-in `and`/`or` keywords and `future.keywords.not`, compiled and run on the real
// WebAssembly runtime. Expected results are those of OPA's keyword pages
// (policy-reference/keywords/logical and not): their examples, and the cases they list as errors.

import { existsSync } from 'node:fs';
import opa from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../../diagnostics.js';
import { RUNTIME_WASM } from '../../paths.js';
import { hostBuiltins } from '../../runtime/host/index.js';
import { linkPolicy } from '../../runtime/link.js';
import { compileQuery } from '../compile.js';
import { parseModule, parseQuery } from '../parser.js';

const H = 'package t\nimport future.keywords.and\nimport future.keywords.or\n';

async function evaluate(src: string, query: string, input?: unknown, data?: object): Promise<unknown[]> {
  const plan = compileQuery([parseModule('m.rego', src, {})], parseQuery(query), { strict: true });
  const policy = await opa.loadPolicy(linkPolicy(plan), undefined, hostBuiltins({ strict: true }) as never);
  if (data) policy.setData(data);
  return (policy.evaluate(input, 'query') as Array<{ result: unknown }>).map((r) => r.result);
}

function errors(src: string): string[] {
  try {
    compileQuery([parseModule('m.rego', src, {})], parseQuery('data'), {});
  } catch (e) {
    if (e instanceof PalisadeError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
    throw e;
  }
  return [];
}

describe.skipIf(!existsSync(RUNTIME_WASM))('and / or on the WebAssembly runtime', () => {
  it("runs the keyword page's example", async () => {
    const src = H + 'import data.groups\nallow if input.user == "admin" or\n    input.user in groups.admins\nallow if input.action == "write" and\n    input.user in groups.editors';
    const data = { groups: { admins: ['alice', 'charlie'], editors: ['bob', 'charlie'] } };
    expect(await evaluate(src, 'data.t.allow', { action: 'delete', user: 'charlie' }, data)).toEqual([true]);
    expect(await evaluate(src, 'data.t.allow', { action: 'write', user: 'bob' }, data)).toEqual([true]);
    expect(await evaluate(src, 'data.t.allow', { action: 'delete', user: 'bob' }, data)).toEqual([]);
  });

  it('succeeds or fails without a value, false and undefined operands both failing', async () => {
    const src = H + 'p if { input.a or input.b }\nq if { input.a and input.b }';
    const cases: Array<[unknown, unknown[], unknown[]]> = [
      [{ a: true, b: true }, [true], [true]],
      [{ a: false, b: true }, [true], []],
      [{ a: false, b: false }, [], []],
      [{ b: 1 }, [true], []],
      [{}, [], []],
    ];
    for (const [input, p, q] of cases) {
      expect(await evaluate(src, 'data.t.p', input)).toEqual(p);
      expect(await evaluate(src, 'data.t.q', input)).toEqual(q);
    }
  });

  it('adds nothing to the package document (the generated functions are not rules)', async () => {
    expect(await evaluate(H + 'p if input.a or input.b\nq if { { some x in [1]; x == 1 } and input.a }\nr := 1', 'data.t', { a: true })).toEqual([{ p: true, q: true, r: 1 }]);
  });

  it('does not branch: both operands true add one element', async () => {
    const src = H + 's := {"do", "re", "mi"}\np := [x |\n  some x in s\n  count(x) > 1 or count(x) < 3\n]';
    expect(await evaluate(src, 'data.t.p')).toEqual([['do', 'mi', 're']]);
  });

  it('binds not, and, or in that order, left to right', async () => {
    const src = H + 't if input.a and input.b or input.c\nu if input.a or input.b and input.c\nv if not input.a and input.b\nw if (input.a or input.b) and input.c';
    expect(await evaluate(src, 'data.t.t', { c: true })).toEqual([true]);
    expect(await evaluate(src, 'data.t.t', { a: true })).toEqual([]);
    expect(await evaluate(src, 'data.t.u', { a: true })).toEqual([true]);
    expect(await evaluate(src, 'data.t.u', { b: true })).toEqual([]);
    expect(await evaluate(src, 'data.t.v', { b: true })).toEqual([true]);
    expect(await evaluate(src, 'data.t.v', { a: true, b: true })).toEqual([]);
    expect(await evaluate(src, 'data.t.w', { b: true, c: true })).toEqual([true]);
    expect(await evaluate(src, 'data.t.w', { a: true })).toEqual([]);
  });

  it('short-circuits: a later operand runs only when needed', async () => {
    // In strict mode a division by zero is an error, so evaluating it would show.
    const src = H + 'p if input.a or 1 / input.zero == 1\nq if input.a and 1 / input.zero == 1';
    expect(await evaluate(src, 'data.t.p', { a: true, zero: 0 })).toEqual([true]);
    expect(await evaluate(src, 'data.t.q', { a: false, zero: 0 })).toEqual([]);
    await expect(evaluate(src, 'data.t.p', { a: false, zero: 0 })).rejects.toThrow(/divide by zero/);
  });

  it('explicit bodies iterate and keep their variables to themselves', async () => {
    const src = H + 'items := [1, 2, 3]\np if {\n  { some x in items; x > 2 } or input.b\n}\nq if {\n  y := 3\n  { x := y; x > 1 } or input.b\n}\nr if { { x := 5 } or input.b; x := 1; x == 1 }';
    expect(await evaluate(src, '[data.t.p, data.t.q, data.t.r]')).toEqual([[true, true, true]]);
  });

  it('applies a trailing with to the whole expression, a grouped one to its operand', async () => {
    const src = H + 'w1 if input.zz or input.u == "x" with input.u as "x"\nw2 if input.u == "x" or (input.u == "y" with input.u as "y")\nw3 if input.zz or {input.u == "x" with input.u as "x"}\nw4 if input.u == "y" or (input.v == 1 with input.u as "y")';
    expect(await evaluate(src, '[data.t.w1, data.t.w2, data.t.w3]', { u: 'q' })).toEqual([[true, true, true]]);
    // The grouped `with` does not reach the other operand.
    expect(await evaluate(src, 'data.t.w4', { u: 'q', v: 2 })).toEqual([]);
  });

  it('works in functions, else chains, every, partial and ref-head rules, and rule-head comprehensions', async () => {
    const src =
      H +
      'f(x) if x > 1 or x < -1\n' +
      'default g(_) := "none"\ng(x) := "big" if x > 10 or x < -10\n' +
      'e := 1 if input.a or input.b else := 2\n' +
      'ev if every x in input.xs { x > 0 or x == -5 }\n' +
      'set contains x if { some x in input.xs; x > 2 or x < 0 }\n' +
      'obj.sub[x] := true if { some x in input.xs; x == 1 or x == 3 }\n' +
      'heads := {x: y | some x in input.xs; y := x * 2; x > 2 or x == 1}\n' +
      'eo if { every x in input.xs { x > 0 } or input.force }';
    const input = { xs: [1, 3, -5], force: true };
    expect(await evaluate(src, '[[data.t.f(5), data.t.f(-5)], [data.t.g(0), data.t.g(11)], data.t.e, data.t.ev, data.t.set, data.t.obj, data.t.heads, data.t.eo]', input)).toEqual([
      [[true, true], ['none', 'big'], 2, true, [-5, 3], { sub: { 1: true, 3: true } }, { 1: 2, 3: 6 }, true],
    ]);
    expect(await evaluate(src, 'data.t.f(0)')).toEqual([]);
  });

  it('nests and/or inside explicit bodies and comprehensions inside operands', async () => {
    const src = H + 'p if { { some x in input.xs; x > 5 or x < -5 } or count([y | some y in input.xs; y == 0 or y == 1]) > 1 }';
    expect(await evaluate(src, 'data.t.p', { xs: [0, 1] })).toEqual([true]);
    expect(await evaluate(src, 'data.t.p', { xs: [0, 2] })).toEqual([]);
    expect(await evaluate(src, 'data.t.p', { xs: [9] })).toEqual([true]);
  });

  it('reports what OPA reports, and only what it documents as allowed passes', () => {
    expect(errors(H + 'p if { x := 1 or input.b }')).toEqual(['4:8 rego_compile_error cannot assign vars inside implicit or operand']);
    expect(errors(H + 'p if { x = 1 or input.b }')).toEqual(['4:8 rego_unsafe_var_error var x is unsafe']);
    expect(errors(H + 'p if { {x := 1} and x == 1 }')).toEqual(['4:21 rego_unsafe_var_error var x is unsafe']);
    expect(errors(H + 'p if { {x := 1} or input.b }')).toEqual([]);
    expect(errors(H + 'p if { some x in input.xs or input.b }')).toEqual(['4:8 rego_compile_error cannot declare vars inside implicit or operand']);
    expect(errors(H + 'p if { input.xs[_] == 1 or input.b }')).toEqual(['4:17 rego_unsafe_var_error var _ is unsafe']);
  });
});

describe.skipIf(!existsSync(RUNTIME_WASM))('future.keywords.not on the WebAssembly runtime', () => {
  const N = 'package t\nimport future.keywords.not\nimport future.keywords.or\n';
  const lookup = 'groups := {"admin": ["alice"], "user": ["bob"]}\nlookup(user) := group if {\n  some group, members in groups\n  user in members\n}\nadmin(group) if group in ["admin", "sudo"]\n';

  it('evaluates a negated expression whole (undefined inside makes the not true)', async () => {
    const src = 'restricted if {\n  not admin(lookup(input.user))\n}\n' + lookup;
    expect(await evaluate(N + src, 'data.t.restricted', { user: 'cesar' })).toEqual([true]);
    expect(await evaluate(N + src, 'data.t.restricted', { user: 'alice' })).toEqual([]);
    // Without the import OPA binds lookup(...) before the not: the rule is undefined.
    expect(await evaluate('package t\n' + src, 'data.t.restricted', { user: 'cesar' })).toEqual([]);
  });

  it('negates an explicit body and a group', async () => {
    const src =
      N +
      'deny contains $"server {server.name} is misconfigured" if {\n  some server in input.servers\n  not {\n    listener := server.listener\n    listener.port == 443\n    listener.protocol == "tcp"\n  }\n}\n' +
      'p if { not (input.a or input.b) }';
    const servers = [
      { name: 'web1', listener: { port: 80, protocol: 'tcp' } },
      { name: 'web2', listener: { port: 443, protocol: 'tcp' } },
      { name: 'web3', listener: { port: 443, protocol: 'udp' } },
    ];
    expect(await evaluate(src, 'data.t.deny', { servers })).toEqual([['server web1 is misconfigured', 'server web3 is misconfigured']]);
    expect(await evaluate(src, 'data.t.p', {})).toEqual([true]);
    expect(await evaluate(src, 'data.t.p', { b: true })).toEqual([]);
  });

  it('rejects an assignment in a single negated expression', () => {
    expect(errors(N + 'p if { not x := input.a }')).toEqual(['4:8 rego_compile_error cannot assign vars inside negated expression']);
    expect(errors(N + 'p if { not (x := input.a) }')).toEqual(['4:12 rego_compile_error cannot assign vars inside negated expression']);
  });
});
