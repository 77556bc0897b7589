// base64, base64url, hex and urlquery as the module runs them: native (assembly/builtins/encoding.ts),
// loaded in stock opa-wasm with no custom builtins. Expected values are Go's (OPA's) results.

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

describe('encoding builtins (native, stock opa-wasm)', () => {
  // [builtin, JSON array of arguments, expected result]
  const cases: [string, string, unknown][] = [
    ['base64.encode', '["hello"]', 'aGVsbG8='],
    ['base64.encode', '[""]', ''],
    ['base64.encode', '["ab"]', 'YWI='],
    ['base64.encode', '["\\u00fb\\u00ff"]', 'w7vDvw=='],
    ['base64.decode', '["aGVsbG8="]', 'hello'],
    ['base64.decode', '["aGVs\\r\\nbG8="]', 'hello'],
    ['base64.decode', '[""]', ''],
    // Go's StdEncoding is not Strict(): non-zero trailing bits are ignored
    ['base64.decode', '["aGVsbG9="]', 'hello'],
    ['base64.is_valid', '["aGVsbG8="]', true],
    ['base64.is_valid', '["aGVsbG8"]', false],
    ['base64.is_valid', '["aGVsbG9="]', true],
    ['base64.is_valid', '["a$=="]', false],
    ['base64url.encode', '["\\u00fb\\u00ff"]', 'w7vDvw=='],
    ['base64url.encode', '["\\u00ff\\u00fe>?"]', 'w7_Dvj4_'],
    ['base64url.encode_no_pad', '["\\u00fb\\u00ff"]', 'w7vDvw'],
    ['base64url.decode', '["w7vDvw"]', '\u00fb\u00ff'],
    ['base64url.decode', '["w7vDvw=="]', '\u00fb\u00ff'],
    ['base64url.decode', '["w7_Dvj4_"]', '\u00ff\u00fe>?'],
    ['hex.encode', '["Hello"]', '48656c6c6f'],
    ['hex.encode', '["é"]', 'c3a9'],
    ['hex.decode', '["48656C6C6F"]', 'Hello'],
    ['hex.decode', '[""]', ''],
    ['urlquery.encode', '["a b&c=d/é~"]', 'a+b%26c%3Dd%2F%C3%A9~'],
    ['urlquery.decode', '["a+b%26c%3Dd%2F%C3%A9"]', 'a b&c=d/é'],
    ['urlquery.encode_object', '[{"b": ["2", "1"], "a": "x y"}]', 'a=x+y&b=2&b=1'],
    ['urlquery.encode_object', '[{}]', ''],
    ['urlquery.decode_object', '["a=1&b=2&a=3&c"]', { a: ['1', '3'], b: ['2'], c: [''] }],
    ['urlquery.decode_object', '["&&x=%20y&"]', { x: [' y'] }],
    ['urlquery.decode_object', '[""]', {}],
  ];
  it.each(cases)('%s(%s) = %j', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  const errors: [string, string, string][] = [
    ['base64.decode', '["a$=="]', 'eval_builtin_error: base64.decode: illegal base64 data at input byte 1'],
    ['base64.decode', '["aGVsbG8"]', 'illegal base64 data at input byte 4'],
    ['base64.decode', '["aGVsbA="]', 'illegal base64 data at input byte 7'],
    ['base64.decode', '["aGVsbG8=x"]', 'illegal base64 data at input byte 8'],
    ['base64.decode', '["a==="]', 'illegal base64 data at input byte 1'],
    ['base64url.decode', '["abcde"]', 'illegal base64url string: abcde'],
    ['base64url.decode', '["ab+/"]', 'illegal base64 data at input byte 2'],
    ['hex.decode', '["4g"]', "encoding/hex: invalid byte: U+0067 'g'"],
    ['hex.decode', '["4\\n"]', 'encoding/hex: invalid byte: U+000A'],
    ['hex.decode', '["abc"]', 'encoding/hex: odd length hex string'],
    ['hex.decode', '["abz"]', "encoding/hex: invalid byte: U+007A 'z'"],
    ['urlquery.decode', '["%zz"]', 'eval_builtin_error: urlquery.decode: invalid URL escape "%zz"'],
    ['urlquery.decode', '["ab%4"]', 'invalid URL escape "%4"'],
    ['urlquery.decode_object', '["a=1;b=2"]', 'invalid semicolon separator in query'],
    ['urlquery.decode_object', '["a=%zz&b=%yy"]', 'invalid URL escape "%zz"'],
    ['urlquery.encode_object', '[{"a": 1}]', 'eval_type_error: urlquery.encode_object: operand 1 must be one of {string, array, set} but got number'],
    ['urlquery.encode_object', '[{"a": [1]}]', 'operand 1 must be array of strings but got array containing number'],
    ['base64.encode', '[1]', 'eval_type_error: base64.encode: operand 1 must be string but got number'],
    ['hex.encode', '[null]', 'eval_type_error: hex.encode: operand 1 must be string but got null'],
  ];
  it.each(errors)('%s(%s) fails: %s', (name, args, msg) => {
    expect(() => call(name, args)).toThrow(msg);
  });

  it('is undefined on errors when the plan is not strict', () => {
    expect(call('base64.decode', '["a$=="]', false)).toBeUndefined();
    expect(call('urlquery.encode_object', '[{"a": 1}]', false)).toBeUndefined();
    expect(call('hex.decode', '["abc"]', false)).toBeUndefined();
  });
});
