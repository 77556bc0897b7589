// Aggregates and array/set builtins (count, sum, max, sort, union, array.slice, walk, the `in`
// operator …). Results are fresh values; arguments are never modified.

import {
  T_INT, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal, mkArray, mkSet,
  arrPush, setAdd, setHas, objGet, mkInt, isNumber, toF64, intOf, boolV, isTrue, equal, compare,
  sortEntries, items, cloneColl, TRUE_V, mkFloat,
  dot,
} from "../value";
import { plus, mul } from "./numbers";
import { bigOf } from "../bignum";
import { newBF, bfFromValue, bfAdd, bfMul, bfValue } from "../bigfloat";
import { fail } from "./error";

@inline function isColl(v: usize): bool { const t = tag(v); return t == T_ARRAY || t == T_SET; }

export function count(a: usize): usize {
  const t = tag(a);
  if (t == T_ARRAY || t == T_OBJECT || t == T_SET) return mkInt(len(a));
  if (t == T_STRING) {
    let n: i64 = 0;
    for (let q = a + 8, e = a + 8 + len(a); q < e; q++) if ((load<u8>(q) & 0xc0) != 0x80) n++;
    return mkInt(n);
  }
  return fail("operand 1 must be one of {array, object, set, string}");
}

/**
 * sum and product as topdown's builtinSum/builtinProduct: exact when every element is an integer
 * (of any size), else accumulated in OPA's 64-bit float and printed once at the end.
 */
export function fold(a: usize, product: bool): usize {
  if (!isColl(a)) return fail("operand 1 must be one of {array, set}");
  const n = len(a);
  let integral = true;
  for (let i: u32 = 0; i < n; i++) {
    const e = arrGet(a, i);
    if (!isNumber(e)) return fail("operand 1 must be a collection of numbers");
    if (integral && tag(e) != T_INT && bigOf(e) == 0) integral = false;
  }
  if (integral) {
    let acc = mkInt(product ? 1 : 0);
    for (let i: u32 = 0; i < n; i++) acc = product ? mul(acc, arrGet(a, i)) : plus(acc, arrGet(a, i));
    return acc;
  }
  const acc = newBF(), x = newBF();
  if (!bfFromValue(acc, mkInt(product ? 1 : 0))) return 0;
  for (let i: u32 = 0; i < n; i++) {
    if (!bfFromValue(x, arrGet(a, i))) return floatFold(a, product);
    if (product) bfMul(acc, acc, x); else bfAdd(acc, acc, x, false);
  }
  return bfValue(acc);
}

/** The f64 fold, for elements beyond the float path's exponent range. */
function floatFold(a: usize, product: bool): usize {
  let f: f64 = product ? 1 : 0;
  for (let i: u32 = 0; i < len(a); i++) { const g = toF64(arrGet(a, i)); f = product ? f * g : f + g; }
  return mkFloat(f);
}

export function extreme(a: usize, max: bool): usize {
  if (!isColl(a)) return fail("operand 1 must be one of {array, set}");
  const n = len(a);
  if (n == 0) return 0;
  let r = arrGet(a, 0);
  for (let i: u32 = 1; i < n; i++) {
    const e = arrGet(a, i);
    const c = compare(e, r);
    if (max ? c > 0 : c < 0) r = e;
  }
  return r;
}

export function sort(a: usize): usize {
  if (!isColl(a)) return fail("operand 1 must be one of {array, set}");
  const r = cloneColl(a);
  store<u32>(r, T_ARRAY);
  if (tag(a) == T_ARRAY) sortEntries(items(r), len(r), 4);
  return r;
}

export function anyAll(a: usize, all: bool): usize {
  if (!isColl(a)) return fail("operand 1 must be one of {array, set}");
  for (let i: u32 = 0; i < len(a); i++) {
    const t = isTrue(arrGet(a, i));
    if (all && !t) return boolV(false);
    if (!all && t) return boolV(true);
  }
  return boolV(all);
}

export function member2(x: usize, c: usize): usize {
  const t = tag(c);
  if (t == T_SET) return boolV(setHas(c, x));
  if (t == T_ARRAY) {
    for (let i: u32 = 0; i < len(c); i++) if (equal(arrGet(c, i), x)) return boolV(true);
    return boolV(false);
  }
  if (t == T_OBJECT) {
    for (let i: u32 = 0; i < len(c); i++) if (equal(objVal(c, i), x)) return boolV(true);
    return boolV(false);
  }
  return boolV(false);
}

export function member3(k: usize, x: usize, c: usize): usize {
  const t = tag(c);
  if (t == T_OBJECT) { const v = objGet(c, k); return boolV(v != 0 && equal(v, x)); }
  if (t == T_ARRAY || t == T_SET) { const v = dot(c, k); return boolV(v != 0 && equal(v, x)); }
  return boolV(false);
}

export function setOp(a: usize, b: usize, union: bool): usize {
  if (tag(a) != T_SET || tag(b) != T_SET) return fail("operands must be sets");
  if (union) {
    const r = cloneColl(a);
    for (let i: u32 = 0; i < len(b); i++) setAdd(r, arrGet(b, i));
    return r;
  }
  const r = mkSet(0);
  for (let i: u32 = 0; i < len(a); i++) { const e = arrGet(a, i); if (setHas(b, e)) setAdd(r, e); }
  return r;
}

export function unionAll(s: usize, union: bool): usize {
  if (tag(s) != T_SET) return fail("operand 1 must be set");
  const n = len(s);
  for (let i: u32 = 0; i < n; i++) if (tag(arrGet(s, i)) != T_SET) return fail("operand 1 must be a set of sets");
  if (n == 0) return mkSet(0);
  let r = arrGet(s, 0);
  for (let i: u32 = 1; i < n; i++) r = setOp(r, arrGet(s, i), union);
  return union && n == 1 ? r : r;
}

export function arrayConcat(a: usize, b: usize): usize {
  if (tag(a) != T_ARRAY || tag(b) != T_ARRAY) return fail("operands must be arrays");
  const r = mkArray(len(a) + len(b));
  for (let i: u32 = 0; i < len(a); i++) arrPush(r, arrGet(a, i));
  for (let i: u32 = 0; i < len(b); i++) arrPush(r, arrGet(b, i));
  return r;
}

export function arraySlice(a: usize, s: usize, e: usize): usize {
  if (tag(a) != T_ARRAY) return fail("operand 1 must be array");
  if (tag(s) != T_INT || tag(e) != T_INT) return fail("operands 2 and 3 must be integer numbers");
  const n = <i64>len(a);
  let lo = intOf(s), hi = intOf(e);
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  const r = mkArray(0);
  for (let i = lo; i < hi; i++) arrPush(r, arrGet(a, <u32>i));
  return r;
}

export function arrayReverse(a: usize): usize {
  if (tag(a) != T_ARRAY) return fail("operand 1 must be array");
  const n = len(a);
  const r = mkArray(n);
  for (let i: u32 = n; i > 0; i--) arrPush(r, arrGet(a, i - 1));
  return r;
}

function walkInto(out: usize, path: usize, v: usize): void {
  const pair = mkArray(2);
  arrPush(pair, path);
  arrPush(pair, v);
  arrPush(out, pair);
  const t = tag(v);
  if (t != T_ARRAY && t != T_OBJECT && t != T_SET) return;
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) {
    const k = t == T_ARRAY ? mkInt(i) : t == T_OBJECT ? objKey(v, i) : arrGet(v, i);
    const child = t == T_OBJECT ? objVal(v, i) : arrGet(v, i);
    const p = mkArray(len(path) + 1);
    for (let j: u32 = 0; j < len(path); j++) arrPush(p, arrGet(path, j));
    arrPush(p, k);
    walkInto(out, p, child);
  }
}

/** walk is a relation: all [path, value] pairs, root first, as one array. */
export function walk(v: usize): usize {
  const out = mkArray(0);
  walkInto(out, mkArray(0), v);
  return out;
}

export function trace(a: usize): usize {
  if (tag(a) != T_STRING) return fail("operand 1 must be string");
  return TRUE_V;
}

export function toF(v: usize): f64 { return toF64(v); }
