// Rego values in linear memory, and OPA's total order over them. Owns the layout (see
// src/runtime/README.md) and the primitive operations every other module builds on; it must not
// know about JSON text, plans or builtins.
//
// Layout (8-aligned, u32 fields):
//   +0 tag
//   NULL | BOOL(+4 0/1) | INT(+8 i64) | FLOAT(+8 f64) | BIGNUM(+4 len, +8 f64 approx, +16 text)
//   STRING(+4 byte length, +8 UTF-8 bytes)
//   ARRAY/SET(+4 len, +8 cap, +12 ptr to u32 elements)   sets sorted, no duplicates
//   OBJECT(+4 len, +8 cap, +12 ptr to u32 key/value pairs) sorted by key, keys unique

import { alloc, realloc } from "./mem";
import { compareNumberParts } from "./decimal";

export const T_NULL: u32 = 1;
export const T_BOOL: u32 = 2;
export const T_INT: u32 = 3;
export const T_FLOAT: u32 = 4;
export const T_BIGNUM: u32 = 5;
export const T_STRING: u32 = 6;
export const T_ARRAY: u32 = 7;
export const T_OBJECT: u32 = 8;
export const T_SET: u32 = 9;

export const NULL_V: usize = memory.data<u32>([1, 0]);
export const FALSE_V: usize = memory.data<u32>([2, 0]);
export const TRUE_V: usize = memory.data<u32>([2, 1]);

@inline export function tag(v: usize): u32 { return load<u32>(v); }
@inline export function len(v: usize): u32 { return load<u32>(v, 4); }
@inline export function items(v: usize): usize { return <usize>load<u32>(v, 12); }
@inline export function strData(v: usize): usize { return v + 8; }
@inline export function boolV(b: bool): usize { return b ? TRUE_V : FALSE_V; }
@inline export function isNumber(v: usize): bool { const t = tag(v); return t >= T_INT && t <= T_BIGNUM; }
@inline export function isTrue(v: usize): bool { return tag(v) == T_BOOL && load<u32>(v, 4) != 0; }
@inline export function intOf(v: usize): i64 { return load<i64>(v, 8); }

// Small non-negative integers (array indexes above all) are shared, not allocated per use: a
// value never changes once made. Filled by the module's start function.
const SMALL_INTS: u64 = 1024;
const smallInts: usize = memory.data(<i32>(SMALL_INTS << 4), 8);
for (let i: u64 = 0; i < SMALL_INTS; i++) {
  store<u32>(smallInts + (<usize>i << 4), T_INT);
  store<i64>(smallInts + (<usize>i << 4), <i64>i, 8);
}

export function mkInt(i: i64): usize {
  if (<u64>i < SMALL_INTS) return smallInts + (<usize>i << 4);
  const v = alloc(16);
  store<u32>(v, T_INT);
  store<i64>(v, i, 8);
  return v;
}

/** Integral floats become INT, as OPA prints 2.5 * 2 as 5. */
export function mkFloat(f: f64): usize {
  if (f == Math.floor(f) && Math.abs(f) <= 9007199254740992.0) return mkInt(<i64>f);
  const v = alloc(16);
  store<u32>(v, T_FLOAT);
  store<f64>(v, f, 8);
  return v;
}

/** A float kept as written (1.0 stays a float, as OPA keeps the literal's text: `[5, 6][1.0]` is undefined). */
export function mkFloatRaw(f: f64): usize {
  const v = alloc(16);
  store<u32>(v, T_FLOAT);
  store<f64>(v, f, 8);
  return v;
}

export function mkBignum(text: usize, n: u32, approx: f64): usize {
  const v = alloc(16 + <usize>n);
  store<u32>(v, T_BIGNUM);
  store<u32>(v, n, 4);
  store<f64>(v, approx, 8);
  memory.copy(v + 16, text, n);
  return v;
}

export function toF64(v: usize): f64 {
  const t = tag(v);
  if (t == T_INT) return <f64>load<i64>(v, 8);
  return load<f64>(v, 8);
}

export function mkStringRaw(n: u32): usize {
  const v = alloc(8 + <usize>n);
  store<u32>(v, T_STRING);
  store<u32>(v, n, 4);
  return v;
}

export function mkString(src: usize, n: u32): usize {
  const v = mkStringRaw(n);
  memory.copy(v + 8, src, n);
  return v;
}

export function mkStr(s: string): usize {
  const n = <u32>s.length;
  const v = mkStringRaw(n);
  for (let i: u32 = 0; i < n; i++) store<u8>(v + 8 + i, <u8>s.charCodeAt(<i32>i));
  return v;
}

// ---- arrays, sets and objects share the (len, cap, ptr) header; objects hold pairs

function mkColl(t: u32, cap: u32, width: u32): usize {
  const v = alloc(16);
  store<u32>(v, t);
  store<u32>(v, 0, 4);
  store<u32>(v, cap, 8);
  store<u32>(v, cap ? <u32>alloc(<usize>cap * width) : 0, 12);
  return v;
}

export function mkArray(cap: u32): usize { return mkColl(T_ARRAY, cap, 4); }
export function mkSet(cap: u32): usize { return mkColl(T_SET, cap, 4); }
export function mkObject(cap: u32): usize { return mkColl(T_OBJECT, cap, 8); }

/** Makes room for one more element (width bytes each) and returns its address. */
function reserve(c: usize, width: u32): usize {
  const n = len(c);
  const cap = load<u32>(c, 8);
  if (n == cap) {
    const ncap = cap < 4 ? 4 : cap * 2;
    const p = realloc(items(c), <usize>cap * width, <usize>ncap * width);
    store<u32>(c, <u32>p, 12);
    store<u32>(c, ncap, 8);
  }
  return items(c) + <usize>n * width;
}

@inline export function arrGet(a: usize, i: u32): usize { return <usize>load<u32>(items(a) + (<usize>i << 2)); }
@inline export function objKey(o: usize, i: u32): usize { return <usize>load<u32>(items(o) + (<usize>i << 3)); }
@inline export function objVal(o: usize, i: u32): usize { return <usize>load<u32>(items(o) + (<usize>i << 3), 4); }

/**
 * After the block [lo, hi) holding the tree at `v` was copied `delta` bytes lower (`v` is the
 * tree's new address), moves every pointer into that block down by `delta`. For trees made by one
 * JSON parse only: there no collection is shared, so each is visited once (shared strings and
 * numbers hold no pointers).
 */
export function relocate(v: usize, lo: usize, hi: usize, delta: usize): void {
  const t = tag(v);
  if (t != T_ARRAY && t != T_OBJECT && t != T_SET) return;
  let p = items(v);
  if (p >= lo && p < hi) { p -= delta; store<u32>(v, <u32>p, 12); }
  const n = <usize>len(v) << (t == T_OBJECT ? 1 : 0);
  for (let i: usize = 0; i < n; i++) {
    const slot = p + (i << 2);
    let c = <usize>load<u32>(slot);
    if (c >= lo && c < hi) { c -= delta; store<u32>(slot, <u32>c); }
    relocate(c, lo, hi, delta);
  }
}

export function arrPush(a: usize, x: usize): void {
  const p = reserve(a, 4);
  store<u32>(p, <u32>x);
  store<u32>(a, len(a) + 1, 4);
}

/** Binary search in a sorted array/set (width 4) or object (width 8): index, or -(insertion+1). */
export function search(c: usize, k: usize, width: u32): i32 {
  let lo: i32 = 0;
  let hi: i32 = <i32>len(c) - 1;
  const base = items(c);
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = compare(<usize>load<u32>(base + <usize>mid * width), k);
    if (r == 0) return mid;
    if (r < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -(lo + 1);
}

function insertAt(c: usize, at: u32, width: u32): usize {
  reserve(c, width);
  const n = len(c);
  const p = items(c) + <usize>at * width;
  memory.copy(p + width, p, <usize>(n - at) * width);
  store<u32>(c, n + 1, 4);
  return p;
}

export function setAdd(s: usize, x: usize): void {
  const n = len(s);
  // Appending in order is the common case (building from sorted sources).
  if (n == 0 || compare(arrGet(s, n - 1), x) < 0) {
    const p = reserve(s, 4);
    store<u32>(p, <u32>x);
    store<u32>(s, n + 1, 4);
    return;
  }
  const i = search(s, x, 4);
  if (i >= 0) return;
  store<u32>(insertAt(s, <u32>(-i - 1), 4), <u32>x);
}

export function setHas(s: usize, x: usize): bool { return search(s, x, 4) >= 0; }

/** Returns the value for key k, or 0. */
export function objGet(o: usize, k: usize): usize {
  const i = search(o, k, 8);
  return i < 0 ? 0 : objVal(o, <u32>i);
}

/** obj[k] = v; returns the previous value or 0. */
export function objPut(o: usize, k: usize, v: usize): usize {
  const n = len(o);
  if (n == 0 || compare(objKey(o, n - 1), k) < 0) {
    const p = reserve(o, 8);
    store<u32>(p, <u32>k);
    store<u32>(p, <u32>v, 4);
    store<u32>(o, n + 1, 4);
    return 0;
  }
  const i = search(o, k, 8);
  if (i >= 0) {
    const p = items(o) + (<usize>i << 3);
    const old = <usize>load<u32>(p, 4);
    store<u32>(p, <u32>v, 4);
    return old;
  }
  const p = insertAt(o, <u32>(-i - 1), 8);
  store<u32>(p, <u32>k);
  store<u32>(p, <u32>v, 4);
  return 0;
}

/** Appends a pair without keeping the order: the caller must normalize() afterwards. */
export function objAppend(o: usize, k: usize, v: usize): void {
  const p = reserve(o, 8);
  store<u32>(p, <u32>k);
  store<u32>(p, <u32>v, 4);
  store<u32>(o, len(o) + 1, 4);
}

/** A shallow copy (new backing store) that can be modified without touching the original. */
export function cloneColl(c: usize): usize {
  const t = tag(c);
  const n = len(c);
  const width: u32 = t == T_OBJECT ? 8 : 4;
  const r = mkColl(t, n, width);
  memory.copy(items(r), items(c), <usize>n * width);
  store<u32>(r, n, 4);
  return r;
}

// ---- OPA's total order

function rank(t: u32): i32 {
  if (t == T_NULL) return 0;
  if (t == T_BOOL) return 1;
  if (t <= T_BIGNUM) return 2;
  return <i32>t - 3; // string 3, array 4, object 5, set 6
}

/**
 * Numbers order by the exact values they denote (see decimal.ts). Every tag's f64 (toF64) is a
 * monotone rounding of that value, so unequal f64s already decide; equal ones are exact only
 * between doubles and integers within 2^53, otherwise the decimals decide.
 */
export function compareNumbers(a: usize, b: usize): i32 {
  const ta = tag(a), tb = tag(b);
  if (ta == T_INT && tb == T_INT) {
    const x = load<i64>(a, 8), y = load<i64>(b, 8);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toF64(a), y = toF64(b);
  if (ta != T_BIGNUM && tb != T_BIGNUM) {
    if (x < y) return -1;
    if (x > y) return 1;
    if (exactDouble(a) && exactDouble(b)) return 0;
  } else if (apart(x, y)) return x < y ? -1 : 1;
  return compareNumberParts(
    ta == T_BIGNUM ? a + 16 : 0, ta == T_BIGNUM ? <usize>len(a) : 0, ta == T_FLOAT ? 1 : 0, load<u64>(a, 8),
    tb == T_BIGNUM ? b + 16 : 0, tb == T_BIGNUM ? <usize>len(b) : 0, tb == T_FLOAT ? 1 : 0, load<u64>(b, 8));
}

@inline function exactDouble(v: usize): bool {
  if (tag(v) == T_FLOAT) return true;
  const i = load<i64>(v, 8);
  return i <= 9007199254740992 && i >= -9007199254740992;
}

/** A BIGNUM's f64 comes from strtod, which may be off by an ulp or two: decide only when far apart. */
@inline function apart(x: f64, y: f64): bool {
  if (x == y) return false;
  const m = Math.max(Math.abs(x), Math.abs(y));
  return Math.abs(x - y) > m * 1e-14 || (x < 0) != (y < 0) && x != 0 && y != 0;
}

export function compareBytes(pa: usize, na: u32, pb: usize, nb: u32): i32 {
  const n = na < nb ? na : nb;
  const r = memory.compare(pa, pb, n);
  if (r != 0) return r < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function compare(a: usize, b: usize): i32 {
  if (a == b) return 0;
  const ta = tag(a), tb = tag(b);
  const ra = rank(ta), rb = rank(tb);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0: return 0;
    case 1: { const x = load<u32>(a, 4), y = load<u32>(b, 4); return x < y ? -1 : x > y ? 1 : 0; }
    case 2: return compareNumbers(a, b);
    case 3: return compareBytes(a + 8, len(a), b + 8, len(b));
    case 4:
    case 6: {
      const na = len(a), nb = len(b);
      const n = na < nb ? na : nb;
      for (let i: u32 = 0; i < n; i++) {
        const r = compare(arrGet(a, i), arrGet(b, i));
        if (r != 0) return r;
      }
      return na < nb ? -1 : na > nb ? 1 : 0;
    }
    default: {
      const na = len(a), nb = len(b);
      const n = na < nb ? na : nb;
      for (let i: u32 = 0; i < n; i++) {
        let r = compare(objKey(a, i), objKey(b, i));
        if (r != 0) return r;
        r = compare(objVal(a, i), objVal(b, i));
        if (r != 0) return r;
      }
      return na < nb ? -1 : na > nb ? 1 : 0;
    }
  }
}

export function equal(a: usize, b: usize): bool {
  if (a == b) return true;
  const ta = tag(a), tb = tag(b);
  if (ta != tb && !(rank(ta) == 2 && rank(tb) == 2)) return false;
  if (ta == T_STRING) {
    const n = len(a);
    return n == len(b) && memory.compare(a + 8, b + 8, n) == 0;
  }
  if ((ta == T_ARRAY || ta == T_OBJECT || ta == T_SET) && len(a) != len(b)) return false;
  return compare(a, b) == 0;
}

// ---- sorting collections built out of order (JSON objects, set literals)

/** Sorts `n` entries of `width` bytes at p by the value at their first word; stable (merge sort). */
export function sortEntries(p: usize, n: u32, width: u32): void {
  if (n < 2) return;
  if (n <= 12) {
    for (let i: u32 = 1; i < n; i++) {
      const k = load<u64>(p + <usize>i * width);
      const kk = <usize>(<u32>k);
      let j = i;
      while (j > 0 && compare(<usize>load<u32>(p + <usize>(j - 1) * width), kk) > 0) {
        if (width == 8) store<u64>(p + <usize>j * 8, load<u64>(p + <usize>(j - 1) * 8));
        else store<u32>(p + <usize>j * 4, load<u32>(p + <usize>(j - 1) * 4));
        j--;
      }
      if (width == 8) store<u64>(p + <usize>j * 8, k); else store<u32>(p + <usize>j * 4, <u32>k);
    }
    return;
  }
  const tmp = alloc(<usize>n * width);
  let src = p, dst = tmp;
  for (let w: u32 = 1; w < n; w <<= 1) {
    for (let lo: u32 = 0; lo < n; lo += w << 1) {
      const mid = min(lo + w, n), hi = min(lo + (w << 1), n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const a = src + <usize>i * width, b = src + <usize>j * width;
        if (compare(<usize>load<u32>(b), <usize>load<u32>(a)) < 0) {
          memory.copy(dst + <usize>k * width, b, width); j++;
        } else {
          memory.copy(dst + <usize>k * width, a, width); i++;
        }
        k++;
      }
      if (i < mid) memory.copy(dst + <usize>k * width, src + <usize>i * width, <usize>(mid - i) * width);
      else if (j < hi) memory.copy(dst + <usize>k * width, src + <usize>j * width, <usize>(hi - j) * width);
    }
    const t = src; src = dst; dst = t;
  }
  if (src != p) memory.copy(p, src, <usize>n * width);
}

/** Sorts and removes duplicates; for objects the LAST pair with a key wins (JSON semantics). */
export function normalize(c: usize): void {
  const width: u32 = tag(c) == T_OBJECT ? 8 : 4;
  const n = len(c);
  if (n < 2) return;
  const p = items(c);
  // Fast check: already strictly sorted.
  let sorted = true;
  for (let i: u32 = 1; i < n; i++) {
    if (compare(<usize>load<u32>(p + <usize>(i - 1) * width), <usize>load<u32>(p + <usize>i * width)) >= 0) { sorted = false; break; }
  }
  if (sorted) return;
  sortEntries(p, n, width);
  let out: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const e = p + <usize>i * width;
    if (out > 0 && compare(<usize>load<u32>(p + <usize>(out - 1) * width), <usize>load<u32>(e)) == 0) {
      memory.copy(p + <usize>(out - 1) * width, e, width);
    } else {
      if (out != i) memory.copy(p + <usize>out * width, e, width);
      out++;
    }
  }
  store<u32>(c, out, 4);
}

/** dst = src[key], or 0 when undefined. */
export function dot(src: usize, key: usize): usize {
  const t = tag(src);
  if (t == T_OBJECT) return objGet(src, key);
  if (t == T_ARRAY) {
    if (tag(key) != T_INT) return 0;
    const i = load<i64>(key, 8);
    if (i < 0 || i >= <i64>len(src)) return 0;
    return arrGet(src, <u32>i);
  }
  if (t == T_SET) return setHas(src, key) ? key : 0;
  return 0;
}

