import { describe, expect, it } from 'vitest';
import { encodingBuiltins as e } from './encoding.js';

const call = (name: string, ...args: unknown[]): unknown => (e[name] as (...a: unknown[]) => unknown)(...args);

describe('encoding builtins', () => {
  const cases: [string, unknown[], unknown][] = [
    ['base64.encode', ['hello'], 'aGVsbG8='],
    ['base64.decode', ['aGVsbG8='], 'hello'],
    ['base64.is_valid', ['aGVsbG8='], true],
    ['base64.is_valid', ['aGVsbG8'], false],
    ['base64.is_valid', ['aGVsbG9='], false],
    ['base64url.encode', ['\u00fb\u00ff'], 'w7vDvw=='],
    ['base64url.encode_no_pad', ['\u00fb\u00ff'], 'w7vDvw'],
    ['base64url.decode', ['w7vDvw'], '\u00fb\u00ff'],
    ['base64url.decode', ['w7vDvw=='], '\u00fb\u00ff'],
    ['hex.encode', ['Hello'], '48656c6c6f'],
    ['hex.decode', ['48656C6C6F'], 'Hello'],
    ['urlquery.encode', ['a b&c=d/é~'], 'a+b%26c%3Dd%2F%C3%A9~'],
    ['urlquery.decode', ['a+b%26c%3Dd%2F%C3%A9'], 'a b&c=d/é'],
    ['urlquery.encode_object', [{ b: ['2', '1'], a: 'x y' }], 'a=x+y&b=2&b=1'],
    ['urlquery.decode_object', ['a=1&b=2&a=3&c'], { a: ['1', '3'], b: ['2'], c: [''] }],
    ['crypto.sha256', ['abc'], 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['crypto.sha1', ['abc'], 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['crypto.md5', ['abc'], '900150983cd24fb0d6963f7d28e17f72'],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['base64.decode', ['a$=='], 'illegal base64 data at input byte 1'],
    ['base64url.decode', ['abcde'], 'illegal base64url string: abcde'],
    ['hex.decode', ['4g'], "encoding/hex: invalid byte: U+0067 'g'"],
    ['hex.decode', ['abc'], 'encoding/hex: odd length hex string'],
    ['urlquery.decode', ['%zz'], 'invalid URL escape "%zz"'],
    ['urlquery.decode_object', ['a=1;b=2'], 'invalid semicolon separator in query'],
    ['urlquery.encode_object', [{ a: 1 }], 'operand 1 must be one of {string, array, set} but got number'],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, args, msg) => {
    expect(() => call(name, ...args)).toThrow(msg);
  });
});
