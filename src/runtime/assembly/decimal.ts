// The exact decimal value of a number, as OPA compares numbers (ast.NumberCompare ends in
// big.Rat on the numbers' texts): 1 == 1.0, and 0.1000000000000000000001 > 0.1 even though both
// read back as the same double. A FLOAT denotes the shortest decimal that reads back as its
// double (the text it dumps as), an INT its digits, a BIGNUM the text it keeps.
// Owns the normal form (sign, significant digits, exponent) and the comparison on it; must not
// allocate anything that outlives a call (work space is given back to the heap).

import { dtoa_buffered } from "util/number";
import { heapPtr, setHeapPtr, alloc } from "./mem";

/**
 * A decimal in normal form: value = (neg ? -1 : 1) × 0.D1D2…Dn × 10^exp, digits as ASCII bytes at
 * `digits`, no leading or trailing zeros; zero has n = 0.
 */
@unmanaged export class Dec {
  neg: bool;
  digits: usize;
  n: u32;
  exp: i64;
}

// Exponents beyond this saturate: no JSON text that fits in memory has more digits than that.
const EXP_LIMIT: i64 = 1000000000000000;
// dtoa's UTF-16 output (at most 28 units) and its ASCII copy, side by side
const DTOA: usize = memory.data(128, 8);

/** Reads a JSON number text (or Go's shortest float text, `1e+21`) into d; digits are copied to `work`. */
export function decOfText(d: Dec, p: usize, n: usize, work: usize): void {
  let i: usize = 0;
  d.neg = n > 0 && load<u8>(p) == 0x2d;
  if (d.neg) i++;
  let nd: u32 = 0;
  let exp: i64 = 0;
  let seenDot = false;
  for (; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x2e) { seenDot = true; continue; }
    if (c < 0x30 || c > 0x39) break;
    if (nd == 0 && c == 0x30) { if (seenDot) exp--; continue; } // leading zeros
    store<u8>(work + nd, <u8>c);
    nd++;
    if (!seenDot) exp++;
  }
  if (i < n) { // exponent part
    i++;
    let eneg = false;
    const s = load<u8>(p + i);
    if (s == 0x2d || s == 0x2b) { eneg = s == 0x2d; i++; }
    let e: i64 = 0;
    for (; i < n; i++) { if (e < EXP_LIMIT) e = e * 10 + <i64>(load<u8>(p + i) - 48); }
    exp += eneg ? -e : e;
  }
  while (nd > 0 && load<u8>(work + nd - 1) == 0x30) nd--;
  d.digits = work;
  d.n = nd;
  d.exp = nd == 0 ? 0 : exp;
  if (nd == 0) d.neg = false;
}

/** The shortest decimal of a double, in normal form (work: at least 32 bytes). */
export function decOfF64(d: Dec, f: f64, work: usize): void {
  if (!isFinite(f)) {
    // ±Inf (an f64 result that overflowed) sorts beyond every finite number; NaN is never made
    store<u8>(work, 0x31);
    d.neg = f < 0; d.digits = work; d.n = 1; d.exp = EXP_LIMIT * 2;
    return;
  }
  const n = <usize>dtoa_buffered(DTOA, f);
  for (let i: usize = 0; i < n; i++) store<u8>(DTOA + 64 + i, <u8>load<u16>(DTOA + (i << 1)));
  decOfText(d, DTOA + 64, n, work);
}

export function decOfI64(d: Dec, x: i64, work: usize): void {
  d.neg = x < 0;
  let m: u64 = x < 0 ? <u64>0 - <u64>x : <u64>x;
  let k: u32 = 0;
  let t = m;
  do { k++; t /= 10; } while (t);
  for (let i = k; i > 0; i--) { store<u8>(work + i - 1, <u8>(48 + m % 10)); m /= 10; }
  let nd = k;
  while (nd > 0 && load<u8>(work + nd - 1) == 0x30) nd--;
  d.digits = work;
  d.n = nd;
  d.exp = nd == 0 ? 0 : <i64>k;
  if (nd == 0) d.neg = false;
}

export function compareDec(a: Dec, b: Dec): i32 {
  const sa: i32 = a.n == 0 ? 0 : a.neg ? -1 : 1;
  const sb: i32 = b.n == 0 ? 0 : b.neg ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  let r: i32;
  if (a.exp != b.exp) r = a.exp < b.exp ? -1 : 1;
  else {
    const n = a.n < b.n ? a.n : b.n;
    r = memory.compare(a.digits, b.digits, n);
    r = r < 0 ? -1 : r > 0 ? 1 : a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  }
  return sa < 0 ? -r : r;
}

const DA: usize = memory.data(offsetof<Dec>(), 8);
const DB: usize = memory.data(offsetof<Dec>(), 8);

/**
 * Compares two numbers given as (text, length) or, when the text pointer is 0, as an i64 (kind 0)
 * or f64 (kind 1) in `bits`. Work space comes from the heap and is given back.
 */
export function compareNumberParts(ta: usize, na: usize, ka: u32, ba: u64, tb: usize, nb: usize, kb: u32, bb: u64): i32 {
  const mark = heapPtr;
  const a = changetype<Dec>(DA), b = changetype<Dec>(DB);
  fill(a, ta, na, ka, ba);
  fill(b, tb, nb, kb, bb);
  const r = compareDec(a, b);
  setHeapPtr(mark);
  return r;
}

function fill(d: Dec, t: usize, n: usize, k: u32, bits: u64): void {
  if (t != 0) { decOfText(d, t, n, alloc(n)); return; }
  const work = alloc(32);
  if (k == 0) decOfI64(d, <i64>bits, work);
  else decOfF64(d, reinterpret<f64>(bits), work);
}
