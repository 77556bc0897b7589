// Text helpers shared by the string builtins: UTF-8 rune decoding and Rego's printed syntax of
// values (what OPA's Term.String() gives, and so what sprintf's %v shows for composites). Strings
// inside composites are quoted as Go's strconv.Quote does. Must not implement a builtin itself.

import {
  T_NULL, T_BOOL, T_INT, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet,
  objKey, objVal,
} from "../value";
import { Buf, putByte, putBytes, putStr, putI64 } from "../buf";
import { dumpFloat } from "../json";
import { putUtf8 } from "../json";
import { ensure } from "../buf";
import { isPrint } from "./unicode";

/** Length in bytes of the rune decoded by the last runeAt call. */
export let runeLen: u32 = 1;

/** Decodes the rune at p (p < e); invalid UTF-8 decodes as U+FFFD of length 1, as Go does. */
export function runeAt(p: usize, e: usize): u32 {
  const c = <u32>load<u8>(p);
  if (c < 0x80) { runeLen = 1; return c; }
  let n: u32, min: u32, cp: u32;
  if (c >= 0xc2 && c <= 0xdf) { n = 2; cp = c & 0x1f; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 3; cp = c & 0x0f; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; cp = c & 0x07; min = 0x10000; }
  else { runeLen = 1; return 0xfffd; }
  if (p + n > e) { runeLen = 1; return 0xfffd; }
  for (let i: u32 = 1; i < n; i++) {
    const d = <u32>load<u8>(p + i);
    if ((d & 0xc0) != 0x80) { runeLen = 1; return 0xfffd; }
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { runeLen = 1; return 0xfffd; }
  runeLen = n;
  return cp;
}

/** Number of runes in [p, p+n): every byte that does not continue a sequence starts one. */
export function runeCount(p: usize, n: usize): u32 {
  let r: u32 = 0;
  for (let q = p, e = p + n; q < e; q++) if ((load<u8>(q) & 0xc0) != 0x80) r++;
  return r;
}

export function putRune(b: Buf, cp: u32): void {
  ensure(b, 4);
  b.len += putUtf8(b.ptr + b.len, cp);
}

const HEX = "0123456789abcdef";

function putHex(b: Buf, x: u32, digits: i32): void {
  for (let i = digits - 1; i >= 0; i--) putByte(b, HEX.charCodeAt((x >> (<u32>i << 2)) & 15));
}

/** One rune as strconv.Quote writes it between `quote` characters. */
export function putQuotedRune(b: Buf, cp: u32, quote: u32): void {
  if (cp == quote || cp == 0x5c) { putByte(b, 0x5c); putByte(b, cp); return; }
  if (isPrint(cp)) { putRune(b, cp); return; }
  switch (cp) {
    case 0x07: putStr(b, "\\a"); return;
    case 0x08: putStr(b, "\\b"); return;
    case 0x0c: putStr(b, "\\f"); return;
    case 0x0a: putStr(b, "\\n"); return;
    case 0x0d: putStr(b, "\\r"); return;
    case 0x09: putStr(b, "\\t"); return;
    case 0x0b: putStr(b, "\\v"); return;
  }
  if (cp < 0x20 || cp == 0x7f) { putStr(b, "\\x"); putHex(b, cp, 2); return; }
  if (cp < 0x10000) { putStr(b, "\\u"); putHex(b, cp, 4); return; }
  putStr(b, "\\U"); putHex(b, cp, 8);
}

/** Go's strconv.Quote of the UTF-8 text [p, p+n) (with quote 0x27 for a rune literal). */
export function putQuoted(b: Buf, p: usize, n: usize, quote: u32): void {
  putByte(b, quote);
  const e = p + n;
  let q = p;
  while (q < e) {
    // Runs of printable ASCII go in one copy.
    let r = q;
    while (r < e) {
      const c = <u32>load<u8>(r);
      if (c < 0x20 || c >= 0x7f || c == quote || c == 0x5c) break;
      r++;
    }
    if (r > q) { putBytes(b, q, r - q); q = r; if (q >= e) break; }
    const cp = runeAt(q, e);
    if (cp == 0xfffd && runeLen == 1 && load<u8>(q) >= 0x80) { putStr(b, "\\x"); putHex(b, load<u8>(q), 2); q++; continue; }
    putQuotedRune(b, cp, quote);
    q += runeLen;
  }
  putByte(b, quote);
}

/** A number as its Rego text: integers and big numbers exactly, floats in shortest form. */
export function putNumber(b: Buf, v: usize): void {
  const t = tag(v);
  if (t == T_INT) putI64(b, load<i64>(v, 8));
  else if (t == T_BIGNUM) putBytes(b, v + 16, len(v));
  else dumpFloat(b, load<f64>(v, 8));
}

/** v in Rego syntax: "a" quoted, [1, "a"], {"k": 1}, {1, 2}, set(). */
export function putRegoText(b: Buf, v: usize): void {
  const t = tag(v);
  switch (t) {
    case T_NULL: putStr(b, "null"); return;
    case T_BOOL: putStr(b, load<u32>(v, 4) ? "true" : "false"); return;
    case T_INT: case T_FLOAT: case T_BIGNUM: putNumber(b, v); return;
    case T_STRING: putQuoted(b, v + 8, len(v), 0x22); return;
    case T_ARRAY: case T_SET: {
      const n = len(v);
      if (t == T_SET && n == 0) { putStr(b, "set()"); return; }
      putByte(b, t == T_ARRAY ? 0x5b : 0x7b);
      for (let i: u32 = 0; i < n; i++) {
        if (i) putStr(b, ", ");
        putRegoText(b, arrGet(v, i));
      }
      putByte(b, t == T_ARRAY ? 0x5d : 0x7d);
      return;
    }
    default: {
      putByte(b, 0x7b);
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i) putStr(b, ", ");
        putRegoText(b, objKey(v, i));
        putStr(b, ": ");
        putRegoText(b, objVal(v, i));
      }
      putByte(b, 0x7d);
    }
  }
}
