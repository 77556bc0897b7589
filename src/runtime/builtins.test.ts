import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { BUILTINS } from '../rego/builtins.js';
import { linkPolicy } from './link.js';
import { builtinPlan } from './testing.js';

const { loadPolicySync } = opa;

type Policy = ReturnType<typeof loadPolicySync>;
const cache = new Map<string, Policy>();

function policy(name: string, strict: boolean): Policy {
  const key = `${name}/${strict}`;
  let p = cache.get(key);
  if (!p) {
    p = loadPolicySync(linkPolicy(builtinPlan(name, BUILTINS[name]!.arity, strict)));
    cache.set(key, p);
  }
  return p;
}

/** Calls a native builtin; args travel as JSON text so that 1.0 stays a float. */
function call(name: string, argsJSON: string, strict = true): unknown {
  const rs = policy(name, strict).evaluate(new TextEncoder().encode(argsJSON).buffer as ArrayBuffer);
  return rs.length === 0 ? undefined : rs[0].result;
}

const UNDEF = undefined;

// [builtin, JSON array of arguments, expected result (undefined = no result)]
const cases: Array<[string, string, unknown]> = [
  ['plus', '[1, 2]', 3], ['plus', '[0.1, 0.2]', 0.3], ['plus', '[9223372036854775807, 1]', 9223372036854775808],
  ['minus', '[1, 2.5]', -1.5], ['mul', '[2.5, 2]', 5], ['mul', '[0.1, 0.2]', 0.02],
  ['div', '[4, 2]', 2], ['div', '[3, 2]', 1.5], ['div', '[0.3, 0.1]', 3],
  ['rem', '[10, 3]', 1], ['rem', '[-7, 2]', -1],
  ['abs', '[-3]', 3], ['abs', '[-2.5]', 2.5],
  ['round', '[-9.5]', -10], ['round', '[9.4]', 9], ['round', '[9.5]', 10], ['ceil', '[1.2]', 2], ['floor', '[-1.2]', -2],
  ['equal', '[1, 1.0]', true], ['neq', '["a", "b"]', true], ['lt', '[null, false]', true], ['gte', '[[1], "z"]', true],
  ['lte', '[{"a":1}, {"a":1}]', true], ['gt', '[2, 10]', false],
  ['numbers.range', '[1, 4]', [1, 2, 3, 4]], ['numbers.range', '[2, -1]', [2, 1, 0, -1]],
  ['numbers.range_step', '[0, 10, 3]', [0, 3, 6, 9]], ['numbers.range_step', '[10, 0, 5]', [10, 5, 0]],
  ['bits.and', '[12, 10]', 8], ['bits.or', '[12, 10]', 14], ['bits.xor', '[12, 10]', 6], ['bits.negate', '[5]', -6],
  ['bits.lsh', '[1, 10]', 1024], ['bits.rsh', '[-8, 1]', -4],
  ['count', '[[1,2,3]]', 3], ['count', '["héllo"]', 5], ['count', '[{"a":1}]', 1],
  ['sum', '[[1, 2.5, 3]]', 6.5], ['product', '[[2, 3, 4]]', 24], ['sum', '[[]]', 0],
  ['max', '[[1, 3, 2]]', 3], ['min', '[["b", "a"]]', 'a'], ['max', '[[]]', UNDEF],
  ['sort', '[[3, 1, 2]]', [1, 2, 3]], ['any', '[[false, true]]', true], ['all', '[[true, 1]]', false], ['all', '[[]]', true],
  ['internal.member_2', '[2, [1, 2]]', true], ['internal.member_2', '[2, {"a": 2}]', true], ['internal.member_2', '[3, [1]]', false],
  ['internal.member_3', '[1, 2, [1, 2]]', true], ['internal.member_3', '["a", 1, {"a": 1}]', true], ['internal.member_3', '[0, 2, [1]]', false],
  ['object.get', '[{"a": {"b": 1}}, ["a", "b"], 0]', 1], ['object.get', '[{"a": 1}, "x", "d"]', 'd'], ['object.get', '[{"a": [5]}, ["a", 0], 0]', 5],
  ['object.keys', '[{"b": 1, "a": 2}]', ['a', 'b']],
  ['object.union', '[{"a": {"x": 1}, "b": 1}, {"a": {"y": 2}, "b": 2}]', { a: { x: 1, y: 2 }, b: 2 }],
  ['object.union_n', '[[{"a": 1}, {"b": 2}, {"a": 3}]]', { a: 3, b: 2 }],
  ['object.remove', '[{"a": 1, "b": 2, "c": 3}, ["a", "c"]]', { b: 2 }],
  ['object.filter', '[{"a": 1, "b": 2, "c": 3}, {"a": 0, "c": 0}]', { a: 1, c: 3 }],
  ['object.subset', '[{"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": 2}}]', true], ['object.subset', '[{"a": 1}, {"a": 2}]', false],
  ['object.subset', '[[1, 2, 3], [2, 3]]', true],
  ['json.marshal', '[{"b": [1, 2.5, null], "a": "<&>"}]', '{"a":"\\u003c\\u0026\\u003e","b":[1,2.5,null]}'],
  ['json.unmarshal', '["{\\"a\\": [1, true]}"]', { a: [1, true] }], ['json.is_valid', '["{"]', false], ['json.is_valid', '["[1]"]', true],
  ['is_number', '[1.5]', true], ['is_string', '[1]', false], ['is_boolean', '[false]', true], ['is_array', '[[]]', true],
  ['is_set', '[[]]', false], ['is_object', '[{}]', true], ['is_null', '[null]', true],
  ['type_name', '[{}]', 'object'], ['type_name', '[1]', 'number'], ['type_name', '[null]', 'null'],
  ['to_number', '["1.5"]', 1.5], ['to_number', '[true]', 1], ['to_number', '[null]', 0], ['to_number', '["-12"]', -12],
  ['array.concat', '[[1], [2, 3]]', [1, 2, 3]], ['array.slice', '[[1, 2, 3, 4], 1, 3]', [2, 3]], ['array.slice', '[[1, 2], -1, 9]', [1, 2]],
  ['array.slice', '[[1, 2], 2, 1]', []], ['array.reverse', '[[1, 2, 3]]', [3, 2, 1]],
  ['walk', '[{"a": [1]}]', [[[], { a: [1] }], [['a'], [1]], [['a', 0], 1]]],
  ['trace', '["hello"]', true],
];

// sprintf: [format, JSON array of values, expected]. Go's fmt on values as OPA prepares them.
const sprintfCases: Array<[string, string, string]> = [
  ['User %s from %s has access', '["alice", "engineering"]', 'User alice from engineering has access'],
  ['Number: %d', '[42]', 'Number: 42'],
  ['Float: %f', '[3.14]', 'Float: 3.140000'],
  ['Hex: %x', '[255]', 'Hex: ff'],
  ['Octal: %o', '[64]', 'Octal: 100'],
  ['Binary: %b', '[15]', 'Binary: 1111'],
  ['%X %#x %#o %O', '[255, 255, 8, 8]', 'FF 0xff 010 0o10'],
  ['Percent: %%', '[]', 'Percent: %'],
  ['Value: %v', '[{"key": "value"}]', 'Value: {"key": "value"}'],
  ['%v', '[[1, "a", null, true, {"b": [2], "a": 1}]]', '[1, "a", null, true, {"a": 1, "b": [2]}]'],
  ['%s', '[[1, 2]]', '[1, 2]'],
  ['%v %v', '[true, null]', 'true null'],
  ['Padded: %5d|%-5d|%05d|%+d', '[42, 42, 42, 42]', 'Padded:    42|42   |00042|+42'],
  ['%05d', '[-42]', '-0042'],
  ['%.2f %.0f %.0f %.1f', '[3.14159, 2.5, 3.5, 0.05]', '3.14 2 4 0.1'],
  ['%8.3f|%-8.3f|', '[3.14159, -3.14159]', '   3.142|-3.142  |'],
  ['%e %E %.2e', '[123456.789, 0.000123, 1e21]', '1.234568e+05 1.230000E-04 1.00e+21'],
  ['%g %g %g %g', '[100000.5, 1e-5, 0.0001, 1234567.5]', '100000.5 1e-05 0.0001 1.2345675e+06'],
  ['%v %v', '[1.5, 1e21]', '1.5 1e+21'],
  ['%q', '["a\\"b\\n"]', '"a\\"b\\n"'],
  ['%x %X % x', '["hi", "hi", "hi"]', '6869 6869 68 69'],
  ['%.2s|%5s|%-5s|', '["abc", "ab", "ab"]', 'ab|   ab|ab   |'],
  ['%c%c %U', '[72, 26085, 65]', 'H日 U+0041'],
  ['%t', '[true]', '%!t(string=true)'],
  ['%d', '[3.5]', '%!d(float64=3.5)'],
  ['%.2f', '[3]', '%!f(int=3)'],
  ['%d', '["x"]', '%!d(string=x)'],
  ['Value: %s %d', '["only_one"]', 'Value: only_one %!d(MISSING)'],
  ['%s', '["a", 1, "b"]', 'a%!(EXTRA int=1, string=b)'],
  ['%', '[]', '%!(NOVERB)'],
  ['%*d|%-*d|', '[4, 7, 3, 1]', '   7|1  |'],
  ['%T %T %T', '[1, 1.5, "x"]', 'int float64 string'],
  // where the native version is closer to OPA than JSON on the host allows: big integers stay
  // exact (*big.Int), and a float literal stays a float64 (-0.0 prints as Go prints it)
  ['%d %v %T', '[12345678901234567890, -12345678901234567890, 12345678901234567890]', '12345678901234567890 -12345678901234567890 *big.Int'],
  ['%x', '[12345678901234567890]', 'ab54a98ceb1f0ad2'],
  ['%v %d', '[-0.0, 2.0]', '-0 %!d(float64=2)'],
  // more of Go's fmt
  ['%q %v', '["日本\\u0007", ["é\\u00ad"]]', '"日本\\a" ["é\\u00ad"]'],
  ['%#q %q', '["a`b", 65]', '"a`b" \'A\''],
  ['%6.2f|%-+7.1f|%07.2f', '[2.345, 1.25, -1.5]', '  2.35|+1.2   |-001.50'],
  ['%.3g %G %.0e', '[1234.5678, 1e-10, 15]', '1.23e+03 1E-10 %!e(int=15)'],
  ['%.1f %.1f %.2f', '[0.25, 0.35, 1.005]', '0.2 0.3 1.00'],
  ['%f %e', '[1e-7, 5e-324]', '0.000000 4.940656e-324'],
  ['%.0f %.20f', '[1e22, 0.1]', '10000000000000000000000 0.10000000000000000555'],
  ['%08.3f|% d|%+.1e', '[-3.14159, 5, 12345]', '-003.142| 5|%!e(int=12345)'],
  ['%5t|%-4v|', '[false, true]', '%!t(string=false)|true|'],
  ['%s and %s', '[{"a": {"b": [1.5, "x"]}}, []]', '{"a": {"b": [1.5, "x"]}} and []'],
  ['%.3d|%.0d|%8.3d', '[7, 0, -7]', '007||    -007'],
  ['%#b %#o %#X', '[5, 0, 3054]', '0b101 0 0XBEE'],
  ['%#06x|%06O|%#06o|%-#6x|', '[1, 8, 8, 1]', '0x000001|0o000010|000010|0x1   |'],
  ['%010s|%-010s|', '["ab", "ab"]', '00000000ab|ab        |'],
];

// string builtins: Go's strings package, indexes in code points
const stringCases: Array<[string, string, unknown]> = [
  ['concat', '[", ", ["a", "b"]]', 'a, b'], ['concat', '["", []]', ''], ['concat', '["-", ["x"]]', 'x'],
  ['contains', '["abc", "bc"]', true], ['contains', '["abc", ""]', true], ['contains', '["abc", "cd"]', false],
  ['startswith', '["abc", "ab"]', true], ['startswith', '["ab", "abc"]', false],
  ['endswith', '["abc", "ab"]', false], ['endswith', '["abc", "bc"]', true], ['endswith', '["abc", ""]', true],
  ['lower', '["AbC"]', 'abc'], ['lower', '["ÀÉÎ İ Σ"]', 'àéî i σ'], ['upper', '["äbc"]', 'ÄBC'], ['upper', '["straße ǆ"]', 'STRAßE Ǆ'],
  ['split', '["a.b.c", "."]', ['a', 'b', 'c']], ['split', '["", "."]', ['']], ['split', '["a..", "."]', ['a', '', '']],
  ['split', '["héllo", ""]', ['h', 'é', 'l', 'l', 'o']], ['split', '["a::b", "::"]', ['a', 'b']],
  ['replace', '["aaa", "a", "b"]', 'bbb'], ['replace', '["ab", "", "-"]', '-a-b-'], ['replace', '["abc", "x", "y"]', 'abc'],
  ['replace', '["日本日", "日", "x"]', 'x本x'],
  ['trim', '["  xx  ", " "]', 'xx'], ['trim', '["abcxcba", "abc"]', 'x'], ['trim', '["ééxé", "é"]', 'x'], ['trim', '["abc", ""]', 'abc'],
  ['trim_left', '["aabcaa", "a"]', 'bcaa'], ['trim_right', '["aabcaa", "a"]', 'aabc'],
  ['trim_prefix', '["prefix-x", "prefix-"]', 'x'], ['trim_prefix', '["x", "y"]', 'x'],
  ['trim_suffix', '["x.txt", ".txt"]', 'x'], ['trim_suffix', '["x.txt", ""]', 'x.txt'],
  ['trim_space', '["\\t\\n x \\u00a0\\u0085"]', 'x'], ['trim_space', '["\\ufeffx"]', '\ufeffx'], ['trim_space', '["\\u3000 a b\\u2029"]', 'a b'],
  ['format_int', '[255, 16]', 'ff'], ['format_int', '[-255.9, 16]', '-ff'], ['format_int', '[5, 2]', '101'],
  ['format_int', '[8, 8]', '10'], ['format_int', '[12.9, 10]', '12'], ['format_int', '[-9223372036854775808, 16]', '-8000000000000000'],
  ['format_int', '[1e20, 16]', '56bc75e2d63100000'], ['format_int', '[123456789012345678901234567890, 10]', '123456789012345678899921813504'] /* OPA truncates at 64 bits */,
  ['indexof', '["abcdefg", "cde"]', 2], ['indexof', '["日本語abc", "a"]', 3], ['indexof', '["abc", "x"]', -1],
  ['indexof_n', '["aaaa", "aa"]', [0, 1, 2]], ['indexof_n', '["abc", "x"]', []], ['indexof_n', '["日a日a", "a"]', [1, 3]],
  ['substring', '["abcdef", 1, 3]', 'bcd'], ['substring', '["abcdef", 2, -1]', 'cdef'], ['substring', '["abcdef", 10, 1]', ''],
  ['substring', '["abcdef", 4, 100]', 'ef'], ['substring', '["日本語", 1, 1]', '本'], ['substring', '["abc", 0, 0]', ''],
  ['strings.replace_n', '[{"a": "b", "b": "c"}, "ab"]', 'bc'],
  ['strings.replace_n', '[{"<": "&lt;", ">": "&gt;"}, "<p>"]', '&lt;p&gt;'],
  // Go's Replacer prefers the earlier pair (OPA sorts keys), not the longer one
  ['strings.replace_n', '[{"ab": "X", "a": "Y"}, "aab"]', 'YYb'], ['strings.replace_n', '[{}, "x"]', 'x'],
  ['strings.reverse', '["abc日"]', '日cba'], ['strings.reverse', '[""]', ''],
  ['strings.any_prefix_match', '["foo/bar", "foo"]', true], ['strings.any_prefix_match', '[["a", "b"], ["x", "b"]]', true],
  ['strings.any_prefix_match', '[[], "a"]', false], ['strings.any_prefix_match', '["ab", ["b"]]', false],
  ['strings.any_suffix_match', '["foo/bar", ["baz", "bar"]]', true], ['strings.any_suffix_match', '["bar", "foo/bar"]', false],
  ['strings.count', '["cheese", "e"]', 3], ['strings.count', '["five", ""]', 5], ['strings.count', '["aaaa", "aa"]', 2],
];

// [builtin, args, error message in strict mode]
const stringErrors: Array<[string, string, string]> = [
  ['indexof', '["abc", ""]', 'eval_builtin_error: indexof: empty search character'],
  ['substring', '["abc", -1, 1]', 'eval_builtin_error: substring: negative offset'],
  ['substring', '["abc", 1.5, 1]', 'eval_type_error: substring: operand 2 must be integer number but got floating-point number'],
  ['substring', '["abc", "1", 1]', 'eval_type_error: substring: operand 2 must be number but got string'],
  ['format_int', '[1, 3]', 'eval_type_error: format_int: operand 2 must be one of {2, 8, 10, 16}'],
  ['strings.replace_n', '[{"a": 1}, "a"]', 'eval_type_error: strings.replace_n: operand 1 non-string value found in pattern object'],
  ['strings.any_prefix_match', '[1, "a"]', 'eval_type_error: strings.any_prefix_match: operand 1 must be one of {string, set, array} but got number'],
  ['lower', '[null]', 'eval_type_error: lower: operand 1 must be string but got null'],
  ['upper', '[1]', 'eval_type_error: upper: operand 1 must be string but got number'],
  ['concat', '[",", "x"]', 'eval_type_error: concat: operand 2 must be one of {set, array} but got string'],
  ['concat', '[",", ["a", 1]]', 'eval_type_error: concat: operand 2 must be array of strings but got array containing number'],
  ['startswith', '["a", {}]', 'eval_type_error: startswith: operand 2 must be string but got object'],
  ['replace', '["a", "b", []]', 'eval_type_error: replace: operand 3 must be string but got array'],
];

describe('native builtins', () => {
  it('covers every builtin marked native in the registry', () => {
    const natives = Object.entries(BUILTINS).filter(([, s]) => s.impl === 'native').map(([n]) => n);
    const tested = new Set(cases.map(([n]) => n).concat(['and', 'or', 'union', 'intersection', 'internal.print', 'sprintf'], stringCases.map(([n]) => n)));
    // families with their own suite: regex.test.ts (regex, glob), encoding.test.ts, units.test.ts, semver.test.ts, net.test.ts,
    // jsonpaths.test.ts (json.filter, json.remove), graph.test.ts, crypto.test.ts, time.test.ts, jsonpatch.test.ts, uuid.test.ts, marshal.test.ts, random.test.ts (rand.intn, uuid.rfc4122), jsonschema.test.ts
    const ownSuite = /^((regex|glob|base64|base64url|hex|urlquery|units|semver|net|graph|crypto|time|uuid|rand)\.|json\.(filter|remove|patch|marshal_with_options|verify_schema|match_schema)$)/;
    expect(natives.filter((n) => !tested.has(n) && !ownSuite.test(n))).toEqual([]);
  });

  it.each(cases)('%s(%s)', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  it.each(sprintfCases)('sprintf(%j, %s)', (format, args, want) => {
    expect(call('sprintf', `[${JSON.stringify(format)}, ${args}]`)).toBe(want);
  });

  it('prints sets in Rego syntax in sprintf, with OPA type errors', () => {
    const p = loadPolicySync(linkPolicy({
      constants: [
        { t: 'string', v: '%v|%v|%s' },
        { t: 'array', v: [
          { t: 'set', v: [{ t: 'string', v: 'a' }, { t: 'number', v: '1' }] },
          { t: 'set', v: [] },
          { t: 'object', v: [[{ t: 'number', v: '1' }, { t: 'set', v: [{ t: 'boolean', v: true }] }]] },
        ] },
      ],
      builtins: [{ name: 'sprintf', arity: 2 }], funcs: [], strict: true,
      entrypoints: [{ name: 't/e', locals: 1, body: [
        { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
        { op: 'ResultAdd', value: { local: 0 } },
      ] }],
    }));
    expect(p.evaluate({})).toEqual([{ result: '{1, "a"}|set()|{1: {true}}' }]);
    expect(() => call('sprintf', '["%s", "x"]')).toThrow('eval_type_error: sprintf: operand 2 must be array but got string');
    expect(() => call('sprintf', '[1, []]')).toThrow('eval_type_error: sprintf: operand 1 must be string but got number');
    expect(call('sprintf', '["%s", {}]', false)).toBeUndefined();
  });

  it.each(stringCases)('%s(%s)', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  it.each(stringErrors)('%s(%s) fails: %s', (name, args, msg) => {
    expect(() => call(name, args)).toThrow(msg);
    expect(call(name, args, false)).toBeUndefined();
  });

  it('reads sets of strings in concat and any_prefix_match, naming a set in type errors', () => {
    const set = (...v: string[]) => ({ t: 'set' as const, v: v.map((x) => ({ t: 'string' as const, v: x })) });
    const p = (strict: boolean) => loadPolicySync(linkPolicy({
      constants: [{ t: 'string', v: '/' }, set('b', 'a'), set('x/'), { t: 'set', v: [{ t: 'string', v: 'a' }, { t: 'number', v: '1' }] }],
      builtins: [{ name: 'concat', arity: 2 }, { name: 'strings.any_prefix_match', arity: 2 }], funcs: [], strict,
      entrypoints: [
        { name: 't/a', locals: 3, body: [
          { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
          { op: 'Call', builtin: 1, args: [{ local: 0 }, { const: 2 }], dst: 1 },
          { op: 'MakeArray', dst: 2 }, { op: 'ArrayAppend', array: 2, value: { local: 0 } }, { op: 'ArrayAppend', array: 2, value: { local: 1 } },
          { op: 'ResultAdd', value: { local: 2 } },
        ] },
        { name: 't/b', locals: 1, body: [
          { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 3 }], dst: 0 },
          { op: 'ResultAdd', value: { local: 0 } },
        ] },
      ],
    }));
    expect(p(true).evaluate({}, 't/a')).toEqual([{ result: ['a/b', false] }]);
    expect(() => p(true).evaluate({}, 't/b')).toThrow('eval_type_error: concat: operand 2 must be set of strings but got set containing number');
    expect(p(false).evaluate({}, 't/b')).toEqual([]);
  });

  it('computes set operators and union/intersection of sets', () => {
    // sets cannot travel as JSON: build them with a plan
    const p = loadPolicySync(linkPolicy({
      constants: [
        { t: 'set', v: [{ t: 'number', v: '1' }, { t: 'number', v: '2' }] },
        { t: 'set', v: [{ t: 'number', v: '2' }, { t: 'number', v: '3' }] },
      ],
      builtins: [{ name: 'and', arity: 2 }, { name: 'or', arity: 2 }, { name: 'minus', arity: 2 }, { name: 'union', arity: 1 }, { name: 'intersection', arity: 1 }],
      funcs: [], strict: true,
      entrypoints: [{ name: 't/e', locals: 8, body: [
        { op: 'Call', builtin: 0, args: [{ const: 0 }, { const: 1 }], dst: 0 },
        { op: 'Call', builtin: 1, args: [{ const: 0 }, { const: 1 }], dst: 1 },
        { op: 'Call', builtin: 2, args: [{ const: 0 }, { const: 1 }], dst: 2 },
        { op: 'MakeSet', dst: 3 }, { op: 'SetAdd', set: 3, value: { const: 0 } }, { op: 'SetAdd', set: 3, value: { const: 1 } },
        { op: 'Call', builtin: 3, args: [{ local: 3 }], dst: 4 },
        { op: 'Call', builtin: 4, args: [{ local: 3 }], dst: 5 },
        { op: 'MakeArray', dst: 6 },
        ...[0, 1, 2, 4, 5].map((l) => ({ op: 'ArrayAppend' as const, array: 6, value: { local: l } })),
        { op: 'ResultAdd', value: { local: 6 } },
      ] }],
    }));
    expect(p.evaluate({})).toEqual([{ result: [[2], [1, 2, 3], [1], [1, 2, 3], [2]] }]);
  });

  it('reports builtin errors in strict mode and yields undefined otherwise', () => {
    expect(() => call('div', '[1, 0]')).toThrow('eval_builtin_error: div: divide by zero');
    expect(() => call('rem', '[1, 0]')).toThrow('eval_builtin_error: rem: modulo by zero');
    expect(() => call('rem', '[1.5, 1]')).toThrow('modulo on floating-point number');
    // OPA's rem accepts integral floats (test/cases/testdata/v1/arithmetic/test-arithmetic-edges.yaml: 4.0 % 3 is 1)
    expect(call('rem', '[2.0, 1]')).toBe(0);
    expect(() => call('json.unmarshal', '["{"]')).toThrow('eval_builtin_error: json.unmarshal');
    expect(() => call('numbers.range_step', '[1, 5, 0]')).toThrow('step must be a positive number above zero');
    expect(() => call('to_number', '["abc"]')).toThrow('eval_builtin_error: to_number');
    expect(call('div', '[1, 0]', false)).toBeUndefined();
    expect(call('sum', '[["a"]]', false)).toBeUndefined();
  });

  it('prints through opa_println as OPA formats print operands', () => {
    const lines: string[] = [];
    const orig = console.log;
    console.log = (s: string) => { lines.push(s); };
    try {
      const p = loadPolicySync(linkPolicy({
        constants: [{ t: 'array', v: [
          { t: 'set', v: [{ t: 'string', v: 'hello' }] },
          { t: 'set', v: [{ t: 'object', v: [[{ t: 'string', v: 'a' }, { t: 'array', v: [{ t: 'number', v: '1' }, { t: 'set', v: [] }] }]] }] },
          { t: 'set', v: [] },
        ] }],
        builtins: [{ name: 'internal.print', arity: 1 }], funcs: [], strict: false,
        entrypoints: [{ name: 't/e', locals: 1, body: [{ op: 'Call', builtin: 0, args: [{ const: 0 }], dst: 0 }] }],
      }));
      p.evaluate({});
    } finally {
      console.log = orig;
    }
    expect(lines).toEqual(['hello {"a": [1, set()]} <undefined>']);
  });
});
