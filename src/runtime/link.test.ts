import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import type { Plan } from '../rego/ir.js';
import { linkPolicy } from './link.js';

const { loadPolicy, loadPolicySync } = opa;

const S = (v: string) => ({ t: 'string' as const, v });
const N = (v: string) => ({ t: 'number' as const, v });

// data.test.allow := true if input.x == 1
const trivial: Plan = {
  constants: [S('x'), N('1'), { t: 'boolean', v: true }],
  builtins: [],
  funcs: [],
  entrypoints: [{
    name: 'test/allow', locals: 3,
    body: [
      { op: 'LoadInput', dst: 0 },
      { op: 'Dot', src: { local: 0 }, key: { const: 0 }, dst: 1 },
      { op: 'Equal', a: { local: 1 }, b: { const: 1 } },
      { op: 'ResultAdd', value: { const: 2 } },
    ],
  }],
  strict: false,
};

describe('linkPolicy', () => {
  it('produces a module opa-wasm loads and evaluates (async and sync)', async () => {
    const wasm = linkPolicy(trivial);
    const p = await loadPolicy(wasm);
    expect(p.entrypoints).toEqual({ 'test/allow': 0 });
    expect(p.evaluate({ x: 1 })).toEqual([{ result: true }]);
    expect(p.evaluate({ x: 2 })).toEqual([]);
    const q = loadPolicySync(wasm);
    expect(q.evaluate({ x: 1.0 }, 'test/allow')).toEqual([{ result: true }]);
  });

  it('emits a valid module deterministically, in milliseconds, without touching the runtime bytes', () => {
    const a = linkPolicy(trivial);
    expect(WebAssembly.validate(a)).toBe(true);
    expect(linkPolicy(trivial)).toEqual(a);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) linkPolicy(trivial);
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});
