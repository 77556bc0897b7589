// String builtins with OPA's semantics: Go's strings package on UTF-8 bytes, indexes in code points
// (runes). concat … strings.count and format_int; sprintf lives in sprintf.ts. Results that equal
// an argument are that argument (no copy): most calls in policies change nothing.
// Must not touch regular expressions or globs (regex.ts, glob.ts).

import {
  T_INT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal,
  mkString, mkStringRaw, mkArray, arrPush, mkInt, boolV, isNumber, toF64,
} from "../value";
import { Buf, newBuf, putByte, putBytes } from "../buf";
import { fail, typeFail, mustBe, elementFail } from "./error";
import { runeAt, runeLen, runeCount, putRune } from "./text";
import { toLower, toUpper, isSpace } from "./unicode";
import { formatFloat } from "./gofloat";
import { decimalDigits } from "./sprintf";
import { newBF, bfFromValue, bfTrunc } from "../bigfloat";
import { bigToText, textLen } from "../bigint";
import { bigOf } from "../bignum";

@inline function isStr(v: usize): bool { return tag(v) == T_STRING; }
@inline function sp(v: usize): usize { return v + 8; }

/** Byte offset of needle in hay at or after `from`, or -1. */
function find(h: usize, hn: u32, n: usize, nn: u32, from: u32): i32 {
  if (nn == 0) return <i32>from;
  if (nn > hn) return -1;
  const first = load<u8>(n);
  for (let i = from; i + nn <= hn; i++) {
    if (load<u8>(h + i) == first && memory.compare(h + i, n, nn) == 0) return <i32>i;
  }
  return -1;
}

/** A string value holding [p, p+n) of v's bytes; v itself when that is all of it. */
function slice(v: usize, p: usize, n: u32): usize {
  if (p == v + 8 && n == len(v)) return v;
  return mkString(p, n);
}

/** Checks a set or array of strings; 0 (with the error set) when it is not one. */
function strColl(v: usize, pos: u32, want: string): bool {
  const t = tag(v);
  if (t != T_ARRAY && t != T_SET) { mustBe(pos, want, v); return false; }
  for (let i: u32 = 0; i < len(v); i++) {
    const e = arrGet(v, i);
    if (!isStr(e)) { elementFail(pos, v, "string", e); return false; }
  }
  return true;
}

export function concat(d: usize, c: usize): usize {
  if (!isStr(d)) return mustBe(1, "string", d);
  if (!strColl(c, 2, "one of {set, array}")) return 0;
  const n = len(c);
  if (n == 1) return arrGet(c, 0);
  let total: u32 = n > 0 ? (n - 1) * len(d) : 0;
  for (let i: u32 = 0; i < n; i++) total += len(arrGet(c, i));
  const r = mkStringRaw(total);
  let o = r + 8;
  for (let i: u32 = 0; i < n; i++) {
    if (i) { memory.copy(o, sp(d), len(d)); o += len(d); }
    const e = arrGet(c, i);
    memory.copy(o, sp(e), len(e));
    o += len(e);
  }
  return r;
}

/** op 0 contains, 1 startswith, 2 endswith */
export function test2(s: usize, x: usize, op: i32): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(x)) return mustBe(2, "string", x);
  const sn = len(s), xn = len(x);
  if (op == 0) return boolV(find(sp(s), sn, sp(x), xn, 0) >= 0);
  if (xn > sn) return boolV(false);
  const at = op == 1 ? sp(s) : sp(s) + sn - xn;
  return boolV(memory.compare(at, sp(x), xn) == 0);
}

export function changeCase(s: usize, up: bool): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const p = sp(s), n = len(s), e = p + n;
  // ASCII without anything to change: the argument itself.
  let i: u32 = 0;
  for (; i < n; i++) {
    const c = load<u8>(p + i);
    if (c >= 0x80 || (up ? c >= 0x61 && c <= 0x7a : c >= 0x41 && c <= 0x5a)) break;
  }
  if (i == n) return s;
  const b = newBuf(<usize>n + 8);
  putBytes(b, p, i);
  let q = p + i;
  while (q < e) {
    const c = <u32>load<u8>(q);
    if (c < 0x80) { putByte(b, up ? (c >= 0x61 && c <= 0x7a ? c - 32 : c) : (c >= 0x41 && c <= 0x5a ? c + 32 : c)); q++; continue; }
    const r = runeAt(q, e);
    putRune(b, up ? toUpper(r) : toLower(r));
    q += runeLen;
  }
  return mkString(b.ptr, <u32>b.len);
}

export function split(s: usize, d: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(d)) return mustBe(2, "string", d);
  const p = sp(s), n = len(s), dn = len(d);
  const r = mkArray(4);
  if (dn == 0) {
    for (let q = p, e = p + n; q < e; ) { runeAt(q, e); arrPush(r, mkString(q, runeLen)); q += runeLen; }
    return r;
  }
  let from: u32 = 0;
  for (;;) {
    const at = find(p, n, sp(d), dn, from);
    if (at < 0) break;
    arrPush(r, slice(s, p + from, <u32>at - from));
    from = <u32>at + dn;
  }
  arrPush(r, slice(s, p + from, n - from));
  return r;
}

export function replace(s: usize, old: usize, rep: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(old)) return mustBe(2, "string", old);
  if (!isStr(rep)) return mustBe(3, "string", rep);
  const p = sp(s), n = len(s), on = len(old);
  if (on == 0) {
    // Go: `new` before every rune and at the end
    const b = newBuf(<usize>n + 16);
    const e = p + n;
    for (let q = p; q < e; ) { putBytes(b, sp(rep), len(rep)); runeAt(q, e); putBytes(b, q, runeLen); q += runeLen; }
    putBytes(b, sp(rep), len(rep));
    return mkString(b.ptr, <u32>b.len);
  }
  let at = find(p, n, sp(old), on, 0);
  if (at < 0) return s;
  const b = newBuf(<usize>n + 16);
  let from: u32 = 0;
  while (at >= 0) {
    putBytes(b, p + from, <u32>at - from);
    putBytes(b, sp(rep), len(rep));
    from = <u32>at + on;
    at = find(p, n, sp(old), on, from);
  }
  putBytes(b, p + from, n - from);
  return mkString(b.ptr, <u32>b.len);
}

function inCutset(c: u32, cut: usize): bool {
  const p = sp(cut), e = p + len(cut);
  for (let q = p; q < e; ) { const r = runeAt(q, e); if (r == c) return true; q += runeLen; }
  return false;
}

/** Start of the last rune before e (bounded by p). */
function lastRuneStart(p: usize, e: usize): usize {
  let q = e - 1;
  while (q > p && (load<u8>(q) & 0xc0) == 0x80 && e - q < 4) q--;
  return q;
}

/** which: 1 left, 2 right, 3 both; cut 0 means Go's unicode.IsSpace. */
export function trimSet(s: usize, cut: usize, which: i32): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (cut != 0 && !isStr(cut)) return mustBe(2, "string", cut);
  let p = sp(s), e = p + len(s);
  if (which & 1) {
    while (p < e) {
      const r = runeAt(p, e);
      if (cut ? !inCutset(r, cut) : !isSpace(r)) break;
      p += runeLen;
    }
  }
  if (which & 2) {
    while (e > p) {
      const q = lastRuneStart(p, e);
      const r = runeAt(q, e);
      if (q + runeLen != e) break; // a stray continuation byte is U+FFFD of length 1
      if (cut ? !inCutset(r, cut) : !isSpace(r)) break;
      e = q;
    }
  }
  return slice(s, p, <u32>(e - p));
}

export function trimAffix(s: usize, x: usize, suffix: bool): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(x)) return mustBe(2, "string", x);
  const n = len(s), xn = len(x);
  if (xn == 0 || xn > n) return s;
  if (!suffix) return memory.compare(sp(s), sp(x), xn) == 0 ? slice(s, sp(s) + xn, n - xn) : s;
  return memory.compare(sp(s) + n - xn, sp(x), xn) == 0 ? slice(s, sp(s), n - xn) : s;
}

export function indexOf(s: usize, x: usize, all: bool): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(x)) return mustBe(2, "string", x);
  if (len(x) == 0) return fail("empty search character");
  const p = sp(s), n = len(s);
  const r = all ? mkArray(0) : 0;
  let runes: u32 = 0, counted: u32 = 0;
  let from: u32 = 0;
  for (;;) {
    const at = find(p, n, sp(x), len(x), from);
    if (at < 0) break;
    runes += runeCount(p + counted, <u32>at - counted);
    counted = <u32>at;
    if (!all) return mkInt(runes);
    arrPush(r, mkInt(runes));
    // overlapping matches: continue at the next rune
    runeAt(p + at, p + n);
    from = <u32>at + runeLen;
  }
  return all ? r : mkInt(-1);
}

export function intOperand(v: usize, pos: u32): bool {
  if (tag(v) == T_INT) return true;
  if (!isNumber(v)) mustBe(pos, "number", v);
  else typeFail(pos == 2 ? "operand 2 must be integer number but got floating-point number" : "operand 3 must be integer number but got floating-point number");
  return false;
}

export function substring(s: usize, off: usize, n: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!intOperand(off, 2)) return 0;
  const start = load<i64>(off, 8);
  const p = sp(s), e = p + len(s);
  const total = runeCount(p, len(s));
  if (start >= <i64>total) return mkString(p, 0);
  if (start < 0) return fail("negative offset");
  if (!intOperand(n, 3)) return 0;
  const count = load<i64>(n, 8);
  let q = p;
  for (let i: i64 = 0; i < start; i++) { runeAt(q, e); q += runeLen; }
  if (count < 0) return slice(s, q, <u32>(e - q));
  let r = q;
  for (let i: i64 = 0; i < count && r < e; i++) { runeAt(r, e); r += runeLen; }
  return slice(s, q, <u32>(r - q));
}

export function formatInt(x: usize, base: usize): usize {
  if (!isNumber(x)) return mustBe(1, "number", x);
  if (!isNumber(base)) return mustBe(2, "number", base);
  const bf = toF64(base);
  if (bf != 2 && bf != 8 && bf != 10 && bf != 16) return typeFail("operand 2 must be one of {2, 8, 10, 16}");
  const radix = <u32>bf;
  const b = newBuf(32);
  // OPA truncates the number read as a 64-bit-mantissa float (NumberToFloat, then Int)
  const t = tag(x);
  if (t == T_INT) {
    const i = load<i64>(x, 8);
    if (i < 0) putByte(b, 0x2d);
    putU64Base(b, i < 0 ? <u64>(-(i + 1)) + 1 : <u64>i, radix);
  } else {
    const f = newBF();
    // beyond the float's exponent range a number is either integral or truncates to 0
    const i = bfFromValue(f, x) ? bfTrunc(f) : bigOf(x);
    const d = bigToText(i ? i : bigOf(mkInt(0)));
    decimalDigits(b, d, textLen, radix);
  }
  return mkString(b.ptr, <u32>b.len);
}

const DIG = "0123456789abcdef";

function putU64Base(b: Buf, x: u64, base: u32): void {
  if (x >= <u64>base) putU64Base(b, x / base, base);
  putByte(b, DIG.charCodeAt(<i32>(x % base)));
}

export function replaceN(pats: usize, s: usize): usize {
  if (tag(pats) != T_OBJECT) return mustBe(1, "object", pats);
  if (!isStr(s)) return mustBe(2, "string", s);
  const np = len(pats);
  for (let k: u32 = 0; k < np; k++) {
    if (!isStr(objKey(pats, k))) return typeFail("operand 1 non-string key found in pattern object");
    if (!isStr(objVal(pats, k))) return typeFail("operand 1 non-string value found in pattern object");
  }
  // Go's strings.NewReplacer over the sorted keys: at each position the first key that matches.
  const p = sp(s), n = len(s), e = p + n;
  const b = newBuf(<usize>n + 16);
  let i: u32 = 0;
  let changed = false;
  while (i <= n) {
    let matched = false;
    for (let k: u32 = 0; k < np; k++) {
      const old = objKey(pats, k), on = len(old);
      if (on > n - i || (on > 0 && memory.compare(p + i, sp(old), on) != 0)) continue;
      const rep = objVal(pats, k);
      putBytes(b, sp(rep), len(rep));
      changed = true;
      if (on == 0) {
        if (i < n) { runeAt(p + i, e); putBytes(b, p + i, runeLen); i += runeLen; } else i++;
      } else i += on;
      matched = true;
      break;
    }
    if (!matched) { if (i < n) putByte(b, load<u8>(p + i)); i++; }
  }
  return changed ? mkString(b.ptr, <u32>b.len) : s;
}

export function reverse(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const p = sp(s), n = len(s), e = p + n;
  const r = mkStringRaw(n);
  let o = r + 8 + n;
  for (let q = p; q < e; ) { runeAt(q, e); o -= runeLen; memory.copy(o, q, runeLen); q += runeLen; }
  return r;
}

/** A string, or an array/set of strings, as a list; 0 (error set) otherwise. */
function strOrColl(v: usize, pos: u32): bool {
  if (isStr(v)) return true;
  const t = tag(v);
  if (t != T_ARRAY && t != T_SET) { mustBe(pos, "one of {string, set, array}", v); return false; }
  return strColl(v, pos, "one of {array, set}");
}

@inline function nth(v: usize, i: u32): usize { return isStr(v) ? v : arrGet(v, i); }
@inline function count1(v: usize): u32 { return isStr(v) ? 1 : len(v); }

export function anyAffixMatch(a: usize, x: usize, suffix: bool): usize {
  if (!strOrColl(a, 1) || !strOrColl(x, 2)) return 0;
  for (let i: u32 = 0; i < count1(a); i++) {
    const s = nth(a, i);
    for (let j: u32 = 0; j < count1(x); j++) {
      const f = nth(x, j), fn = len(f);
      if (fn > len(s)) continue;
      if (memory.compare(suffix ? sp(s) + len(s) - fn : sp(s), sp(f), fn) == 0) return boolV(true);
    }
  }
  return boolV(false);
}

export function countSub(s: usize, x: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  if (!isStr(x)) return mustBe(2, "string", x);
  if (len(x) == 0) return mkInt(runeCount(sp(s), len(s)) + 1);
  let c: i64 = 0, from: u32 = 0;
  for (;;) {
    const at = find(sp(s), len(s), sp(x), len(x), from);
    if (at < 0) break;
    c++;
    from = <u32>at + len(x);
  }
  return mkInt(c);
}
