// json.filter and json.remove with OPA's semantics (topdown/json.go): the paths become a tree
// ({segment: subtree}, null for "this whole value"); an array's elements are matched by their
// index as a string, a set's by the element itself, an object's by its key, so a path segment
// keeps its type (an array path [1] reaches object key 1, not "1"). String paths are `/`-separated
// with JSON-pointer escapes and leading slashes trimmed (strings.TrimLeft), "" is no path.
// Must not patch documents (jsonpatch.ts does).

import {
  T_NULL, T_STRING, T_ARRAY, T_OBJECT, T_SET, NULL_V, tag, len, items, arrGet, objKey, objVal, mkString,
  mkArray, arrPush, mkSet, setAdd, mkObject, objGet, objPut,
} from "../value";
import { newBuf, putByte, putStr } from "../buf";
import { mustBe, typeFailBuf, typeNameOf } from "./error";

/** A string path's segments: leading '/' trimmed, split on '/', ~1 → '/', ~0 → '~'. */
export function stringSegments(s: usize): usize {
  const p = s + 8, n = len(s);
  let i: u32 = 0;
  while (i < n && load<u8>(p + i) == 0x2f) i++;
  const out = mkArray(4);
  let b = newBuf(16);
  for (; i <= n; i++) {
    const c: u32 = i < n ? load<u8>(p + i) : 0x2f;
    if (c == 0x2f) { arrPush(out, mkString(b.ptr, <u32>b.len)); b = newBuf(16); continue; }
    // Go replaces every ~1 first, then every ~0 (below): "~01" is "~1", never "/"
    if (c == 0x7e && i + 1 < n && load<u8>(p + i + 1) == 0x31) { putByte(b, 0x2f); i++; continue; }
    putByte(b, c);
  }
  // second pass for ~0 (after ~1, as Go's nested ReplaceAll)
  for (let k: u32 = 0; k < len(out); k++) {
    const seg = arrGet(out, k);
    const q = seg + 8, m = len(seg);
    let has = false;
    for (let j: u32 = 0; j + 1 < m; j++) if (load<u8>(q + j) == 0x7e && load<u8>(q + j + 1) == 0x30) { has = true; break; }
    if (!has) continue;
    const r = newBuf(m);
    for (let j: u32 = 0; j < m; j++) {
      if (load<u8>(q + j) == 0x7e && j + 1 < m && load<u8>(q + j + 1) == 0x30) { putByte(r, 0x7e); j++; }
      else putByte(r, load<u8>(q + j));
    }
    store<u32>(items(out) + (<usize>k << 2), <u32>mkString(r.ptr, <u32>r.len));
  }
  return out;
}

/** OPA's pathsToObject over the paths operand (operand 2); 0 with the error set. */
function pathTree(paths: usize): usize {
  const t = tag(paths);
  if (t != T_ARRAY && t != T_SET) return mustBe(2, "one of {set, array}", paths);
  const root = mkObject(4);
  for (let i: u32 = 0; i < len(paths); i++) {
    const p = arrGet(paths, i);
    let segs: usize;
    if (tag(p) == T_STRING) {
      if (len(p) == 0) continue;
      segs = stringSegments(p);
    } else if (tag(p) == T_ARRAY) segs = p;
    else {
      const b = newBuf(128);
      putStr(b, "operand 2 must be one of {set, array} containing string paths or array of path segments but got ");
      putStr(b, typeNameOf(p));
      return typeFailBuf(b);
    }
    const n = len(segs);
    if (n == 0) continue;
    let node = root;
    let done = false;
    for (let k: u32 = 0; k + 1 < n && !done; k++) {
      const key = arrGet(segs, k);
      const child = objGet(node, key);
      if (!child) { const o = mkObject(2); objPut(node, key, o); node = o; }
      else if (tag(child) == T_NULL) done = true;
      else node = child;
    }
    if (!done) objPut(node, arrGet(segs, n - 1), NULL_V);
  }
  return root;
}

/** The decimal text of i as a string value (an array index as a filter key). */
function indexKey(i: u32): usize {
  const b = newBuf(12);
  if (i == 0) putByte(b, 48);
  else { let d: u32 = 1; while (d <= i / 10) d *= 10; for (; d > 0; d /= 10) putByte(b, 48 + (i / d) % 10); }
  return mkString(b.ptr, <u32>b.len);
}

/** Appends to an array, adds to a set. */
function addTo(c: usize, x: usize): void {
  if (tag(c) == T_ARRAY) arrPush(c, x); else setAdd(c, x);
}

function filterValue(v: usize, f: usize): usize {
  if (tag(f) == T_NULL) return v;
  const t = tag(v);
  if (t == T_ARRAY || t == T_SET) {
    const out = t == T_ARRAY ? mkArray(0) : mkSet(0);
    for (let i: u32 = 0; i < len(v); i++) {
      const x = arrGet(v, i);
      const sub = objGet(f, t == T_ARRAY ? indexKey(i) : x);
      if (sub) addTo(out, filterValue(x, sub));
    }
    return out;
  }
  if (t == T_OBJECT) {
    const out = mkObject(0);
    for (let i: u32 = 0; i < len(v); i++) {
      const sub = objGet(f, objKey(v, i));
      if (sub) objPut(out, objKey(v, i), filterValue(objVal(v, i), sub));
    }
    return out;
  }
  return v;
}

/** jsonRemove: 0 = removed; f 0 = no filter here. */
function removeValue(v: usize, f: usize): usize {
  if (!f) return v;
  if (tag(f) != T_OBJECT) return 0;
  const t = tag(v);
  if (t == T_ARRAY || t == T_SET) {
    const out = t == T_ARRAY ? mkArray(len(v)) : mkSet(len(v));
    for (let i: u32 = 0; i < len(v); i++) {
      const x = arrGet(v, i);
      const r = removeValue(x, objGet(f, t == T_ARRAY ? indexKey(i) : x));
      if (r) addTo(out, r);
    }
    return out;
  }
  if (t == T_OBJECT) {
    const out = mkObject(len(v));
    for (let i: u32 = 0; i < len(v); i++) {
      const r = removeValue(objVal(v, i), objGet(f, objKey(v, i)));
      if (r) objPut(out, objKey(v, i), r);
    }
    return out;
  }
  return v;
}

export function jsonFilter(o: usize, paths: usize): usize {
  if (tag(o) != T_OBJECT) return mustBe(1, "object", o);
  const tree = pathTree(paths);
  return tree ? filterValue(o, tree) : 0;
}

export function jsonRemove(o: usize, paths: usize): usize {
  if (tag(o) != T_OBJECT) return mustBe(1, "object", o);
  const tree = pathTree(paths);
  if (!tree) return 0;
  const r = removeValue(o, tree);
  return r ? r : mkObject(0);
}
