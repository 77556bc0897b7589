// glob.match and glob.quote_meta with the semantics of github.com/gobwas/glob, which OPA uses.
// A glob is parsed straight into a regex syntax tree (never into pattern text, so no character of
// the glob can be misread as regex syntax) and run by the linear-time regex VM, anchored at both
// ends. Syntax: `*` a run of non-delimiters, `**` any run, `?` one non-delimiter, `[abc]`, `[a-z]`
// (one list or one range per bracket, `[!…]` negates), `{a,b}` alternatives (nestable), `\`
// escapes. Delimiters: null means none; an empty array means `.` (OPA's default).
// Must not accept syntax gobwas rejects: a malformed glob is a builtin error, not false.

import { T_STRING, T_ARRAY, T_NULL, tag, len, arrGet, boolV, mkString } from "../value";
import { heapPtr, setHeapPtr } from "../mem";
import { newBuf, putByte, putBytes } from "../buf";
import { fail, mustBe, elementFail } from "./error";
import { runeAt, runeLen } from "./text";
import {
  Node, List, newList, push, collect, mkNode, mkClass, mkUnary, N_LIT, N_ANY, N_ASSERT, N_STAR, N_CONCAT,
  N_ALT, A_BOT, A_EOT,
} from "./regex/syntax";
import { Ranges, newRanges, addRange, clean, negated } from "./regex/charclass";
import { compileProgram } from "./regex/compile";
import { cacheGet, cachePut } from "./regex/cache";
import { newMachine, run } from "./regex/vm";

const K_GLOB: u32 = 1;

let src: usize = 0;
let end: usize = 0;
let pos: usize = 0;
let notDelim: Ranges | null = null; // one non-delimiter rune; null when there are no delimiters
let errMsg: string = "";

@inline function ok(n: Node): bool { return changetype<usize>(n) != 0; }

function bad(msg: string): Node {
  errMsg = msg;
  return changetype<Node>(0);
}

function single(): Node {
  return notDelim == null ? mkNode(N_ANY, 0, 0, 0) : mkClass(notDelim!);
}

/** A sequence up to the end, or at depth > 0 up to the `,` or `}` that ends an alternative. */
function sequence(depth: i32): Node {
  const items = newList();
  while (pos < end) {
    const c = runeAt(pos, end);
    const w = runeLen;
    if (depth > 0 && (c == 0x2c || c == 0x7d)) break;
    pos += w;
    if (c == 0x2a) { // * or **
      if (pos < end && load<u8>(pos) == 0x2a) { pos++; push(items, changetype<usize>(mkUnary(N_STAR, 0, mkNode(N_ANY, 0, 0, 0)))); }
      else push(items, changetype<usize>(mkUnary(N_STAR, 0, single())));
    } else if (c == 0x3f) push(items, changetype<usize>(single()));
    else if (c == 0x5b) {
      const r = range();
      if (!ok(r)) return r;
      push(items, changetype<usize>(r));
    } else if (c == 0x7b) {
      const alts = newList();
      for (;;) {
        const s = sequence(depth + 1);
        if (!ok(s)) return s;
        push(alts, changetype<usize>(s));
        if (pos >= end) return bad("unexpected end of input");
        const t = load<u8>(pos++);
        if (t == 0x7d) break;
      }
      push(items, changetype<usize>(collect(N_ALT, alts)));
    } else if (c == 0x5c) {
      if (pos >= end) return bad("trailing backslash");
      const e = runeAt(pos, end);
      pos += runeLen;
      push(items, changetype<usize>(mkNode(N_LIT, 0, <i32>e, 0)));
    } else push(items, changetype<usize>(mkNode(N_LIT, 0, <i32>c, 0)));
  }
  return collect(N_CONCAT, items);
}

function next(): i32 {
  if (pos >= end) return -1;
  const c = runeAt(pos, end);
  pos += runeLen;
  return <i32>c;
}

/**
 * After `[`, as gobwas's lexer reads it: `!` negates; a rune followed by `-` starts a range whose
 * ends are taken as they are (no escapes: `[a-]]` is a to `]`); otherwise a list up to `]`, with
 * `\` escapes. The last error wins, as in the lexer: a list cut short by the end of input is
 * "unexpected end of input" even after a trailing backslash.
 */
function range(): Node {
  let not = false;
  if (pos < end && load<u8>(pos) == 0x21) { not = true; pos++; }
  const r = newRanges(4);
  const save = pos;
  const lo = next();
  if (lo < 0) return bad("unexpected end of input");
  if (pos < end && load<u8>(pos) == 0x2d) {
    pos++;
    const hi = next();
    if (hi < 0) return bad("unexpected end of input");
    // a reversed range is no error in gobwas: it matches nothing
    if (lo <= hi) addRange(r, <u32>lo, <u32>hi);
  } else {
    pos = save;
    while (pos < end && load<u8>(pos) != 0x5d) {
      let ch = next();
      if (ch == 0x5c) {
        ch = next();
        if (ch < 0) break;
      }
      addRange(r, <u32>ch, <u32>ch);
    }
  }
  if (pos >= end) return bad("unexpected end of input");
  if (load<u8>(pos) != 0x5d) return bad("expected close range character");
  pos++;
  clean(r);
  return mkClass(not ? negated(r) : r);
}

/** The delimiters operand as runes in a cache key; false (error set) when malformed. */
function delimiters(d: usize, key: List): bool {
  if (tag(d) == T_NULL) return true;
  if (tag(d) != T_ARRAY) { mustBe(2, "one of {array, null}", d); return false; }
  const n = len(d);
  for (let i: u32 = 0; i < n; i++) {
    const e = arrGet(d, i);
    if (tag(e) != T_STRING) { elementFail(2, d, "string", e); return false; }
    const p = e + 8, q = p + len(e);
    if (len(e) == 0) { elementFail(2, d, "rune", e); return false; }
    const r = runeAt(p, q);
    if (p + runeLen != q) { elementFail(2, d, "rune", e); return false; }
    push(key, r);
  }
  if (n == 0) push(key, 0x2e);
  return true;
}

export function globMatch(pattern: usize, delims: usize, value: usize): usize {
  if (tag(pattern) != T_STRING) return mustBe(1, "string", pattern);
  const key = newList();
  push(key, 0); // count, set below
  if (!delimiters(delims, key)) return 0;
  if (tag(value) != T_STRING) return mustBe(3, "string", value);
  const nd = key.n - 1;
  store<u32>(key.ptr, nd);
  const kb = newBuf(<usize>key.n * 4 + <usize>len(pattern));
  putBytes(kb, key.ptr, <usize>key.n << 2);
  putBytes(kb, pattern + 8, len(pattern));
  let prog = cacheGet(K_GLOB, kb.ptr, <u32>kb.len);
  if (!prog) {
    const mark = heapPtr;
    notDelim = null;
    if (nd > 0) {
      const r = newRanges(nd);
      for (let i: u32 = 1; i <= nd; i++) { const c = load<u32>(key.ptr + (<usize>i << 2)); addRange(r, c, c); }
      clean(r);
      notDelim = negated(r);
    }
    src = pattern + 8; end = src + len(pattern); pos = src;
    const body = sequence(0);
    if (!ok(body)) return fail(errMsg);
    const all = newList();
    push(all, changetype<usize>(mkNode(N_ASSERT, 0, <i32>A_BOT, 0)));
    push(all, changetype<usize>(body));
    push(all, changetype<usize>(mkNode(N_ASSERT, 0, <i32>A_EOT, 0)));
    const p = compileProgram(collect(N_CONCAT, all), 1, null, 0);
    prog = cachePut(K_GLOB, kb.ptr, <u32>kb.len, p);
    if (prog != p) setHeapPtr(mark);
  }
  const mark = heapPtr;
  const r = run(newMachine(prog, 0), value + 8, len(value), 0);
  setHeapPtr(mark);
  return boolV(r);
}

/** gobwas's QuoteMeta: a backslash before each of * ? \ [ ] { }. */
export function quoteMeta(pattern: usize): usize {
  if (tag(pattern) != T_STRING) return mustBe(1, "string", pattern);
  const p = pattern + 8, n = len(pattern);
  const b = newBuf(<usize>n + 8);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x2a || c == 0x3f || c == 0x5c || c == 0x5b || c == 0x5d || c == 0x7b || c == 0x7d) putByte(b, 0x5c);
    putByte(b, c);
  }
  if (b.len == <usize>n) return pattern;
  return mkString(b.ptr, <u32>b.len);
}
