// Arbitrary-precision integers for OPA's exact integer arithmetic: OPA adds, subtracts, multiplies
// and takes remainders of integers of any size exactly (big.Int), and sums and multiplies
// collections of integers exactly, so 2^64 + 1 is 18446744073709551617, not a rounded float.
// Owns the integer representation and its conversion from and to decimal text; must not know
// about Rego values beyond reading a number's decimal normal form (decimal.ts).
//
// Layout (heap, 8-aligned): +0 u32 limb count n, +4 u32 negative flag, +8 n u32 limbs, least
// significant first, no leading zero limbs (zero has n = 0 and is never negative).

import { alloc } from "./mem";
import { Dec } from "./decimal";

// Integers with more decimal digits than this are not built: OPA's parser rejects exponents past
// 100000 too, and a larger integer would take seconds to convert.
export const MAX_DIGITS: i64 = 100000;

@inline function limbs(p: usize): usize { return p + 8; }
@inline export function bigLen(p: usize): u32 { return load<u32>(p); }
@inline export function bigNeg(p: usize): bool { return load<u32>(p, 4) != 0; }
@inline function limb(p: usize, i: u32): u32 { return load<u32>(p + 8 + (<usize>i << 2)); }
@inline function setLimb(p: usize, i: u32, x: u32): void { store<u32>(p + 8 + (<usize>i << 2), x); }

function bnew(n: u32, neg: bool): usize {
  const p = alloc(8 + (<usize>n << 2));
  store<u32>(p, n);
  store<u32>(p, neg ? 1 : 0, 4);
  return p;
}

function trim(p: usize): usize {
  let n = bigLen(p);
  while (n > 0 && limb(p, n - 1) == 0) n--;
  store<u32>(p, n);
  if (n == 0) store<u32>(p, 0, 4);
  return p;
}

export function bigFromI64(x: i64): usize {
  const p = bnew(2, x < 0);
  const m: u64 = x < 0 ? <u64>0 - <u64>x : <u64>x;
  setLimb(p, 0, <u32>m);
  setLimb(p, 1, <u32>(m >> 32));
  return trim(p);
}

/** The integer as an i64, when it fits; `fits` tells. */
export let fits: bool = false;
export function bigToI64(p: usize): i64 {
  const n = bigLen(p);
  fits = false;
  if (n > 2) return 0;
  const m: u64 = n == 0 ? 0 : n == 1 ? <u64>limb(p, 0) : (<u64>limb(p, 1) << 32) | <u64>limb(p, 0);
  if (bigNeg(p)) {
    if (m > <u64>i64.MAX_VALUE + 1) return 0;
    fits = true;
    return <i64>(<u64>0 - m);
  }
  if (m > <u64>i64.MAX_VALUE) return 0;
  fits = true;
  return <i64>m;
}

/** p = p × m + a in place (capacity for one more limb must exist: see fromDec). */
function mulAddSmall(p: usize, m: u32, a: u32): void {
  const n = bigLen(p);
  let carry: u64 = <u64>a;
  for (let i: u32 = 0; i < n; i++) {
    const t = <u64>limb(p, i) * <u64>m + carry;
    setLimb(p, i, <u32>t);
    carry = t >> 32;
  }
  if (carry) { setLimb(p, n, <u32>carry); store<u32>(p, n + 1); }
}

const POW10: StaticArray<u32> = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000];

/**
 * The integer a decimal in normal form denotes, or 0 when it is not an integer or has more than
 * MAX_DIGITS digits.
 */
export function bigFromDec(d: Dec): usize {
  if (d.n == 0) return bnew(0, false);
  if (d.exp < <i64>d.n || d.exp > MAX_DIGITS) return 0;
  const total = <u32>d.exp;
  let p = bigFromDigits(d.digits, d.n);
  if (total > d.n) p = bigMul(p, bigPow(10, <i32>(total - d.n)));
  if (d.neg && bigLen(p) > 0) store<u32>(p, 1, 4);
  return p;
}

function cmpMag(a: usize, b: usize): i32 {
  const na = bigLen(a), nb = bigLen(b);
  if (na != nb) return na < nb ? -1 : 1;
  for (let i = <i32>na - 1; i >= 0; i--) {
    const x = limb(a, <u32>i), y = limb(b, <u32>i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

function addMag(a: usize, b: usize, neg: bool): usize {
  const na = bigLen(a), nb = bigLen(b);
  const n = na > nb ? na : nb;
  const r = bnew(n + 1, neg);
  let carry: u64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const t = (i < na ? <u64>limb(a, i) : 0) + (i < nb ? <u64>limb(b, i) : 0) + carry;
    setLimb(r, i, <u32>t);
    carry = t >> 32;
  }
  setLimb(r, n, <u32>carry);
  return trim(r);
}

/** |a| - |b| for |a| ≥ |b|. */
function subMag(a: usize, b: usize, neg: bool): usize {
  const r = copy(a);
  store<u32>(r, neg ? 1 : 0, 4);
  subInPlace(r, b);
  return r;
}

/** a + b, or a - b when `sub`. */
export function bigAdd(a: usize, b: usize, sub: bool): usize {
  const an = bigNeg(a);
  const bn = sub ? !bigNeg(b) : bigNeg(b);
  if (an == bn) return addMag(a, b, an);
  const c = cmpMag(a, b);
  if (c == 0) return bnew(0, false);
  return c > 0 ? subMag(a, b, an) : subMag(b, a, bn);
}

export function bigMul(a: usize, b: usize): usize {
  const na = bigLen(a), nb = bigLen(b);
  if (na == 0 || nb == 0) return bnew(0, false);
  const r = bnew(na + nb, bigNeg(a) != bigNeg(b));
  memory.fill(limbs(r), 0, <usize>(na + nb) << 2);
  for (let i: u32 = 0; i < na; i++) {
    const x = <u64>limb(a, i);
    let carry: u64 = 0;
    for (let j: u32 = 0; j < nb; j++) {
      const t = x * <u64>limb(b, j) + <u64>limb(r, i + j) + carry;
      setLimb(r, i + j, <u32>t);
      carry = t >> 32;
    }
    setLimb(r, i + nb, <u32>carry);
  }
  return trim(r);
}

/** Divides the magnitude in place by d; returns the remainder. */
function divSmallInPlace(p: usize, d: u32): u32 {
  let rem: u64 = 0;
  for (let i = <i32>bigLen(p) - 1; i >= 0; i--) {
    const cur = (rem << 32) | <u64>limb(p, <u32>i);
    setLimb(p, <u32>i, <u32>(cur / <u64>d));
    rem = cur % <u64>d;
  }
  trim(p);
  return <u32>rem;
}

function copy(a: usize): usize {
  const n = bigLen(a);
  const r = bnew(n, bigNeg(a));
  memory.copy(limbs(r), limbs(a), <usize>n << 2);
  return r;
}

/** The quotient of the last bigRem (truncated toward zero). */
export let quotient: usize = 0;

/** a rem b (truncated: the sign of a, as Go's big.Int.Rem); b must not be zero. Sets `quotient`. */
export function bigRem(a: usize, b: usize): usize {
  const qneg = bigNeg(a) != bigNeg(b);
  if (cmpMag(a, b) < 0) { quotient = bnew(0, false); return copy(a); }
  const na = bigLen(a), nb = bigLen(b);
  if (nb == 1) {
    const q = copy(a);
    const r = divSmallInPlace(q, limb(b, 0));
    store<u32>(q, qneg && bigLen(q) > 0 ? 1 : 0, 4);
    quotient = q;
    const p = bnew(1, bigNeg(a));
    setLimb(p, 0, r);
    return trim(p);
  }
  const q = bnew(na, qneg);
  memory.fill(limbs(q), 0, <usize>na << 2);
  if (nb == 2) return remU64(a, b, q);
  // Shift-subtract over the bits of |a|: the remainder stays below |b|, so it needs nb + 1 limbs.
  const r = bnew(0, false);
  alloc(<usize>(nb + 1) << 2);
  for (let i = <i32>na - 1; i >= 0; i--) {
    const w = limb(a, <u32>i);
    for (let bit = 31; bit >= 0; bit--) {
      const n = bigLen(r);
      let carry: u32 = (w >>> <u32>bit) & 1;
      for (let j: u32 = 0; j < n; j++) {
        const x = limb(r, j);
        setLimb(r, j, (x << 1) | carry);
        carry = x >>> 31;
      }
      if (carry) { setLimb(r, n, carry); store<u32>(r, n + 1); }
      if (cmpMag(r, b) >= 0) {
        subInPlace(r, b);
        setLimb(q, <u32>i, limb(q, <u32>i) | (<u32>1 << <u32>bit));
      }
    }
  }
  quotient = trim(q);
  if (bigLen(r) > 0 && bigNeg(a)) store<u32>(r, 1, 4);
  return r;
}

/** bigRem for a divisor of two limbs: the same shift-subtract, with the remainder in a u64. */
function remU64(a: usize, b: usize, q: usize): usize {
  const d = (<u64>limb(b, 1) << 32) | <u64>limb(b, 0);
  let r: u64 = 0;
  for (let i = <i32>bigLen(a) - 1; i >= 0; i--) {
    const w = limb(a, <u32>i);
    let qw: u32 = 0;
    for (let bit = 31; bit >= 0; bit--) {
      const top = r >> 63;
      r = (r << 1) | <u64>((w >>> <u32>bit) & 1);
      if (top != 0 || r >= d) { r -= d; qw |= <u32>1 << <u32>bit; }
    }
    setLimb(q, <u32>i, qw);
  }
  quotient = trim(q);
  const p = bigFromU64(r);
  if (bigLen(p) > 0 && bigNeg(a)) store<u32>(p, 1, 4);
  return p;
}

/** Significant bits of |p|: its bit length without the trailing zero bits. */
function sigBits(p: usize): i32 {
  const n = bigLen(p);
  if (n == 0) return 0;
  let low: i32 = 0;
  let i: u32 = 0;
  while (limb(p, i) == 0) { i++; low += 32; }
  low += <i32>ctz(limb(p, i));
  return (<i32>n - 1) * 32 + 32 - <i32>clz(limb(p, n - 1)) - low;
}

/**
 * a / b when it is an integer that a 64-bit-mantissa float division (OPA's big.Float) yields
 * exactly: both operands and the quotient within 64 bits. Otherwise 0.
 */
export function bigDivExact(a: usize, b: usize): usize {
  if (bigLen(b) == 0 || sigBits(a) > 64 || sigBits(b) > 64) return 0;
  const r = bigRem(a, b);
  if (bigLen(r) != 0 || bigLen(quotient) > 2) return 0;
  return quotient;
}

/** r = |r| - |b| in place, for |r| ≥ |b| (the sign flag is left alone unless r becomes 0). */
function subInPlace(r: usize, b: usize): void {
  const nr = bigLen(r), nb = bigLen(b);
  let borrow: i64 = 0;
  for (let i: u32 = 0; i < nr; i++) {
    let t = <i64>limb(r, i) - (i < nb ? <i64>limb(b, i) : 0) - borrow;
    borrow = t < 0 ? 1 : 0;
    if (t < 0) t += 0x100000000;
    setLimb(r, i, <u32>t);
  }
  trim(r);
}

/** The decimal text of p (with '-'), on the heap; its length is left in `textLen`. */
export let textLen: u32 = 0;
export function bigToText(p: usize): usize {
  const n = bigLen(p);
  // 9.63 decimal digits per 32-bit limb at most, plus the sign
  const cap = <usize>n * 10 + 2;
  const out = alloc(cap);
  let o = cap;
  const t = copy(p);
  do {
    let r = divSmallInPlace(t, 1000000000);
    const more = bigLen(t) > 0;
    for (let k = 0; k < 9; k++) {
      o--; store<u8>(out + o, <u8>(48 + r % 10)); r /= 10;
      if (!more && r == 0) break;
    }
  } while (bigLen(t) > 0);
  if (bigNeg(p)) { o--; store<u8>(out + o, 0x2d); }
  textLen = <u32>(cap - o);
  return out + o;
}

// ---- helpers for the 64-bit-mantissa floats of bigfloat.ts

export function bigFromU64(m: u64): usize {
  const p = bnew(2, false);
  setLimb(p, 0, <u32>m);
  setLimb(p, 1, <u32>(m >> 32));
  return trim(p);
}

export function bigBitLen(p: usize): i32 {
  const n = bigLen(p);
  return n == 0 ? 0 : (<i32>n - 1) * 32 + 32 - <i32>clz(limb(p, n - 1));
}

/** Bit i of |p|. */
export function bigBit(p: usize, i: i32): bool {
  const w = <u32>(i >>> 5);
  return i >= 0 && w < bigLen(p) && ((limb(p, w) >>> <u32>(i & 31)) & 1) != 0;
}

/** Whether any bit of |p| below bit i is set. */
export function bigAnyBelow(p: usize, i: i32): bool {
  if (i <= 0) return false;
  const w = <u32>(i >>> 5);
  const n = bigLen(p);
  for (let k: u32 = 0; k < w && k < n; k++) if (limb(p, k) != 0) return true;
  const r = <u32>(i & 31);
  return r != 0 && w < n && (limb(p, w) & ((<u32>1 << r) - 1)) != 0;
}

/** The 64 bits of |p| starting at bit s. */
export function bigBits64(p: usize, s: i32): u64 {
  const w = <u32>(s >>> 5), b = <u64>(s & 31), n = bigLen(p);
  const l0 = w < n ? <u64>limb(p, w) : 0, l1 = w + 1 < n ? <u64>limb(p, w + 1) : 0, l2 = w + 2 < n ? <u64>limb(p, w + 2) : 0;
  return ((l1 << 32 | l0) >> b) | (b ? l2 << (64 - b) : 0);
}

/** |p| × 2^s, keeping the sign. */
export function bigShl(p: usize, s: i32): usize {
  const n = bigLen(p);
  if (n == 0 || s == 0) return p;
  const w = <u32>(s >>> 5), b = <u32>(s & 31);
  const r = bnew(n + w + 1, bigNeg(p));
  memory.fill(limbs(r), 0, <usize>w << 2);
  let carry: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = limb(p, i);
    setLimb(r, i + w, b ? (x << b) | carry : x);
    carry = b ? x >>> (32 - b) : 0;
  }
  setLimb(r, n + w, carry);
  return trim(r);
}

/** |p| >> s (toward zero), keeping the sign. */
export function bigShr(p: usize, s: i32): usize {
  const n = bigLen(p);
  const w = <u32>(s >>> 5), b = <u32>(s & 31);
  if (w >= n) return bnew(0, false);
  const r = bnew(n - w, bigNeg(p));
  for (let i: u32 = 0; i < n - w; i++) {
    const lo = limb(p, i + w);
    const hi = i + w + 1 < n ? limb(p, i + w + 1) : 0;
    setLimb(r, i, b ? (lo >>> b) | (hi << (32 - b)) : lo);
  }
  return trim(r);
}

/** base^k for a small base. */
export function bigPow(base: u32, k: i32): usize {
  let r = bigFromU64(1);
  let b = bigFromU64(<u64>base);
  while (k > 0) {
    if (k & 1) r = bigMul(r, b);
    k >>= 1;
    if (k) b = bigMul(b, b);
  }
  return r;
}

/** The integer of n ASCII digits at p. */
export function bigFromDigits(p: usize, n: u32): usize {
  const r = bnew(0, false);
  alloc(<usize>(n / 9 + 2) << 2);
  let chunk: u32 = 0, k = 0;
  for (let i: u32 = 0; i < n; i++) {
    chunk = chunk * 10 + (<u32>load<u8>(p + i) - 48);
    if (++k == 9) { mulAddSmall(r, 1000000000, chunk); chunk = 0; k = 0; }
  }
  if (k) mulAddSmall(r, POW10[k], chunk);
  return r;
}

export function bigSetNeg(p: usize, neg: bool): usize {
  if (bigLen(p) == 0) return p;
  const r = copy(p);
  store<u32>(r, neg ? 1 : 0, 4);
  return r;
}
