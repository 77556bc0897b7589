// crypto.md5, crypto.sha1 and crypto.sha256 as the module runs them: native
// (assembly/builtins/crypto.ts), loaded in stock opa-wasm, checked against Node's own digests
// on lengths around the one- and two-block padding boundaries.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callStock } from './testing.js';

const ALGS: [string, string][] = [['crypto.md5', 'md5'], ['crypto.sha1', 'sha1'], ['crypto.sha256', 'sha256']];

describe('crypto digests (native)', () => {
  it.each(ALGS)('%s("abc")', (name, alg) => {
    const want = { md5: '900150983cd24fb0d6963f7d28e17f72', sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }[alg];
    expect(callStock(name, '["abc"]')).toBe(want);
  });

  it.each(ALGS)('%s matches Node on every length up to 200 bytes and on UTF-8 text', (name, alg) => {
    for (const s of [...Array.from({ length: 201 }, (_, i) => 'x'.repeat(i)), 'héllo wörld ✓', 'a'.repeat(1000)]) {
      expect(callStock(name, JSON.stringify([s]))).toBe(createHash(alg).update(s, 'utf8').digest('hex'));
    }
  });

  it('has OPA type errors, undefined when not strict', () => {
    expect(() => callStock('crypto.sha256', '[1]')).toThrow('eval_type_error: crypto.sha256: operand 1 must be string but got number');
    expect(callStock('crypto.md5', '[null]', false)).toBeUndefined();
  });
});
