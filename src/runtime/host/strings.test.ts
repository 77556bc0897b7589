import { describe, expect, it } from 'vitest';
import { stringBuiltins as s } from './strings.js';

const call = (name: string, ...args: unknown[]): unknown => (s[name] as (...a: unknown[]) => unknown)(...args);

describe('string builtins (OPA semantics)', () => {
  const cases: [string, unknown[], unknown][] = [
    ['concat', [', ', ['a', 'b']], 'a, b'],
    ['concat', ['', []], ''],
    ['contains', ['abc', 'bc'], true],
    ['contains', ['abc', ''], true],
    ['startswith', ['abc', 'ab'], true],
    ['endswith', ['abc', 'ab'], false],
    ['lower', ['AbC'], 'abc'],
    ['upper', ['äbc'], 'ÄBC'],
    ['split', ['a.b.c', '.'], ['a', 'b', 'c']],
    ['split', ['', '.'], ['']],
    ['split', ['héllo', ''], ['h', 'é', 'l', 'l', 'o']],
    ['replace', ['aaa', 'a', 'b'], 'bbb'],
    ['replace', ['ab', '', '-'], '-a-b-'],
    ['trim', ['  xx  ', ' '], 'xx'],
    ['trim', ['abcxcba', 'abc'], 'x'],
    ['trim_left', ['aabcaa', 'a'], 'bcaa'],
    ['trim_right', ['aabcaa', 'a'], 'aabc'],
    ['trim_prefix', ['prefix-x', 'prefix-'], 'x'],
    ['trim_suffix', ['x.txt', '.txt'], 'x'],
    ['trim_space', ['\t\n x \u00a0\u0085'], 'x'],
    ['trim_space', ['\ufeffx'], '\ufeffx'],
    ['format_int', [255, 16], 'ff'],
    ['format_int', [-255.9, 16], '-ff'],
    ['format_int', [5, 2], '101'],
    ['format_int', [8, 8], '10'],
    ['format_int', [12.9, 10], '12'],
    ['indexof', ['abcdefg', 'cde'], 2],
    ['indexof', ['日本語abc', 'a'], 3],
    ['indexof', ['abc', 'x'], -1],
    ['indexof_n', ['aaaa', 'aa'], [0, 1, 2]],
    ['indexof_n', ['abc', 'x'], []],
    ['substring', ['abcdef', 1, 3], 'bcd'],
    ['substring', ['abcdef', 2, -1], 'cdef'],
    ['substring', ['abcdef', 10, 1], ''],
    ['substring', ['abcdef', 4, 100], 'ef'],
    ['substring', ['日本語', 1, 1], '本'],
    ['strings.replace_n', [{ a: 'b', b: 'c' }, 'ab'], 'bc'],
    ['strings.replace_n', [{ '<': '&lt;', '>': '&gt;' }, '<p>'], '&lt;p&gt;'],
    // Go's Replacer prefers the earlier pair (OPA sorts keys), not the longer one
    ['strings.replace_n', [{ ab: 'X', a: 'Y' }, 'aab'], 'YYb'],
    ['strings.reverse', ['abc日'], '日cba'],
    ['strings.any_prefix_match', ['foo/bar', 'foo'], true],
    ['strings.any_prefix_match', [['a', 'b'], ['x', 'b']], true],
    ['strings.any_prefix_match', [[], 'a'], false],
    ['strings.any_suffix_match', ['foo/bar', ['baz', 'bar']], true],
    ['strings.count', ['cheese', 'e'], 3],
    ['strings.count', ['five', ''], 5],
    ['strings.count', ['aaaa', 'aa'], 2],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['indexof', ['abc', ''], 'empty search character'],
    ['substring', ['abc', -1, 1], 'negative offset'],
    ['substring', ['abc', 1.5, 1], 'operand 2 must be integer number but got floating-point number'],
    ['format_int', [1, 3], 'operand 2 must be one of {2, 8, 10, 16}'],
    ['strings.replace_n', [{ a: 1 }, 'a'], 'operand 1 non-string value found in pattern object'],
    ['strings.any_prefix_match', [1, 'a'], 'operand 1 must be one of {string, set, array} but got number'],
    ['lower', [null], 'operand 1 must be string but got null'],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, args, msg) => {
    expect(() => call(name, ...args)).toThrow(msg);
  });
});
