// regex.globs_match: whether two "globs" (OPA's restricted regular expressions: `.`, `[…]` with
// ranges and `^`, `\` escapes, each optionally followed by `*` or `+`) can match a common string.
// Owns the parse and an emptiness check on the product of the two automata.
// Must not accept richer regex syntax: OPA's library rejects it, so do we.

import { fail } from './errors.js';

type Ranges = [number, number][];
const MAX = 0x10ffff;

interface Token {
  ranges: Ranges;
  star: boolean;
}

function complement(r: Ranges): Ranges {
  const sorted = [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

function intersects(a: Ranges, b: Ranges): boolean {
  return a.some(([l1, h1]) => b.some(([l2, h2]) => l1 <= h2 && l2 <= h1));
}

function parse(glob: string): Token[] {
  const cps = [...glob].map((c) => c.codePointAt(0)!);
  const tokens: Token[] = [];
  let i = 0;
  const bad = (why: string): never => fail(`${why} in glob ${JSON.stringify(glob)}`);
  while (i < cps.length) {
    const c = cps[i++]!;
    let ranges: Ranges;
    if (c === 0x2e /* . */) ranges = [[0, MAX]];
    else if (c === 0x5c /* \ */) {
      const n = cps[i++];
      if (n === undefined) bad('trailing backslash');
      ranges = [[n!, n!]];
    } else if (c === 0x5b /* [ */) {
      let neg = false;
      if (cps[i] === 0x5e) {
        neg = true;
        i++;
      }
      const set: Ranges = [];
      for (;;) {
        let x = cps[i++];
        if (x === undefined) bad('unterminated character class');
        if (x === 0x5d && set.length > 0) break;
        if (x === 0x5c) x = cps[i++] ?? bad('trailing backslash');
        if (cps[i] === 0x2d && cps[i + 1] !== undefined && cps[i + 1] !== 0x5d) {
          let hi = cps[i + 1]!;
          i += 2;
          if (hi === 0x5c) hi = cps[i++] ?? bad('trailing backslash');
          if (hi < x!) bad('invalid character range');
          set.push([x!, hi]);
        } else set.push([x!, x!]);
      }
      ranges = neg ? complement(set) : set;
    } else if (c === 0x2a || c === 0x2b) {
      return bad('repetition without a preceding character');
    } else if ('()|{}?^$'.includes(String.fromCodePoint(c))) {
      return bad(`unsupported symbol ${String.fromCodePoint(c)}`);
    } else ranges = [[c, c]];
    const q = cps[i];
    if (q === 0x2a) {
      i++;
      tokens.push({ ranges, star: true });
    } else if (q === 0x2b) {
      i++;
      tokens.push({ ranges, star: false }, { ranges, star: true });
    } else tokens.push({ ranges, star: false });
  }
  return tokens;
}

export function globsIntersect(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  const seen = new Set<number>();
  const width = y.length + 1;
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    const key = i * width + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === x.length && j === y.length) return true;
    const ti = x[i];
    const tj = y[j];
    if (ti?.star) stack.push([i + 1, j]);
    if (tj?.star) stack.push([i, j + 1]);
    if (ti && tj && intersects(ti.ranges, tj.ranges)) {
      stack.push([ti.star ? i : i + 1, tj.star ? j : j + 1]);
    }
  }
  return false;
}
