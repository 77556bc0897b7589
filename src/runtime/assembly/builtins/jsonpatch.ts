// json.patch with OPA's semantics (topdown/json.go over its edittree): RFC 6902 operations on any
// Rego value, a failed patch (bad operation, missing attribute, path not found) is undefined, never
// an error. Paths are strings (`/`-separated, leading slashes trimmed, as jsonpaths.ts reads them)
// or arrays of segments: an array's element by its index (an integer, a digit string without
// leading zeros, or "-" for the end when inserting), an object's by key, a set's by the member
// itself (a member can only be inserted as its own key). Updates copy the nodes on the path, so
// the operand is never changed. Must not filter or remove by path lists (jsonpaths.ts).

import {
  T_INT, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, items, intOf, arrGet, objGet, objPut, cloneColl, search,
  equal, mkStr, mkArray, arrPush, setAdd,
} from "../value";
import { mustBe } from "./error";
import { stringSegments } from "./jsonpaths";

/** The document after its root was removed (distinct from every value and from 0, a failure). */
const ABSENT: usize = memory.data<u32>([0, 0]);

/** OPA's edittree toIndex: an array index from a segment, or -1 (length for "-" when `end`). */
function toIndex(n: u32, seg: usize, end: bool): i64 {
  let i: i64 = -1;
  const t = tag(seg);
  if (t == T_INT) i = intOf(seg);
  else if (t == T_STRING) {
    const p = seg + 8, m = len(seg);
    if (m == 1 && load<u8>(p) == 0x2d) return end ? <i64>n : -1;
    // strconv.ParseInt: an optional sign, digits; no leading zeros in JSON paths
    let k: u32 = 0, neg = false;
    if (m > 0 && (load<u8>(p) == 0x2b || load<u8>(p) == 0x2d)) { neg = load<u8>(p) == 0x2d; k = 1; }
    if (k == m || (load<u8>(p) == 0x30 && m > 1)) return -1;
    i = 0;
    for (; k < m; k++) {
      const c = <i64>load<u8>(p + k) - 0x30;
      if (c < 0 || c > 9 || i > 100000000000) return -1;
      i = i * 10 + c;
    }
    if (neg) i = -i;
  }
  return i >= 0 && i <= <i64>n - (end ? 0 : 1) ? i : -1;
}

/** The child of a node at one segment, or 0. */
function child(node: usize, seg: usize): usize {
  switch (tag(node)) {
    case T_ARRAY: { const i = toIndex(len(node), seg, false); return i < 0 ? 0 : arrGet(node, <u32>i); }
    case T_OBJECT: return objGet(node, seg);
    case T_SET: { const i = search(node, seg, 4); return i < 0 ? 0 : arrGet(node, <u32>i); }
  }
  return 0;
}

function removeAt(c: usize, i: u32, width: u32): usize {
  const r = cloneColl(c);
  const p = items(r) + <usize>i * width;
  memory.copy(p, p + width, <usize>(len(r) - i - 1) * width);
  store<u32>(r, len(r) - 1, 4);
  return r;
}

/** The node with the child at `seg` (which exists) replaced by `v`. */
function withChild(node: usize, seg: usize, v: usize): usize {
  switch (tag(node)) {
    case T_ARRAY: {
      const r = cloneColl(node);
      store<u32>(items(r) + (<usize>toIndex(len(node), seg, false) << 2), <u32>v);
      return r;
    }
    case T_OBJECT: { const r = cloneColl(node); objPut(r, seg, v); return r; }
    default: { const r = removeAt(node, <u32>search(node, seg, 4), 4); setAdd(r, v); return r; }
  }
}

/** Inserts `v` at the last segment of path[i:] under node; the new node, or 0. */
function insert(node: usize, path: usize, i: u32, v: usize): usize {
  const seg = arrGet(path, i);
  if (i + 1 < len(path)) {
    const c = child(node, seg);
    if (c == 0) return 0;
    const nc = insert(c, path, i + 1, v);
    return nc == 0 ? 0 : withChild(node, seg, nc);
  }
  switch (tag(node)) {
    case T_ARRAY: {
      const n = len(node);
      const at = toIndex(n, seg, true);
      if (at < 0) return 0;
      const r = mkArray(n + 1);
      for (let k: u32 = 0; k < n; k++) { if (<i64>k == at) arrPush(r, v); arrPush(r, arrGet(node, k)); }
      if (at == <i64>n) arrPush(r, v);
      return r;
    }
    case T_OBJECT: { const r = cloneColl(node); objPut(r, seg, v); return r; }
    case T_SET: {
      if (!equal(seg, v)) return 0;
      const r = cloneColl(node);
      setAdd(r, v);
      return r;
    }
  }
  return 0;
}

/** Removes the value at path[i:] under node; the new node, or 0. */
function remove(node: usize, path: usize, i: u32): usize {
  const seg = arrGet(path, i);
  if (i + 1 < len(path)) {
    const c = child(node, seg);
    if (c == 0) return 0;
    const nc = remove(c, path, i + 1);
    return nc == 0 ? 0 : withChild(node, seg, nc);
  }
  switch (tag(node)) {
    case T_ARRAY: { const at = toIndex(len(node), seg, false); return at < 0 ? 0 : removeAt(node, <u32>at, 4); }
    case T_OBJECT: { const at = search(node, seg, 8); return at < 0 ? 0 : removeAt(node, <u32>at, 8); }
    case T_SET: { const at = search(node, seg, 4); return at < 0 ? 0 : removeAt(node, <u32>at, 4); }
  }
  return 0;
}

function get(doc: usize, path: usize): usize {
  if (doc == ABSENT) return 0;
  let node = doc;
  for (let i: u32 = 0; i < len(path) && node != 0; i++) node = child(node, arrGet(path, i));
  return node;
}

function insertAt(doc: usize, path: usize, v: usize): usize {
  if (len(path) == 0) return v;
  return doc == ABSENT ? 0 : insert(doc, path, 0, v);
}

function removeAtPath(doc: usize, path: usize): usize {
  if (doc == ABSENT) return 0;
  return len(path) == 0 ? ABSENT : remove(doc, path, 0);
}

/** OPA's parsePath: segments of a string or array path, or 0. */
function pathOf(p: usize): usize {
  if (p == 0) return 0;
  if (tag(p) == T_ARRAY) return p;
  if (tag(p) != T_STRING) return 0;
  return len(p) == 0 ? mkArray(0) : stringSegments(p);
}

function opIs(op: usize, s: string): bool {
  if (len(op) != <u32>s.length) return false;
  for (let i = 0; i < s.length; i++) if (<i32>load<u8>(op + 8 + <usize>i) != s.charCodeAt(i)) return false;
  return true;
}

/** One operation applied to doc: the new document, or 0 when it fails. */
function apply(doc: usize, patch: usize): usize {
  if (tag(patch) != T_OBJECT) return 0;
  const op = objGet(patch, mkStr("op"));
  if (op == 0 || tag(op) != T_STRING) return 0;
  const add = opIs(op, "add"), rm = opIs(op, "remove"), replace = opIs(op, "replace");
  const move = opIs(op, "move"), copy = opIs(op, "copy"), test = opIs(op, "test");
  if (!(add || rm || replace || move || copy || test)) return 0;
  const rawPath = objGet(patch, mkStr("path"));
  if (rawPath == 0) return 0;
  let from: usize = 0, value: usize = 0;
  if (move || copy) { from = objGet(patch, mkStr("from")); if (from == 0) return 0; }
  if (add || replace || test) { value = objGet(patch, mkStr("value")); if (value == 0) return 0; }
  const path = pathOf(rawPath);
  if (path == 0) return 0;
  if (add) return insertAt(doc, path, value);
  if (rm) return removeAtPath(doc, path);
  if (replace) { const d = removeAtPath(doc, path); return d == 0 ? 0 : insertAt(d, path, value); }
  if (test) { const v = get(doc, path); return v != 0 && equal(v, value) ? doc : 0; }
  const fp = pathOf(from);
  if (fp == 0) return 0;
  const chunk = get(doc, fp);
  if (chunk == 0) return 0;
  if (copy) return insertAt(doc, path, chunk);
  const d = removeAtPath(doc, fp);
  return d == 0 ? 0 : insertAt(d, path, chunk);
}

export function jsonPatch(target: usize, patches: usize): usize {
  if (tag(patches) != T_ARRAY) return mustBe(2, "array", patches);
  let doc = target;
  for (let i: u32 = 0; i < len(patches); i++) {
    doc = apply(doc, arrGet(patches, i));
    if (doc == 0) return 0;
  }
  return doc == ABSENT ? 0 : doc;
}
