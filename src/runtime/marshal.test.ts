// json.marshal_with_options as the module runs it: native (assembly/builtins/marshal.ts), loaded
// in stock opa-wasm with no custom builtins. Expected values are Go's json.Marshal/MarshalIndent
// output as OPA returns it (the prefix also before the first line).

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

describe('json.marshal_with_options (native)', () => {
  const cases: [string, string][] = [
    ['[{"b": [1, "<x>"], "a": {}}, {}]', '{"a":{},"b":[1,"\\u003cx\\u003e"]}'],
    ['[{"a": [1, 2]}, {"pretty": true}]', '{\n\t"a": [\n\t\t1,\n\t\t2\n\t]\n}'],
    ['[{"a": 1}, {"indent": "  ", "prefix": "> "}]', '> {\n>   "a": 1\n> }'],
    ['[{"a": 1}, {"indent": "  ", "pretty": false}]', '{"a":1}'],
    ['[{"a": [], "b": {}, "c": "x,:{y}\\"z"}, {"pretty": true}]', '{\n\t"a": [],\n\t"b": {},\n\t"c": "x,:{y}\\"z"\n}'],
    ['["s", {"pretty": true}]', '"s"'],
    ['[[[1], [[]]], {"indent": "-"}]', '[\n-[\n--1\n-],\n-[\n--[]\n-]\n]'],
  ];
  it.each(cases)('json.marshal_with_options(%s)', (args, want) => {
    expect(call('json.marshal_with_options', args)).toBe(want);
  });

  it('rejects options as OPA does', () => {
    expect(() => call('json.marshal_with_options', '[1, {"nope": 1}]')).toThrow('eval_type_error: json.marshal_with_options: operand 2 object contained unknown key nope');
    expect(() => call('json.marshal_with_options', '[1, {"indent": 1}]')).toThrow('operand 2 key indent failed cast to string: operand 0 must be string but got number');
    expect(() => call('json.marshal_with_options', '[1, {"pretty": "yes"}]')).toThrow('operand 2 key pretty failed cast to bool: operand 0 must be boolean but got string');
    expect(() => call('json.marshal_with_options', '[1, []]')).toThrow('operand 2 must be object but got array');
    expect(call('json.marshal_with_options', '[1, []]', false)).toBeUndefined();
  });
});
