// regex.* builtins with OPA's semantics: Go's regexp (RE2 syntax, leftmost-first) through the
// engine in regex/, including Go's rules for empty matches in the *All functions and Split, and
// Regexp.Expand for replacement templates. Operand errors come first, as OPA checks every operand
// before compiling. regex.globs_match is in globs_match.ts. Must not parse patterns itself.

import { T_STRING, tag, len, mkString, mkArray, arrPush, boolV } from "../value";
import { alloc, heapPtr, setHeapPtr } from "../mem";
import { Buf, newBuf, ensure, putByte, putBytes, putStr } from "../buf";
import { failBuf, mustBe } from "./error";
import { intOperand } from "./strings";
import { runeAt, runeLen } from "./text";
import { parse, errorCode, errorFrom, errorTo, groupCount, groupNames } from "./regex/syntax";
import { compileProgram } from "./regex/compile";
import { cacheGet, cachePut } from "./regex/cache";
import { Machine, newMachine, run, groups } from "./regex/vm";
import { unicodeGroup, inClass, Ranges } from "./regex/charclass";

export const K_REGEX: u32 = 0;

@inline function isStr(v: usize): bool { return tag(v) == T_STRING; }

/** Go's error text for the last failed parse. */
function parseFailed(): usize {
  const b = newBuf(64);
  putStr(b, "error parsing regexp: ");
  putStr(b, errorCode());
  putStr(b, ": `");
  putBytes(b, errorFrom(), errorTo() - errorFrom());
  putByte(b, 0x60);
  return failBuf(b);
}

/** The program of pattern bytes [p, p+n), from the cache or compiled; 0 with the error set. */
export function programOf(p: usize, n: u32): usize {
  const hit = cacheGet(K_REGEX, p, n);
  if (hit) return hit;
  const mark = heapPtr;
  const root = parse(p, n);
  if (changetype<usize>(root) == 0) return parseFailed();
  const prog = compileProgram(root, groupCount(), groupNames(), p);
  const kept = cachePut(K_REGEX, p, n, prog);
  // the tree is garbage now; the program too once it is in the static area
  if (kept != prog) setHeapPtr(mark);
  return kept;
}

export function match(pattern: usize, value: usize): usize {
  if (!isStr(pattern)) return mustBe(1, "string", pattern);
  if (!isStr(value)) return mustBe(2, "string", value);
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) return 0;
  const mark = heapPtr;
  const r = run(newMachine(prog, 0), value + 8, len(value), 0);
  setHeapPtr(mark);
  return boolV(r);
}

export function isValid(pattern: usize): usize {
  if (!isStr(pattern)) return boolV(false);
  const mark = heapPtr;
  const ok = programOf(pattern + 8, len(pattern)) != 0;
  if (!ok) setHeapPtr(mark);
  return boolV(ok);
}

/**
 * Go's allMatches: up to max matches (max < 0: all) from the start, with every match's slots
 * appended to `out` (slots i32 each). An empty match right after the previous match is skipped.
 */
function allMatches(m: Machine, s: usize, n: u32, max: i64, out: usize): u32 {
  if (max < 0) max = <i64>n + 1;
  const slots = m.slots;
  let count: u32 = 0;
  let pos: u32 = 0;
  let prevEnd: i32 = -1;
  let buf = out;
  while (<i64>count < max && pos <= n) {
    if (!run(m, s, n, pos)) break;
    const a = load<i32>(m.match), b = load<i32>(m.match, 4);
    let accept = true;
    if (<u32>b == pos) {
      if (a == prevEnd) accept = false;
      if (pos < n) { runeAt(s + pos, s + n); pos += runeLen; } else pos = n + 1;
    } else pos = <u32>b;
    prevEnd = b;
    if (accept) {
      memory.copy(buf + (<usize>count * <usize>slots << 2), m.match, <usize>slots << 2);
      count++;
    }
  }
  return count;
}

/** Room for the slots of every match allMatches can find: at most n + 1, and at most max. */
function matchBuf(n: u32, slots: u32, max: i64): usize {
  let k = <i64>n + 1;
  if (max >= 0 && max < k) k = max;
  return alloc(<usize>(k + 1) * <usize>slots << 2);
}

function strOperands3(pattern: usize, value: usize, count: usize): bool {
  if (!isStr(pattern)) { mustBe(1, "string", pattern); return false; }
  if (!isStr(value)) { mustBe(2, "string", value); return false; }
  return intOperand(count, 3);
}

export function findN(pattern: usize, value: usize, count: usize): usize {
  if (!strOperands3(pattern, value, count)) return 0;
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) return 0;
  const s = value + 8, n = len(value);
  const m = newMachine(prog, 2);
  const found = matchBuf(n, 2, load<i64>(count, 8));
  const k = allMatches(m, s, n, load<i64>(count, 8), found);
  const r = mkArray(k);
  for (let i: u32 = 0; i < k; i++) {
    const a = load<i32>(found + (<usize>i << 3)), b = load<i32>(found + (<usize>i << 3), 4);
    arrPush(r, mkString(s + <usize>a, <u32>(b - a)));
  }
  return r;
}

export function findAllSubmatchN(pattern: usize, value: usize, count: usize): usize {
  if (!strOperands3(pattern, value, count)) return 0;
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) return 0;
  const s = value + 8, n = len(value);
  const g = groups(prog);
  const slots = g * 2;
  const m = newMachine(prog, slots);
  const found = matchBuf(n, slots, load<i64>(count, 8));
  const k = allMatches(m, s, n, load<i64>(count, 8), found);
  const r = mkArray(k);
  for (let i: u32 = 0; i < k; i++) {
    const row = mkArray(g);
    const sl = found + (<usize>i * <usize>slots << 2);
    for (let j: u32 = 0; j < g; j++) {
      const a = load<i32>(sl + (<usize>j << 3)), b = load<i32>(sl + (<usize>j << 3), 4);
      arrPush(row, a < 0 ? mkString(0, 0) : mkString(s + <usize>a, <u32>(b - a)));
    }
    arrPush(r, row);
  }
  return r;
}

/** Go's Regexp.Split(s, -1). */
export function split(pattern: usize, value: usize): usize {
  if (!isStr(pattern)) return mustBe(1, "string", pattern);
  if (!isStr(value)) return mustBe(2, "string", value);
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) return 0;
  const s = value + 8, n = len(value);
  const r = mkArray(4);
  if (len(pattern) > 0 && n == 0) { arrPush(r, value); return r; }
  const m = newMachine(prog, 2);
  const found = matchBuf(n, 2, -1);
  const k = allMatches(m, s, n, -1, found);
  let beg: u32 = 0, end: u32 = 0;
  for (let i: u32 = 0; i < k; i++) {
    const a = <u32>load<i32>(found + (<usize>i << 3)), b = <u32>load<i32>(found + (<usize>i << 3), 4);
    end = a;
    if (b != 0) arrPush(r, mkString(s + beg, end - beg));
    beg = b;
  }
  if (end != n) arrPush(r, mkString(s + beg, n - beg));
  return r;
}

// ---- replace: Go's ReplaceAllString with Regexp.Expand

let letters: Ranges | null = null;
let digits: Ranges | null = null;

/** Looks the name [p, p+n) up among the program's group names; the group index or -1. */
function namedGroup(prog: usize, p: usize, n: u32): i32 {
  const g = groups(prog);
  const names = prog + <usize>load<u32>(prog, 20);
  for (let i: u32 = 1; i < g; i++) {
    const e = names + (<usize>(i - 1) << 3);
    if (load<u32>(e, 4) == n && memory.compare(prog + <usize>load<u32>(e), p, n) == 0) return <i32>i;
  }
  return -1;
}

function expand(b: Buf, prog: usize, t: usize, tn: u32, s: usize, caps: usize, slots: u32): void {
  const e = t + tn;
  let q = t;
  while (q < e) {
    const c = load<u8>(q);
    if (c != 0x24) { putByte(b, c); q++; continue; }
    q++;
    if (q < e && load<u8>(q) == 0x24) { putByte(b, 0x24); q++; continue; }
    // extract: $name or ${name}; a malformed one leaves the `$` as text
    let r = q;
    const brace = r < e && load<u8>(r) == 0x7b;
    if (brace) r++;
    const nameAt = r;
    while (r < e) {
      const x = runeAt(r, e);
      if (!isNameRune(x)) break;
      r += runeLen;
    }
    const nameLen = <u32>(r - nameAt);
    if (nameLen == 0 || (brace && (r >= e || load<u8>(r) != 0x7d))) { putByte(b, 0x24); continue; }
    if (brace) r++;
    q = r;
    let num: i32 = 0;
    for (let i: u32 = 0; i < nameLen; i++) {
      const d = <i32>load<u8>(nameAt + i);
      if (d < 0x30 || d > 0x39 || num >= 100000000) { num = -1; break; }
      num = num * 10 + d - 0x30;
    }
    if (load<u8>(nameAt) == 0x30 && nameLen > 1) num = -1;
    const group = num >= 0 ? num : namedGroup(prog, nameAt, nameLen);
    if (group >= 0 && <u32>(2 * group + 1) < slots) {
      const a = load<i32>(caps + (<usize>(2 * group) << 2)), z = load<i32>(caps + (<usize>(2 * group + 1) << 2));
      if (a >= 0) putBytes(b, s + <usize>a, <usize>(z - a));
    }
  }
}

/** unicode.IsLetter || unicode.IsDigit || '_': Go's rule for the names in $name. */
function isNameRune(c: u32): bool {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x5f;
  // built on first use in a call: they live on the evaluation's heap
  if (letters == null) { letters = unicodeGroup(changetype<usize>(LETTER), 1); digits = unicodeGroup(changetype<usize>(DIGIT), 2); }
  return inClass(letters!.ptr, letters!.n, c) || inClass(digits!.ptr, digits!.n, c);
}

const LETTER: usize = memory.data<u8>([0x4c]);
const DIGIT: usize = memory.data<u8>([0x4e, 0x64]);

export function replace(base: usize, pattern: usize, repl: usize): usize {
  if (!isStr(base)) return mustBe(1, "string", base);
  if (!isStr(pattern)) return mustBe(2, "string", pattern);
  if (!isStr(repl)) return mustBe(3, "string", repl);
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) return 0;
  letters = null;
  digits = null;
  const s = base + 8, n = len(base);
  const slots = groups(prog) * 2;
  const m = newMachine(prog, slots);
  const b = newBuf(<usize>n + 16);
  let last: u32 = 0;
  let search: u32 = 0;
  let replaced = false;
  while (search <= n) {
    if (!run(m, s, n, search)) break;
    const a = <u32>load<i32>(m.match), z = <u32>load<i32>(m.match, 4);
    putBytes(b, s + last, a - last);
    // no replacement for an empty match right after the previous one
    if (z > last || a == 0) { expand(b, prog, repl + 8, len(repl), s, m.match, slots); replaced = true; }
    last = z;
    let width: u32 = 1;
    if (search < n) { runeAt(s + search, s + n); width = runeLen; }
    if (search + width > z) search += width;
    else if (search + 1 > z) search++;
    else search = z;
  }
  putBytes(b, s + last, n - last);
  if (!replaced && b.len == <usize>n) return base;
  return mkString(b.ptr, <u32>b.len);
}

// ---- template_match: OPA's gorilla/mux-style templates

/** Go's regexp.QuoteMeta. */
function quoteMeta(b: Buf, p: usize, n: usize): void {
  for (let i: usize = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x5c || c == 0x2e || c == 0x2b || c == 0x2a || c == 0x3f || c == 0x28 || c == 0x29 || c == 0x7c ||
      c == 0x5b || c == 0x5d || c == 0x7b || c == 0x7d || c == 0x5e || c == 0x24) putByte(b, 0x5c);
    putByte(b, c);
  }
}

function delimiterFail(which: string, n: u32): usize {
  const b = newBuf(80);
  putStr(b, which);
  putStr(b, " delimiter has to be exactly one character long but is ");
  putDecimal(b, n);
  putStr(b, " long");
  return failBuf(b);
}

function putDecimal(b: Buf, n: u32): void {
  if (n >= 10) putDecimal(b, n / 10);
  putByte(b, 0x30 + n % 10);
}

export function templateMatch(template: usize, value: usize, open: usize, close: usize): usize {
  if (!isStr(template)) return mustBe(1, "string", template);
  if (!isStr(value)) return mustBe(2, "string", value);
  if (!isStr(open)) return mustBe(3, "string", open);
  if (!isStr(close)) return mustBe(4, "string", close);
  // OPA reports the start delimiter's length in both messages
  if (len(open) != 1) return delimiterFail("start", len(open));
  if (len(close) != 1) return delimiterFail("end", len(open));
  const t = template + 8, tn = len(template);
  const o = load<u8>(open + 8), c = load<u8>(close + 8);
  // delimiter pairs at the outer level
  const idx = newBuf(64);
  let level: i32 = 0, start: u32 = 0;
  for (let i: u32 = 0; i < tn; i++) {
    const x = load<u8>(t + i);
    if (x == o) { if (++level == 1) start = i; }
    else if (x == c) {
      level--;
      if (level == 0) { pushU32(idx, start); pushU32(idx, i + 1); }
      else if (level < 0) return unbalanced(t, tn);
    }
  }
  if (level != 0) return unbalanced(t, tn);
  const pat = newBuf(<usize>tn + 16);
  putByte(pat, 0x5e);
  let end: u32 = 0;
  for (let k: usize = 0; k < idx.len; k += 8) {
    const a = load<u32>(idx.ptr + k), z = load<u32>(idx.ptr + k, 4);
    quoteMeta(pat, t + end, a - end);
    end = z;
    // each variable must compile on its own, as ^var$
    const v = newBuf(<usize>(z - a) + 2);
    putByte(v, 0x5e); putBytes(v, t + a + 1, z - a - 2); putByte(v, 0x24);
    if (!programOf(v.ptr, <u32>v.len)) return 0;
    putByte(pat, 0x28); putBytes(pat, t + a + 1, z - a - 2); putByte(pat, 0x29);
  }
  quoteMeta(pat, t + end, tn - end);
  putByte(pat, 0x24);
  const prog = programOf(pat.ptr, <u32>pat.len);
  if (!prog) return 0;
  return boolV(run(newMachine(prog, 0), value + 8, len(value), 0));
}

function pushU32(b: Buf, x: u32): void {
  ensure(b, 4);
  store<u32>(b.ptr + b.len, x);
  b.len += 4;
}

function unbalanced(t: usize, n: u32): usize {
  const b = newBuf(<usize>n + 32);
  putStr(b, "unbalanced braces in \"");
  putBytes(b, t, n);
  putByte(b, 0x22);
  return failBuf(b);
}
