// regex.* and glob.* as the module runs them: native (the RE2 engine in assembly/builtins/regex/),
// loaded in stock opa-wasm with no custom builtins, so these results are what any embedder gets.
// The syntax table follows RE2's documented syntax: what RE2 accepts, and what it rejects with
// Go's exact error text.

import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import { BUILTINS } from '../rego/builtins.js';
import { linkPolicy } from './link.js';
import { builtinPlan } from './testing.js';

const { loadPolicySync } = opa;
type Policy = ReturnType<typeof loadPolicySync>;
const policies = new Map<string, Policy>();

function call(name: string, args: unknown[], strict = true): unknown {
  const key = `${name}/${strict}`;
  let p = policies.get(key);
  if (!p) {
    p = loadPolicySync(linkPolicy(builtinPlan(name, BUILTINS[name]!.arity, strict)));
    policies.set(key, p);
  }
  const rs = p.evaluate(args) as Array<{ result: unknown }>;
  return rs.length === 0 ? undefined : rs[0]!.result;
}

describe('regex builtins (RE2 semantics, native)', () => {
  const cases: [string, unknown[], unknown][] = [
    ['regex.match', ['^[a-z]+$', 'abc'], true],
    ['regex.match', ['(?i)^ABC$', 'abc'], true],
    ['regex.match', ['^abc\\z', 'abc\n'], false],
    ['regex.match', ['^abc$', 'abc\n'], false],
    ['regex.match', ['(?m)^b$', 'a\nb\nc'], true],
    ['regex.match', ['a.c', 'a\nc'], false],
    ['regex.match', ['(?s)a.c', 'a\nc'], true],
    ['regex.match', ['a.c', 'a\rc'], true],
    ['regex.match', ['^\\s$', '\v'], false],
    ['regex.match', ['^[[:alpha:]]+[[:digit:]]$', 'abc1'], true],
    ['regex.match', ['^\\pL+$', 'héllo'], true],
    ['regex.match', ['^\\p{Greek}+$', 'αβγ'], true],
    ['regex.match', ['^.$', '日'], true],
    ['regex.match', ['^\\Qa.b\\E$', 'a.b'], true],
    ['regex.match', ['^\\Qa.b\\E$', 'axb'], false],
    ['regex.match', ['a{', 'a{'], true],
    ['regex.match', ['^\\-\\#$', '-#'], true],
    ['regex.match', ['^\\x{65e5}$', '日'], true],
    ['regex.match', ['^[\\w-\\.]+$', 'a-b.c_1'], true],
    ['regex.match', ['^[[:^alpha:]]+$', '12'], true],
    ['regex.match', ['^\\PL$', '1'], true],
    ['regex.match', ['^a(?i)b$', 'aB'], true],
    ['regex.match', ['^a(?i:b)c$', 'aBC'], false],
    ['regex.match', ['^(?i)k$', '\u212a'], true],
    ['regex.match', ['^(?i)σ$', 'ς'], true],
    ['regex.match', ['^(?i)[^k]$', '\u212a'], false],
    ['regex.match', ['^(?i)i$', 'İ'], false],
    ['regex.match', ['^(?i)ı$', 'I'], false],
    ['regex.match', ['\\bfoo\\b', 'a foo.'], true],
    ['regex.match', ['\\Bfoo', 'a foo'], false],
    ['regex.match', ['^\\101\\x41\\0$', 'AA\u0000'], true],
    ['regex.match', ['x{0}y', 'y'], true],
    ['regex.is_valid', ['.*'], true],
    ['regex.is_valid', ['(.*'], false],
    ['regex.is_valid', ['(?=x)'], false],
    ['regex.is_valid', ['(a)\\1'], false],
    ['regex.is_valid', [1], false],
    ['regex.find_n', ['[oa]+', 'foo bar baaz', -1], ['oo', 'a', 'aa']],
    ['regex.find_n', ['[oa]+', 'foo bar baaz', 2], ['oo', 'a']],
    ['regex.find_n', ['[oa]+', 'foo', 0], []],
    ['regex.find_n', ['a*', 'baaab', -1], ['', 'aaa', '']],
    ['regex.find_n', ['a|ab', 'ab', -1], ['a']],
    ['regex.find_n', ['(?U)a+', 'aaa', -1], ['a', 'a', 'a']],
    ['regex.find_n', ['a+?', 'aaa', -1], ['a', 'a', 'a']],
    ['regex.find_n', ['', '日本', -1], ['', '', '']],
    ['regex.split', ['a', 'banana'], ['b', 'n', 'n', '']],
    ['regex.split', ['x*', 'axbxc'], ['a', 'b', 'c']],
    ['regex.split', ['a', ''], ['']],
    ['regex.split', ['', 'abc'], ['a', 'b', 'c']],
    ['regex.split', [',', 'a,b'], ['a', 'b']],
    // opa-wasm's own JS regex.split (String.split, which returns groups) must never run
    ['regex.split', ['(a)', 'xay'], ['x', 'y']],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', 'T'], '-T-T-'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '$1'], '--xx-'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '$1W'], '---'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '${1}W'], '-W-xxW-'],
    ['regex.replace', ['-ab-axxb-', 'a(?P<x>x*)b', '${x}$$'], '-$-xx$-'],
    ['regex.replace', ['abc', 'x*', '-'], '-a-b-c-'],
    ['regex.replace', ['abc', 'b', '$'], 'a$c'],
    ['regex.replace', ['abc', '(?<n>b)', '[$n]'], 'a[b]c'],
    ['regex.find_all_string_submatch_n', ['a(x*)(y)?b', '-axxb-ab-ayb', -1], [['axxb', 'xx', ''], ['ab', '', ''], ['ayb', '', 'y']]],
    ['regex.find_all_string_submatch_n', ['(a|ab)(c|bcd)(d*)', 'abcd', -1], [['abcd', 'a', 'bcd', '']]],
    ['regex.find_all_string_submatch_n', ['(a)*', 'aa', 1], [['aa', 'a']]],
    ['regex.template_match', ['urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}'], true],
    ['regex.template_match', ['urn:foo.bar:{[0-9]{2}}', 'urn:foo.bar:42', '{', '}'], true],
    ['regex.template_match', ['urn:foo.bar:{[0-9]{2}}', 'urn:fooxbar:42', '{', '}'], false],
    ['regex.globs_match', ['a.a.[0-9]+z', '.b.b.*z'], true],
    ['regex.globs_match', ['a.a.[0-9]+z', '.b.b.'], false],
    ['regex.globs_match', ['[a-z]+', '[0-9]*'], false],
    // gintersect answers for non-empty strings only
    ['regex.globs_match', ['[a-z]*', '[0-9]*'], false],
    ['regex.globs_match', ['(a)', '(.)'], true],
    ['regex.globs_match', ['[^a]', '^'], true],
    ['regex.globs_match', ['a+b+', 'aab'], true],
    ['regex.globs_match', ['ab*c', 'a.*'], true],
    ['regex.globs_match', ['[a-z]+', '[0-9]+'], false],
    ['regex.globs_match', ['abc', 'ab.'], true],
    ['regex.globs_match', ['abc', 'abd'], false],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['regex.match', ['(', 'x'], 'eval_builtin_error: regex.match: error parsing regexp: missing closing ): `(`'],
    ['regex.match', ['(?<=a)b', 'ab'], 'error parsing regexp: invalid named capture: `(?<=a)b`'],
    ['regex.match', ['a\\1', 'a'], 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['regex.match', ['a**', 'a'], 'error parsing regexp: invalid nested repetition operator: `**`'],
    ['regex.match', ['x', 1], 'eval_type_error: regex.match: operand 2 must be string but got number'],
    ['regex.find_n', ['x', 'x', 1.5], 'eval_type_error: regex.find_n: operand 3 must be integer number but got floating-point number'],
    ['regex.template_match', ['urn:{.*', 'urn:x', '{', '}'], 'eval_builtin_error: regex.template_match: unbalanced braces in "urn:{.*"'],
    ['regex.template_match', ['urn:{.*}', 'urn:x', '{{', '}'], 'start delimiter has to be exactly one character long but is 2 long'],
    ['regex.template_match', ['urn:{(}', 'urn:x', '{', '}'], 'error parsing regexp: missing closing ): `^($`'],
    ['regex.globs_match', ['a]', 'a'], "eval_builtin_error: regex.globs_match: pos:2:set-close ']' with no preceding '[': the input provided is invalid"],
    ['regex.globs_match', ['*a', 'a'], "pos:1:flag '*' must be preceded by a non-flag: the input provided is invalid"],
    ['regex.globs_match', ['[a-]', 'a'], "pos:3:range character '-' must be followed by a Unicode character: the input provided is invalid"],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, args, msg) => {
    expect(() => call(name, args)).toThrow(msg);
    expect(call(name, args, false)).toBeUndefined();
  });
});

describe('RE2 syntax (github.com/google/re2/wiki/Syntax)', () => {
  const accepted = [
    '.', '[xyz]', '[^xyz]', '\\d', '\\D', '[[:alpha:]]', '[[:^alpha:]]', '\\pN', '\\p{Greek}', '\\PN', '\\P{Greek}',
    '\\p{^Greek}', '\\pL', '\\p{Lu}', '\\p{Han}', '\\p{Cyrillic}', '\\p{Any}', '[\\p{Lu}\\d]', 'xy', 'x|y', 'x*', 'x+',
    'x?', 'x{2,5}', 'x{2,}', 'x{2}', 'x*?', 'x+?', 'x??', 'x{2,5}?', 'x{2,}?', 'x{2}?', 'x{0}', 'x{1000}',
    '(a{10}){100}', '(re)', '(?P<name>re)', '(?<name>re)', '(?:re)', '(?i)abc', '(?i:re)', '(?i-s:a.)', '(?U)x*',
    '(?m)^a$', '(?s).', '(?ims)x', '^', '$', '\\A', '\\z', '\\b', '\\B', '\\a\\f\\t\\n\\r\\v', '\\123', '\\x7F',
    '\\x{10FFFF}', '\\*', '\\_', '\\Qa.b*c\\E', '\\Q*', '[\\d]', '[a-z0-9]', '[\\w-\\.]', '[a-]', '[]a]', '[^]a]',
    '[\\-]', 'a{', 'a{,5}', 'a{1', '^*', '()', '(|a)', 'a||b', '(?i)Σ', '\\p{Sc}+', '[[:word:][:space:]]',
  ];
  it.each(accepted)('accepts %s', (p) => {
    expect(call('regex.is_valid', [p])).toBe(true);
    expect(typeof call('regex.match', [p, 'some text'])).toBe('boolean');
  });

  const rejected: [string, string][] = [
    ['\\1', 'invalid escape sequence: `\\1`'],
    ['(?=re)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?!re)', 'invalid or unsupported Perl syntax: `(?!`'],
    ['(?<!re)', 'invalid named capture: `(?<!re)`'],
    ['(?P=name)', 'invalid or unsupported Perl syntax: `(?P`'],
    ['(?#comment)', 'invalid or unsupported Perl syntax: `(?#`'],
    ['(?i-)x', 'invalid or unsupported Perl syntax: `(?i-)`'],
    ['(?', 'invalid or unsupported Perl syntax: `(?`'],
    ['\\C', 'invalid escape sequence: `\\C`'],
    ['\\G', 'invalid escape sequence: `\\G`'],
    ['\\Z', 'invalid escape sequence: `\\Z`'],
    ['\\cK', 'invalid escape sequence: `\\c`'],
    ['\\e', 'invalid escape sequence: `\\e`'],
    ['\\x{110000}', 'invalid escape sequence: `\\x{110000`'],
    ['\\xZ1', 'invalid escape sequence: `\\xZ1`'],
    ['x{1001}', 'invalid repeat count: `{1001}`'],
    ['x{2,1}', 'invalid repeat count: `{2,1}`'],
    ['(a{100}){100}', 'invalid repeat count: `{100}`'],
    ['x**', 'invalid nested repetition operator: `**`'],
    ['x++', 'invalid nested repetition operator: `++`'],
    ['x*?+', 'invalid nested repetition operator: `*?+`'],
    ['x{2}{3}', 'invalid nested repetition operator: `{2}{3}`'],
    ['*', 'missing argument to repetition operator: `*`'],
    ['a|*', 'missing argument to repetition operator: `*`'],
    ['(+)', 'missing argument to repetition operator: `+`'],
    ['[[:foo:]]', 'invalid character class range: `[:foo:]`'],
    ['\\p{Foo}', 'invalid character class range: `\\p{Foo}`'],
    ['\\pX', 'invalid character class range: `\\pX`'],
    ['\\p{L', 'invalid character class range: `\\p{L`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[\\b]', 'invalid escape sequence: `\\b`'],
    ['a)', 'unexpected ): `a)`'],
    ['(a', 'missing closing ): `(a`'],
    ['(a|b', 'missing closing ): `(a|b`'],
    ['[a', 'missing closing ]: `[a`'],
    ['[a-', 'missing closing ]: `[a-`'],
    ['\\', 'trailing backslash at end of expression: ``'],
    ['(?P<n!>a)', 'invalid named capture: `(?P<n!>`'],
    ['(?P<>a)', 'invalid named capture: `(?P<>`'],
    ['(?P<name', 'invalid named capture: `(?P<name`'],
  ];
  it.each(rejected)('rejects %s', (p, msg) => {
    expect(call('regex.is_valid', [p])).toBe(false);
    expect(() => call('regex.match', [p, 'x'])).toThrow(`eval_builtin_error: regex.match: error parsing regexp: ${msg}`);
  });
});

describe('linear time (no backtracking)', () => {
  it('answers catastrophic-backtracking patterns on 50,000 characters', () => {
    expect(call('regex.match', ['(a+)+$', `${'a'.repeat(50_000)}b`])).toBe(false);
    expect(call('regex.match', ['(a+)+$', 'a'.repeat(50_000)])).toBe(true);
    expect(call('regex.match', ['(x|x)*y', 'x'.repeat(50_000)])).toBe(false);
    expect(call('regex.match', ['(x|x)*y', `${'x'.repeat(50_000)}y`])).toBe(true);
    expect(call('regex.find_n', ['(x+x+)+y', 'x'.repeat(20_000), -1])).toEqual([]);
  });
});

describe('compiled program cache', () => {
  it('gives the same answers for many distinct patterns across evaluations, past the static cache', () => {
    const pattern = (i: number) => `^(?:p${i}|[a-z]{1,${1 + (i % 50)}}x)-\\d+-${'q'.repeat(i % 40)}$`;
    const pages = () => (policies.get('regex.match/true') as unknown as { mem: { buffer: ArrayBuffer } }).mem.buffer.byteLength;
    let after = 0;
    for (let round = 0; round < 2; round++) {
      if (round === 1) after = pages();
      for (let i = 0; i < 400; i += 1) {
        expect(call('regex.match', [pattern(i), `p${i}-12-${'q'.repeat(i % 40)}`])).toBe(true);
        expect(call('regex.match', [pattern(i), `p${i}-12-${'q'.repeat((i % 40) + 1)}`])).toBe(false);
      }
    }
    // programs past the reserved area live on the heap of one evaluation only: memory stays flat
    expect(pages()).toBe(after);
  });
});

describe('glob.match (gobwas/glob semantics, native)', () => {
  const cases: [string, unknown, string, boolean][] = [
    ['*.github.com', [], 'api.github.com', true],
    ['*.github.com', [], 'api.cdn.github.com', false],
    ['*.github.com', null, 'api.cdn.github.com', true],
    ['*:github:com', [':'], 'api:github:com', true],
    ['api.**.com', [], 'api.github.com', true],
    ['api.**.com', [], 'api.cdn.github.com', true],
    ['?at', [], 'cat', true],
    ['?at', [], 'at', false],
    ['?at', [], '.at', false],
    ['[abc]at', [], 'bat', true],
    ['[!abc]at', [], 'fat', true],
    ['[!abc]at', [], 'cat', false],
    ['[a-c]at', [], 'cat', true],
    ['[!a-c]at', [], 'dat', true],
    ['{cat,bat,[fr]at}', [], 'rat', true],
    ['{cat,bat,[fr]at}', [], 'mat', false],
    ['{a,b*}x', [], 'bzzx', true],
    ['\\*x', [], '*x', true],
    ['\\*x', [], 'ax', false],
    ['a,b}', [], 'a,b}', true],
    ['*', ['/'], 'a/b', false],
    ['**', ['/'], 'a/b', true],
    ['日*', [], '日本', true],
    ['my-app-*', [], 'my-app-1', true],
    ['a-[0-9]', ['-'], 'a-5', true],
    ['(a|b)+$', [], '(a|b)+$', true],
    ['*', [], '', true],
    ['[Z-]]x', [], ']x', true],
    ['[z-a]', [], 'm', false],
    ['[\\a-z]', [], '-', true],
    ['[\\a-z]', [], 'b', false],
    ['[\\]]', [], ']', true],
    ['[]', [], 'a', false],
    ['[!]', [], 'a', true],
  ];
  it.each(cases)('glob.match(%j, %j, %j) = %j', (p, d, s, want) => {
    expect(call('glob.match', [p, d, s])).toBe(want);
  });

  it('rejects malformed patterns and delimiters', () => {
    expect(() => call('glob.match', ['[abc', [], 'a'])).toThrow('eval_builtin_error: glob.match: unexpected end of input');
    expect(() => call('glob.match', ['[a-z0-9]', [], 'a'])).toThrow('expected close range character');
    expect(() => call('glob.match', ['{a,b', [], 'a'])).toThrow('unexpected end of input');
    expect(() => call('glob.match', ['[ab\\', [], 'a'])).toThrow('unexpected end of input');
    expect(() => call('glob.match', ['ab\\', [], 'a'])).toThrow('trailing backslash');
    expect(() => call('glob.match', ['a', 'x', 'a'])).toThrow('eval_type_error: glob.match: operand 2 must be one of {array, null} but got string');
    expect(() => call('glob.match', ['a', ['ab'], 'a'])).toThrow('operand 2 must be array of runes but got array containing string');
    expect(() => call('glob.match', ['a', [1], 'a'])).toThrow('operand 2 must be array of strings but got array containing number');
    expect(call('glob.match', ['[abc', [], 'a'], false)).toBeUndefined();
  });

  it('quotes meta characters', () => {
    expect(call('glob.quote_meta', ['*.github.com'])).toBe('\\*.github.com');
    expect(call('glob.quote_meta', ['[a]{b}?\\'])).toBe('\\[a\\]\\{b\\}\\?\\\\');
  });
});
