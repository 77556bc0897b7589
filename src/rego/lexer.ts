// The Rego lexer: source text → a flat array of tokens plus the comments (which METADATA needs).
// It owns character-level rules only (identifiers, numbers, strings and their escapes, operators,
// comments) and knows nothing about keywords: whether `in` or `if` is a keyword depends on the Rego
// version and on `import future.keywords…`, which only the parser can see. It never throws: a
// malformed token becomes an `Illegal` token and a lexer error, so the parser reports it in place.
//
// Positions are integer offsets (end exclusive). Whitespace is not a token, but every token records
// whether whitespace or a comment preceded it (`ws`) and whether that included a newline (`nl`):
// Rego separates body expressions by newlines and forbids blanks inside refs (`x.y`, `f(x)`).

// Token kinds are small integers in a plain object (not a TS enum) so every build tool agrees on them.
export const Tok = {
  EOF: 0,
  Illegal: 1,
  Ident: 2,
  Number: 3,
  String: 4,
  LBrack: 5,
  RBrack: 6,
  LBrace: 7,
  RBrace: 8,
  LParen: 9,
  RParen: 10,
  Comma: 11,
  Colon: 12,
  Semicolon: 13,
  Dot: 14,
  Assign: 15,
  Unify: 16,
  Equal: 17,
  Neq: 18,
  Lt: 19,
  Lte: 20,
  Gt: 21,
  Gte: 22,
  Add: 23,
  Sub: 24,
  Mul: 25,
  Quo: 26,
  Rem: 27,
  And: 28,
  Or: 29,
  /** `$"…{expr}…"` or `` $`…{expr}…` `` (OPA v1.12 string interpolation); `parts` holds its pieces. */
  Template: 30,
} as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

/** How a token kind reads in an error message, following OPA's wording (`unexpected } token`). */
export const TOKEN_NAMES: Record<Tok, string> = {
  [Tok.EOF]: 'eof',
  [Tok.Illegal]: 'illegal',
  [Tok.Ident]: 'identifier',
  [Tok.Number]: 'number',
  [Tok.String]: 'string',
  [Tok.LBrack]: '[',
  [Tok.RBrack]: ']',
  [Tok.LBrace]: '{',
  [Tok.RBrace]: '}',
  [Tok.LParen]: '(',
  [Tok.RParen]: ')',
  [Tok.Comma]: ',',
  [Tok.Colon]: ':',
  [Tok.Semicolon]: ';',
  [Tok.Dot]: '.',
  [Tok.Assign]: ':=',
  [Tok.Unify]: '=',
  [Tok.Equal]: '==',
  [Tok.Neq]: '!=',
  [Tok.Lt]: '<',
  [Tok.Lte]: '<=',
  [Tok.Gt]: '>',
  [Tok.Gte]: '>=',
  [Tok.Add]: '+',
  [Tok.Sub]: '-',
  [Tok.Mul]: '*',
  [Tok.Quo]: '/',
  [Tok.Rem]: '%',
  [Tok.And]: '&',
  [Tok.Or]: '|',
  [Tok.Template]: 'template string',
};

export interface Token {
  kind: Tok;
  start: number;
  end: number;
  /** Identifier name, number spelling, or the decoded value of a string. */
  value: string;
  /** Whitespace or a comment precedes this token. */
  ws: boolean;
  /** A newline precedes this token (after the previous token). */
  nl: boolean;
  /** A template string's literal texts (decoded) and its expressions' source ranges, in order. */
  parts?: TemplatePart[];
}

export type TemplatePart = { text: string } | { start: number; end: number };

export interface Comment {
  /** Offset of the `#`. */
  start: number;
  end: number;
  /** The text after `#`, without a trailing carriage return. */
  text: string;
}

export interface LexError {
  offset: number;
  message: string;
}

export interface LexResult {
  tokens: Token[];
  comments: Comment[];
  errors: LexError[];
}

const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDecimal(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Single-character punctuation, indexed by char code; two-character operators are handled apart. */
const SINGLE: Partial<Record<number, Tok>> = {
  91: Tok.LBrack,
  93: Tok.RBrack,
  123: Tok.LBrace,
  125: Tok.RBrace,
  40: Tok.LParen,
  41: Tok.RParen,
  44: Tok.Comma,
  59: Tok.Semicolon,
  46: Tok.Dot,
  43: Tok.Add,
  45: Tok.Sub,
  42: Tok.Mul,
  47: Tok.Quo,
  37: Tok.Rem,
  38: Tok.And,
  124: Tok.Or,
};

export function lex(source: string): LexResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const errors: LexError[] = [];
  const n = source.length;
  let i = 0;
  // A byte-order mark at the very start is tolerated, as OPA does.
  if (source.charCodeAt(0) === 0xfeff) i = 1;
  let ws = false;
  let nl = false;

  const push = (kind: Tok, start: number, end: number, value: string): void => {
    tokens.push({ kind, start, end, value, ws, nl });
    ws = false;
    nl = false;
  };

  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === CH_SPACE || c === CH_TAB || c === CH_CR) {
      ws = true;
      i++;
      continue;
    }
    if (c === CH_LF) {
      ws = true;
      nl = true;
      i++;
      continue;
    }
    if (c === 35 /* # */) {
      const start = i;
      while (i < n && source.charCodeAt(i) !== CH_LF) i++;
      let end = i;
      if (end > start && source.charCodeAt(end - 1) === CH_CR) end--;
      comments.push({ start, end, text: source.slice(start + 1, end) });
      ws = true;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i++;
      while (i < n) {
        const d = source.charCodeAt(i);
        if (isLetter(d) || isDecimal(d)) i++;
        else break;
      }
      push(Tok.Ident, start, i, source.slice(start, i));
      continue;
    }
    if (isDecimal(c)) {
      const before = errors.length;
      i = scanNumber(source, i, errors);
      push(errors.length > before ? Tok.Illegal : Tok.Number, start, i, source.slice(start, i));
      continue;
    }
    if (c === 34 /* " */) {
      const r = scanString(source, i, errors);
      i = r.end;
      push(r.ok ? Tok.String : Tok.Illegal, start, i, r.value);
      continue;
    }
    if (c === 36 /* $ */ && (source.charCodeAt(i + 1) === 34 || source.charCodeAt(i + 1) === 96)) {
      const r = scanTemplate(source, i, errors);
      i = r.end;
      tokens.push({ kind: r.ok ? Tok.Template : Tok.Illegal, start, end: i, value: source.slice(start, i), ws, nl, parts: r.parts });
      ws = false;
      nl = false;
      continue;
    }
    if (c === 96 /* ` */) {
      const close = source.indexOf('`', i + 1);
      if (close < 0) {
        errors.push({ offset: start, message: 'non-terminated string' });
        i = n;
        push(Tok.Illegal, start, i, source.slice(start + 1));
      } else {
        i = close + 1;
        push(Tok.String, start, i, source.slice(start + 1, close));
      }
      continue;
    }
    const next = i + 1 < n ? source.charCodeAt(i + 1) : -1;
    switch (c) {
      case 58 /* : */:
        if (next === 61) push(Tok.Assign, start, (i += 2), ':=');
        else push(Tok.Colon, start, ++i, ':');
        continue;
      case 61 /* = */:
        if (next === 61) push(Tok.Equal, start, (i += 2), '==');
        else push(Tok.Unify, start, ++i, '=');
        continue;
      case 60 /* < */:
        if (next === 61) push(Tok.Lte, start, (i += 2), '<=');
        else push(Tok.Lt, start, ++i, '<');
        continue;
      case 62 /* > */:
        if (next === 61) push(Tok.Gte, start, (i += 2), '>=');
        else push(Tok.Gt, start, ++i, '>');
        continue;
      case 33 /* ! */:
        if (next === 61) {
          push(Tok.Neq, start, (i += 2), '!=');
        } else {
          errors.push({ offset: start, message: 'illegal ! character' });
          push(Tok.Illegal, start, ++i, '!');
        }
        continue;
    }
    const single = SINGLE[c];
    if (single !== undefined) {
      i++;
      push(single, start, i, source[start]!);
      continue;
    }
    // Anything else (a stray `$`, `@`, a non-ASCII letter, a NUL …) cannot start a token.
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    errors.push({
      offset: start,
      message: c === 0 ? 'illegal null character' : `illegal ${JSON.stringify(String.fromCodePoint(cp))} character`,
    });
    i += width;
    push(Tok.Illegal, start, i, source.slice(start, i));
  }
  push(Tok.EOF, n, n, '');
  return { tokens, comments, errors };
}

/** Digits, optional fraction, optional exponent; a letter glued to a number makes it illegal (`0a2b`). */
function scanNumber(s: string, i: number, errors: LexError[]): number {
  const n = s.length;
  while (i < n && isDecimal(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    const from = i;
    while (i < n && isDecimal(s.charCodeAt(i))) i++;
    if (i === from) errors.push({ offset: i, message: 'expected fraction' });
  }
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const from = i;
    while (i < n && isDecimal(s.charCodeAt(i))) i++;
    if (i === from) errors.push({ offset: i, message: 'expected exponent' });
  }
  if (i < n && isLetter(s.charCodeAt(i))) {
    errors.push({ offset: i, message: 'illegal number format' });
    while (i < n && (isLetter(s.charCodeAt(i)) || isDecimal(s.charCodeAt(i)))) i++;
  }
  return i;
}

/**
 * A double-quoted string, decoded with JSON's escape rules (as OPA does). A lone UTF-16 surrogate
 * from `\uD800`-style escapes becomes U+FFFD, matching Go's JSON decoder, so that values compare
 * the same here as in OPA.
 */
function scanString(s: string, start: number, errors: LexError[]): { end: number; value: string; ok: boolean } {
  const n = s.length;
  let i = start + 1;
  let out = '';
  let chunk = i;
  let ok = true;
  for (;;) {
    if (i >= n || s.charCodeAt(i) === CH_LF) {
      errors.push({ offset: start, message: 'non-terminated string' });
      return { end: i, value: out + s.slice(chunk, i), ok: false };
    }
    const c = s.charCodeAt(i);
    if (c === 34) {
      out += s.slice(chunk, i);
      return { end: i + 1, value: out, ok };
    }
    if (c !== 92 /* \ */) {
      i++;
      continue;
    }
    out += s.slice(chunk, i);
    const esc = s.charCodeAt(i + 1);
    switch (esc) {
      case 34:
        out += '"';
        break;
      case 92:
        out += '\\';
        break;
      case 47:
        out += '/';
        break;
      case 98:
        out += '\b';
        break;
      case 102:
        out += '\f';
        break;
      case 110:
        out += '\n';
        break;
      case 114:
        out += '\r';
        break;
      case 116:
        out += '\t';
        break;
      case 117 /* u */: {
        const hex = s.slice(i + 2, i + 6);
        if (hex.length < 4 || ![0, 1, 2, 3].every((k) => isHex(hex.charCodeAt(k)))) {
          errors.push({ offset: i, message: `illegal unicode escape \\u${hex.replace(/[^0-9a-fA-F].*$/s, '')}` });
          ok = false;
          i += 2;
          chunk = i;
          continue;
        }
        const unit = parseInt(hex, 16);
        i += 6;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          // A high surrogate is only valid when a low-surrogate escape follows at once.
          const m = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(s.slice(i, i + 6));
          if (m) {
            out += String.fromCharCode(unit, parseInt(m[1]!, 16));
            i += 6;
          } else {
            out += '\ufffd';
          }
        } else if (unit >= 0xdc00 && unit <= 0xdfff) {
          out += '\ufffd';
        } else {
          out += String.fromCharCode(unit);
        }
        chunk = i;
        continue;
      }
      default:
        errors.push({ offset: i, message: 'illegal escape sequence' });
        ok = false;
    }
    i += 2;
    chunk = i;
  }
}

/**
 * A template string: literal text (with a double-quoted one's escapes, plus `\{` for a brace)
 * and `{expr}` holes. A hole ends at its matching `}`, skipping braces and quotes inside the
 * expression's own strings, so `{ {"a": "}"} }` is one hole.
 */
function scanTemplate(s: string, start: number, errors: LexError[]): { end: number; parts: TemplatePart[]; ok: boolean } {
  const n = s.length;
  const raw = s.charCodeAt(start + 1) === 96;
  const quote = raw ? 96 : 34;
  const parts: TemplatePart[] = [];
  let text = '';
  let i = start + 2;
  const unterminated = (): { end: number; parts: TemplatePart[]; ok: boolean } => {
    errors.push({ offset: start, message: 'non-terminated template string' });
    return { end: i, parts, ok: false };
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!raw && c === CH_LF) return unterminated();
    if (c === quote) {
      if (text) parts.push({ text });
      return { end: i + 1, parts, ok: true };
    }
    if (!raw && c === 92 /* \ */) {
      const esc = s.charCodeAt(i + 1);
      if (esc === 123 || esc === 125) {
        text += String.fromCharCode(esc);
        i += 2;
        continue;
      }
      const len = esc === 117 ? 6 : 2;
      const r = scanString(`"${s.slice(i, i + len)}"`, 0, []);
      if (!r.ok) {
        errors.push({ offset: i, message: 'illegal escape sequence' });
        return { end: i + len, parts, ok: false };
      }
      text += r.value;
      i += len;
      continue;
    }
    if (c !== 123 /* { */) {
      text += s[i];
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < n && depth > 0) {
      const d = s.charCodeAt(j);
      if (d === 123) depth++;
      else if (d === 125) depth--;
      else if (d === 34) {
        j++;
        while (j < n && s.charCodeAt(j) !== 34 && s.charCodeAt(j) !== CH_LF) j += s.charCodeAt(j) === 92 ? 2 : 1;
      } else if (d === 96) {
        const close = s.indexOf('`', j + 1);
        j = close < 0 ? n : close;
      }
      if (depth > 0) j++;
    }
    if (depth > 0) {
      i = j;
      return unterminated();
    }
    if (text) parts.push({ text });
    text = '';
    parts.push({ start: i + 1, end: j });
    i = j + 1;
  }
  return unterminated();
}
