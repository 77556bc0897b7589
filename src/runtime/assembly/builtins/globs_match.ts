// regex.globs_match: OPA calls github.com/yashtewari/glob-intersection (gintersect.NonEmpty), and
// this is that library, step for step: its tokenizer (only `.`, `[…]`, `\` and the `+`/`*` flags
// are special; a set has no negation and `-` makes a range), its Simplify, and its greedy
// intersection walk with prefix/suffix trimming, including what it answers for globs matching
// only the empty string. The walk is memoised on (suffix of one glob, suffix of the other), which
// changes no answer but keeps it polynomial in the glob lengths. Errors read as the library's
// ("pos:N:…: the input provided is invalid"). Must not accept richer regex syntax.

import { T_STRING, tag, len, boolV } from "../value";
import { allocZero } from "../mem";
import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";
import { failBuf, mustBe } from "./error";
import { runeAt, runeLen, putRune } from "./text";
import { List, newList, push } from "./regex/syntax";
import { Ranges, newRanges, addRange, clean, rlo, rhi, inClass } from "./regex/charclass";

const CHAR: u32 = 0;
const DOT: u32 = 1;
const SET: u32 = 2;
const NONE: u32 = 0;
const PLUS: u32 = 1;
const STAR: u32 = 2;

/** A token: kind, flag, and the rune (CHAR) or the clean Ranges (SET). */
@unmanaged class Tok {
  kind: u32;
  flag: u32;
  x: usize;
}

let runes: usize = 0; // the glob as u32 runes
let nr: i32 = 0;
let err: Buf | null = null;

function error(at: i32, msg: string): void {
  const b = newBuf(96);
  putStr(b, "pos:");
  putDec(b, <u32>at);
  putByte(b, 0x3a);
  putStr(b, msg);
  err = b;
}

function finish(): void { putStr(err!, ": the input provided is invalid"); }

function putDec(b: Buf, n: u32): void {
  if (n >= 10) putDec(b, n / 10);
  putByte(b, 0x30 + n % 10);
}

@inline function runeOf(i: i32): u32 { return load<u32>(runes + (<usize>i << 2)); }

// nextRune: the rune at i, -1 at the end, -2 on error; nextAt and escaped are set
let nextAt: i32 = 0;
let escaped = false;
function nextRune(i: i32): i32 {
  if (i >= nr) { nextAt = 0; return -1; }
  if (runeOf(i) == 0x5c) {
    if (i < nr - 1) { nextAt = i + 2; escaped = true; return <i32>runeOf(i + 1); }
    error(i, "input ends with a \\ (escape) character");
    return -2;
  }
  nextAt = i + 1;
  escaped = false;
  return <i32>runeOf(i);
}

function mkTok(kind: u32, x: usize): Tok {
  const t = changetype<Tok>(allocZero(offsetof<Tok>()));
  t.kind = kind;
  t.x = x;
  return t;
}

/** The set after `[` at i; null on error. nextAt is past the `]`. */
function set(i: i32): Tok | null {
  const r = newRanges(4);
  let prev: i32 = 0;
  let prevExists = false;
  let complete = false;
  let c = nextRune(i);
  while (!complete && c != -1) {
    if (c == -2) return null;
    if (!escaped && c == 0x2d) {
      if (!prevExists) { error(nextAt, "range character '-' must be preceded by a Unicode character"); return null; }
      if (nextAt >= nr - 1) { error(nextAt, "range character '-' must be followed by a Unicode character"); return null; }
      c = nextRune(nextAt);
      if (c == -2) return null;
      if (!escaped && (c == 0x5d || c == 0x2d)) { error(nextAt, "range character '-' cannot be followed by a special symbol"); return null; }
      // the library's out-of-order error is overwritten before anyone sees it: the range is empty
      if (c >= prev) addRange(r, <u32>prev, <u32>c);
      prevExists = false;
    } else if (!escaped && c == 0x5d) complete = true;
    else { addRange(r, <u32>c, <u32>c); prev = c; prevExists = true; }
    if (!complete) c = nextRune(nextAt);
  }
  if (!complete) { error(nextAt, "found [ without matching ]"); return null; }
  clean(r);
  return mkTok(SET, changetype<usize>(r));
}

function tokenize(g: usize): List | null {
  const p = g + 8, e = p + len(g);
  runes = allocZero((<usize>len(g) + 1) << 2);
  nr = 0;
  for (let q = p; q < e; ) { store<u32>(runes + (<usize>nr << 2), runeAt(q, e)); q += runeLen; nr++; }
  const toks = newList();
  let i: i32 = 0;
  for (;;) {
    const c = nextRune(i);
    if (c == -1) break;
    if (c == -2) return null;
    let t: Tok;
    if (!escaped && c == 0x2e) t = mkTok(DOT, 0);
    else if (!escaped && c == 0x5b) {
      const s = set(nextAt);
      if (s == null) return null;
      t = s;
    } else if (!escaped && c == 0x5d) { error(nextAt, "set-close ']' with no preceding '['"); return null; }
    else if (!escaped && (c == 0x2b || c == 0x2a)) {
      const b = newBuf(64);
      putStr(b, "flag '"); putRune(b, <u32>c); putStr(b, "' must be preceded by a non-flag");
      error(nextAt, "");
      putBytes(err!, b.ptr, b.len);
      return null;
    } else t = mkTok(CHAR, <usize>c);
    // an optional flag right after the token
    i = nextAt;
    const f = nextRune(i);
    if (f == -2) return null;
    if (f >= 0 && !escaped && (f == 0x2b || f == 0x2a)) { t.flag = f == 0x2b ? PLUS : STAR; i = nextAt; }
    push(toks, changetype<usize>(t));
  }
  return simplify(toks);
}

function equalRanges(a: Ranges, b: Ranges): bool {
  if (a.n != b.n) return false;
  for (let i: u32 = 0; i < a.n; i++) if (rlo(a, i) != rlo(b, i) || rhi(a, i) != rhi(b, i)) return false;
  return true;
}

function equal(a: Tok, b: Tok): bool {
  if (a.kind != b.kind) return false;
  if (a.kind == CHAR) return a.x == b.x;
  if (a.kind == SET) return equalRanges(changetype<Ranges>(a.x), changetype<Ranges>(b.x));
  return true;
}

/** Adjacent equal flagged tokens merge (t+t* and t*t+ are t+, t*t* is t*). */
function simplify(toks: List): List {
  const out = newList();
  if (toks.n == 0) return out;
  push(out, load<u32>(toks.ptr));
  let latest = changetype<Tok>(<usize>load<u32>(toks.ptr));
  for (let i: u32 = 1; i < toks.n; i++) {
    const t = changetype<Tok>(<usize>load<u32>(toks.ptr + (<usize>i << 2)));
    if (t.flag != NONE && latest.flag != NONE && equal(t, latest)) {
      const last = changetype<Tok>(<usize>load<u32>(out.ptr + (<usize>(out.n - 1) << 2)));
      last.flag = t.flag == PLUS || latest.flag == PLUS ? PLUS : STAR;
      continue;
    }
    latest = t;
    push(out, changetype<usize>(t));
  }
  return out;
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

function match(a: Tok, b: Tok): bool {
  if (a.kind > b.kind) { const t = a; a = b; b = t; }
  if (a.kind == CHAR) {
    if (b.kind == CHAR) return a.x == b.x;
    if (b.kind == DOT) return true;
    const r = changetype<Ranges>(b.x);
    return inClass(r.ptr, r.n, <u32>a.x);
  }
  if (a.kind == DOT) return true;
  return intersects(changetype<Ranges>(a.x), changetype<Ranges>(b.x));
}

// The two globs as token arrays; a "glob" below is a suffix of one of them: (side, start, end).
let G: usize = 0;   // u32 token pointers of both globs, side 0 then side 1
let N0: i32 = 0;
let N1: i32 = 0;
let E0: i32 = 0;    // ends after trimming
let E1: i32 = 0;
let memo: usize = 0;

@inline function tok(side: i32, i: i32): Tok {
  return changetype<Tok>(<usize>load<u32>(G + (<usize>(side == 0 ? i : N0 + i) << 2)));
}
@inline function endOf(side: i32): i32 { return side == 0 ? E0 : E1; }

function normal(s1: i32, i0: i32, s2: i32, j0: i32): bool {
  // memo over (which side comes first, i, j)
  const k = (<usize>s1 * <usize>(N0 + 1) * <usize>(N1 + 1)) + <usize>(s1 == 0 ? i0 * (N1 + 1) + j0 : j0 * (N1 + 1) + i0);
  const m = load<u8>(memo + k);
  if (m) return m == 2;
  let i = i0, j = j0;
  let r = false;
  const e1 = endOf(s1), e2 = endOf(s2);
  let done = false;
  for (; i < e1 && j < e2; i++, j++) {
    if (tok(s1, i).flag == NONE && tok(s2, j).flag == NONE) {
      if (!match(tok(s1, i), tok(s2, j))) { r = false; done = true; break; }
    } else { r = special(s1, i, s2, j); done = true; break; }
  }
  if (!done) r = i == e1 && j == e2;
  store<u8>(memo + k, r ? 2 : 1);
  return r;
}

function special(s1: i32, i: i32, s2: i32, j: i32): bool {
  const f1 = tok(s1, i).flag;
  if (f1 != NONE) return f1 == PLUS ? plus(s1, i, s2, j) : star(s1, i, s2, j);
  const f2 = tok(s2, j).flag;
  if (f2 == PLUS) return plus(s2, j, s1, i);
  if (f2 == STAR) return star(s2, j, s1, i);
  return false;
}

function plus(sp: i32, p: i32, so: i32, o: i32): bool {
  if (!match(tok(sp, p), tok(so, o))) return false;
  if (star(sp, p, so, o + 1)) return true;
  return tok(so, o).flag != NONE && normal(sp, p + 1, so, o);
}

function star(ss: i32, s: i32, so: i32, o: i32): bool {
  const starTok = tok(ss, s);
  const hasNext = s + 1 < endOf(ss);
  const eo = endOf(so);
  for (let k = o; k < eo; k++) {
    const t = tok(so, k);
    if (hasNext && match(t, tok(ss, s + 1))) {
      if (normal(ss, s + 1, so, k)) return true;
      if (!match(t, starTok)) return false;
    } else if (!match(t, starTok)) return false;
  }
  return !hasNext;
}

export function globsMatch(a: usize, b: usize): usize {
  if (tag(a) != T_STRING) return mustBe(1, "string", a);
  if (tag(b) != T_STRING) return mustBe(2, "string", b);
  err = null;
  const x = tokenize(a);
  if (x == null) { finish(); return failBuf(err!); }
  const y = tokenize(b);
  if (y == null) { finish(); return failBuf(err!); }
  N0 = <i32>x.n; N1 = <i32>y.n;
  G = allocZero(<usize>(N0 + N1 + 1) << 2);
  memory.copy(G, x.ptr, <usize>N0 << 2);
  memory.copy(G + (<usize>N0 << 2), y.ptr, <usize>N1 << 2);
  // trimGlobs: equal unflagged prefixes and suffixes go, but one token of each stays
  let l: i32 = 0;
  for (; l < N0 && l < N1 && tok(0, l).flag == NONE && tok(1, l).flag == NONE; l++) {
    if (!match(tok(0, l), tok(1, l))) return boolV(false);
  }
  if (l > 0) l--;
  let r1 = N0 - 1, r2 = N1 - 1;
  for (; r1 >= 0 && r1 >= l && r2 >= 0 && r2 >= l && tok(0, r1).flag == NONE && tok(1, r2).flag == NONE; r1--, r2--) {
    if (!match(tok(0, r1), tok(1, r2))) return boolV(false);
  }
  if (r1 < N0 - 1) { r1++; r2++; }
  E0 = r1 + 1;
  E1 = r2 + 1;
  memo = allocZero(2 * <usize>(N0 + 1) * <usize>(N1 + 1));
  return boolV(normal(0, l, 1, l));
}
