// Rego number values <-> the exact forms of decimal.ts and bigint.ts: which numbers OPA treats as
// integers (any number whose value is integral, as builtins.NumberToInt: 1.0 and 1e3 included)
// and how an exact integer result becomes a value again (INT when it fits an i64, else a BIGNUM
// keeping its full decimal text). Must not implement any operation itself.

import { T_INT, T_FLOAT, T_BIGNUM, tag, len, intOf, mkInt, mkBignum } from "./value";
import { alloc } from "./mem";
import { Dec, decOfText, decOfF64, decOfI64 } from "./decimal";
import { bigFromI64, bigFromDec, bigToI64, fits, bigToText, textLen } from "./bigint";
import { decimalToF64 } from "./json";

const D: usize = memory.data(offsetof<Dec>(), 8);

/** The decimal normal form of a number value (digits copied to the heap). */
export function decOf(v: usize): Dec {
  const d = changetype<Dec>(D);
  const t = tag(v);
  if (t == T_BIGNUM) decOfText(d, v + 16, len(v), alloc(len(v)));
  else if (t == T_FLOAT) decOfF64(d, load<f64>(v, 8), alloc(32));
  else decOfI64(d, intOf(v), alloc(32));
  return d;
}

/** The integer a number denotes, or 0 when it is not integral (or too large to build). */
export function bigOf(v: usize): usize {
  const t = tag(v);
  if (t == T_INT) return bigFromI64(intOf(v));
  if (t == T_FLOAT) {
    const f = load<f64>(v, 8);
    if (f != Math.floor(f) || !isFinite(f)) return 0;
  }
  return bigFromDec(decOf(v));
}

/** An integer as a value: INT when it fits an i64, else a BIGNUM with its exact decimal text. */
export function bigValue(b: usize): usize {
  const x = bigToI64(b);
  if (fits) return mkInt(x);
  const p = bigToText(b);
  return mkBignum(p, textLen, decimalToF64(p, textLen));
}

/** A BIGNUM integer's text is plain digits (with an optional '-'): no '.', no exponent. */
export function isIntegerText(v: usize): bool {
  if (tag(v) != T_BIGNUM) return false;
  const p = v + 16, n = len(v);
  let i: u32 = n > 0 && load<u8>(p) == 0x2d ? 1 : 0;
  if (i >= n) return false;
  for (; i < n; i++) { const c = load<u8>(p + i); if (c < 0x30 || c > 0x39) return false; }
  return true;
}
