// Go's strconv float formatting (%e %f %g, shortest and fixed precision) for sprintf.
// Owns digit generation with Go's rounding: fixed precisions round the EXACT decimal value of the
// double, ties to even (so %.0f of 2.5 is 2 and %.1f of 0.05 is 0.1, unlike JS toFixed).
// Must not handle signs, flags or padding (sprintf.ts does).

import { dtoa_buffered } from "util/number";
import { Buf, putByte, putStr } from "../buf";

// Decimal digits (values 0-9, most significant first) of the number being formatted:
// value = 0.D[0]D[1]… × 10^dp. An exact double expansion has at most 767 significant digits
// plus up to 324 leading zeros before trimming.
const D: usize = memory.data(1200);
const SCRATCH: usize = memory.data(128, 8);
let nd: i32 = 0;
let dp: i32 = 0;

function trim(): void {
  let lead = 0;
  while (lead < nd && load<u8>(D + lead) == 0) lead++;
  if (lead > 0) { memory.copy(D, D + lead, nd - lead); nd -= lead; dp -= lead; }
  while (nd > 0 && load<u8>(D + nd - 1) == 0) nd--;
  if (nd == 0) dp = 0;
}

/** Little-endian digits in D times m (m ≤ 2^30); returns the new digit count. */
function mulSmall(n: i32, m: u64): i32 {
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const t = <u64>load<u8>(D + i) * m + carry;
    store<u8>(D + i, <u8>(t % 10));
    carry = t / 10;
  }
  while (carry) { store<u8>(D + n, <u8>(carry % 10)); n++; carry /= 10; }
  return n;
}

/** The exact decimal expansion of a finite, non-negative double. */
function exactDigits(x: f64): void {
  nd = 0; dp = 0;
  if (x == 0) return;
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7ff);
  let mant = bits & 0xfffffffffffff;
  let exp: i32;
  if (biased == 0) exp = -1074;
  else { mant |= <u64>1 << 52; exp = biased - 1075; }
  let n = 0;
  while (mant) { store<u8>(D + n, <u8>(mant % 10)); n++; mant /= 10; }
  if (exp >= 0) {
    for (let k = exp; k > 0; k -= 30) n = mulSmall(n, <u64>1 << <u64>(k < 30 ? k : 30));
  } else {
    // mant × 2^exp = mant × 5^-exp / 10^-exp
    for (let k = -exp; k > 0; k -= 13) {
      let m: u64 = 1;
      for (let i = 0; i < (k < 13 ? k : 13); i++) m *= 5;
      n = mulSmall(n, m);
    }
  }
  // reverse into most-significant-first order
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = load<u8>(D + i); store<u8>(D + i, load<u8>(D + j)); store<u8>(D + j, t);
  }
  nd = n;
  dp = exp >= 0 ? n : n + exp;
  trim();
}

/** Shortest digits that read back as x (the runtime's dtoa, as json.marshal prints). */
function shortestDigits(x: f64): void {
  nd = 0; dp = 0;
  if (x == 0) return;
  const n = <i32>dtoa_buffered(SCRATCH, x);
  let intDigits = 0, seenDot = false, exp = 0, i = 0;
  for (; i < n; i++) {
    const c = <i32>load<u16>(SCRATCH + (<usize>i << 1));
    if (c == 0x2e) { seenDot = true; continue; }
    if (c == 0x65) break;
    store<u8>(D + nd, <u8>(c - 48)); nd++;
    if (!seenDot) intDigits++;
  }
  if (i < n) {
    i++;
    let neg = false;
    const s = <i32>load<u16>(SCRATCH + (<usize>i << 1));
    if (s == 0x2d || s == 0x2b) { neg = s == 0x2d; i++; }
    for (; i < n; i++) exp = exp * 10 + (<i32>load<u16>(SCRATCH + (<usize>i << 1)) - 48);
    if (neg) exp = -exp;
  }
  dp = intDigits + exp;
  trim();
}

/** Rounds to `n` significant digits, ties to even (on exact digits a tie is a real tie). */
function roundTo(n: i32): void {
  if (n < 0) { nd = 0; dp = 0; return; }
  if (nd <= n) return;
  const r = <i32>load<u8>(D + n);
  let up: bool;
  if (r > 5) up = true;
  else if (r < 5) up = false;
  else {
    up = false;
    for (let i = n + 1; i < nd; i++) if (load<u8>(D + i) != 0) { up = true; break; }
    if (!up) up = n > 0 && (load<u8>(D + n - 1) & 1) == 1;
  }
  nd = n;
  if (up) {
    let i = n - 1;
    while (i >= 0 && load<u8>(D + i) == 9) { store<u8>(D + i, 0); i--; }
    if (i >= 0) store<u8>(D + i, load<u8>(D + i) + 1);
    else { // 99…9 + 1: one more digit in front
      memory.copy(D + 1, D, nd);
      store<u8>(D, 1);
      nd++;
      dp++;
    }
  }
  trim();
}

@inline function digitAt(i: i32): u32 { return i >= 0 && i < nd ? 48 + <u32>load<u8>(D + i) : 48; }

function fmtE(b: Buf, prec: i32, verb: u32): void {
  putByte(b, digitAt(0));
  if (prec > 0) {
    putByte(b, 0x2e);
    for (let i = 1; i <= prec; i++) putByte(b, digitAt(i));
  }
  const exp = nd == 0 ? 0 : dp - 1;
  const a = exp < 0 ? -exp : exp;
  putByte(b, verb);
  putByte(b, exp < 0 ? 0x2d : 0x2b);
  if (a < 10) putByte(b, 0x30);
  if (a >= 100) putByte(b, 48 + <u32>(a / 100));
  if (a >= 10) putByte(b, 48 + <u32>((a / 10) % 10));
  putByte(b, 48 + <u32>(a % 10));
}

function fmtF(b: Buf, prec: i32): void {
  if (dp > 0) for (let i = 0; i < dp; i++) putByte(b, digitAt(i));
  else putByte(b, 0x30);
  if (prec > 0) {
    putByte(b, 0x2e);
    for (let i = 0; i < prec; i++) putByte(b, digitAt(dp + i));
  }
}

/**
 * strconv.FormatFloat(abs, verb, prec, 64) without the sign, for verb e E f F g G; prec -1 is
 * the shortest form. Infinity prints "Inf" and NaN "NaN" (the caller adds Go's sign).
 */
export function formatFloat(b: Buf, abs: f64, verb: u32, prec: i32): void {
  if (isNaN(abs)) { putStr(b, "NaN"); return; }
  if (!isFinite(abs)) { putStr(b, "Inf"); return; }
  const shortest = prec < 0;
  if (shortest) shortestDigits(abs);
  else {
    exactDigits(abs);
    if (verb == 0x65 || verb == 0x45) roundTo(prec + 1);
    else if (verb == 0x66 || verb == 0x46) roundTo(dp + prec);
    else roundTo(prec == 0 ? 1 : prec);
  }
  if (verb == 0x65 || verb == 0x45) { fmtE(b, shortest ? max(nd - 1, 0) : prec, verb); return; }
  if (verb == 0x66 || verb == 0x46) { fmtF(b, shortest ? max(nd - dp, 0) : prec); return; }
  // %g: exponent form for small or large exponents, Go's thresholds
  let p = shortest ? nd : prec == 0 ? 1 : prec;
  let eprec = p;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = dp - 1;
  if (nd != 0 && (exp < -4 || exp >= eprec)) {
    if (p > nd) p = nd;
    fmtE(b, max(p - 1, 0), verb == 0x67 ? 0x65 : 0x45);
    return;
  }
  if (p > dp) p = nd;
  fmtF(b, max(p - dp, 0));
}
