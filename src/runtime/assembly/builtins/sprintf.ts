// sprintf: Go's fmt.Sprintf applied to Rego values the way OPA prepares them. OPA turns each
// argument into a Go value first: integral numbers become int (or *big.Int beyond 64 bits), other
// numbers float64, strings stay strings, and everything else (booleans, null, arrays, objects,
// sets) becomes its Rego text. So %d of 3.5 prints `%!d(float64=3.5)`, %t of true prints
// `%!t(string=true)` and %.2f of 3 prints `%!f(int=3)`: that is what OPA users see, and we keep it.
// Owns the verb/flag/width machinery; must not format floats itself (gofloat.ts does).

import {
  T_INT, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, tag, len, arrGet, mkString, toF64,
} from "../value";
import { alloc } from "../mem";
import { Buf, newBuf, ensure, putByte, putBytes, putStr, putI64 } from "../buf";
import { formatFloat } from "./gofloat";
import { putRegoText, putQuoted, putQuotedRune, putRune, runeAt, runeLen, runeCount } from "./text";
import { isPrint } from "./unicode";
import { mustBe } from "./error";
import { isIntegerText } from "../bignum";

// An argument as Go sees it: 16 bytes, +0 kind, +4 byte length, +8 i64 | f64 | text pointer.
const K_INT: u32 = 0;
const K_BIG: u32 = 1;   // *big.Int: decimal text (with '-') at +8
const K_FLOAT: u32 = 2;
const K_STR: u32 = 3;   // text at +8

// The current verb's flags, width and precision (-1: absent).
let fPlus = false, fMinus = false, fSharp = false, fSpace = false, fZero = false;
let width: i32 = -1;
let prec: i32 = -1;

const DIGITS = "0123456789abcdef0123456789ABCDEF";
const SCRATCH: usize = memory.data(72);

function toArgs(arr: usize): usize {
  const n = len(arr);
  const args = alloc(<usize>n << 4);
  for (let i: u32 = 0; i < n; i++) {
    const v = arrGet(arr, i);
    const a = args + (<usize>i << 4);
    const t = tag(v);
    if (t == T_INT) { store<u32>(a, K_INT); store<i64>(a, load<i64>(v, 8), 8); }
    else if (t == T_FLOAT) { store<u32>(a, K_FLOAT); store<f64>(a, load<f64>(v, 8), 8); }
    else if (isIntegerText(v) && len(v) == 2 && load<u8>(v + 17) == 0x30) { store<u32>(a, K_INT); store<i64>(a, 0, 8); } // -0
    else if (isIntegerText(v)) {
      store<u32>(a, K_BIG); store<u32>(a, len(v), 4); store<u32>(a, <u32>(v + 16), 8);
    } else if (t == T_BIGNUM && isFinite(toF64(v))) { store<u32>(a, K_FLOAT); store<f64>(a, toF64(v), 8); }
    // beyond float64 (1e400), OPA hands Go the number's text
    else if (t == T_BIGNUM) { store<u32>(a, K_STR); store<u32>(a, len(v), 4); store<u32>(a, <u32>(v + 16), 8); }
    else if (t == T_STRING) { store<u32>(a, K_STR); store<u32>(a, len(v), 4); store<u32>(a, <u32>(v + 8), 8); }
    else {
      const b = newBuf(64);
      putRegoText(b, v);
      store<u32>(a, K_STR); store<u32>(a, <u32>b.len, 4); store<u32>(a, <u32>b.ptr, 8);
    }
  }
  return args;
}

@inline function kind(a: usize): u32 { return load<u32>(a); }
@inline function textPtr(a: usize): usize { return <usize>load<u32>(a, 8); }
@inline function textLen(a: usize): u32 { return load<u32>(a, 4); }

function putGoType(b: Buf, a: usize): void {
  const k = kind(a);
  putStr(b, k == K_INT ? "int" : k == K_BIG ? "*big.Int" : k == K_FLOAT ? "float64" : "string");
}

/** Go's sign of a float: set for negatives and -0. */
@inline function floatNeg(f: f64): bool { return (reinterpret<u64>(f) >> 63) != 0; }

function putSign(b: Buf, neg: bool): void {
  if (neg) putByte(b, 0x2d);
  else if (fPlus) putByte(b, 0x2b);
  else if (fSpace) putByte(b, 0x20);
}

/** The argument as %v would print it with no flags (for mismatch and EXTRA reports). */
function putPlain(b: Buf, a: usize): void {
  const k = kind(a);
  if (k == K_INT) putI64(b, load<i64>(a, 8));
  else if (k == K_FLOAT) {
    const f = load<f64>(a, 8);
    if (floatNeg(f)) putByte(b, 0x2d); else if (!isFinite(f) && !isNaN(f)) putByte(b, 0x2b);
    formatFloat(b, Math.abs(f), 0x67, -1);
  } else putBytes(b, textPtr(a), textLen(a));
}

/** Pads what was written since `start` to the width (runes): spaces, or zeros after the sign. */
function pad(b: Buf, start: usize, zeroOk: bool): void {
  if (width < 0) return;
  const n = <i32>runeCount(b.ptr + start, b.len - start);
  if (n >= width) return;
  const k = <usize>(width - n);
  ensure(b, k);
  if (fMinus) { memory.fill(b.ptr + b.len, 0x20, k); b.len += k; return; }
  let at = start;
  let fill: u8 = 0x20;
  if (fZero && zeroOk) {
    fill = 0x30;
    if (b.len > start) { const c = load<u8>(b.ptr + start); if (c == 0x2b || c == 0x2d || c == 0x20) at++; }
  }
  memory.copy(b.ptr + at + k, b.ptr + at, b.len - at);
  memory.fill(b.ptr + at, fill, k);
  b.len += k;
}

/** Digits of a u64 in base (upper case for %X) into SCRATCH's end; returns the first address. */
function u64Digits(x: u64, base: u32, upper: bool): usize {
  let p = SCRATCH + 72;
  const off: u32 = upper ? 16 : 0;
  do { p--; store<u8>(p, DIGITS.charCodeAt(<i32>(<u32>(x % base) + off))); x /= base; } while (x);
  return p;
}

/** Digits of a decimal text (no sign) in another base, by long division; on the heap. */
function bigDigits(p: usize, n: u32, base: u32, upper: bool, outLen: usize): usize {
  const num = alloc(n);
  for (let i: u32 = 0; i < n; i++) store<u8>(num + i, load<u8>(p + i) - 48);
  const cap = <usize>n * 4 + 4;
  const out = alloc(cap);
  let o = cap;
  let start: u32 = 0;
  const off: u32 = upper ? 16 : 0;
  while (start < n) {
    let rem: u32 = 0;
    for (let i = start; i < n; i++) {
      const cur = rem * 10 + <u32>load<u8>(num + i);
      store<u8>(num + i, <u8>(cur / base));
      rem = cur % base;
    }
    o--; store<u8>(out + o, DIGITS.charCodeAt(<i32>(rem + off)));
    while (start < n && load<u8>(num + start) == 0) start++;
  }
  if (o == cap) { o--; store<u8>(out + o, 0x30); }
  store<usize>(outLen, cap - o);
  return out + o;
}

/** A decimal integer text (optional '-') written in another base (2, 8, 10, 16; lower case). */
export function decimalDigits(b: Buf, p: usize, n: u32, base: u32): void {
  const neg = load<u8>(p) == 0x2d;
  if (neg) putByte(b, 0x2d);
  const s = neg ? p + 1 : p, sn = neg ? n - 1 : n;
  if (base == 10) { putBytes(b, s, sn); return; }
  const d = bigDigits(s, sn, base, false, SCRATCH);
  putBytes(b, d, load<usize>(SCRATCH));
}

function fmtInteger(b: Buf, a: usize, verb: u32): void {
  const base: u32 = verb == 0x62 ? 2 : verb == 0x6f || verb == 0x4f ? 8 : verb == 0x78 || verb == 0x58 ? 16 : 10;
  const upper = verb == 0x58;
  let neg: bool, dp: usize, dn: usize;
  if (kind(a) == K_INT) {
    const x = load<i64>(a, 8);
    neg = x < 0;
    dp = u64Digits(neg ? <u64>(-(x + 1)) + 1 : <u64>x, base, upper);
    dn = SCRATCH + 72 - dp;
  } else {
    const p = textPtr(a), n = textLen(a);
    neg = load<u8>(p) == 0x2d;
    const s = neg ? p + 1 : p, sn = neg ? n - 1 : n;
    if (base == 10) { dp = s; dn = sn; }
    else { dp = bigDigits(s, sn, base, upper, SCRATCH); dn = load<usize>(SCRATCH); }
  }
  const isZero = dn == 1 && load<u8>(dp) == 0x30;
  let zeros: i32 = 0;
  if (prec >= 0) {
    if (prec == 0 && isZero) dn = 0;
    zeros = prec - <i32>dn;
  } else if (fZero && !fMinus && width >= 0) {
    // Go leaves room for the sign only: a 0x/0o prefix comes on top of the width (%#06x of 1 is
    // 0x000001, golang/go#14616, kept for compatibility).
    zeros = width - (neg || fPlus || fSpace ? 1 : 0) - <i32>dn;
  }
  if (zeros < 0) zeros = 0;
  const start = b.len;
  putSign(b, neg);
  if (verb == 0x4f) putStr(b, "0o");
  else if (fSharp) {
    if (verb == 0x6f) { if (zeros == 0 && !(dn > 0 && load<u8>(dp) == 0x30)) putByte(b, 0x30); }
    else if (verb == 0x78) putStr(b, "0x");
    else if (verb == 0x58) putStr(b, "0X");
    else if (verb == 0x62) putStr(b, "0b");
  }
  for (let i = 0; i < zeros; i++) putByte(b, 0x30);
  putBytes(b, dp, dn);
  const z = fZero; fZero = false;
  pad(b, start, false);
  fZero = z;
}

@inline function clampRune(x: i64): u32 {
  return x < 0 || x > 0x10ffff || (x >= 0xd800 && x <= 0xdfff) ? 0xfffd : <u32>x;
}

/** Formats one argument; false when the verb does not apply to its type (a %!v(type=…) report). */
function fmtArg(b: Buf, a: usize, verb: u32): bool {
  const start = b.len;
  const k = kind(a);
  if (verb == 0x54) { putGoType(b, a); pad(b, start, false); return true; } // T
  if (k == K_INT || k == K_BIG) {
    switch (verb) {
      case 0x76: fmtInteger(b, a, 0x64); return true; // v
      case 0x73: if (k == K_INT) return false; fmtInteger(b, a, 0x64); return true; // s: big.Int prints decimal
      case 0x64: case 0x62: case 0x6f: case 0x4f: case 0x78: case 0x58: fmtInteger(b, a, verb); return true;
      case 0x63: // c
        if (k == K_BIG) return false;
        putRune(b, clampRune(load<i64>(a, 8)));
        pad(b, start, true);
        return true;
      case 0x71: // q
        if (k == K_BIG) return false;
        putByte(b, 0x27); putQuotedRune(b, clampRune(load<i64>(a, 8)), 0x27); putByte(b, 0x27);
        pad(b, start, true);
        return true;
      case 0x55: { // U
        if (k == K_BIG) return false;
        const x = load<i64>(a, 8);
        putStr(b, "U+");
        const p = u64Digits(x < 0 ? <u64>(-(x + 1)) + 1 : <u64>x, 16, true);
        const n = <i32>(SCRATCH + 72 - p);
        for (let i = n; i < (prec >= 0 ? prec : 4); i++) putByte(b, 0x30);
        putBytes(b, p, n);
        if (fSharp && x >= 0 && x <= 0x10ffff && isPrint(<u32>x) && !(x >= 0xd800 && x <= 0xdfff)) {
          putStr(b, " '"); putRune(b, <u32>x); putByte(b, 0x27);
        }
        pad(b, start, false);
        return true;
      }
      default: return false;
    }
  }
  if (k == K_FLOAT) {
    let v = verb;
    if (v == 0x76) v = 0x67;
    if (v != 0x67 && v != 0x47 && v != 0x65 && v != 0x45 && v != 0x66 && v != 0x46) return false;
    const f = load<f64>(a, 8);
    const p = prec >= 0 ? prec : v == 0x67 || v == 0x47 ? -1 : 6;
    if (!isFinite(f) && !isNaN(f) && !floatNeg(f) && !fPlus && !fSpace) putByte(b, 0x2b);
    if (!isNaN(f)) putSign(b, floatNeg(f));
    formatFloat(b, Math.abs(f), v, p);
    pad(b, start, isFinite(f));
    return true;
  }
  const p = textPtr(a), n = <usize>textLen(a);
  switch (verb) {
    case 0x76: case 0x73: { // v s
      let m = n;
      if (prec >= 0) {
        let q = p, r = 0;
        while (q < p + n && r < prec) { runeAt(q, p + n); q += runeLen; r++; }
        m = q - p;
      }
      putBytes(b, p, m);
      pad(b, start, true);
      return true;
    }
    case 0x71: // q
      if (fSharp && canBackquote(p, n)) { putByte(b, 0x60); putBytes(b, p, n); putByte(b, 0x60); }
      else putQuoted(b, p, n, 0x22);
      pad(b, start, true);
      return true;
    case 0x78: case 0x58: { // x X
      const m = prec >= 0 && <usize>prec < n ? <usize>prec : n;
      const off: u32 = verb == 0x58 ? 16 : 0;
      for (let i: usize = 0; i < m; i++) {
        if (fSpace && i > 0) putByte(b, 0x20);
        if (fSharp && (fSpace || i == 0)) putStr(b, verb == 0x58 ? "0X" : "0x");
        const c = <u32>load<u8>(p + i);
        putByte(b, DIGITS.charCodeAt(<i32>((c >> 4) + off)));
        putByte(b, DIGITS.charCodeAt(<i32>((c & 15) + off)));
      }
      pad(b, start, true);
      return true;
    }
    default: return false;
  }
}

/** strconv.CanBackquote: no control characters other than tab, no backquote, no U+FEFF. */
function canBackquote(p: usize, n: usize): bool {
  const e = p + n;
  let q = p;
  while (q < e) {
    const c = runeAt(q, e);
    if (c == 0x60 || c == 0xfeff || c == 0x7f || (c < 0x20 && c != 0x09)) return false;
    q += runeLen;
  }
  return true;
}

function parseNum(p: usize, e: usize): i32 {
  let x: i32 = 0;
  while (p < e) {
    const c = <i32>load<u8>(p);
    if (c < 0x30 || c > 0x39) break;
    if (x < 1000000) x = x * 10 + c - 48;
    p++;
  }
  return x;
}

export function sprintf(format: usize, values: usize): usize {
  if (tag(format) != T_STRING) return mustBe(1, "string", format);
  if (tag(values) != T_ARRAY) return mustBe(2, "array", values);
  const nargs = len(values);
  const args = nargs ? toArgs(values) : 0;
  const f = format + 8, e = f + len(format);
  const b = newBuf(<usize>len(format) + 32);
  let argi: u32 = 0;
  let i = f;
  while (i < e) {
    // literal text up to the next '%'
    let q = i;
    while (q < e && load<u8>(q) != 0x25) q++;
    if (q > i) putBytes(b, i, q - i);
    if (q >= e) break;
    i = q + 1;
    fPlus = false; fMinus = false; fSharp = false; fSpace = false; fZero = false;
    width = -1; prec = -1;
    for (; i < e; i++) {
      const c = load<u8>(i);
      if (c == 0x2b) fPlus = true;
      else if (c == 0x2d) { fMinus = true; fZero = false; }
      else if (c == 0x23) fSharp = true;
      else if (c == 0x20) fSpace = true;
      else if (c == 0x30) fZero = !fMinus;
      else break;
    }
    if (i < e && load<u8>(i) == 0x2a) { // width from the arguments, as Go does
      i++;
      const w = argi < nargs ? args + (<usize>argi << 4) : 0;
      argi++;
      if (w && kind(w) == K_INT) {
        const x = load<i64>(w, 8);
        width = <i32>(x < 0 ? (-x > 1000000 ? 1000000 : -x) : (x > 1000000 ? 1000000 : x));
        if (x < 0) { fMinus = true; fZero = false; }
      } else putStr(b, "%!(BADWIDTH)");
    } else if (i < e && load<u8>(i) >= 0x30 && load<u8>(i) <= 0x39) {
      width = parseNum(i, e);
      while (i < e && load<u8>(i) >= 0x30 && load<u8>(i) <= 0x39) i++;
    }
    if (i < e && load<u8>(i) == 0x2e) {
      i++;
      if (i < e && load<u8>(i) == 0x2a) {
        i++;
        const w = argi < nargs ? args + (<usize>argi << 4) : 0;
        argi++;
        if (w && kind(w) == K_INT && load<i64>(w, 8) >= 0) { const x = load<i64>(w, 8); prec = <i32>(x > 1000000 ? 1000000 : x); }
        else putStr(b, "%!(BADPREC)");
      } else {
        prec = parseNum(i, e);
        while (i < e && load<u8>(i) >= 0x30 && load<u8>(i) <= 0x39) i++;
      }
    }
    if (i >= e) { putStr(b, "%!(NOVERB)"); break; }
    const verb = runeAt(i, e);
    const vp = i, vn = runeLen;
    i += vn;
    if (verb == 0x25) { putByte(b, 0x25); continue; }
    if (argi >= nargs) {
      putStr(b, "%!"); putBytes(b, vp, vn); putStr(b, "(MISSING)");
      continue;
    }
    const a = args + (<usize>argi << 4);
    argi++;
    if (!fmtArg(b, a, verb)) {
      // *big.Int formats itself (math/big Int.Format): the bare verb and `big.Int=`
      if (kind(a) == K_BIG) { putStr(b, "%!"); putBytes(b, vp, vn); putStr(b, "(big.Int="); putPlain(b, a); putByte(b, 0x29); continue; }
      putStr(b, "%!"); putBytes(b, vp, vn); putByte(b, 0x28);
      putGoType(b, a); putByte(b, 0x3d); putPlain(b, a); putByte(b, 0x29);
    }
  }
  if (argi < nargs) {
    putStr(b, "%!(EXTRA ");
    for (let k = argi; k < nargs; k++) {
      if (k > argi) putStr(b, ", ");
      const a = args + (<usize>k << 4);
      putGoType(b, a); putByte(b, 0x3d); putPlain(b, a);
    }
    putByte(b, 0x29);
  }
  return mkString(b.ptr, <u32>b.len);
}
