// Translation of Go RE2 syntax (what OPA's regex.* builtins accept) into an equivalent JS RegExp.
// Owns: the syntax differences — leading inline flags `(?i)` `(?s)` `(?m)`, `\z` `\A`, `(?P<n>…)`,
// `\Q…\E`, POSIX classes `[[:alpha:]]`, `\pL`, RE2's narrow `\s`, `.` not matching only `\n` —
// and the rejection of what RE2 does not have (backreferences, lookaround) or what JS cannot
// express (flags in the middle of a pattern, `(?U)`). Must not evaluate matches (regex.ts does).
// Always compiles with the `u` flag, because RE2 works on code points, not UTF-16 units.

import { fail } from './errors.js';

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7f',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const GENERAL_CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe',
  'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So', 'Z', 'Zs', 'Zl', 'Zp', 'C', 'Cc', 'Cf', 'Cs', 'Co', 'Cn',
]);

const RE2_SPACE = '\\t\\n\\f\\r ';

function err(msg: string, pattern: string): never {
  return fail(`error parsing regexp: ${msg}: \`${pattern}\``);
}

function literal(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

function classLiteral(ch: string): string {
  return /[\\\]^\-[]/.test(ch) ? '\\' + ch : ch;
}

export interface Translated {
  source: string;
  flags: string;
}

export function translateRe2(pattern: string): Translated {
  let i = 0;
  const flags = { i: false, s: false, m: false };
  // Leading flag groups apply to the whole pattern, which JS can express.
  for (;;) {
    const m = /^\(\?([imsU]*)(?:-([imsU]*))?\)/.exec(pattern.slice(i));
    if (!m) break;
    if (m[1]!.includes('U') || (m[2] ?? '').length > 0) err('unsupported flags', pattern);
    for (const f of m[1]!) flags[f as 'i' | 's' | 'm'] = true;
    i += m[0].length;
  }
  let out = '';
  let depth = 0;
  const p = pattern;

  const escape = (inClass: boolean): string => {
    // p[i] is the character after the backslash
    const c = p[i];
    if (c === undefined) err('trailing backslash at end of expression', pattern);
    i++;
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 'b': case 'B':
        if (inClass && (c === 'b' || c === 'B')) err('invalid escape sequence', pattern);
        return '\\' + c;
      case 's':
        return inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
      case 'S':
        if (inClass) err('negated \\S inside a character class is not supported', pattern);
        return `[^${RE2_SPACE}]`;
      case 'A':
        if (inClass) err('invalid escape sequence', pattern);
        return '(?<![\\s\\S])';
      case 'z':
        if (inClass) err('invalid escape sequence', pattern);
        return '(?![\\s\\S])';
      case 'a': return '\\x07';
      case 'f': return '\\f';
      case 't': return '\\t';
      case 'n': return '\\n';
      case 'r': return '\\r';
      case 'v': return '\\v';
      case 'x': {
        if (p[i] === '{') {
          const end = p.indexOf('}', i);
          const hex = end > 0 ? p.slice(i + 1, end) : '';
          if (!/^[0-9A-Fa-f]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) err('invalid escape sequence', pattern);
          i = end + 1;
          return `\\u{${hex}}`;
        }
        const hex = p.slice(i, i + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) err('invalid escape sequence', pattern);
        i += 2;
        return '\\x' + hex;
      }
      case 'p': case 'P': {
        let name: string;
        if (p[i] === '{') {
          const end = p.indexOf('}', i);
          if (end < 0) err('invalid character class range', pattern);
          name = p.slice(i + 1, end);
          i = end + 1;
        } else {
          name = p[i] ?? '';
          i++;
        }
        let neg = c === 'P';
        if (name.startsWith('^')) {
          neg = !neg;
          name = name.slice(1);
        }
        if (name === '' ) err('invalid character class range', pattern);
        const prop = name === 'Any' ? 'Any' : GENERAL_CATEGORIES.has(name) ? name : `Script=${name}`;
        try {
          new RegExp(`\\p{${prop}}`, 'u');
        } catch {
          err('invalid character class range', pattern);
        }
        if (prop === 'Any') return neg ? (inClass ? '' : '[^\\s\\S]') : inClass ? '\\s\\S' : '[\\s\\S]';
        return `\\${neg ? 'P' : 'p'}{${prop}}`;
      }
      case 'Q': {
        const end = p.indexOf('\\E', i);
        const lit = end < 0 ? p.slice(i) : p.slice(i, end);
        i = end < 0 ? p.length : end + 2;
        return [...lit].map(inClass ? classLiteral : literal).join('');
      }
      default: {
        if (c >= '0' && c <= '7') {
          // RE2: a lone \1..\7 would be a backreference (unsupported); \0 and \NN are octal
          const m = /^[0-7]{1,3}/.exec(p.slice(i - 1))![0];
          if (c !== '0' && m.length === 1) err('invalid escape sequence', pattern);
          i += m.length - 1;
          return `\\u{${parseInt(m, 8).toString(16)}}`;
        }
        if (/[A-Za-z0-9]/.test(c)) err(`invalid escape sequence: \`\\${c}\``, pattern);
        // any punctuation may be escaped in RE2
        const ch = String.fromCodePoint(p.codePointAt(i - 1)!);
        i += ch.length - 1;
        return inClass ? classLiteral(ch) : literal(ch);
      }
    }
  };

  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') {
      i++;
      out += escape(false);
    } else if (c === '[') {
      i++;
      let cls = '[';
      if (p[i] === '^') {
        cls += '^';
        i++;
      }
      let first = true;
      for (;;) {
        const d = p[i];
        if (d === undefined) err('missing closing ]', pattern);
        if (d === ']' && !first) {
          i++;
          break;
        }
        first = false;
        if (d === '[' && p[i + 1] === ':') {
          const end = p.indexOf(':]', i + 2);
          let name = end > 0 ? p.slice(i + 2, end) : '';
          const negated = name.startsWith('^');
          if (negated) name = name.slice(1);
          const ranges = POSIX[name];
          if (ranges === undefined) err('invalid character class range', pattern);
          if (negated) err('negated POSIX classes are not supported', pattern);
          cls += ranges;
          i = end + 2;
        } else if (d === '\\') {
          i++;
          cls += escape(true);
        } else {
          const ch = String.fromCodePoint(p.codePointAt(i)!);
          i += ch.length;
          cls += ch === '-' ? '-' : classLiteral(ch);
        }
      }
      out += cls + ']';
    } else if (c === '(') {
      i++;
      depth++;
      if (p[i] === '?') {
        const rest = p.slice(i + 1);
        let m: RegExpExecArray | null;
        if ((m = /^P?<([A-Za-z0-9_]+)>/.exec(rest))) {
          out += `(?<${m[1]}>`;
          i += 1 + m[0].length;
        } else if (rest.startsWith(':')) {
          out += '(?:';
          i += 2;
        } else if (/^(<?[=!])/.test(rest)) {
          err('invalid or unsupported Perl syntax: `(?' + rest.slice(0, rest[0] === '<' ? 2 : 1) + '`', pattern);
        } else if ((m = /^[imsU-]*:/.exec(rest))) {
          if (m[0] !== ':') err('inline flags on a group are not supported', pattern);
          out += '(?:';
          i += 1 + m[0].length;
        } else {
          err('invalid or unsupported Perl syntax', pattern);
        }
      } else out += '(';
    } else if (c === ')') {
      if (depth === 0) err('unexpected )', pattern);
      depth--;
      i++;
      out += ')';
    } else if (c === '.') {
      i++;
      out += flags.s ? '[\\s\\S]' : '[^\\n]';
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
      if (m) {
        if (Number(m[1]) > 1000 || (m[3] && Number(m[3]) > 1000)) err('invalid repeat count', pattern);
        if (m[3] && Number(m[3]) < Number(m[1])) err('invalid repeat count', pattern);
        out += m[0];
        i += m[0].length;
      } else {
        out += '\\{';
        i++;
      }
    } else if (c === '}') {
      out += '\\}';
      i++;
    } else if (c === '(' || c === '$' || c === '^' || c === '|' || c === '*' || c === '+' || c === '?') {
      out += c;
      i++;
    } else {
      const ch = String.fromCodePoint(p.codePointAt(i)!);
      i += ch.length;
      out += ch === '/' ? '\\/' : ch;
    }
  }
  if (depth > 0) err('missing closing )', pattern);
  // Quantifier errors (`**`, `a{2}{3}` …) are caught by the JS compiler.
  return { source: out, flags: `u${flags.i ? 'i' : ''}${flags.m ? 'm' : ''}` };
}

const cache = new Map<string, RegExp>();

/** A compiled RE2 pattern (with the `g` flag: callers set lastIndex). Throws BuiltinError. */
export function compileRe2(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  const t = translateRe2(pattern);
  try {
    re = new RegExp(t.source, t.flags + 'g');
  } catch (e) {
    err((e as Error).message.replace(/^Invalid regular expression: /, ''), pattern);
  }
  if (cache.size >= 100) cache.delete(cache.keys().next().value!);
  cache.set(pattern, re);
  return re;
}
