// Arithmetic, comparison and bit builtins with OPA's number semantics (topdown/arithmetic.go):
// + - * and rem on integers are exact at any size (i64 while it fits, else bigint.ts), other
// operands go through floats; division of integers yields an integer when exact, `rem` is defined
// on integers only, and dividing by zero is a builtin error.

import {
  T_INT, T_FLOAT, T_BIGNUM, T_SET, tag, len, mkBignum, isNumber, toF64, mkInt, mkFloat, intOf, boolV, compare, mkArray, arrPush,
  len, arrGet, mkSet, setAdd, setHas,
} from "../value";
import { fail } from "./error";
import { scratchAbort, scratchReset, scratchStr, scratchU64 } from "../mem";
import { bigAdd, bigMul, bigRem, bigLen, bigDivExact } from "../bigint";
import { bigOf, bigValue, isIntegerText } from "../bignum";

@inline function bothInt(a: usize, b: usize): bool { return tag(a) == T_INT && tag(b) == T_INT; }

export function plus(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b), r = x + y;
    if (((x ^ r) & (y ^ r)) >= 0) return mkInt(r);
  }
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (bb) return bigValue(bigAdd(ba, bb, false));
  return mkFloat(toF64(a) + toF64(b));
}

export function minus(a: usize, b: usize): usize {
  if (tag(a) == T_SET && tag(b) == T_SET) {
    const r = mkSet(len(a));
    for (let i: u32 = 0; i < len(a); i++) { const e = arrGet(a, i); if (!setHas(b, e)) setAdd(r, e); }
    return r;
  }
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers or sets");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b), r = x - y;
    if (((x ^ y) & (x ^ r)) >= 0) return mkInt(r);
  }
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (bb) return bigValue(bigAdd(ba, bb, true));
  return mkFloat(toF64(a) - toF64(b));
}

export function mul(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b);
    const ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
    if (ax < 0x80000000 && ay < 0x80000000) return mkInt(x * y);
    const r = x * y;
    if (x == 0 || (r / x == y && !(x == -1 && y == i64.MIN_VALUE))) return mkInt(r);
  }
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (bb) return bigValue(bigMul(ba, bb));
  return mkFloat(toF64(a) * toF64(b));
}

export function div(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (toF64(b) == 0) return fail("divide by zero");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b);
    if (!(x == i64.MIN_VALUE && y == -1) && x % y == 0) return mkInt(x / y);
  }
  // OPA divides in a 64-bit-mantissa float: a quotient of integers that is itself an integer of
  // at most 64 significant bits comes out exact (2^70 / 2), which an f64 would round.
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (bb) { const q = bigDivExact(ba, bb); if (q) return bigValue(q); }
  return mkFloat(toF64(a) / toF64(b));
}

export function rem(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const y = intOf(b);
    if (y == 0) return fail("modulo by zero");
    if (y == -1) return mkInt(0);
    return mkInt(intOf(a) % y);
  }
  // Integers written with a fraction or exponent (1.0, 1e3) stay "floating-point" here, as the
  // conformance cases expect, while integers of any size are exact.
  if ((tag(a) != T_INT && !isIntegerText(a)) || (tag(b) != T_INT && !isIntegerText(b))) return fail("modulo on floating-point number");
  const bb = bigOf(b);
  if (bigLen(bb) == 0) return fail("modulo by zero");
  return bigValue(bigRem(bigOf(a), bb));
}

export function abs(a: usize): usize {
  if (!isNumber(a)) return fail("operand 1 must be number");
  if (tag(a) == T_INT && intOf(a) != i64.MIN_VALUE) { const x = intOf(a); return mkInt(x < 0 ? -x : x); }
  if (tag(a) == T_FLOAT) return mkFloat(Math.abs(toF64(a)));
  return absBig(a);
}

export function rounding(a: usize, mode: i32): usize {
  if (!isNumber(a)) return fail("operand 1 must be number");
  if (tag(a) == T_INT) return a;
  if (tag(a) == T_BIGNUM) { const b = bigOf(a); if (b) return bigValue(b); }
  const f = toF64(a);
  // round: half away from zero, as OPA (big.Float) does.
  const r = mode == 0 ? (f < 0 ? -Math.floor(-f + 0.5) : Math.floor(f + 0.5)) : mode == 1 ? Math.ceil(f) : Math.floor(f);
  return mkFloat(r);
}

export function cmp(a: usize, b: usize, op: i32): usize {
  const c = compare(a, b);
  switch (op) {
    case 0: return boolV(c == 0);
    case 1: return boolV(c != 0);
    case 2: return boolV(c < 0);
    case 3: return boolV(c <= 0);
    case 4: return boolV(c > 0);
    default: return boolV(c >= 0);
  }
}

function needInt(v: usize, which: string): bool {
  if (tag(v) != T_INT) { fail(which); return false; }
  return true;
}

export function range(a: usize, b: usize): usize {
  if (!needInt(a, "operand 1 must be integer number but got floating-point number")) return 0;
  if (!needInt(b, "operand 2 must be integer number but got floating-point number")) return 0;
  return rangeStep(intOf(a), intOf(b), 1);
}

export function rangeStepB(a: usize, b: usize, s: usize): usize {
  if (!needInt(a, "operand 1 must be integer number but got floating-point number")) return 0;
  if (!needInt(b, "operand 2 must be integer number but got floating-point number")) return 0;
  if (!needInt(s, "operand 3 must be integer number but got floating-point number")) return 0;
  if (intOf(s) <= 0) return fail("step must be a positive number above zero");
  return rangeStep(intOf(a), intOf(b), intOf(s));
}

function rangeStep(x: i64, y: i64, step: i64): usize {
  const n = (x <= y ? y - x : x - y) / step + 1;
  // OPA has no size limit here: a range past memory fails the evaluation, never yields undefined.
  // So a range this large aborts the way exhausted memory does (an eval_error naming the policy).
  if (n > 10000000) { scratchReset(); scratchStr("out of memory: numbers.range of "); scratchU64(<u64>n); scratchStr(" elements"); scratchAbort(); }
  const r = mkArray(<u32>n);
  if (x <= y) for (let i = x; i <= y; i += step) arrPush(r, mkInt(i));
  else for (let i = x; i >= y; i -= step) arrPush(r, mkInt(i));
  return r;
}

export function bits(a: usize, b: usize, op: i32): usize {
  if (tag(a) != T_INT || (op != 3 && tag(b) != T_INT)) return fail("operands must be integers");
  const x = intOf(a);
  switch (op) {
    case 0: return mkInt(x & intOf(b));
    case 1: return mkInt(x | intOf(b));
    case 2: return mkInt(x ^ intOf(b));
    case 3: return mkInt(~x);
    case 4: { const s = intOf(b); if (s < 0) return fail("must be an unsigned integer number but got a negative integer"); return s >= 64 ? mkInt(0) : mkInt(x << s); }
    default: { const s = intOf(b); if (s < 0) return fail("must be an unsigned integer number but got a negative integer"); return mkInt(s >= 64 ? (x < 0 ? -1 : 0) : x >> s); }
  }
}

/** |a| for a BIGNUM or i64.MIN_VALUE: the text loses its '-', so the digits stay as written. */
function absBig(a: usize): usize {
  if (tag(a) == T_INT) return bigValue(bigAdd(bigOf(mkInt(0)), bigOf(a), true));
  const p = a + 16, n = len(a);
  if (n > 0 && load<u8>(p) == 0x2d) return mkBignum(p + 1, n - 1, -load<f64>(a, 8));
  return a;
}
