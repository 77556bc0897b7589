import { describe, expect, it } from 'vitest';
import { regexBuiltins as r } from './regex.js';

const call = (name: string, ...args: unknown[]): unknown => (r[name] as (...a: unknown[]) => unknown)(...args);

describe('regex builtins (RE2 semantics)', () => {
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
    ['regex.is_valid', ['.*'], true],
    ['regex.is_valid', ['(.*'], false],
    ['regex.is_valid', ['(?=x)'], false],
    ['regex.is_valid', ['(a)\\1'], false],
    ['regex.is_valid', [1], false],
    ['regex.find_n', ['[oa]+', 'foo bar baaz', -1], ['oo', 'a', 'aa']],
    ['regex.find_n', ['[oa]+', 'foo bar baaz', 2], ['oo', 'a']],
    ['regex.find_n', ['[oa]+', 'foo', 0], []],
    ['regex.find_n', ['a*', 'baaab', -1], ['', 'aaa', '']],
    ['regex.split', ['a', 'banana'], ['b', 'n', 'n', '']],
    ['regex.split', ['x*', 'axbxc'], ['a', 'b', 'c']],
    ['regex.split', ['a', ''], ['']],
    ['regex.split', ['', 'abc'], ['a', 'b', 'c']],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', 'T'], '-T-T-'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '$1'], '--xx-'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '$1W'], '---'],
    ['regex.replace', ['-ab-axxb-', 'a(x*)b', '${1}W'], '-W-xxW-'],
    ['regex.replace', ['-ab-axxb-', 'a(?P<x>x*)b', '${x}$$'], '-$-xx$-'],
    ['regex.replace', ['abc', 'x*', '-'], '-a-b-c-'],
    ['regex.find_all_string_submatch_n', ['a(x*)(y)?b', '-axxb-ab-ayb', -1], [['axxb', 'xx', ''], ['ab', '', ''], ['ayb', '', 'y']]],
    ['regex.template_match', ['urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}'], true],
    ['regex.template_match', ['urn:foo.bar:{[0-9]{2}}', 'urn:foo.bar:42', '{', '}'], true],
    ['regex.template_match', ['urn:foo.bar:{[0-9]{2}}', 'urn:fooxbar:42', '{', '}'], false],
    ['regex.globs_match', ['a.a.[0-9]+z', '.b.b.*z'], true],
    ['regex.globs_match', ['a.a.[0-9]+z', '.b.b.'], false],
    ['regex.globs_match', ['[a-z]+', '[0-9]*'], false],
    ['regex.globs_match', ['[a-z]*', '[0-9]*'], true],
    ['regex.globs_match', ['[a-z]+', '[0-9]+'], false],
    ['regex.globs_match', ['abc', 'ab.'], true],
    ['regex.globs_match', ['abc', 'abd'], false],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['regex.match', ['(', 'x'], 'error parsing regexp: missing closing )'],
    ['regex.match', ['(?<=a)b', 'ab'], 'invalid or unsupported Perl syntax'],
    ['regex.match', ['a\\1', 'a'], 'error parsing regexp'],
    ['regex.match', ['a**', 'a'], 'error parsing regexp'],
    ['regex.match', ['x', 1], 'operand 2 must be string but got number'],
    ['regex.template_match', ['urn:{.*', 'urn:x', '{', '}'], 'unbalanced braces'],
    ['regex.globs_match', ['(a)', 'a'], 'unsupported symbol'],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, args, msg) => {
    expect(() => call(name, ...args)).toThrow(msg);
  });
});
