// object.* builtins. Objects are sorted pair arrays (../value.ts); results are fresh values.

import {
  T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal, mkObject, mkSet, objGet, objPut,
  setAdd, setHas, equal, boolV, cloneColl,
  dot,
} from "../value";
import { fail } from "./error";

export function objectGet(o: usize, key: usize, dflt: usize): usize {
  if (tag(o) != T_OBJECT) return fail("operand 1 must be object");
  if (tag(key) == T_ARRAY) {
    let cur = o;
    for (let i: u32 = 0; i < len(key); i++) {
      cur = dot(cur, arrGet(key, i));
      if (cur == 0) return dflt;
    }
    return cur;
  }
  const v = objGet(o, key);
  return v ? v : dflt;
}

export function objectKeys(o: usize): usize {
  if (tag(o) != T_OBJECT) return fail("operand 1 must be object");
  const s = mkSet(len(o));
  for (let i: u32 = 0; i < len(o); i++) setAdd(s, objKey(o, i));
  return s;
}

function merge(a: usize, b: usize): usize {
  if (tag(a) != T_OBJECT || tag(b) != T_OBJECT) return b;
  const r = cloneColl(a);
  for (let i: u32 = 0; i < len(b); i++) {
    const k = objKey(b, i), v = objVal(b, i);
    const old = objGet(r, k);
    objPut(r, k, old ? merge(old, v) : v);
  }
  return r;
}

export function objectUnion(a: usize, b: usize): usize {
  if (tag(a) != T_OBJECT || tag(b) != T_OBJECT) return fail("operands must be objects");
  return merge(a, b);
}

export function objectUnionN(arr: usize): usize {
  if (tag(arr) != T_ARRAY) return fail("operand 1 must be array");
  let r = mkObject(0);
  for (let i: u32 = 0; i < len(arr); i++) {
    const o = arrGet(arr, i);
    if (tag(o) != T_OBJECT) return fail("operand 1 must be an array of objects");
    r = merge(r, o);
  }
  return r;
}

/** The keys named by an array, set or object (its keys), as a set. */
function keySet(k: usize): usize {
  const t = tag(k);
  if (t == T_SET) return k;
  const s = mkSet(len(k));
  if (t == T_ARRAY) for (let i: u32 = 0; i < len(k); i++) setAdd(s, arrGet(k, i));
  else if (t == T_OBJECT) for (let i: u32 = 0; i < len(k); i++) setAdd(s, objKey(k, i));
  else return 0;
  return s;
}

export function objectFilter(o: usize, keys: usize, keep: bool): usize {
  if (tag(o) != T_OBJECT) return fail("operand 1 must be object");
  const ks = keySet(keys);
  if (ks == 0) return fail("operand 2 must be one of {object, string, array}");
  const r = mkObject(0);
  for (let i: u32 = 0; i < len(o); i++) {
    const k = objKey(o, i);
    if (setHas(ks, k) == keep) objPut(r, k, objVal(o, i));
  }
  return r;
}

function subset(sup: usize, sub: usize): bool {
  const ts = tag(sup), tb = tag(sub);
  if (ts == T_OBJECT && tb == T_OBJECT) {
    for (let i: u32 = 0; i < len(sub); i++) {
      const v = objGet(sup, objKey(sub, i));
      if (v == 0 || !subset(v, objVal(sub, i))) return false;
    }
    return true;
  }
  if (ts == T_SET && (tb == T_SET || tb == T_ARRAY)) {
    for (let i: u32 = 0; i < len(sub); i++) if (!setHas(sup, arrGet(sub, i))) return false;
    return true;
  }
  if (ts == T_ARRAY && tb == T_ARRAY) {
    // sub must appear in sup as a contiguous run.
    const n = len(sup), m = len(sub);
    if (m == 0) return true;
    for (let s: u32 = 0; s + m <= n; s++) {
      let ok = true;
      for (let j: u32 = 0; j < m && ok; j++) ok = equal(arrGet(sup, s + j), arrGet(sub, j));
      if (ok) return true;
    }
    return false;
  }
  return equal(sup, sub);
}

export function objectSubset(sup: usize, sub: usize): usize {
  const ts = tag(sup), tb = tag(sub);
  const okSup = ts == T_OBJECT || ts == T_SET || ts == T_ARRAY;
  const okSub = tb == T_OBJECT || tb == T_SET || tb == T_ARRAY;
  if (!okSup || !okSub) return fail("both arguments must be objects, sets or arrays");
  if (ts != tb && !(ts == T_SET && tb == T_ARRAY)) return fail("both arguments must be of the same type, or a set and an array");
  return boolV(subset(sup, sub));
}
