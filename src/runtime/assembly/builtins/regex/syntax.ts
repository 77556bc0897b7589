// RE2 syntax, parsed as Go's regexp/syntax does with the Perl flags OPA's regexp.Compile uses
// (Perl classes, Unicode groups, non-greedy operators, `(?flags)`, `^`/`$` at text edges unless
// (?m)), into a tree of nodes on the bump heap. Errors are Go's, word for word: the code and the
// offending text (`error parsing regexp: missing closing ): `(a``), found in the same scanning
// order, so the first error reported is the one Go reports. Must not compile or match (compile.ts,
// vm.ts). glob.ts builds trees with the same node constructors.

import { alloc, realloc } from "../../mem";
import { runeAt, runeLen } from "../text";
import {
  Ranges, newRanges, addRange, addAll, addFolded, addFoldedRange, clean, negated, folded, perlGroup,
  posixGroup, unicodeGroup, MAX_RUNE,
} from "./charclass";

// node ops
export const N_EMPTY: u32 = 0;
export const N_NOMATCH: u32 = 1;
export const N_LIT: u32 = 2;     // a = rune
export const N_CLASS: u32 = 3;   // cls = clean Ranges
export const N_ANY: u32 = 4;
export const N_ANYNL: u32 = 5;   // any rune but \n
export const N_ASSERT: u32 = 6;  // a = one of the A_ kinds
export const N_CAPTURE: u32 = 7; // a = group index, kid
export const N_STAR: u32 = 8;
export const N_PLUS: u32 = 9;
export const N_QUEST: u32 = 10;
export const N_REPEAT: u32 = 11; // a = min, b = max (-1: none), kid
export const N_CONCAT: u32 = 12; // kids
export const N_ALT: u32 = 13;    // kids

// zero-width assertions (bits, so the VM can test a set)
export const A_BOL: u32 = 1;
export const A_EOL: u32 = 2;
export const A_BOT: u32 = 4;
export const A_EOT: u32 = 8;
export const A_WORD: u32 = 16;
export const A_NOWORD: u32 = 32;

// parser flags
export const F_FOLD: u32 = 1;
const F_DOTNL: u32 = 2;
const F_ONELINE: u32 = 4;
export const F_NONGREEDY: u32 = 8;

const MAX_REPEAT: i32 = 1000;
const MAX_DEPTH: i32 = 1000;

@unmanaged export class Node {
  op: u32;
  flags: u32;
  a: i32;
  b: i32;
  kids: usize; // u32 node pointers (CONCAT, ALT) or the one child
  nkids: u32;
  cls: usize;  // Ranges (CLASS)
  emitted: i32; // CLASS: byte offset of its ranges in the program once emitted, else -1
}

export function mkNode(op: u32, flags: u32, a: i32, b: i32): Node {
  const n = changetype<Node>(alloc(offsetof<Node>()));
  n.op = op; n.flags = flags; n.a = a; n.b = b;
  n.kids = 0; n.nkids = 0; n.cls = 0; n.emitted = -1;
  return n;
}

export function mkClass(r: Ranges): Node {
  const n = mkNode(N_CLASS, 0, 0, 0);
  n.cls = changetype<usize>(r);
  return n;
}

export function mkUnary(op: u32, flags: u32, kid: Node): Node {
  const n = mkNode(op, flags, 0, 0);
  n.kids = changetype<usize>(kid);
  n.nkids = 1;
  return n;
}

@inline export function kid(n: Node, i: u32): Node {
  return n.nkids == 1 && n.op != N_CONCAT && n.op != N_ALT ? changetype<Node>(n.kids) : changetype<Node>(<usize>load<u32>(n.kids + (<usize>i << 2)));
}

/** A growable list of node pointers that becomes a CONCAT or ALT node. */
@unmanaged export class List {
  ptr: usize;
  n: u32;
  cap: u32;
}

export function newList(): List {
  const l = changetype<List>(alloc(offsetof<List>()));
  l.cap = 4;
  l.ptr = alloc(16);
  l.n = 0;
  return l;
}

export function push(l: List, x: usize): void {
  if (l.n == l.cap) { l.ptr = realloc(l.ptr, <usize>l.cap << 2, <usize>l.cap << 3); l.cap *= 2; }
  store<u32>(l.ptr + (<usize>l.n << 2), <u32>x);
  l.n++;
}

/** The node of a concatenation or alternation (the single item itself when there is one). */
export function collect(op: u32, l: List): Node {
  if (l.n == 1) return changetype<Node>(<usize>load<u32>(l.ptr));
  if (l.n == 0) return mkNode(op == N_CONCAT ? N_EMPTY : N_NOMATCH, 0, 0, 0);
  const n = mkNode(op, 0, 0, 0);
  n.kids = l.ptr;
  n.nkids = l.n;
  return n;
}

// ---- parser state (one parse at a time; nothing survives it but the tree)

let src: usize = 0;
let end: usize = 0;
let pos: usize = 0;
let flags: u32 = 0;
let ncap: i32 = 0;
let names: List = changetype<List>(0);
let errCode: string = "";
let errFrom: usize = 0;
let errTo: usize = 0;

/** The group count (group 0 included) of the last successful parse. */
export function groupCount(): i32 { return ncap + 1; }
/** (pattern byte offset, length) of each group's name, groups 1.., length 0 when unnamed. */
export function groupNames(): List { return names; }

export function errorCode(): string { return errCode; }
export function errorFrom(): usize { return errFrom; }
export function errorTo(): usize { return errTo; }

function fail(code: string, from: usize, to: usize): Node {
  errCode = code;
  errFrom = from;
  errTo = to;
  return changetype<Node>(0);
}

@inline function ok(n: Node): bool { return changetype<usize>(n) != 0; }
@inline function byte(p: usize): u32 { return <u32>load<u8>(p); }
@inline function isDigit(c: u32): bool { return c >= 0x30 && c <= 0x39; }
@inline function isAlnum(c: u32): bool { return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); }

function unhex(c: u32): i32 {
  if (isDigit(c)) return <i32>c - 0x30;
  if (c >= 0x61 && c <= 0x66) return <i32>c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return <i32>c - 0x41 + 10;
  return -1;
}

/** Parses [p, p+n); the root node, or a null node with errorCode()/errorFrom()/errorTo() set. */
export function parse(p: usize, n: u32): Node {
  src = p; end = p + n; pos = p; flags = F_ONELINE; ncap = 0; names = newList();
  const r = parseAlt(0);
  if (!ok(r)) return r;
  // parseAlt stops only at the end or at a `)` that closes nothing
  if (pos < end) return fail("unexpected )", src, end);
  return r;
}

function parseAlt(depth: i32): Node {
  // Go refuses trees higher than 1000; each group level adds at least one
  if (depth >= MAX_DEPTH) return fail("expression nests too deeply", src, end);
  const alts = newList();
  for (;;) {
    const c = parseConcat(depth);
    if (!ok(c)) return c;
    push(alts, changetype<usize>(c));
    if (pos < end && byte(pos) == 0x7c) { pos++; continue; }
    return collect(N_ALT, alts);
  }
}

function literal(c: u32): Node {
  return mkNode(N_LIT, flags & F_FOLD, <i32>c, 0);
}

function parseConcat(depth: i32): Node {
  const items = newList();
  let lastRepeat: isize = -1;
  while (pos < end) {
    const c = byte(pos);
    if (c == 0x7c || c == 0x29) break; // | )
    let repeatAt: isize = -1;
    if (c == 0x28) { // (
      const g = parseGroup(depth);
      if (g == 1) return changetype<Node>(0);
      if (g != 0) push(items, g);
    } else if (c == 0x5b) { // [
      const cls = parseClass();
      if (!ok(cls)) return cls;
      push(items, changetype<usize>(cls));
    } else if (c == 0x2a || c == 0x2b || c == 0x3f) { // * + ?
      const at = pos;
      pos++;
      if (!repeat(items, c == 0x2a ? N_STAR : c == 0x2b ? N_PLUS : N_QUEST, 0, 0, at, lastRepeat)) return changetype<Node>(0);
      repeatAt = <isize>at;
    } else if (c == 0x7b) { // {
      const at = pos;
      if (!parseRepeat()) { push(items, changetype<usize>(literal(c))); pos = at + 1; }
      else {
        if (rmin < 0 || rmin > MAX_REPEAT || rmax > MAX_REPEAT || (rmax >= 0 && rmin > rmax)) {
          fail("invalid repeat count", at, pos);
          return changetype<Node>(0);
        }
        if (!repeat(items, N_REPEAT, rmin, rmax, at, lastRepeat)) return changetype<Node>(0);
        repeatAt = <isize>at;
      }
    } else if (c == 0x5e) { // ^
      pos++;
      push(items, changetype<usize>(mkNode(N_ASSERT, 0, <i32>(flags & F_ONELINE ? A_BOT : A_BOL), 0)));
    } else if (c == 0x24) { // $
      pos++;
      push(items, changetype<usize>(mkNode(N_ASSERT, 0, <i32>(flags & F_ONELINE ? A_EOT : A_EOL), 0)));
    } else if (c == 0x2e) { // .
      pos++;
      push(items, changetype<usize>(mkNode(flags & F_DOTNL ? N_ANY : N_ANYNL, 0, 0, 0)));
    } else if (c == 0x5c) { // backslash
      if (!parseBackslash(items)) return changetype<Node>(0);
    } else {
      const r = runeAt(pos, end);
      pos += runeLen;
      push(items, changetype<usize>(literal(r)));
    }
    lastRepeat = repeatAt;
  }
  return collect(N_CONCAT, items);
}

let rmin: i32 = 0;
let rmax: i32 = 0;

function parseInt(): i32 {
  // -2: not a number; -1: too big (Go's parseInt, leading zeros refused)
  if (pos >= end || !isDigit(byte(pos))) return -2;
  if (pos + 1 < end && byte(pos) == 0x30 && isDigit(byte(pos + 1))) return -2;
  let n: i32 = 0;
  while (pos < end && isDigit(byte(pos))) {
    if (n >= 100000000) n = -1;
    else if (n >= 0) n = n * 10 + <i32>byte(pos) - 0x30;
    pos++;
  }
  return n;
}

/** {n}, {n,}, {n,m} at pos: true with rmin/rmax set and pos past `}`; false leaves pos anywhere. */
function parseRepeat(): bool {
  pos++;
  const lo = parseInt();
  if (lo == -2 || pos >= end) return false;
  let hi = lo;
  let big = lo == -1;
  if (byte(pos) == 0x2c) {
    pos++;
    if (pos >= end) return false;
    if (byte(pos) == 0x7d) hi = -1;
    else {
      hi = parseInt();
      if (hi == -2) return false;
      if (hi == -1) big = true;
    }
  }
  if (pos >= end || byte(pos) != 0x7d) return false;
  pos++;
  rmin = big ? -1 : lo;
  rmax = hi;
  return true;
}

/** Whether the repetition counts nested in n stay within max copies (Go's repeatIsValid). */
function repeatIsValid(n: Node, max: i32): bool {
  if (n.op == N_REPEAT) {
    let m = n.b;
    if (m == 0) return true;
    if (m < 0) m = n.a;
    if (m > max) return false;
    if (m > 0) max /= m;
  }
  if (n.op == N_CONCAT || n.op == N_ALT) {
    for (let i: u32 = 0; i < n.nkids; i++) if (!repeatIsValid(kid(n, i), max)) return false;
  } else if (n.nkids == 1) return repeatIsValid(kid(n, 0), max);
  return true;
}

/** Applies a repetition operator that started at `at` (pos is past it) to the last item. */
function repeat(items: List, op: u32, min: i32, max: i32, at: usize, lastRepeat: isize): bool {
  let f = flags & F_NONGREEDY;
  if (pos < end && byte(pos) == 0x3f) { pos++; f ^= F_NONGREEDY; }
  if (lastRepeat >= 0) { fail("invalid nested repetition operator", <usize>lastRepeat, pos); return false; }
  if (items.n == 0) { fail("missing argument to repetition operator", at, pos); return false; }
  const last = items.ptr + (<usize>(items.n - 1) << 2);
  const n = mkUnary(op, f, changetype<Node>(<usize>load<u32>(last)));
  n.a = min;
  n.b = max;
  if (op == N_REPEAT && (min >= 2 || max >= 2) && !repeatIsValid(n, MAX_REPEAT)) {
    fail("invalid repeat count", at, pos);
    return false;
  }
  store<u32>(last, <u32>changetype<usize>(n));
  return true;
}

/** A group at `(`: its node, 0 for a flags-only group like (?i), 1 on error. */
function parseGroup(depth: i32): usize {
  const start = pos;
  if (pos + 1 < end && byte(pos + 1) == 0x3f) {
    const n = <usize>(end - pos);
    const withP = n > 4 && byte(pos + 2) == 0x50 && byte(pos + 3) == 0x3c;
    const withName = n > 3 && byte(pos + 2) == 0x3c;
    if (withP || withName) {
      let close = pos;
      while (close < end && byte(close) != 0x3e) close++;
      if (close >= end) { fail("invalid named capture", start, end); return 1; }
      const nameAt = pos + (withP ? 4 : 3);
      let valid = close > nameAt;
      for (let q = nameAt; q < close; q++) if (byte(q) != 0x5f && !isAlnum(byte(q))) valid = false;
      if (!valid) { fail("invalid named capture", start, close + 1); return 1; }
      pos = close + 1;
      return capture(depth, nameAt - src, close - nameAt);
    }
    // flags, and maybe a non-capturing group: (?i) (?i-s:...)
    let t = pos + 2;
    let nf = flags;
    let negative = false;
    let sawFlag = false;
    while (t < end) {
      const c = runeAt(t, end);
      t += runeLen;
      if (c == 0x69 || c == 0x6d || c == 0x73 || c == 0x55) {
        const bit = c == 0x69 ? F_FOLD : c == 0x6d ? F_ONELINE : c == 0x73 ? F_DOTNL : F_NONGREEDY;
        // m clears OneLine; the others set their flag; `-` inverts both
        if ((c == 0x6d) != negative) nf &= ~bit; else nf |= bit;
        sawFlag = true;
        continue;
      }
      if (c == 0x2d) {
        if (negative) break;
        negative = true;
        sawFlag = false;
        continue;
      }
      if (c == 0x3a || c == 0x29) {
        if (negative && !sawFlag) break;
        pos = t;
        if (c == 0x29) { flags = nf; return 0; }
        const saved = flags;
        flags = nf;
        const sub = parseAlt(depth + 1);
        if (!ok(sub)) return 1;
        if (pos >= end) { fail("missing closing )", src, end); return 1; }
        pos++;
        flags = saved;
        return changetype<usize>(sub);
      }
      break;
    }
    fail("invalid or unsupported Perl syntax", start, t);
    return 1;
  }
  pos++;
  return capture(depth, 0, 0);
}

function capture(depth: i32, nameAt: usize, nameLen: usize): usize {
  const index = ++ncap;
  push(names, nameAt);
  push(names, nameLen);
  const saved = flags;
  const sub = parseAlt(depth + 1);
  if (!ok(sub)) return 1;
  if (pos >= end) { fail("missing closing )", src, end); return 1; }
  pos++;
  flags = saved;
  const n = mkUnary(N_CAPTURE, 0, sub);
  n.a = index;
  return changetype<usize>(n);
}

/** An escape at pos (a backslash) outside a class: pushes its node(s); false on error. */
function parseBackslash(items: List): bool {
  if (pos + 1 < end) {
    const c = byte(pos + 1);
    let kind: u32 = 0;
    if (c == 0x41) kind = A_BOT;
    else if (c == 0x62) kind = A_WORD;
    else if (c == 0x42) kind = A_NOWORD;
    else if (c == 0x7a) kind = A_EOT;
    if (kind) { pos += 2; push(items, changetype<usize>(mkNode(N_ASSERT, 0, <i32>kind, 0))); return true; }
    if (c == 0x43) { fail("invalid escape sequence", pos, pos + 2); return false; }
    if (c == 0x51) { // \Q...\E: literals
      let q = pos + 2;
      while (q < end && !(byte(q) == 0x5c && q + 1 < end && byte(q + 1) == 0x45)) {
        const r = runeAt(q, end);
        q += runeLen;
        push(items, changetype<usize>(literal(r)));
      }
      pos = q < end ? q + 2 : end;
      return true;
    }
    if (c == 0x70 || c == 0x50) {
      const r = parseUnicodeClass();
      if (r == null) return false;
      push(items, changetype<usize>(mkClass(r)));
      return true;
    }
    const g = perlClass();
    if (g != null) { push(items, changetype<usize>(mkClass(g))); return true; }
  }
  const r = parseEscape();
  if (r < 0) return false;
  push(items, changetype<usize>(literal(<u32>r)));
  return true;
}

/** \d \D \s \S \w \W at pos: the class (folded as the flags say) and pos past it, else null. */
function perlClass(): Ranges | null {
  if (pos + 1 >= end || byte(pos) != 0x5c) return null;
  const c = byte(pos + 1);
  const g = perlGroup(c | 0x20);
  if (g == null || (c != 0x64 && c != 0x73 && c != 0x77 && c != 0x44 && c != 0x53 && c != 0x57)) return null;
  pos += 2;
  return group(g, c < 0x60);
}

/** A named group as Go's appendGroup adds it: folded first, then negated. */
function group(g: Ranges, negate: bool): Ranges {
  let r = flags & F_FOLD ? folded(g) : g;
  if (negate) r = negated(r);
  return r;
}

/** \pN, \p{Name}, \P{..}, \p{^..} at pos; null on error. */
function parseUnicodeClass(): Ranges | null {
  const start = pos;
  let negate = byte(pos + 1) == 0x50;
  let t = pos + 2;
  let nameAt: usize, nameEnd: usize, seqEnd: usize;
  if (t < end && byte(t) == 0x7b) {
    let close = start;
    while (close < end && byte(close) != 0x7d) close++;
    if (close >= end) { fail("invalid character class range", start, end); return null; }
    nameAt = start + 3;
    nameEnd = close;
    seqEnd = close + 1;
  } else {
    if (t < end) { runeAt(t, end); t += runeLen; }
    nameAt = start + 2;
    nameEnd = t;
    seqEnd = t;
  }
  if (nameAt < nameEnd && byte(nameAt) == 0x5e) { negate = !negate; nameAt++; }
  const g = unicodeGroup(nameAt, <u32>(nameEnd - nameAt));
  if (g == null) { fail("invalid character class range", start, seqEnd); return null; }
  pos = seqEnd;
  return group(g, negate);
}

/** A single-rune escape at pos (a backslash): the rune, pos past it; -1 on error. */
function parseEscape(): i32 {
  const start = pos;
  let t = pos + 1;
  if (t >= end) { fail("trailing backslash at end of expression", start, start); return -1; }
  const c = runeAt(t, end);
  t += runeLen;
  if (c < 0x80 && !isAlnum(c)) { pos = t; return <i32>c; }
  let r: i32 = -1;
  if (c >= 0x30 && c <= 0x37) {
    // a single non-zero digit would be a backreference: not supported
    if (c == 0x30 || (t < end && byte(t) >= 0x30 && byte(t) <= 0x37)) {
      r = <i32>c - 0x30;
      for (let i = 1; i < 3 && t < end && byte(t) >= 0x30 && byte(t) <= 0x37; i++) { r = r * 8 + <i32>byte(t) - 0x30; t++; }
    }
  } else if (c == 0x78 && t < end) {
    let d = runeAt(t, end);
    t += runeLen;
    if (d == 0x7b) {
      let nhex = 0;
      let v: i32 = 0;
      for (;;) {
        if (t >= end) { v = -1; break; }
        d = runeAt(t, end);
        t += runeLen;
        if (d == 0x7d) break;
        const h = unhex(d);
        if (h < 0) { v = -1; break; }
        v = v * 16 + h;
        if (v > <i32>MAX_RUNE) { v = -1; break; }
        nhex++;
      }
      if (v >= 0 && nhex > 0) r = v;
    } else {
      const x = unhex(d);
      let y: i32 = -1;
      if (t < end) { y = unhex(runeAt(t, end)); t += runeLen; }
      if (x >= 0 && y >= 0) r = x * 16 + y;
    }
  } else if (c == 0x61) r = 7;
  else if (c == 0x66) r = 12;
  else if (c == 0x6e) r = 10;
  else if (c == 0x72) r = 13;
  else if (c == 0x74) r = 9;
  else if (c == 0x76) r = 11;
  if (r < 0) { fail("invalid escape sequence", start, t); return -1; }
  pos = t;
  return r;
}

/** A class rune at pos: an escape or a plain rune; -1 on error (missing ] when the text ends). */
function classChar(classStart: usize): i32 {
  if (pos >= end) { fail("missing closing ]", classStart, end); return -1; }
  if (byte(pos) == 0x5c) return parseEscape();
  const r = runeAt(pos, end);
  pos += runeLen;
  return <i32>r;
}

function parseClass(): Node {
  const start = pos;
  pos++;
  let negate = false;
  if (pos < end && byte(pos) == 0x5e) { negate = true; pos++; }
  const cls = newRanges(8);
  let first = true;
  while (pos >= end || byte(pos) != 0x5d || first) {
    first = false;
    // [:alpha:] and [:^alpha:]
    if (pos + 2 < end && byte(pos) == 0x5b && byte(pos + 1) == 0x3a) {
      let close = pos + 2;
      while (close + 1 < end && !(byte(close) == 0x3a && byte(close + 1) == 0x5d)) close++;
      if (close + 1 < end) {
        const neg = byte(pos + 2) == 0x5e;
        const nameAt = pos + (neg ? 3 : 2);
        const g = posixGroup(nameAt, <u32>(close - nameAt));
        if (g == null) return fail("invalid character class range", pos, close + 2);
        addAll(cls, group(g, neg));
        pos = close + 2;
        continue;
      }
    }
    if (pos + 1 < end && byte(pos) == 0x5c && (byte(pos + 1) == 0x70 || byte(pos + 1) == 0x50)) {
      const u = parseUnicodeClass();
      if (u == null) return changetype<Node>(0);
      addAll(cls, u);
      continue;
    }
    const g = perlClass();
    if (g != null) { addAll(cls, g); continue; }
    const rangeAt = pos;
    const lo = classChar(start);
    if (lo < 0) return changetype<Node>(0);
    let hi = lo;
    // [a-] means a or -
    if (pos + 1 < end && byte(pos) == 0x2d && byte(pos + 1) != 0x5d) {
      pos++;
      hi = classChar(start);
      if (hi < 0) return changetype<Node>(0);
      if (hi < lo) return fail("invalid character class range", rangeAt, pos);
    }
    if (flags & F_FOLD) addFoldedRange(cls, <u32>lo, <u32>hi);
    else addRange(cls, <u32>lo, <u32>hi);
  }
  pos++;
  clean(cls);
  return mkClass(negate ? negated(cls) : cls);
}

/** The class of one rune under the fold flag: the rune's SimpleFold orbit. */
export function foldedRune(c: u32): Ranges {
  const r = newRanges(4);
  addFolded(r, c);
  clean(r);
  return r;
}
