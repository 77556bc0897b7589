import { describe, expect, it } from 'vitest';
import { anyChar, GlobMatcher, literal, notSlash, optional, seq, star } from './glob-engine.js';

const word = (s: string) => [...s].map(literal);

describe('GlobMatcher', () => {
  it('matches sequences, stars, alternatives and optional parts over whole values', () => {
    const m = new GlobMatcher(seq(optional(seq(star(anyChar), literal('/'))), star(notSlash), ...word('.log')));
    expect(m.test('a.log')).toBe(true);
    expect(m.test('x/y/a.log')).toBe(true);
    expect(m.test('a.log.bak')).toBe(false);
    expect(m.test('x/.log')).toBe(true);
    const alt = new GlobMatcher(seq(...word('a.'), { type: 'alt', options: [seq(...word('yml')), seq(...word('yaml'))] }));
    expect([alt.test('a.yml'), alt.test('a.yaml'), alt.test('a.ya')]).toEqual([true, true, false]);
  });

  it('matches code points, not UTF-16 units', () => {
    const m = new GlobMatcher(seq(literal('🙂'), notSlash));
    expect(m.test('🙂x')).toBe(true);
    expect(m.test('🙂')).toBe(false);
  });

  it('stays linear on patterns a backtracking RegExp takes exponential time on', () => {
    const items = [];
    for (let i = 0; i < 40; i++) items.push(star(notSlash), literal('a'));
    const m = new GlobMatcher(seq(...items, star(notSlash), literal('b'), star(notSlash)));
    expect(m.test('a'.repeat(20_000))).toBe(false);
    expect(m.test(`${'a'.repeat(20_000)}b`)).toBe(true);
  });
});
