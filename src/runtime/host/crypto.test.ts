import { describe, expect, it } from 'vitest';
import { cryptoBuiltins as c } from './crypto.js';

describe('crypto digests', () => {
  const cases: [string, string][] = [
    ['crypto.sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['crypto.sha1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['crypto.md5', '900150983cd24fb0d6963f7d28e17f72'],
  ];
  it.each(cases)('%s("abc") = %s', (name, want) => {
    expect(c[name]!('abc')).toBe(want);
  });
});
