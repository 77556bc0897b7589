// glob.match and glob.quote_meta with the semantics of github.com/gobwas/glob, which OPA uses.
// Owns: the glob lexer/parser and its translation to a JS RegExp. Must not accept syntax gobwas
// rejects (a compile error is a builtin error, not a "false").
//
// Syntax: `*` any run of non-delimiter characters, `**` any run, `?` one non-delimiter character,
// `[abc]` / `[a-z]` one character in the list or range (`[!…]` negates; one list or one range per
// bracket), `{a,b}` alternatives (nestable), `\` escapes. Delimiters: null means none; an empty
// array means `.` (OPA's default).

import { fail, str, typeFail, elementFail } from './errors.js';
import type { Value } from './values.js';

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? '\\' + ch : ch;
}

function classEscape(ch: string): string {
  return /[\\\]^-]/.test(ch) ? '\\' + ch : ch;
}

class GlobParser {
  private i = 0;
  private readonly cps: string[];
  constructor(
    pattern: string,
    private readonly notDelim: string,
  ) {
    this.cps = [...pattern];
  }

  parse(): string {
    const re = this.sequence(0);
    if (this.i < this.cps.length) fail(`unexpected end of input`);
    return re;
  }

  private sequence(depth: number): string {
    let out = '';
    while (this.i < this.cps.length) {
      const c = this.cps[this.i]!;
      if (depth > 0 && (c === ',' || c === '}')) return out;
      this.i++;
      switch (c) {
        case '*':
          if (this.cps[this.i] === '*') {
            this.i++;
            out += '[\\s\\S]*';
          } else out += `${this.notDelim}*`;
          break;
        case '?':
          out += this.notDelim;
          break;
        case '[':
          out += this.range();
          break;
        case '{': {
          const alts: string[] = [];
          for (;;) {
            alts.push(this.sequence(depth + 1));
            const t = this.cps[this.i];
            if (t === undefined) fail('unexpected end of input');
            this.i++;
            if (t === '}') break;
          }
          out += `(?:${alts.join('|')})`;
          break;
        }
        case '\\': {
          const n = this.cps[this.i];
          if (n === undefined) fail('trailing backslash');
          this.i++;
          out += escapeRegex(n);
          break;
        }
        default:
          out += escapeRegex(c);
      }
    }
    return out;
  }

  private range(): string {
    let not = false;
    if (this.cps[this.i] === '!') {
      not = true;
      this.i++;
    }
    const first = this.cps[this.i];
    if (first === undefined) fail('unexpected end of input');
    let body: string;
    if (this.cps[this.i + 1] === '-') {
      const hi = this.cps[this.i + 2];
      if (hi === undefined) fail('unexpected end of input');
      this.i += 3;
      body = `${classEscape(first)}-${classEscape(hi)}`;
    } else {
      let chars = '';
      while (this.i < this.cps.length && this.cps[this.i] !== ']') {
        let ch = this.cps[this.i++]!;
        if (ch === '\\') {
          const n = this.cps[this.i++];
          if (n === undefined) fail('trailing backslash');
          ch = n;
        }
        chars += classEscape(ch);
      }
      body = chars;
    }
    if (this.cps[this.i] === undefined) fail('unexpected end of input');
    if (this.cps[this.i] !== ']') fail('expected close range character');
    this.i++;
    if (body === '') return not ? '[\\s\\S]' : '[]';
    return `[${not ? '^' : ''}${body}]`;
  }
}

const cache = new Map<string, RegExp>();

export function compileGlob(pattern: string, delimiters: string[]): RegExp {
  const key = `${delimiters.join('')}\u0000${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const notDelim = delimiters.length === 0 ? '[\\s\\S]' : `[^${delimiters.map(classEscape).join('')}]`;
    re = new RegExp(`^${new GlobParser(pattern, notDelim).parse()}$`, 'u');
    if (cache.size >= 100) cache.delete(cache.keys().next().value!);
    cache.set(key, re);
  }
  return re;
}

function delimitersOf(v: Value): string[] {
  if (v === null) return [];
  if (!Array.isArray(v)) typeFail(2, v, 'array', 'null');
  const out: string[] = [];
  for (const d of v) {
    if (typeof d !== 'string') elementFail(2, v, d, 'string');
    if ([...d].length !== 1) elementFail(2, v, d, 'rune');
    out.push(d);
  }
  return out.length === 0 ? ['.'] : out;
}

export const globBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'glob.match': (pattern, delimiters, match) => {
    const p = str(pattern, 1);
    const d = delimitersOf(delimiters);
    const m = str(match, 3);
    return compileGlob(p, d).test(m);
  },
  'glob.quote_meta': (pattern) => str(pattern, 1).replace(/[*?\\[\]{}]/g, (c) => '\\' + c),
};
