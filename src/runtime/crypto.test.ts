// crypto.md5, crypto.sha1 and crypto.sha256 as the module runs them: native
// (assembly/builtins/crypto.ts), loaded in stock opa-wasm, checked against Node's own digests
// on lengths around the one- and two-block padding boundaries.

import { createHash, createHmac } from 'node:crypto';
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

describe('crypto.hmac (native)', () => {
  const HMACS: [string, string][] = [['crypto.hmac.md5', 'md5'], ['crypto.hmac.sha1', 'sha1'], ['crypto.hmac.sha256', 'sha256'], ['crypto.hmac.sha512', 'sha512']];
  it.each(HMACS)('%s matches Node for keys and messages around the block sizes', (name, alg) => {
    for (const key of ['', 'k', 'key'.repeat(21), 'x'.repeat(64), 'y'.repeat(65), 'z'.repeat(128), 'w'.repeat(129), 'ключ']) {
      for (const msg of ['', 'The quick brown fox jumps over the lazy dog', 'm'.repeat(111), 'm'.repeat(112), 'm'.repeat(240), 'héllo ✓']) {
        expect(callStock(name, JSON.stringify([msg, key]))).toBe(createHmac(alg, key).update(msg, 'utf8').digest('hex'));
      }
    }
  });

  it('compares MACs with crypto.hmac.equal', () => {
    expect(callStock('crypto.hmac.equal', '["abc", "abc"]')).toBe(true);
    expect(callStock('crypto.hmac.equal', '["abc", "abd"]')).toBe(false);
    expect(callStock('crypto.hmac.equal', '["abc", "ab"]')).toBe(false);
    expect(() => callStock('crypto.hmac.equal', '["abc", 1]')).toThrow('eval_type_error: crypto.hmac.equal: operand 2 must be string but got number');
    expect(() => callStock('crypto.hmac.sha256', '[1, "k"]')).toThrow('eval_type_error: crypto.hmac.sha256: operand 1 must be string but got number');
  });
});
