import { describe, expect, test } from 'vitest';
import { lex, Tok, TOKEN_NAMES } from './lexer.js';

const kinds = (src: string) => lex(src).tokens.map((t) => TOKEN_NAMES[t.kind]);
const values = (src: string) => lex(src).tokens.filter((t) => t.kind !== Tok.EOF).map((t) => t.value);

describe('lexer', () => {
  test.each([
    ['x := 1', ['identifier', ':=', 'number', 'eof']],
    ['a==b!=c<=d>=e<f>g', ['identifier', '==', 'identifier', '!=', 'identifier', '<=', 'identifier', '>=', 'identifier', '<', 'identifier', '>', 'identifier', 'eof']],
    ['{[(,;:.)]}', ['{', '[', '(', ',', ';', ':', '.', ')', ']', '}', 'eof']],
    ['a+b-c*d/e%f&g|h=i', ['identifier', '+', 'identifier', '-', 'identifier', '*', 'identifier', '/', 'identifier', '%', 'identifier', '&', 'identifier', '|', 'identifier', '=', 'identifier', 'eof']],
  ])('token kinds of %j', (src, want) => {
    expect(kinds(src)).toEqual(want);
  });

  test('keywords are identifiers: the parser decides what is a keyword', () => {
    expect(kinds('if in contains every')).toEqual(['identifier', 'identifier', 'identifier', 'identifier', 'eof']);
  });

  test('numbers keep their spelling; a minus sign is its own token', () => {
    expect(values('0 12 1.5 2e10 3E-2 4.25e+3 -7')).toEqual(['0', '12', '1.5', '2e10', '3E-2', '4.25e+3', '-', '7']);
  });

  test.each([
    ['1.', 'expected fraction'],
    ['1e', 'expected exponent'],
    ['0a2b', 'illegal number format'],
  ])('malformed number %j is illegal', (src, message) => {
    const r = lex(src);
    expect(r.tokens[0]!.kind).toBe(Tok.Illegal);
    expect(r.errors[0]!.message).toBe(message);
  });

  test('string escapes follow JSON, including surrogate pairs', () => {
    const r = lex(String.raw`"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"`);
    expect(r.errors).toEqual([]);
    expect(r.tokens[0]!.value).toBe('a"b\\c/d\b\f\n\r\té😀');
  });

  test('a lone surrogate escape becomes U+FFFD, as in Go', () => {
    expect(lex(String.raw`"\ud83d x"`).tokens[0]!.value).toBe('\ufffd x');
    expect(lex(String.raw`"\ude00"`).tokens[0]!.value).toBe('\ufffd');
  });

  test('raw strings take everything up to the backtick, newlines and backslashes included', () => {
    const r = lex('`a\\n\nb`');
    expect(r.tokens[0]!.kind).toBe(Tok.String);
    expect(r.tokens[0]!.value).toBe('a\\n\nb');
  });

  test.each([
    ['"abc', 'non-terminated string'],
    ['"a\nb"', 'non-terminated string'],
    ['"\\q"', 'illegal escape sequence'],
    ['"\\u12"', 'illegal unicode escape \\u12'],
    ['`abc', 'non-terminated string'],
    ['x ! y', 'illegal ! character'],
    ['x @ y', 'illegal "@" character'],
  ])('lexer error in %j', (src, message) => {
    const r = lex(src);
    expect(r.errors.map((e) => e.message)).toContain(message);
    expect(r.tokens.some((t) => t.kind === Tok.Illegal)).toBe(true);
  });

  test('records blanks and newlines before each token, and offsets', () => {
    const t = lex('a.b [c]\n  d # note\ne').tokens;
    expect(t.map((x) => [x.value, x.ws, x.nl])).toEqual([
      ['a', false, false],
      ['.', false, false],
      ['b', false, false],
      ['[', true, false],
      ['c', false, false],
      [']', false, false],
      ['d', true, true],
      ['e', true, true],
      ['', false, false],
    ]);
    expect(t[6]).toMatchObject({ start: 10, end: 11 });
  });

  test('collects comments with their text and offsets, without a trailing CR', () => {
    const r = lex('# METADATA\r\n# title: x\np := 1 # trailing');
    expect(r.comments).toEqual([
      { start: 0, end: 10, text: ' METADATA' },
      { start: 12, end: 22, text: ' title: x' },
      { start: 30, end: 40, text: ' trailing' },
    ]);
  });

  test('splits a template string into texts and expression ranges', () => {
    const src = '$"a \\{ {x} b {{"k": "}"}} \\n"';
    const [t] = lex(src).tokens;
    expect(t!.kind).toBe(Tok.Template);
    const holes = t!.parts!.map((p) => ('text' in p ? p.text : `<${src.slice(p.start, p.end)}>`));
    expect(holes).toEqual(['a { ', '<x>', ' b ', '<{"k": "}"}>', ' \n']);
    expect(lex('$"a {x').errors.map((e) => e.message)).toEqual(['non-terminated template string']);
  });

  test('skips a leading byte-order mark', () => {
    expect(kinds('\ufeffpackage')).toEqual(['identifier', 'eof']);
  });
});
