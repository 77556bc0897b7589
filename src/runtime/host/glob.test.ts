import { describe, expect, it } from 'vitest';
import { globBuiltins as g } from './glob.js';

const match = (p: string, d: unknown, s: string): unknown => g['glob.match']!(p, d as never, s);

describe('glob.match (gobwas/glob semantics)', () => {
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
  ];
  it.each(cases)('glob.match(%j, %j, %j) = %j', (p, d, s, want) => {
    expect(match(p, d, s)).toBe(want);
  });

  it('rejects malformed patterns and delimiters', () => {
    expect(() => match('[abc', [], 'a')).toThrow('unexpected end of input');
    expect(() => match('[a-z0-9]', [], 'a')).toThrow('expected close range character');
    expect(() => match('{a,b', [], 'a')).toThrow('unexpected end of input');
    expect(() => match('a', 'x', 'a')).toThrow('operand 2 must be one of {array, null} but got string');
    expect(() => match('a', ['ab'], 'a')).toThrow('operand 2 must be array of runes but got array containing string');
  });

  it('quotes meta characters', () => {
    expect(g['glob.quote_meta']!('*.github.com')).toBe('\\*.github.com');
    expect(g['glob.quote_meta']!('[a]{b}?\\')).toBe('\\[a\\]\\{b\\}\\?\\\\');
  });
});
