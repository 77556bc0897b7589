// OPA's non-integer arithmetic: Go's big.Float at its default 64-bit mantissa, rounding to
// nearest even (builtins.NumberToFloat parses a number's text at that precision, the operations
// keep it), and results printed back the way builtins.FloatToNumber does: the shortest decimal
// that reads back as the same 64-bit float, %f for integral values and %g otherwise. So
// 0.1 + 0.2 is 0.3 and 1 / 3 is 0.33333333333333333334, as OPA prints them, not an f64's digits.
// Owns that float and its text; must not decide which operands take this path (numbers.ts does).

import {
  bigFromU64, bigFromI64, bigFromDigits, bigBitLen, bigBit, bigAnyBelow, bigBits64, bigShl, bigShr,
  bigPow, bigMul, bigAdd, bigRem, bigLen, bigNeg, bigSetNeg, quotient, bigToText, textLen,
} from "./bigint";
import { Dec, decOfText, decOfF64 } from "./decimal";
import { T_INT, T_FLOAT, T_BIGNUM, tag, len, intOf, mkBignum } from "./value";
import { alloc } from "./mem";
import { Buf, newBuf, putByte, putBytes } from "./buf";
import { parseNumberText, decimalToF64 } from "./json";

/** value = (neg ? -1 : 1) × m × 2^e; m is 0 or has bit 63 set. */
@unmanaged export class BF {
  neg: bool;
  m: u64;
  e: i64;
}

// Decimal exponents beyond this stay on f64: the exact conversion would take too long.
const EXP10_LIMIT: i64 = 4000;

export function newBF(): BF { return changetype<BF>(alloc(offsetof<BF>())); }

function setZero(x: BF, neg: bool): void { x.neg = neg; x.m = 0; x.e = 0; }

/** x = |b| × 2^e (+ something below its last bit when `sticky`), rounded to 64 bits, nearest even. */
function roundInto(x: BF, b: usize, e: i64, sticky: bool, neg: bool): void {
  const n = bigBitLen(b);
  x.neg = neg;
  if (n == 0) { x.m = 0; x.e = 0; return; }
  if (n <= 64) { x.m = bigBits64(b, 0) << <u64>(64 - n); x.e = e - (64 - n); return; }
  const s = n - 64;
  let m = bigBits64(b, s);
  const half = bigBit(b, s - 1);
  if (half && (sticky || bigAnyBelow(b, s - 1) || (m & 1) != 0)) {
    m++;
    if (m == 0) { m = <u64>1 << 63; e++; }
  }
  x.m = m;
  x.e = e + s;
}

/** x = the decimal d; false when its exponent is beyond EXP10_LIMIT. */
export function bfFromDec(x: BF, d: Dec): bool {
  if (d.n == 0) { setZero(x, d.neg); return true; }
  const k = d.exp - <i64>d.n; // d = D × 10^k
  if (k > EXP10_LIMIT || k < -EXP10_LIMIT) return false;
  const D = bigFromDigits(d.digits, d.n);
  if (k >= 0) { roundInto(x, bigMul(D, bigPow(10, <i32>k)), 0, false, d.neg); return true; }
  const den = bigPow(10, <i32>-k);
  // enough quotient bits that rounding to 64 sees the half bit and a sticky remainder
  let sh = bigBitLen(den) - bigBitLen(D) + 66;
  if (sh < 0) sh = 0;
  const r = bigRem(bigShl(D, sh), den);
  roundInto(x, quotient, -<i64>sh, bigLen(r) != 0, d.neg);
  return true;
}

const DV: usize = memory.data(offsetof<Dec>(), 8);

/** x = the number v as NumberToFloat reads it; false when it is out of this path's range. */
export function bfFromValue(x: BF, v: usize): bool {
  const t = tag(v);
  if (t == T_INT) {
    const i = intOf(v);
    roundInto(x, bigFromI64(i), 0, false, i < 0);
    return true;
  }
  const d = changetype<Dec>(DV);
  if (t == T_FLOAT) decOfF64(d, load<f64>(v, 8), alloc(32));
  else decOfText(d, v + 16, len(v), alloc(len(v)));
  return bfFromDec(x, d);
}

function copyInto(z: BF, x: BF, neg: bool): void { z.neg = neg; z.m = x.m; z.e = x.e; }

/** z = a + b, or a - b when `sub`. */
export function bfAdd(z: BF, a: BF, b: BF, sub: bool): void {
  const bneg = b.neg != sub;
  if (a.m == 0 && b.m == 0) { setZero(z, a.neg && bneg); return; }
  if (a.m == 0) { copyInto(z, b, bneg); return; }
  if (b.m == 0) { copyInto(z, a, a.neg); return; }
  // far apart: the smaller only decides the rounding direction (8M ± a sticky bit)
  const d = a.e - b.e;
  if (d > 130 || d < -130) {
    const big = d > 0 ? a : b, bigNegSign = d > 0 ? a.neg : bneg, smallNeg = d > 0 ? bneg : a.neg;
    let v = bigShl(bigFromU64(big.m), 3);
    if (bigNegSign != smallNeg) v = bigAdd(v, bigFromU64(1), true);
    roundInto(z, v, big.e - 3, true, bigNegSign);
    return;
  }
  const e = a.e < b.e ? a.e : b.e;
  const va = bigSetNeg(bigShl(bigFromU64(a.m), <i32>(a.e - e)), a.neg);
  const vb = bigSetNeg(bigShl(bigFromU64(b.m), <i32>(b.e - e)), bneg);
  const s = bigAdd(va, vb, false);
  roundInto(z, s, e, false, bigNeg(s));
}

export function bfMul(z: BF, a: BF, b: BF): void {
  const neg = a.neg != b.neg;
  if (a.m == 0 || b.m == 0) { setZero(z, neg); return; }
  roundInto(z, bigMul(bigFromU64(a.m), bigFromU64(b.m)), a.e + b.e, false, neg);
}

/** z = a / b; b must not be zero. */
export function bfQuo(z: BF, a: BF, b: BF): void {
  const neg = a.neg != b.neg;
  if (a.m == 0) { setZero(z, neg); return; }
  const r = bigRem(bigShl(bigFromU64(a.m), 128), bigFromU64(b.m));
  roundInto(z, quotient, a.e - 128 - b.e, bigLen(r) != 0, neg);
}

export function bfIsInt(x: BF): bool {
  return x.m == 0 || x.e >= 0 || (x.e > -64 && <i64>ctz(x.m) >= -x.e);
}

/** The integer part of x (truncated toward zero), as a bigint. */
export function bfTrunc(x: BF): usize {
  if (x.m == 0 || x.e <= -64) return bigFromU64(0);
  const m = bigFromU64(x.m);
  const r = x.e >= 0 ? bigShl(m, <i32>x.e) : bigShr(m, <i32>-x.e);
  return bigSetNeg(r, x.neg);
}

// ---- text: Go's big.Float Text('f' | 'g', -1)

// A decimal being rounded: ASCII digits without trailing zeros, value 0.digits × 10^exp.
let dp: usize = 0;
let dn: i32 = 0;
let dexp: i64 = 0;

/** The exact decimal of |m| × 2^shift into (p, n, exp); returns p. */
function decimalOf(m: usize, shift: i64): void {
  let t: usize;
  let frac: i64 = 0;
  if (shift >= 0) t = bigShl(m, <i32>shift);
  else { t = bigMul(m, bigPow(5, <i32>-shift)); frac = -shift; }
  const p = bigToText(bigSetNeg(t, false));
  let n = <i32>textLen;
  dexp = <i64>n - frac;
  while (n > 0 && load<u8>(p + n - 1) == 0x30) n--;
  dp = p; dn = n;
  if (n == 0) dexp = 0;
}

function roundUp(n: i32): void {
  if (n < 0 || n >= dn) return;
  while (n > 0 && load<u8>(dp + n - 1) >= 0x39) n--;
  if (n == 0) { store<u8>(dp, 0x31); dn = 1; dexp++; return; }
  store<u8>(dp + n - 1, load<u8>(dp + n - 1) + 1);
  dn = n;
}

function roundDown(n: i32): void {
  if (n < 0 || n >= dn) return;
  dn = n;
  while (dn > 0 && load<u8>(dp + dn - 1) == 0x30) dn--;
}

function roundHalfEven(n: i32): void {
  if (n < 0 || n >= dn) return;
  const c = load<u8>(dp + n);
  const up = c == 0x35 && n + 1 == dn ? n > 0 && ((load<u8>(dp + n - 1) - 0x30) & 1) != 0 : c >= 0x35;
  if (up) roundUp(n); else roundDown(n);
}

@inline function at(p: usize, n: i32, i: i32): u32 { return i < n ? <u32>load<u8>(p + i) : 0x30; }

/** Go's roundShortest: the fewest digits that still read back as x at 64 bits. */
function roundShortest(x: BF): void {
  const mant = bigFromU64(x.m);
  decimalOf(bigAdd(bigShl(mant, 1), bigFromU64(1), true), x.e - 1);
  const lp = dp, ln = dn;
  decimalOf(bigAdd(bigShl(mant, 1), bigFromU64(1), false), x.e - 1);
  const up = dp, un = dn;
  decimalOf(mant, x.e);
  const inclusive = (x.m & 1) == 0;
  for (let i = 0; i < dn; i++) {
    const m = <u32>load<u8>(dp + i);
    const l = at(lp, ln, i), u = at(up, un, i);
    const okdown = l != m || (inclusive && i + 1 == ln);
    const okup = m != u && (inclusive || m + 1 < u || i + 1 < un);
    if (okdown && okup) { roundHalfEven(i + 1); return; }
    if (okdown) { roundDown(i + 1); return; }
    if (okup) { roundUp(i + 1); return; }
  }
}

function fmtF(b: Buf, prec: i64): void {
  if (dexp > 0) {
    const m = <i64>dn < dexp ? <i64>dn : dexp;
    putBytes(b, dp, <usize>m);
    for (let i = m; i < dexp; i++) putByte(b, 0x30);
  } else putByte(b, 0x30);
  if (prec > 0) {
    putByte(b, 0x2e);
    for (let i: i64 = 0; i < prec; i++) { const k = dexp + i; putByte(b, k >= 0 && k < <i64>dn ? <u32>load<u8>(dp + <usize>k) : 0x30); }
  }
}

function fmtE(b: Buf, prec: i32): void {
  putByte(b, dn > 0 ? <u32>load<u8>(dp) : 0x30);
  if (prec > 0) {
    putByte(b, 0x2e);
    for (let i = 1; i <= prec; i++) putByte(b, at(dp, dn, i));
  }
  putByte(b, 0x65);
  let exp: i64 = dn > 0 ? dexp - 1 : 0;
  putByte(b, exp < 0 ? 0x2d : 0x2b);
  if (exp < 0) exp = -exp;
  if (exp < 10) putByte(b, 0x30);
  const t = bigToText(bigFromU64(<u64>exp));
  putBytes(b, t, textLen);
}

/** FloatToNumber(x) as a value: the text OPA prints, read back as JSON reads a number. */
export function bfValue(x: BF): usize {
  const b = newBuf(32);
  if (x.neg) putByte(b, 0x2d);
  if (x.m == 0) {
    // -0 keeps its sign in the text, as OPA prints 0 / -1
    putByte(b, 0x30);
    return x.neg ? mkBignum(b.ptr, <u32>b.len, -0.0) : parseNumberText(b.ptr, b.ptr + b.len);
  }
  roundShortest(x);
  const exp = dexp - 1;
  if (!bfIsInt(x) && (exp < -4 || exp >= 6)) {
    // OPA's text (1.2345675e+06) is kept: a double would print it differently
    fmtE(b, dn - 1);
    return mkBignum(b.ptr, <u32>b.len, decimalToF64(b.ptr, b.len));
  }
  fmtF(b, max(<i64>dn - dexp, 0));
  return parseNumberText(b.ptr, b.ptr + b.len);
}
