import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import type { Plan } from '../rego/ir.js';
import { linkPolicy } from './link.js';
import { B, N, NULL, S } from './testing.js';

const { loadPolicy, loadPolicySync } = opa;

/** input itself, as the single result */
const echo: Plan = {
  constants: [], builtins: [], funcs: [], strict: false,
  entrypoints: [{ name: 't/echo', locals: 1, body: [{ op: 'LoadInput', dst: 0 }, { op: 'ResultAdd', value: { local: 0 } }] }],
};

describe('JSON in and out', () => {
  const p = loadPolicySync(linkPolicy(echo));
  const cases: unknown[] = [
    { a: 1, b: [true, false, null], c: 'x' },
    'héllo wörld ✓ 😀 \u0000 \n\t"\\ </script> & \u2028',
    [1.5, -0.25, 1e-7, 123456789012, -9007199254740991, 1e21, 0.1],
    { z: 1, a: 2, m: { y: [], x: {} } },
    [[[[[]]]]],
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('round-trips %s', (_, c) => {
    expect(p.evaluate(c)).toEqual([{ result: c }]);
  });

  it('keeps object keys sorted and the last duplicate', () => {
    const r = p.evaluate(new TextEncoder().encode('{"b":1,"a":2,"b":3}').buffer as ArrayBuffer);
    expect(JSON.stringify(r[0].result)).toBe('{"a":2,"b":3}');
  });

  it('decodes escapes and surrogate pairs; lone surrogates become U+FFFD', () => {
    const raw = '["\\u00e9\\ud83d\\ude00\\/", "\\ud800x"]';
    const r = p.evaluate(new TextEncoder().encode(raw).buffer as ArrayBuffer);
    expect(r[0].result).toEqual(['é😀/', '\ufffdx']);
  });

  it('keeps integers beyond 64 bits exactly', () => {
    const raw = '[123456789012345678901234567890, -18446744073709551616, 9223372036854775807]';
    const r = p.evaluate(new TextEncoder().encode(raw).buffer as ArrayBuffer);
    // JSON.parse on the JS side rounds, but the text the runtime printed was exact
    expect(r[0].result[2]).toBe(9223372036854775807);
  });

  it('takes the empty string through the byte API (the SDK skips falsy inputs)', () => {
    expect(p.evaluate(new TextEncoder().encode('""').buffer as ArrayBuffer)).toEqual([{ result: '' }]);
  });

  it('rejects malformed input with a clear error instead of crashing', () => {
    for (const bad of ['{"a":}', '[1,]', 'tru', '"\x01"', '{"a" 1}', '01']) {
      expect(() => p.evaluate(new TextEncoder().encode(bad).buffer as ArrayBuffer)).toThrow(/invalid input/);
    }
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(() => p.evaluate(new TextEncoder().encode(deep).buffer as ArrayBuffer)).toThrow(/invalid input/);
  });

  it('parses data given with setData', () => {
    const d: Plan = {
      constants: [S('k')], builtins: [], funcs: [], strict: false,
      entrypoints: [{ name: 't/d', locals: 2, body: [
        { op: 'LoadData', dst: 0 }, { op: 'Dot', src: { local: 0 }, key: { const: 0 }, dst: 1 },
        { op: 'ResultAdd', value: { local: 1 } }] }],
    };
    const q = loadPolicySync(linkPolicy(d));
    expect(q.evaluate({})).toEqual([]);
    q.setData({ k: ['v', 2] });
    expect(q.evaluate({})).toEqual([{ result: ['v', 2] }]);
    expect(q.evaluate(null)).toEqual([{ result: ['v', 2] }]);
  });
});

// data.t.deny contains c.name if { some c in input.containers; c.privileged }
// data.t.allow := true if count(deny) == 0  (complete rule, default false)
const k8s: Plan = {
  constants: [S('containers'), S('privileged'), S('name'), B(true), N(0), B(false)],
  builtins: [{ name: 'count', arity: 1 }, { name: 'equal', arity: 2 }],
  funcs: [
    { name: 'data.t.deny', params: 0, locals: 6, result: 0, memo: true, body: [
      { op: 'MakeSet', dst: 0 },
      { op: 'LoadInput', dst: 1 },
      { op: 'Dot', src: { local: 1 }, key: { const: 0 }, dst: 2 },
      { op: 'Scan', src: { local: 2 }, key: -1, value: 3, block: [
        { op: 'Dot', src: { local: 3 }, key: { const: 1 }, dst: 4 },
        { op: 'NotFalse', a: { local: 4 } },
        { op: 'Dot', src: { local: 3 }, key: { const: 2 }, dst: 5 },
        { op: 'SetAdd', set: 0, value: { local: 5 } },
      ] },
    ] },
    { name: 'data.t.allow', params: 0, locals: 3, result: 0, memo: true, body: [
      { op: 'Blocks', blocks: [
        [
          { op: 'CallFunc', func: 0, args: [], dst: 1 },
          { op: 'Call', builtin: 0, args: [{ local: 1 }], dst: 2 },
          { op: 'Equal', a: { local: 2 }, b: { const: 4 } },
          { op: 'AssignOnce', src: { const: 3 }, dst: 0, message: 0 },
        ],
        [{ op: 'IsUndefined', local: 0 }, { op: 'Assign', src: { const: 5 }, dst: 0 }],
      ] },
    ] },
  ],
  entrypoints: [
    { name: 't/deny', locals: 1, body: [{ op: 'CallFunc', func: 0, args: [], dst: 0 }, { op: 'ResultAdd', value: { local: 0 } }] },
    { name: 't/allow', locals: 1, body: [{ op: 'CallFunc', func: 1, args: [], dst: 0 }, { op: 'ResultAdd', value: { local: 0 } }] },
  ],
  strict: false,
};

describe('the interpreter', () => {
  it('evaluates a partial set rule and a complete rule, with several entrypoints', async () => {
    const p = await loadPolicy(linkPolicy(k8s));
    expect(p.entrypoints).toEqual({ 't/deny': 0, 't/allow': 1 });
    const input = { containers: [{ name: 'b', privileged: true }, { name: 'a', privileged: true }, { name: 'c', privileged: false }, { name: 'd' }] };
    expect(p.evaluate(input, 't/deny')).toEqual([{ result: ['a', 'b'] }]);
    expect(p.evaluate(input, 't/allow')).toEqual([{ result: false }]);
    expect(p.evaluate({ containers: [] }, 1)).toEqual([{ result: true }]);
    expect(p.evaluate({}, 't/deny')).toEqual([{ result: [] }]);
  });

  it('aborts with the plan message on a complete-rule conflict', () => {
    const plan: Plan = {
      constants: [S('eval_conflict_error: complete rules must not produce multiple outputs (t.rego:3)'), N(1), N(2)],
      builtins: [], funcs: [{ name: 'data.t.x', params: 0, locals: 1, result: 0, memo: true, body: [
        { op: 'AssignOnce', src: { const: 1 }, dst: 0, message: 0 },
        { op: 'AssignOnce', src: { const: 1 }, dst: 0, message: 0 },
        { op: 'AssignOnce', src: { const: 2 }, dst: 0, message: 0 },
      ] }],
      entrypoints: [{ name: 't/x', locals: 1, body: [{ op: 'CallFunc', func: 0, args: [], dst: 0 }, { op: 'ResultAdd', value: { local: 0 } }] }],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan));
    expect(() => p.evaluate({})).toThrow(/eval_conflict_error: complete rules must not produce multiple outputs \(t\.rego:3\)/);
    // the next evaluation works again
    expect(() => p.evaluate({})).toThrow(/eval_conflict_error/);
  });

  it('calls functions with arguments, memoises rules per evaluation and under `with`', () => {
    let calls = 0;
    const plan: Plan = {
      constants: [N(1), S('x'), N(10)],
      builtins: [{ name: 'plus', arity: 2 }, { name: 'test.counter', arity: 0 }],
      funcs: [
        // f(x) := x + 1
        { name: 'data.t.f', params: 1, locals: 2, result: 1, memo: false, body: [
          { op: 'Call', builtin: 0, args: [{ local: 0 }, { const: 0 }], dst: 1 }] },
        // r := test.counter() + input.x   (memo)
        { name: 'data.t.r', params: 0, locals: 4, result: 3, memo: true, body: [
          { op: 'Call', builtin: 1, args: [], dst: 0 },
          { op: 'LoadInput', dst: 1 },
          { op: 'Dot', src: { local: 1 }, key: { const: 1 }, dst: 2 },
          { op: 'Call', builtin: 0, args: [{ local: 0 }, { local: 2 }], dst: 3 }] },
      ],
      entrypoints: [{ name: 't/e', locals: 8, body: [
        { op: 'CallFunc', func: 1, args: [], dst: 0 },
        { op: 'CallFunc', func: 1, args: [], dst: 1 },
        { op: 'CallFunc', func: 0, args: [{ local: 1 }], dst: 2 },
        { op: 'WithInput', path: [1], value: { const: 2 }, block: [
          { op: 'CallFunc', func: 1, args: [], dst: 3 },
        ] },
        { op: 'CallFunc', func: 1, args: [], dst: 4 },
        { op: 'MakeArray', dst: 5 },
        { op: 'ArrayAppend', array: 5, value: { local: 0 } },
        { op: 'ArrayAppend', array: 5, value: { local: 2 } },
        { op: 'ArrayAppend', array: 5, value: { local: 3 } },
        { op: 'ArrayAppend', array: 5, value: { local: 4 } },
        { op: 'ResultAdd', value: { local: 5 } },
      ] }],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan), undefined, { 'test.counter': () => ++calls });
    expect(p.evaluate({ x: 100 })).toEqual([{ result: [101, 102, 12, 101] }]);
    expect(calls).toBe(2); // once outside `with`, once inside (fresh memo table)
  });

  it('mocks rules and functions with WithFuncValue / WithFuncReplace, and patches data with WithData', () => {
    const plan: Plan = {
      constants: [N(1), N(2), S('a'), S('b'), N(3)],
      builtins: [],
      funcs: [
        { name: 'data.t.one', params: 0, locals: 1, result: 0, memo: true, body: [{ op: 'Assign', src: { const: 0 }, dst: 0 }] },
        { name: 'data.t.two', params: 0, locals: 1, result: 0, memo: true, body: [{ op: 'Assign', src: { const: 1 }, dst: 0 }] },
      ],
      entrypoints: [{ name: 't/e', locals: 6, body: [
        { op: 'MakeArray', dst: 0 },
        { op: 'CallFunc', func: 0, args: [], dst: 1 },
        { op: 'ArrayAppend', array: 0, value: { local: 1 } },
        { op: 'WithFuncValue', func: 0, value: { const: 4 }, block: [
          { op: 'CallFunc', func: 0, args: [], dst: 2 }, { op: 'ArrayAppend', array: 0, value: { local: 2 } }] },
        { op: 'WithFuncReplace', func: 0, replacement: 1, block: [
          { op: 'CallFunc', func: 0, args: [], dst: 3 }, { op: 'ArrayAppend', array: 0, value: { local: 3 } }] },
        { op: 'WithData', path: [2, 3], value: { const: 4 }, block: [
          { op: 'LoadData', dst: 4 }, { op: 'ArrayAppend', array: 0, value: { local: 4 } }] },
        { op: 'LoadData', dst: 5 }, { op: 'ArrayAppend', array: 0, value: { local: 5 } },
        { op: 'ResultAdd', value: { local: 0 } },
      ] }],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan));
    p.setData({ a: { c: 1 }, z: 0 });
    expect(p.evaluate({})).toEqual([{ result: [1, 3, 2, { a: { b: 3, c: 1 }, z: 0 }, { a: { c: 1 }, z: 0 }] }]);
  });

  it('follows break levels through Not, Blocks, Scan and Switch', () => {
    const plan: Plan = {
      constants: [S('kind'), S('Pod'), S('Deployment'), S('pod'), S('deploy'), S('always'), N(1), S('first'), S('Job')],
      builtins: [],
      funcs: [],
      entrypoints: [{ name: 't/e', locals: 6, body: [
        { op: 'LoadInput', dst: 0 },
        { op: 'Dot', src: { local: 0 }, key: { const: 0 }, dst: 1 },
        { op: 'Switch', src: { local: 1 }, cases: [
          { value: 2, block: [{ op: 'ResultAdd', value: { const: 4 } }] },
          { value: 1, block: [{ op: 'ResultAdd', value: { const: 3 } }] },
          { value: 8, block: [{ op: 'Break', levels: 0 }] },
        ], always: [{ op: 'ResultAdd', value: { const: 5 } }] },
        // not (input.kind == "Pod")
        { op: 'Not', block: [{ op: 'Equal', a: { local: 1 }, b: { const: 1 } }] },
        // first element of [1, 1, 1] only: Break 1 leaves the Scan after the first solution
        { op: 'MakeArray', dst: 2 },
        { op: 'ArrayAppend', array: 2, value: { const: 6 } },
        { op: 'ArrayAppend', array: 2, value: { const: 6 } },
        { op: 'Assign', src: { const: 6 }, dst: 4 },
        { op: 'Blocks', blocks: [[
          { op: 'Scan', src: { local: 2 }, key: 3, value: -1, block: [
            { op: 'ResultAdd', value: { local: 3 } },
            { op: 'Break', levels: 1 },
          ] },
          { op: 'ResultAdd', value: { const: 5 } },
        ], [{ op: 'ResultAdd', value: { const: 7 } }]] },
      ] }],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan));
    expect(p.evaluate({ kind: 'Pod' })).toEqual([{ result: 'always' }, { result: 'pod' }]);
    expect(p.evaluate({ kind: 'Deployment' })).toEqual([{ result: 0 }, { result: 'always' }, { result: 'deploy' }, { result: 'first' }]);
    expect(p.evaluate({ kind: 'Job' })).toEqual([{ result: 0 }, { result: 'always' }, { result: 'first' }]);
    expect(p.evaluate({ kind: 3 })).toEqual([{ result: 0 }, { result: 'always' }, { result: 'first' }]);
  });

  it('builds objects with ObjectInsertOnce / ObjectInsertPath and reports conflicts', () => {
    const plan: Plan = {
      constants: [S('a'), S('b'), N(1), N(2), S('conflict!'), S('s')],
      builtins: [], funcs: [],
      entrypoints: [
        { name: 't/ok', locals: 1, body: [
          { op: 'MakeObject', dst: 0 },
          { op: 'ObjectInsertOnce', object: 0, key: { const: 0 }, value: { const: 2 }, message: 4 },
          { op: 'ObjectInsertOnce', object: 0, key: { const: 0 }, value: { const: 2 }, message: 4 },
          { op: 'ObjectInsertPath', object: 0, path: [{ const: 1 }, { const: 0 }], value: { const: 3 }, set: false, message: 4 },
          { op: 'ObjectInsertPath', object: 0, path: [{ const: 5 }], value: { const: 3 }, set: true, message: 4 },
          { op: 'ObjectInsertPath', object: 0, path: [{ const: 5 }], value: { const: 2 }, set: true, message: 4 },
          { op: 'ResultAdd', value: { local: 0 } }] },
        { name: 't/bad', locals: 1, body: [
          { op: 'MakeObject', dst: 0 },
          { op: 'ObjectInsertOnce', object: 0, key: { const: 0 }, value: { const: 2 }, message: 4 },
          { op: 'ObjectInsertOnce', object: 0, key: { const: 0 }, value: { const: 3 }, message: 4 }] },
        { name: 't/abort', locals: 0, body: [{ op: 'Abort', message: 4 }] },
      ],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan));
    expect(p.evaluate({}, 't/ok')).toEqual([{ result: { a: 1, b: { a: 2 }, s: [1, 2] } }]);
    expect(() => p.evaluate({}, 't/bad')).toThrow('conflict!');
    expect(() => p.evaluate({}, 't/abort')).toThrow('conflict!');
  });

  it('calls host builtins through opa_builtinN and treats undefined as failure', () => {
    const plan: Plan = {
      constants: [S('%s-%d'), S('name'), S('n')],
      builtins: [{ name: 'custom.format', arity: 2 }, { name: 'custom.maybe', arity: 1 }],
      funcs: [],
      entrypoints: [{ name: 't/e', locals: 6, body: [
        { op: 'LoadInput', dst: 0 },
        { op: 'Dot', src: { local: 0 }, key: { const: 1 }, dst: 1 },
        { op: 'Dot', src: { local: 0 }, key: { const: 2 }, dst: 2 },
        { op: 'MakeArray', dst: 3 },
        { op: 'ArrayAppend', array: 3, value: { local: 1 } },
        { op: 'ArrayAppend', array: 3, value: { local: 2 } },
        { op: 'Call', builtin: 0, args: [{ const: 0 }, { local: 3 }], dst: 4 },
        { op: 'Call', builtin: 1, args: [{ local: 4 }], dst: 5 },
        { op: 'ResultAdd', value: { local: 5 } },
      ] }],
      strict: false,
    };
    const p = loadPolicySync(linkPolicy(plan), undefined, {
      'custom.format': (f: string, [s, n]: [string, number]) => f.replace('%s', s).replace('%d', String(n)),
      'custom.maybe': (s: string) => (s.startsWith('x') ? undefined : { got: s }),
    });
    expect(p.evaluate({ name: 'web', n: 3 })).toEqual([{ result: { got: 'web-3' } }]);
    expect(p.evaluate({ name: 'xx', n: 3 })).toEqual([]);
  });

  it('loads policies whose plan exceeds the default 5 pages of memory', async () => {
    const big = 'x'.repeat(1000);
    const constants = Array.from({ length: 2000 }, (_, i) => S(big + i));
    const plan: Plan = {
      constants, builtins: [], funcs: [], strict: false,
      entrypoints: [{ name: 't/e', locals: 0, body: [{ op: 'ResultAdd', value: { const: 1999 } }] }],
    };
    const wasm = linkPolicy(plan);
    expect(wasm.length).toBeGreaterThan(5 * 65536);
    expect((await loadPolicy(wasm)).evaluate({})).toEqual([{ result: big + 1999 }]);
    expect(loadPolicySync(wasm).evaluate({})).toEqual([{ result: big + 1999 }]);
  });

  it('keeps memory flat over 20,000 evaluations', () => {
    const p = loadPolicySync(linkPolicy(k8s));
    const input = { containers: Array.from({ length: 20 }, (_, i) => ({ name: `c${i}`, privileged: i % 2 === 0, image: 'nginx:1.25' })) };
    for (let i = 0; i < 200; i++) p.evaluate(input, 't/deny');
    const before = p.mem.buffer.byteLength;
    for (let i = 0; i < 20_000; i++) p.evaluate(input, i % 2 ? 't/deny' : 't/allow');
    expect(p.mem.buffer.byteLength).toBe(before);
  });

  it('supports the pre-1.2 context API (eval / opa_eval_ctx_*)', () => {
    const p = loadPolicySync(linkPolicy(k8s));
    p.minorVersion = 1;
    expect(p.evaluate({ containers: [{ name: 'a', privileged: true }] }, 't/deny')).toEqual([{ result: ['a'] }]);
  });
});

describe('value order and equality', () => {
  it('sorts mixed values in OPA order and compares numbers by value', () => {
    const p = loadPolicySync(linkPolicy({
      constants: [], builtins: [{ name: 'sort', arity: 1 }], funcs: [], strict: false,
      entrypoints: [{ name: 't/e', locals: 2, body: [
        { op: 'LoadInput', dst: 0 }, { op: 'Call', builtin: 0, args: [{ local: 0 }], dst: 1 },
        { op: 'ResultAdd', value: { local: 1 } }] }],
    }));
    const mixed = [{ b: 1 }, [1, 2], 'b', 2.5, true, null, { a: 2 }, [1], 'a', -1, false, { a: 1, b: 0 }, 10];
    expect(p.evaluate(mixed)).toEqual([{ result: [null, false, true, -1, 2.5, 10, 'a', 'b', [1], [1, 2], { a: 1, b: 0 }, { a: 2 }, { b: 1 }] }]);
  });

  it('treats 1 and 1.0 as equal, including as set members and object keys', () => {
    const p = loadPolicySync(linkPolicy({
      constants: [N('1.0'), NULL], builtins: [], funcs: [], strict: false,
      entrypoints: [{ name: 't/e', locals: 2, body: [
        { op: 'LoadInput', dst: 0 }, { op: 'Equal', a: { local: 0 }, b: { const: 0 } },
        { op: 'ResultAdd', value: { const: 1 } }] }],
    }));
    expect(p.evaluate(1)).toEqual([{ result: null }]);
    expect(p.evaluate(new TextEncoder().encode('1.000').buffer as ArrayBuffer)).toEqual([{ result: null }]);
    expect(p.evaluate(2)).toEqual([]);
  });
});
