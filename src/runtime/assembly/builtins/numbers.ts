// Arithmetic, comparison and bit builtins with OPA's number semantics (topdown/arithmetic.go):
// + - * and rem on integral values are exact at any size (i64 while it fits, else bigint.ts); every
// other operand pair, division, and abs/round/ceil/floor beyond the int fast path go through
// OPA's 64-bit-mantissa float (bigfloat.ts). `rem` is defined on integers only, and dividing by
// zero is a builtin error.

import {
  T_INT, T_FLOAT, T_SET, tag, isNumber, toF64, mkInt, mkFloat, intOf, boolV, compare, mkArray, arrPush,
  len, arrGet, mkSet, setAdd, setHas,
} from "../value";
import { fail, mustBe } from "./error";
import { scratchAbort, scratchReset, scratchStr, scratchU64 } from "../mem";
import { bigAdd, bigMul, bigRem, bigLen, bigFromU64, bigNeg, bigSetNeg, bigToI64, fits, quotient } from "../bigint";
import { bigOf, bigValue } from "../bignum";
import { BF, newBF, bfFromValue, bfAdd, bfMul, bfQuo, bfValue, bfTrunc, bfIsInt } from "../bigfloat";

@inline function bothInt(a: usize, b: usize): bool { return tag(a) == T_INT && tag(b) == T_INT; }

const OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_QUO = 3;

/** a op b in OPA's float; an operand beyond its exponent range falls back to f64. */
function floatOp(a: usize, b: usize, op: i32): usize {
  const x = newBF(), y = newBF();
  if (!bfFromValue(x, a) || !bfFromValue(y, b)) {
    const f = toF64(a), g = toF64(b);
    return mkFloat(op == OP_ADD ? f + g : op == OP_SUB ? f - g : op == OP_MUL ? f * g : f / g);
  }
  if (op == OP_QUO) {
    if (y.m == 0) return fail("divide by zero");
    bfQuo(x, x, y);
  } else if (op == OP_MUL) bfMul(x, x, y);
  else bfAdd(x, x, y, op == OP_SUB);
  return bfValue(x);
}

export function plus(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b), r = x + y;
    if (((x ^ r) & (y ^ r)) >= 0) return mkInt(r);
  }
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (bb) return bigValue(bigAdd(ba, bb, false));
  return floatOp(a, b, OP_ADD);
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
  return floatOp(a, b, OP_SUB);
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
  return floatOp(a, b, OP_MUL);
}

export function div(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const x = intOf(a), y = intOf(b);
    if (y == 0) return fail("divide by zero");
    // a zero dividend takes the float path, whose quotient by a negative is -0 (OPA prints it)
    if (x != 0 && !(x == i64.MIN_VALUE && y == -1) && x % y == 0) return mkInt(x / y);
  }
  return floatOp(a, b, OP_QUO);
}

export function rem(a: usize, b: usize): usize {
  if (!isNumber(a) || !isNumber(b)) return fail("operands must be numbers");
  if (bothInt(a, b)) {
    const y = intOf(b);
    if (y == 0) return fail("modulo by zero");
    if (y == -1) return mkInt(0);
    return mkInt(intOf(a) % y);
  }
  // any integral value, however written (4.0, 1e3) or however large, as builtins.NumberToInt
  const ba = bigOf(a), bb = ba ? bigOf(b) : 0;
  if (!bb) return fail("modulo on floating-point number");
  if (bigLen(bb) == 0) return fail("modulo by zero");
  return bigValue(bigRem(ba, bb));
}

/** Integers this small give the same result through OPA's float as through i64. */
@inline function smallInt(v: usize): bool {
  if (tag(v) != T_INT) return false;
  const x = intOf(v);
  return x > -0x4000000000000000 && x < 0x4000000000000000;
}

export function abs(a: usize): usize {
  if (!isNumber(a)) return fail("operand 1 must be number");
  if (smallInt(a)) { const x = intOf(a); return mkInt(x < 0 ? -x : x); }
  if (tag(a) == T_FLOAT) return mkFloat(Math.abs(toF64(a)));
  const x = newBF();
  if (!bfFromValue(x, a)) return mkFloat(Math.abs(toF64(a)));
  x.neg = false;
  return bfValue(x);
}

const HALF: usize = memory.data<u64>([0, 0x8000000000000000, 0xFFFFFFFFFFFFFFC0]); // BF 0.5

/**
 * round (mode 0), ceil (1) and floor (2) as topdown's arithRound/Ceil/Floor: on the 64-bit float,
 * truncating toward zero and correcting by one. OPA's correction looks at the truncated value's
 * sign, so ceil of -0.5 is 1 and floor of -0.5 is 0: kept, since OPA prints those.
 */
export function rounding(a: usize, mode: i32): usize {
  if (!isNumber(a)) return fail("operand 1 must be number");
  if (smallInt(a)) return a;
  const x = newBF();
  if (!bfFromValue(x, a)) return a; // |a| ≥ 10^4000: integral already
  if (mode == 0) {
    bfAdd(x, x, changetype<BF>(HALF), x.neg);
    return bigValue(bfTrunc(x));
  }
  const i = bfTrunc(x);
  if (bfIsInt(x)) return bigValue(i);
  const neg = bigLen(i) != 0 && x.neg;
  if (mode == 1) return bigValue(neg ? i : bigAdd(i, bigFromU64(1), false));
  return bigValue(neg ? bigAdd(i, bigFromU64(1), true) : i);
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

/**
 * A range bound or step as OPA reads it (builtins.BigIntOperand): any integral number, however
 * written or large; 0 (after failing) when it is not integral.
 */
function rangeOperand(v: usize, pos: i32): usize {
  if (!isNumber(v)) { mustBe(<u32>pos, "integer", v); return 0; }
  const b = bigOf(v);
  if (b == 0) {
    fail(pos == 1 ? "operand 1 must be integer number but got floating-point number"
      : pos == 2 ? "operand 2 must be integer number but got floating-point number"
      : "operand 3 must be integer number but got floating-point number");
  }
  return b;
}

export function range(a: usize, b: usize): usize {
  const x = rangeOperand(a, 1); if (!x) return 0;
  const y = rangeOperand(b, 2); if (!y) return 0;
  return rangeStep(x, y, bigFromU64(1));
}

export function rangeStepB(a: usize, b: usize, s: usize): usize {
  const x = rangeOperand(a, 1); if (!x) return 0;
  const y = rangeOperand(b, 2); if (!y) return 0;
  const step = rangeOperand(s, 3); if (!step) return 0;
  if (bigNeg(step) || bigLen(step) == 0) return fail("step must be a positive number above zero");
  return rangeStep(x, y, step);
}

function rangeStep(bx: usize, by: usize, bstep: usize): usize {
  const span = bigAdd(by, bx, true);
  bigRem(bigSetNeg(span, false), bstep);
  const count = bigToI64(quotient);
  // OPA has no size limit here: a range past memory fails the evaluation, never yields undefined.
  // So a range this large aborts the way exhausted memory does (an eval_error naming the policy).
  if (!fits || count >= 10000000) {
    scratchReset(); scratchStr("out of memory: numbers.range of ");
    if (fits) scratchU64(<u64>count + 1); else scratchStr("more than 2^63");
    scratchStr(" elements"); scratchAbort();
  }
  const n = count + 1;
  const r = mkArray(<u32>n);
  const x = bigToI64(bx), xf = fits, y = bigToI64(by), yf = fits, step = bigToI64(bstep);
  if (xf && yf && fits) {
    // the common case, on i64 (x ± step·count is y's side of x, within i64 since y is)
    const up = x <= y;
    let v = x;
    for (let i: i64 = 0; i < n; i++, v = up ? v + step : v - step) arrPush(r, mkInt(v));
    return r;
  }
  const up = !bigNeg(span);
  let v = bx;
  for (let i: i64 = 0; i < n; i++, v = bigAdd(v, bstep, !up)) arrPush(r, bigValue(v));
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
