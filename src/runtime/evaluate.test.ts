// evaluateJson against the SDK's own LoadedPolicy.evaluate, the reference: same results for text
// and byte inputs, non-ASCII text, an input larger than the module's memory (which must grow),
// data set after loading, repeated calls, a projected input, and the same error for an unknown
// entrypoint.

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
`;

function load() {
  const plan = compileModules([parseModule('p.rego', POLICY, {})], { entrypoints: ['t/names', 't/echo'] });
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
});
