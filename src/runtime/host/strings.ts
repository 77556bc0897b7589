// String builtins with OPA's semantics: Go's strings package, indexes in code points (runes).
// Owns: concat … strings.count, format_int. sprintf is native (src/runtime/assembly/builtins/sprintf.ts).
// Must not touch regular expressions or globs (regex.ts, glob.ts).

import { fail, int, num, obj, operandFail, str, strList, typeFail } from './errors.js';
import { compareStrings, type Value } from './values.js';

type Fn = (...args: Value[]) => unknown;

/** Go's unicode.IsSpace (JS \s also includes U+FEFF and leaves out U+0085). */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function trimLeftSet(s: string, cut: Set<string>): string {
  const cps = [...s];
  let i = 0;
  while (i < cps.length && cut.has(cps[i]!)) i++;
  return cps.slice(i).join('');
}

function trimRightSet(s: string, cut: Set<string>): string {
  const cps = [...s];
  let j = cps.length;
  while (j > 0 && cut.has(cps[j - 1]!)) j--;
  return cps.slice(0, j).join('');
}

/** Go's strings.Split: an empty separator splits into runes. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

/** Go's strings.Replace(s, old, new, -1): an empty `old` inserts `new` around every rune. */
function goReplaceAll(s: string, old: string, rep: string): string {
  if (old === '') return rep + [...s].join(rep) + (s === '' ? '' : rep);
  return s.split(old).join(rep);
}

/** Go's strings.Count: non-overlapping; an empty substring counts rune boundaries. */
function goCount(s: string, sub: string): number {
  if (sub === '') return [...s].length + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/**
 * Go's strings.NewReplacer(pairs...).Replace: scanning left to right, at each position the first
 * pair (in argument order; OPA sorts the keys) whose old string matches wins.
 */
function goReplacer(s: string, pairs: [string, string][]): string {
  let out = '';
  let i = 0;
  while (i <= s.length) {
    let matched = false;
    for (const [old, rep] of pairs) {
      if (s.startsWith(old, i)) {
        out += rep;
        if (old === '') {
          if (i < s.length) {
            const ch = String.fromCodePoint(s.codePointAt(i)!);
            out += ch;
            i += ch.length;
          } else i++;
        } else i += old.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (i < s.length) out += s[i];
      i++;
    }
  }
  return out;
}

function strsOrString(v: Value, pos: number): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) typeFail(pos, v, 'string', 'set', 'array');
  return strList(v, pos);
}

function runeIndexes(base: string, search: string, all: boolean): number[] {
  if (search.length === 0) fail('empty search character');
  const b = [...base];
  const s = [...search];
  const found: number[] = [];
  for (let i = 0; i + s.length <= b.length; i++) {
    let ok = true;
    for (let j = 0; j < s.length && ok; j++) ok = b[i + j] === s[j];
    if (ok) {
      found.push(i);
      if (!all) break;
    }
  }
  return found;
}

function formatInt(x: Value, base: Value): string {
  const n = num(x, 1);
  const b = num(base, 2);
  const radix = b === 2 || b === 8 || b === 10 || b === 16 ? b : operandFail(2, 'must be one of {2, 8, 10, 16}');
  const t = Math.trunc(n);
  // BigInt keeps every digit of large doubles (Go formats the truncated big.Float exactly).
  const i = BigInt(t);
  return i < 0n ? '-' + (-i).toString(radix) : i.toString(radix);
}

export const stringBuiltins: Record<string, Fn> = {
  concat: (delim, coll) => {
    const d = str(delim, 1);
    return strList(coll, 2, ['set', 'array']).join(d);
  },
  contains: (s, sub) => str(s, 1).includes(str(sub, 2)),
  startswith: (s, p) => str(s, 1).startsWith(str(p, 2)),
  endswith: (s, p) => str(s, 1).endsWith(str(p, 2)),
  lower: (s) => str(s, 1).toLowerCase(),
  upper: (s) => str(s, 1).toUpperCase(),
  split: (s, d) => goSplit(str(s, 1), str(d, 2)),
  replace: (s, old, rep) => goReplaceAll(str(s, 1), str(old, 2), str(rep, 3)),
  trim: (s, cut) => {
    const set = new Set([...str(cut, 2)]);
    return trimRightSet(trimLeftSet(str(s, 1), set), set);
  },
  trim_left: (s, cut) => trimLeftSet(str(s, 1), new Set([...str(cut, 2)])),
  trim_right: (s, cut) => trimRightSet(str(s, 1), new Set([...str(cut, 2)])),
  trim_prefix: (s, p) => {
    const x = str(s, 1);
    const pre = str(p, 2);
    return x.startsWith(pre) ? x.slice(pre.length) : x;
  },
  trim_suffix: (s, p) => {
    const x = str(s, 1);
    const suf = str(p, 2);
    return suf !== '' && x.endsWith(suf) ? x.slice(0, x.length - suf.length) : x;
  },
  trim_space: (s) => {
    const set = new Set([...GO_SPACE]);
    return trimRightSet(trimLeftSet(str(s, 1), set), set);
  },
  format_int: formatInt,
  indexof: (s, sub) => {
    const base = str(s, 1);
    const found = runeIndexes(base, str(sub, 2), false);
    return found.length > 0 ? found[0] : -1;
  },
  indexof_n: (s, sub) => runeIndexes(str(s, 1), str(sub, 2), true),
  substring: (s, off, len) => {
    const runes = [...str(s, 1)];
    const start = int(off, 2);
    if (start >= runes.length) return '';
    if (start < 0) fail('negative offset');
    const n = int(len, 3);
    return (n < 0 ? runes.slice(start) : runes.slice(start, Math.min(runes.length, start + n))).join('');
  },
  'strings.replace_n': (patterns, s) => {
    const p = obj(patterns, 1);
    const x = str(s, 2);
    const keys = Object.keys(p).sort(compareStrings);
    const pairs = keys.map((k): [string, string] => {
      const v = p[k];
      if (typeof v !== 'string') operandFail(1, 'non-string value found in pattern object');
      return [k, v];
    });
    return goReplacer(x, pairs);
  },
  'strings.reverse': (s) => [...str(s, 1)].reverse().join(''),
  'strings.any_prefix_match': (a, b) => {
    const strs = strsOrString(a, 1);
    const prefixes = strsOrString(b, 2);
    return strs.some((s) => prefixes.some((p) => s.startsWith(p)));
  },
  'strings.any_suffix_match': (a, b) => {
    const strs = strsOrString(a, 1);
    const suffixes = strsOrString(b, 2);
    return strs.some((s) => suffixes.some((p) => s.endsWith(p)));
  },
  'strings.count': (s, sub) => goCount(str(s, 1), str(sub, 2)),
};
