// evaluateJson against the SDK's own LoadedPolicy.evaluate, the reference: same results for text
// and byte inputs, non-ASCII text, an input larger than the module's memory (which must grow),
// data set after loading, repeated calls, a projected input, and the same error for an unknown
// entrypoint. The module parses evaluateJson's input in place (the value built below the text,
// over what was read): inputs whose value is many times their text make it move the unread text,
// and must still parse to what the SDK's layout gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { compileModules } from '../rego/compile.js';
import { parseModule } from '../rego/parser.js';
import { evaluateJson } from './evaluate.js';
import { projectJson } from './json-members.js';
import { linkPolicy } from './link.js';

const POLICY = `package t

names contains n if {
	some x in input.items
	n := x.name
}

echo := {"input": input, "limit": data.limit}

n := count(input.resource_changes)

out := input
`;

function load() {
  const plan = compileModules([parseModule('p.rego', POLICY, {})], { entrypoints: ['t/names', 't/echo', 't/n', 't/out'] });
  return opa.loadPolicySync(linkPolicy(plan), { initial: 5, maximum: 65536 });
}

const inputs: unknown[] = [
  { items: [{ name: 'a' }, { name: 'b' }] },
  { items: [{ name: 'é — ünïcode 🚀' }, { name: '"quoted"\n' }] },
  // About 3 MB of JSON: more than the module's initial memory.
  { items: Array.from({ length: 60_000 }, (_, i) => ({ name: `item-${i}-${'x'.repeat(30)}` })) },
  null,
  [1, 2.5, 'three'],
];

describe('evaluateJson returns what the SDK returns', () => {
  it.each(inputs.map((v, i) => [i, v]))('input %i, as text and as bytes, on both entrypoints', (_i, value) => {
    const fast = load();
    const sdk = load();
    const text = JSON.stringify(value);
    for (const ep of ['t/names', 't/echo']) {
      const want = sdk.evaluate(new TextEncoder().encode(text).buffer, ep);
      expect(evaluateJson(fast, text, ep)).toEqual(want);
      expect(evaluateJson(fast, new TextEncoder().encode(text), ep)).toEqual(want);
    }
  });

  it('reads data set after loading, and keeps working after a large input', () => {
    const fast = load();
    const sdk = load();
    fast.setData({ limit: 3 });
    sdk.setData({ limit: 3 });
    for (const value of [inputs[2], inputs[0], inputs[1]]) {
      const text = JSON.stringify(value);
      expect(evaluateJson(fast, text, 't/echo')).toEqual(sdk.evaluate(new TextEncoder().encode(text).buffer, 't/echo'));
    }
  });

  it('writes a projected input as the object of the members kept, on both paths', () => {
    const doc = { skipped: 'y'.repeat(1_000_000), items: (inputs[2] as { items: unknown[] }).items, tail: [1] };
    const bytes = new TextEncoder().encode(JSON.stringify(doc));
    const projected = projectJson(bytes, new Set(['items']));
    expect(projected).not.toBe(bytes);
    const want = load().evaluate(new TextEncoder().encode(JSON.stringify({ items: doc.items })).buffer, 't/echo');
    expect(evaluateJson(load(), projected, 't/echo')).toEqual(want);
    // Modules of ABI minor < 2 (built by older OPA) take the SDK's path, given the same object.
    const old = load();
    (old as unknown as { minorVersion: number }).minorVersion = 1;
    expect(evaluateJson(old, projected, 't/echo')).toEqual(want);
  });

  it('rejects an unknown entrypoint as the SDK does', () => {
    const p = load();
    let want: unknown;
    try {
      p.evaluate(new TextEncoder().encode('{}').buffer, 't/nope');
    } catch (e) {
      want = e;
    }
    expect(want).toBeDefined();
    expect(() => evaluateJson(p, '{}', 't/nope')).toThrow(String(want));
  });

  // Values far larger than their text: empty objects and arrays, deep nesting, unsorted keys (the
  // sort takes scratch memory), escapes (a string reserves three times its text), big numbers.
  const dense: Array<[string, string]> = [
    ['empty objects', JSON.stringify({ items: Array.from({ length: 50_000 }, () => ({})) })],
    ['empty arrays', JSON.stringify(Array.from({ length: 50_000 }, () => []))],
    ['deep nesting', `${'['.repeat(900)}1${']'.repeat(900)}`],
    ['unsorted keys', JSON.stringify(Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${(i * 7919) % 5_000}`, { z: i, a: [i] }])))],
    ['escapes', JSON.stringify({ items: Array.from({ length: 2_000 }, (_, i) => ({ name: `\u00e9\n"${i}"\t`.repeat(20) })) })],
    ['numbers', JSON.stringify(Array.from({ length: 20_000 }, (_, i) => [i * 1_000_003, 12345678901234567890 + i, 1.5e300 * i, `${i}`]))],
    ['duplicate keys', '{"a":1,"a":{"b":[{},{}]},"b":2,"a":[3]}'],
  ];
  it.each(dense)('parses in place what the SDK parses: %s', (_name, text) => {
    const fast = load();
    const sdk = load();
    const want = sdk.evaluate(new TextEncoder().encode(text).buffer, 't/out');
    expect(evaluateJson(fast, text, 't/out')).toEqual(want);
    expect(evaluateJson(fast, new TextEncoder().encode(text), 't/out')).toEqual(want);
  });

  // Empty objects around the value make the parsed value many times its text, so the unread text
  // moves again and again, at whatever token the parser is on (a number's digits once were
  // left behind by such a move: "stage": 0 came out as -48).
  it('parses any JSON in place as the SDK does, however often the text moves', () => {
    const fast = load();
    const sdk = load();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant({}), fc.constant([]), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 3000 }), (values) => {
        const text = JSON.stringify(values);
        expect(evaluateJson(fast, new TextEncoder().encode(text), 't/out')).toEqual(sdk.evaluate(new TextEncoder().encode(text).buffer, 't/out'));
      }),
      { numRuns: 100 },
    );
  });

  // The text moves the first time the heap would reach it: with no gap at all, that is at the
  // first token that allocates, whatever its kind.
  it('parses in place with no gap, whatever token the text first moves at', () => {
    const p = load();
    const sdk = load();
    const state = p as unknown as { dataHeapPtr: number; dataAddr: number; entrypoints: Record<string, number>; mem: WebAssembly.Memory; wasmInstance: { exports: { opa_eval(...a: number[]): number } } };
    const inPlace = (text: string, gap: number): unknown => {
      const bytes = new TextEncoder().encode(text);
      const at = state.dataHeapPtr + gap;
      if (at + bytes.length > state.mem.buffer.byteLength) state.mem.grow(Math.ceil((at + bytes.length - state.mem.buffer.byteLength) / 65536));
      new Uint8Array(state.mem.buffer).set(bytes, at);
      const ret = state.wasmInstance.exports.opa_eval(0, state.entrypoints['t/out']!, state.dataAddr, at, bytes.length, state.dataHeapPtr, 0);
      const mem = new Uint8Array(state.mem.buffer);
      return JSON.parse(new TextDecoder().decode(mem.subarray(ret, mem.indexOf(0, ret))));
    };
    const tokens = ['0', '-48', '1.5', '1.50', '1e400', '12345678901234567890123', '"a"', `"${'x'.repeat(40)}"`, '"\\u00e9\\n"', '{}', '[]', '{"b":1,"a":2}', '[[[0]]]', 'true', 'null'];
    for (const t of tokens) for (const gap of [0, 8, 16, 64]) expect(inPlace(t, gap), `${t} with gap ${gap}`).toEqual(sdk.evaluate(new TextEncoder().encode(t).buffer, 't/out'));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.nat(256), (value, gap) => {
        const text = JSON.stringify(value);
        expect(inPlace(text, gap & ~7)).toEqual(sdk.evaluate(new TextEncoder().encode(text).buffer, 't/out'));
      }),
      { numRuns: 300 },
    );
  });

  it('builds the value over the text it has read, not above it', () => {
    // A plan's shape: short keys and values repeated per resource, one longer string each.
    const rc = Array.from({ length: 20_000 }, (_, i) => ({ address: `aws_s3_bucket.b${i}`, type: 'aws_s3_bucket', change: { actions: ['create'], after: { acl: 'private', tags: { Name: 'x'.repeat(40) + i } } } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ format_version: '1.2', resource_changes: rc }));
    const written = (p: ReturnType<typeof load>, evaluate: () => unknown) => {
      const state = p as unknown as { dataHeapPtr: number; mem: WebAssembly.Memory };
      expect(evaluate()).toEqual([{ result: 20_000 }]);
      // Fresh pages are zero and the module never clears memory: the last non-zero byte is the
      // highest the evaluation wrote.
      const mem = new Uint8Array(state.mem.buffer);
      let last = mem.length - 1;
      while (last > 0 && mem[last] === 0) last--;
      return (last - state.dataHeapPtr) / bytes.byteLength;
    };
    // The value is about 1.8 times the text: built over the text, the evaluation writes little
    // beyond that; built above it (the SDK's layout), text plus value.
    const fast = load();
    expect(written(fast, () => evaluateJson(fast, bytes, 't/n'))).toBeLessThan(1.9);
    const sdk = load();
    expect(written(sdk, () => sdk.evaluate(bytes.slice().buffer, 't/n'))).toBeGreaterThan(2.7);
  });
});
