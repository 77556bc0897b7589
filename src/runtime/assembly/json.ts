// JSON text <-> values. Parsing is strict (RFC 8259, UTF-8; invalid UTF-8 and lone surrogates
// become U+FFFD, as Go does); dumping follows Go's encoding/json (HTML-safe escapes), so that
// json.marshal matches OPA. Sets dump as arrays; non-string object keys dump as their JSON text.
// Must not evaluate anything.

import { alloc, align8, heapPtr, setHeapPtr, guardText, unguardText, reserveMemory } from "./mem";
import { Buf, newBuf, putByte, putBytes, putI64, putStr } from "./buf";
import { dtoa_buffered } from "util/number";
import { strtod } from "util/string";
import {
  T_NULL, T_BOOL, T_INT, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET,
  NULL_V, TRUE_V, FALSE_V, tag, len, arrGet, objKey, objVal, mkArray, mkObject, arrPush,
  mkInt, mkFloatRaw, mkBignum, mkStringRaw, mkString, normalize, objAppend,
} from "./value";

const MAX_DEPTH: i32 = 1000;
// Scratch for number conversions (dtoa output, strtod input): static, so it never touches the heap.
const SCRATCH: usize = memory.data(256, 8);

let pos: usize = 0;
let end: usize = 0;
let depth: i32 = 0;
let failed: bool = false;

@inline function peek(): u32 { return pos < end ? <u32>load<u8>(pos) : 0xffffffff; }

function ws(): void {
  while (pos < end) {
    const c = load<u8>(pos);
    if (c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09) pos++; else break;
  }
}

// Short strings repeat in real documents: a plan says "address", "type", "values" and the same
// types and actions once per resource. Within one parse, equal short strings are one value (values
// never change once made, so sharing is safe), which made a 20 MB plan's parsed tree a third
// smaller. The table holds (generation, value) pairs in static memory: a new parse starts a new
// generation instead of clearing it, and a slot of an older generation is free. Only values
// made by the current parse are found, so nothing freed since (a parse inside a function call
// that has returned) is ever handed out.
const INTERN_MAX_LEN: usize = 32;
const INTERN_SLOTS: u32 = 8192;
const INTERN_PROBES: u32 = 8;
const internTable: usize = memory.data(<i32>(INTERN_SLOTS << 3), 8);
let generation: u32 = 0;

function interned(p: usize, n: usize): usize {
  let h: u32 = 0x811c9dc5;
  for (let i: usize = 0; i < n; i++) h = (h ^ <u32>load<u8>(p + i)) * 0x01000193;
  for (let k: u32 = 0; k < INTERN_PROBES; k++) {
    const slot = internTable + (<usize>((h + k) & (INTERN_SLOTS - 1)) << 3);
    if (load<u32>(slot) != generation) {
      const v = mkString(p, <u32>n);
      store<u32>(slot, generation);
      store<u32>(slot, <u32>v, 4);
      return v;
    }
    const v = <usize>load<u32>(slot, 4);
    if (len(v) == <u32>n && memory.compare(v + 8, p, n) == 0) return v;
  }
  return mkString(p, <u32>n);
}

// Parsing in place (opa_eval with the heap below the input text, as Palisade's host lays it out):
// the parsed value grows up toward the text and reuses the part already read, so a large input
// costs about its value's size in memory, not its text plus its value. Before each allocation
// the parser makes room below `pos` (the first byte still to be read); when the heap would
// reach it, the unread text moves up, leaving a gap as large as what is left to read. Only at
// these points may text move: token-local pointers are shifted by what `room` returns.
let inPlace = false;

/**
 * Makes `need` bytes (plus alignment) allocatable below the text still to be read, from `from`
 * (`pos`, or the start of a token already scanned); how far the text moved.
 */
function room(need: usize, from: usize = pos): usize {
  if (!inPlace) return 0;
  const top = align8(heapPtr) + need + 64;
  if (top <= from) { guardText(from); return 0; }
  const rest = end - from;
  const to = align8(top + rest);
  reserveMemory(to + rest);
  memory.copy(to, from, rest);
  const delta = to - from;
  pos += delta;
  end += delta;
  guardText(from + delta);
  return delta;
}

/** What pushing one more element onto collection `c` may allocate (its items grow by doubling). */
function growth(c: usize, width: usize): usize {
  const cap = load<u32>(c, 8);
  return len(c) < cap ? 0 : (cap < 4 ? 4 : <usize>cap * 2) * width;
}

/**
 * Parses the input of an evaluation from [p, p+n) when the heap starts below it: the value is
 * built over the text as it is read (see `room`). Returns 0 on any error, as parseJSON.
 */
export function parseInputInPlace(p: usize, n: usize): usize {
  inPlace = true;
  const v = parseJSON(p, n);
  inPlace = false;
  unguardText();
  return v;
}

/** Parses one JSON document from [p, p+n); returns 0 on any error (trailing garbage included). */
export function parseJSON(p: usize, n: usize): usize {
  pos = p; end = p + n; depth = 0; failed = false;
  // Generation 0 is what a zeroed table holds: never current, so no slot starts out live (and
  // after 2^32 parses the table is zeroed again rather than letting an old slot match).
  if (++generation == 0) { memory.fill(internTable, 0, <usize>INTERN_SLOTS << 3); generation = 1; }
  ws();
  const v = parseValue();
  if (v == 0 || failed) return 0;
  ws();
  return pos == end ? v : 0;
}

function lit(s: string, v: usize): usize {
  const n = <usize>s.length;
  if (pos + n > end) return 0;
  for (let i: usize = 0; i < n; i++) if (load<u8>(pos + i) != <u8>s.charCodeAt(<i32>i)) return 0;
  pos += n;
  return v;
}

function parseValue(): usize {
  const c = peek();
  if (c == 0x7b) return parseObject();
  if (c == 0x5b) return parseArray();
  if (c == 0x22) return parseString();
  if (c == 0x74) return lit("true", TRUE_V);
  if (c == 0x66) return lit("false", FALSE_V);
  if (c == 0x6e) return lit("null", NULL_V);
  if (c == 0x2d || (c >= 0x30 && c <= 0x39)) return parseNumber();
  return 0;
}

function parseArray(): usize {
  if (++depth > MAX_DEPTH) { failed = true; return 0; }
  pos++;
  room(16);
  const a = mkArray(0);
  ws();
  if (peek() == 0x5d) { pos++; depth--; return a; }
  for (;;) {
    ws();
    const v = parseValue();
    if (v == 0) return 0;
    room(growth(a, 4));
    arrPush(a, v);
    ws();
    const c = peek();
    pos++;
    if (c == 0x5d) { depth--; return a; }
    if (c != 0x2c) return 0;
  }
  return 0;
}

function parseObject(): usize {
  if (++depth > MAX_DEPTH) { failed = true; return 0; }
  pos++;
  room(16);
  const o = mkObject(0);
  ws();
  if (peek() == 0x7d) { pos++; depth--; return o; }
  // Pairs are appended as they come, then sorted once (last duplicate wins).
  for (;;) {
    ws();
    if (peek() != 0x22) return 0;
    const k = parseString();
    if (k == 0) return 0;
    ws();
    if (peek() != 0x3a) return 0;
    pos++;
    ws();
    const v = parseValue();
    if (v == 0) return 0;
    room(growth(o, 8));
    objAppend(o, k, v);
    ws();
    const c = peek();
    pos++;
    if (c == 0x7d) { room(<usize>len(o) << 3); normalize(o); depth--; return o; }
    if (c != 0x2c) return 0;
  }
  return 0;
}

function hex4(p: usize): i32 {
  let r: i32 = 0;
  for (let i: usize = 0; i < 4; i++) {
    const c = <i32>load<u8>(p + i);
    let d: i32;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    r = (r << 4) | d;
  }
  return r;
}

export function putUtf8(out: usize, cp: u32): usize {
  if (cp < 0x80) { store<u8>(out, <u8>cp); return 1; }
  if (cp < 0x800) {
    store<u8>(out, <u8>(0xc0 | (cp >> 6)));
    store<u8>(out + 1, <u8>(0x80 | (cp & 0x3f)));
    return 2;
  }
  if (cp < 0x10000) {
    store<u8>(out, <u8>(0xe0 | (cp >> 12)));
    store<u8>(out + 1, <u8>(0x80 | ((cp >> 6) & 0x3f)));
    store<u8>(out + 2, <u8>(0x80 | (cp & 0x3f)));
    return 3;
  }
  store<u8>(out, <u8>(0xf0 | (cp >> 18)));
  store<u8>(out + 1, <u8>(0x80 | ((cp >> 12) & 0x3f)));
  store<u8>(out + 2, <u8>(0x80 | ((cp >> 6) & 0x3f)));
  store<u8>(out + 3, <u8>(0x80 | (cp & 0x3f)));
  return 4;
}

/** Length of a valid UTF-8 sequence at p (bounded by e), or 0 when invalid. */
export function utf8Len(p: usize, e: usize): u32 {
  const c = <u32>load<u8>(p);
  if (c < 0x80) return 1;
  let n: u32, min: u32, cp: u32;
  if (c >= 0xc2 && c <= 0xdf) { n = 2; cp = c & 0x1f; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 3; cp = c & 0x0f; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (p + n > e) return 0;
  for (let i: u32 = 1; i < n; i++) {
    const d = <u32>load<u8>(p + i);
    if ((d & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

function parseString(): usize {
  pos++;
  // The decoded text is never longer than the raw text (U+FFFD for one bad byte is 3 bytes,
  // so reserve 3x for the worst case and give the rest back).
  let q = pos;
  let plain = true;
  while (q < end) {
    const c = load<u8>(q);
    if (c == 0x22) break;
    if (c == 0x5c) { plain = false; q += 2; continue; }
    if (c < 0x20 || c >= 0x80) plain = false;
    q++;
  }
  if (q >= end) return 0;
  const raw = q - pos;
  q += room(8 + (plain ? raw : raw * 3));
  if (plain) {
    const s = raw <= INTERN_MAX_LEN ? interned(pos, raw) : mkString(pos, <u32>raw);
    pos = q + 1;
    return s;
  }
  const v = mkStringRaw(<u32>(raw * 3));
  let out = v + 8;
  while (pos < end) {
    const c = <u32>load<u8>(pos);
    if (c == 0x22) { pos++; break; }
    if (c < 0x20) return 0;
    if (c == 0x5c) {
      if (pos + 1 >= end) return 0;
      const e = <u32>load<u8>(pos + 1);
      pos += 2;
      let ch: u32 = 0;
      switch (e) {
        case 0x22: ch = 0x22; break;
        case 0x5c: ch = 0x5c; break;
        case 0x2f: ch = 0x2f; break;
        case 0x62: ch = 0x08; break;
        case 0x66: ch = 0x0c; break;
        case 0x6e: ch = 0x0a; break;
        case 0x72: ch = 0x0d; break;
        case 0x74: ch = 0x09; break;
        case 0x75: {
          if (pos + 4 > end) return 0;
          const h = hex4(pos);
          if (h < 0) return 0;
          pos += 4;
          ch = <u32>h;
          if (ch >= 0xd800 && ch < 0xdc00) {
            if (pos + 6 <= end && load<u8>(pos) == 0x5c && load<u8>(pos + 1) == 0x75) {
              const l = hex4(pos + 2);
              if (l >= 0xdc00 && l < 0xe000) {
                pos += 6;
                ch = 0x10000 + ((ch - 0xd800) << 10) + (<u32>l - 0xdc00);
              } else ch = 0xfffd;
            } else ch = 0xfffd;
          } else if (ch >= 0xdc00 && ch < 0xe000) ch = 0xfffd;
          break;
        }
        default: return 0;
      }
      out += putUtf8(out, ch);
      continue;
    }
    if (c < 0x80) { store<u8>(out++, <u8>c); pos++; continue; }
    const n = utf8Len(pos, end);
    if (n == 0) { out += putUtf8(out, 0xfffd); pos++; continue; }
    memory.copy(out, pos, n);
    out += n; pos += n;
  }
  const n = <u32>(out - (v + 8));
  store<u32>(v, n, 4);
  // Give back the unused reservation (the string is the last allocation).
  if (heapPtr == v + 8 + raw * 3) setHeapPtr(out);
  return v;
}

/** Parses a JSON number token at [p, e) into a value; 0 when it is not a valid number. */
export function parseNumberText(p: usize, e: usize): usize {
  const save = pos, saveEnd = end;
  pos = p; end = e;
  const v = parseNumber();
  const ok = pos == e;
  pos = save; end = saveEnd;
  return ok ? v : 0;
}

function parseNumber(): usize {
  let start = pos;
  let neg = false;
  if (peek() == 0x2d) { neg = true; pos++; }
  let c = peek();
  if (c == 0x30) pos++;
  else if (c >= 0x31 && c <= 0x39) { while (peek() >= 0x30 && peek() <= 0x39) pos++; }
  else return 0;
  let intEnd = pos;
  let isInt = true;
  if (peek() == 0x2e) {
    isInt = false; pos++;
    if (!(peek() >= 0x30 && peek() <= 0x39)) return 0;
    while (peek() >= 0x30 && peek() <= 0x39) pos++;
  }
  c = peek();
  if (c == 0x65 || c == 0x45) {
    isInt = false; pos++;
    c = peek();
    if (c == 0x2b || c == 0x2d) pos++;
    if (!(peek() >= 0x30 && peek() <= 0x39)) return 0;
    while (peek() >= 0x30 && peek() <= 0x39) pos++;
  }
  const n = pos - start;
  const moved = room(16 + n, start);
  start += moved;
  intEnd += moved;
  if (isInt) {
    const digits = intEnd - (neg ? start + 1 : start);
    if (digits <= 18) {
      let x: i64 = 0;
      for (let q = neg ? start + 1 : start; q < intEnd; q++) x = x * 10 + <i64>(load<u8>(q) - 48);
      return mkInt(neg ? -x : x);
    }
    if (digits == 19) {
      let x: u64 = 0;
      for (let q = neg ? start + 1 : start; q < intEnd; q++) x = x * 10 + <u64>(load<u8>(q) - 48);
      if (!neg && x <= <u64>i64.MAX_VALUE) return mkInt(<i64>x);
      if (neg && x <= <u64>i64.MAX_VALUE + 1) return mkInt(<i64>(0 - x));
    }
  }
  const f = decimalToF64(start, n);
  if (isInt || !isFinite(f)) return mkBignum(start, <u32>n, f);
  // OPA keeps a number's text: only a decimal that prints back exactly as written becomes a
  // FLOAT; any other (1.0, 1.50, 1E5, more digits than a double holds) keeps its text, so it
  // compares as the number it denotes and prints as written.
  if (!printsAs(f, start, n)) return mkBignum(start, <u32>n, f);
  return mkFloatRaw(f);
}

/** Whether dumpFloat(f) is exactly the n bytes at p. */
function printsAs(f: f64, p: usize, n: usize): bool {
  let k = <usize>dtoa_buffered(SCRATCH, f);
  // dtoa's "3.0" dumps as "3" (see dumpFloat)
  if (k >= 2 && load<u16>(SCRATCH + (k - 2) * 2) == 0x2e && load<u16>(SCRATCH + (k - 1) * 2) == 0x30) k -= 2;
  if (k != n) return false;
  for (let i: usize = 0; i < n; i++) if (<u32>load<u16>(SCRATCH + (i << 1)) != <u32>load<u8>(p + i)) return false;
  return true;
}

/** strtod over a temporary UTF-16 copy laid out as an AssemblyScript string (no managed allocation). */
export function decimalToF64(p: usize, n: usize): f64 {
  const mark = heapPtr;
  const s = n <= 100 ? SCRATCH + 16 : alloc(16 + n * 2) + 16;
  store<u32>(s - 4, <u32>(n * 2));
  for (let i: usize = 0; i < n; i++) store<u16>(s + i * 2, <u16>load<u8>(p + i));
  const f = strtod(changetype<string>(s));
  setHeapPtr(mark);
  return f;
}

// ---- dump

const HEX = "0123456789abcdef";

export function dumpString(b: Buf, p: usize, n: usize): void {
  putByte(b, 0x22);
  const e = p + n;
  let q = p;
  while (q < e) {
    // Copy runs of bytes that need no escaping in one go.
    let r = q;
    while (r < e) {
      const d = <u32>load<u8>(r);
      if (d < 0x20 || d == 0x22 || d == 0x5c || d == 0x3c || d == 0x3e || d == 0x26 || d >= 0x80) break;
      r++;
    }
    if (r > q) { putBytes(b, q, r - q); q = r; if (q >= e) break; }
    const c = <u32>load<u8>(q);
    if (c < 0x80) {
      putByte(b, 0x5c);
      if (c == 0x22 || c == 0x5c) putByte(b, c);
      else if (c == 0x0a) putByte(b, 0x6e);
      else if (c == 0x0d) putByte(b, 0x72);
      else if (c == 0x09) putByte(b, 0x74);
      else if (c == 0x08) putByte(b, 0x62);
      else if (c == 0x0c) putByte(b, 0x66);
      else {
        putStr(b, "u00");
        putByte(b, HEX.charCodeAt(<i32>(c >> 4)));
        putByte(b, HEX.charCodeAt(<i32>(c & 15)));
      }
      q++; continue;
    }
    const k = utf8Len(q, e);
    if (k == 0) { putStr(b, "\\ufffd"); q++; continue; }
    // U+2028 and U+2029 are escaped by Go (E2 80 A8 / E2 80 A9).
    if (k == 3 && c == 0xe2 && load<u8>(q + 1) == 0x80 && (load<u8>(q + 2) == 0xa8 || load<u8>(q + 2) == 0xa9)) {
      putStr(b, load<u8>(q + 2) == 0xa8 ? "\\u2028" : "\\u2029");
      q += 3; continue;
    }
    putBytes(b, q, k);
    q += k;
  }
  putByte(b, 0x22);
}

export function dumpFloat(b: Buf, f: f64): void {
  if (!isFinite(f)) { putStr(b, "null"); return; }
  const n = dtoa_buffered(SCRATCH, f);
  let e = n;
  // dtoa writes "3.0" for integral values; JSON numbers in OPA print as "3".
  if (n >= 2 && load<u16>(SCRATCH + (n - 2) * 2) == 0x2e && load<u16>(SCRATCH + (n - 1) * 2) == 0x30) e = n - 2;
  for (let i: u32 = 0; i < e; i++) putByte(b, <u32>load<u16>(SCRATCH + i * 2));
}

export function dumpValue(b: Buf, v: usize): void {
  const t = tag(v);
  switch (t) {
    case T_NULL: putStr(b, "null"); return;
    case T_BOOL: putStr(b, load<u32>(v, 4) ? "true" : "false"); return;
    case T_INT: putI64(b, load<i64>(v, 8)); return;
    case T_FLOAT: dumpFloat(b, load<f64>(v, 8)); return;
    case T_BIGNUM: putBytes(b, v + 16, len(v)); return;
    case T_STRING: dumpString(b, v + 8, len(v)); return;
    case T_ARRAY:
    case T_SET: {
      putByte(b, 0x5b);
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i) putByte(b, 0x2c);
        dumpValue(b, arrGet(v, i));
      }
      putByte(b, 0x5d);
      return;
    }
    default: {
      putByte(b, 0x7b);
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i) putByte(b, 0x2c);
        const k = objKey(v, i);
        if (tag(k) == T_STRING) dumpValue(b, k);
        else {
          const kb = newBuf(32);
          dumpValue(kb, k);
          dumpString(b, kb.ptr, kb.len);
        }
        putByte(b, 0x3a);
        dumpValue(b, objVal(v, i));
      }
      putByte(b, 0x7d);
    }
  }
}

/** A NUL-terminated JSON text of v. */
export function dumpJSON(v: usize): usize {
  const b = newBuf(256);
  dumpValue(b, v);
  putByte(b, 0);
  return b.ptr;
}
