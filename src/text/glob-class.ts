// Bracket expressions (`[abc]`, `[!a-z]`, `[[:digit:]]`) for every glob dialect Palisade reads —
// .gitignore files, the config's `ignore` and `policies.exclude`, waiver and inline-ignore keys —
// translated once, here, into a RegExp fragment that is always valid. A repository writes these
// patterns, so a reversed range (`[z-a]`) or an unknown class must never reach `new RegExp` as a
// syntax error: it matches nothing (as git's wildmatch does) and is returned as a `problem` the
// caller can report. Must not compile whole patterns (each dialect does that).

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
};

export interface ClassFragment {
  /** A RegExp fragment matching one character (never `/` when `slash` is false). */
  re: string;
  /** Index just past the closing `]`. */
  next: number;
  /** Why part of the class can match nothing, for a diagnostic. */
  problem?: string;
}

/** One character as a class member, escaped so that it is literal in any RegExp mode. */
function member(c: string): string {
  const code = c.codePointAt(0)!;
  return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
}

/**
 * The bracket expression starting at `p[i] === '['`, or undefined when it has no closing `]`
 * (then `[` is a literal). `slash`: whether the class may match `/` (not in path segments).
 */
export function bracketClass(p: string, i: number, slash: boolean): ClassFragment | undefined {
  let j = i + 1;
  let negate = false;
  if (p[j] === '!' || p[j] === '^') {
    negate = true;
    j++;
  }
  const parts: string[] = [];
  let problem: string | undefined;
  let first = true;
  for (; j < p.length && (p[j] !== ']' || first); first = false) {
    let c = [...p.slice(j, j + 2)][0]!;
    if (c === '[' && p[j + 1] === ':') {
      const e = p.indexOf(':]', j + 2);
      if (e !== -1) {
        const name = p.slice(j + 2, e);
        const set = POSIX[name];
        if (set) parts.push(set);
        else problem ??= `unknown character class [:${name}:]`;
        j = e + 2;
        continue;
      }
    }
    if (c === '\\' && j + 1 < p.length) {
      j++;
      c = [...p.slice(j, j + 2)][0]!;
    }
    j += c.length;
    // A range `a-z` (a `-` first or last is literal).
    if (p[j] === '-' && j + 1 < p.length && p[j + 1] !== ']') {
      let hi = [...p.slice(j + 1, j + 3)][0]!;
      let k = j + 1;
      if (hi === '\\' && k + 1 < p.length) {
        k++;
        hi = [...p.slice(k, k + 2)][0]!;
      }
      j = k + hi.length;
      if (hi.codePointAt(0)! < c.codePointAt(0)!) problem ??= `range ${c}-${hi} is reversed, so it matches nothing`;
      else parts.push(`${member(c)}-${member(hi)}`);
      continue;
    }
    parts.push(member(c));
  }
  if (j >= p.length) return undefined;
  const body = parts.join('');
  const next = j + 1;
  const noSlash = slash ? '' : '\\/';
  if (negate) return { re: `[^${noSlash}${body}]`, next, problem };
  // An empty class matches nothing; `[]` would too, but say it plainly.
  if (body === '') return { re: '(?!)', next, problem };
  return { re: slash ? `[${body}]` : `(?!\\/)[${body}]`, next, problem };
}
