// regex.globs_match: whether two "globs" (OPA's restricted regular expressions, as the
// glob-intersection library reads them: `.`, `[…]` with ranges and `^`, `\` escapes, each
// optionally followed by `*` or `+`) can match a common string. Owns the parse and an emptiness
// check on the product of the two token sequences (quadratic in the pattern lengths, independent
// of any input). Must not accept richer regex syntax: the library rejects it, so does this.

import { T_STRING, tag, len, boolV } from "../value";
import { allocZero } from "../mem";
import { newBuf, putByte, putBytes, putStr } from "../buf";
import { failBuf, mustBe } from "./error";
import { runeAt, runeLen } from "./text";
import { List, newList, push } from "./regex/syntax";
import { Ranges, newRanges, addRange, clean, negated, rlo, rhi, MAX_RUNE } from "./regex/charclass";

let errWhy: string = "";
let errSym: i32 = -1;

/** Tokens as pairs in a list: (Ranges, star flag). */
function parseGlob(g: usize): List | null {
  const p = g + 8, e = p + len(g);
  const toks = newList();
  errSym = -1;
  let q = p;
  while (q < e) {
    const c = runeAt(q, e);
    q += runeLen;
    let r: Ranges;
    if (c == 0x2e) { r = newRanges(1); addRange(r, 0, MAX_RUNE); }
    else if (c == 0x5c) {
      if (q >= e) { errWhy = "trailing backslash"; return null; }
      const n = runeAt(q, e);
      q += runeLen;
      r = newRanges(1); addRange(r, n, n);
    } else if (c == 0x5b) {
      let neg = false;
      if (q < e && load<u8>(q) == 0x5e) { neg = true; q++; }
      r = newRanges(4);
      let any = false;
      for (;;) {
        if (q >= e) { errWhy = "unterminated character class"; return null; }
        let x = runeAt(q, e);
        q += runeLen;
        if (x == 0x5d && any) break;
        any = true;
        if (x == 0x5c) {
          if (q >= e) { errWhy = "trailing backslash"; return null; }
          x = runeAt(q, e); q += runeLen;
        }
        // x-y unless the dash is last
        if (q + 1 < e && load<u8>(q) == 0x2d && load<u8>(q + 1) != 0x5d) {
          q++;
          let hi = runeAt(q, e);
          q += runeLen;
          if (hi == 0x5c) {
            if (q >= e) { errWhy = "trailing backslash"; return null; }
            hi = runeAt(q, e); q += runeLen;
          }
          if (hi < x) { errWhy = "invalid character range"; return null; }
          addRange(r, x, hi);
        } else addRange(r, x, x);
      }
      clean(r);
      if (neg) r = negated(r);
    } else if (c == 0x2a || c == 0x2b) {
      errWhy = "repetition without a preceding character"; return null;
    } else if (c == 0x28 || c == 0x29 || c == 0x7c || c == 0x7b || c == 0x7d || c == 0x3f || c == 0x5e || c == 0x24) {
      errWhy = "unsupported symbol"; errSym = <i32>c; return null;
    } else { r = newRanges(1); addRange(r, c, c); }
    const star = q < e ? <u32>load<u8>(q) : 0;
    if (star == 0x2a) { q++; push(toks, changetype<usize>(r)); push(toks, 1); }
    else if (star == 0x2b) { q++; push(toks, changetype<usize>(r)); push(toks, 0); push(toks, changetype<usize>(r)); push(toks, 1); }
    else { push(toks, changetype<usize>(r)); push(toks, 0); }
  }
  return toks;
}

function intersects(a: Ranges, b: Ranges): bool {
  let i: u32 = 0, j: u32 = 0;
  while (i < a.n && j < b.n) {
    if (rhi(a, i) < rlo(b, j)) i++;
    else if (rhi(b, j) < rlo(a, i)) j++;
    else return true;
  }
  return false;
}

function badGlob(g: usize): usize {
  const b = newBuf(64);
  putStr(b, errWhy);
  if (errSym >= 0) { putByte(b, 0x20); putByte(b, <u32>errSym); }
  putStr(b, " in glob \"");
  putBytes(b, g + 8, len(g));
  putByte(b, 0x22);
  return failBuf(b);
}

@inline function tokRanges(t: List, i: u32): Ranges { return changetype<Ranges>(<usize>load<u32>(t.ptr + (<usize>i << 3))); }
@inline function tokStar(t: List, i: u32): bool { return load<u32>(t.ptr + (<usize>i << 3), 4) != 0; }

export function globsMatch(a: usize, b: usize): usize {
  if (tag(a) != T_STRING) return mustBe(1, "string", a);
  if (tag(b) != T_STRING) return mustBe(2, "string", b);
  const x = parseGlob(a);
  if (x == null) return badGlob(a);
  const y = parseGlob(b);
  if (y == null) return badGlob(b);
  const nx = x.n >> 1, ny = y.n >> 1;
  const width = ny + 1;
  const seen = allocZero(<usize>(nx + 1) * <usize>width);
  const stack = newList();
  push(stack, 0); push(stack, 0);
  while (stack.n > 0) {
    stack.n -= 2;
    const i = load<u32>(stack.ptr + (<usize>stack.n << 2)), j = load<u32>(stack.ptr + (<usize>stack.n << 2), 4);
    const k = <usize>i * <usize>width + <usize>j;
    if (load<u8>(seen + k)) continue;
    store<u8>(seen + k, 1);
    if (i == nx && j == ny) return boolV(true);
    const si = i < nx && tokStar(x, i), sj = j < ny && tokStar(y, j);
    if (si) { push(stack, i + 1); push(stack, j); }
    if (sj) { push(stack, i); push(stack, j + 1); }
    if (i < nx && j < ny && intersects(tokRanges(x, i), tokRanges(y, j))) {
      push(stack, si ? i : i + 1);
      push(stack, sj ? j : j + 1);
    }
  }
  return boolV(false);
}
