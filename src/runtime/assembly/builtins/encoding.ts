// Byte encodings with OPA's semantics, which are Go's: base64 (encoding/base64 StdEncoding,
// URLEncoding, RawURLEncoding; decoding is Go's non-strict mode: CR/LF skipped, padding required,
// trailing bits ignored), hex (encoding/hex) and urlquery (net/url's QueryEscape, QueryUnescape,
// Values.Encode, ParseQuery). Decoded bytes are kept as they are, valid UTF-8 or not, as Go's
// string(bytes) keeps them. Errors carry Go's texts.
// Must not hash (crypto.ts) or parse JSON/YAML.

import {
  T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal, mkString, mkArray, arrPush,
  mkObject, objGet, objPut, boolV,
} from "../value";
import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";
import { dumpValue } from "../json";
import { alloc } from "../mem";
import { fail, failBuf, mustBe, elementFail } from "./error";
import { putQuoted, putQuotedRune } from "./text";
import { isPrint } from "./unicode";

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEXL = "0123456789abcdef";
const HEXU = "0123456789ABCDEF";

@inline function isStr(v: usize): bool { return tag(v) == T_STRING; }

function b64encode(p: usize, n: u32, alpha: string, pad: bool): usize {
  const b = newBuf((n + 2) / 3 * 4 + 1);
  let i: u32 = 0;
  for (; i + 3 <= n; i += 3) {
    const v = (<u32>load<u8>(p + i) << 16) | (<u32>load<u8>(p + i + 1) << 8) | <u32>load<u8>(p + i + 2);
    putByte(b, alpha.charCodeAt((v >> 18) & 63)); putByte(b, alpha.charCodeAt((v >> 12) & 63));
    putByte(b, alpha.charCodeAt((v >> 6) & 63)); putByte(b, alpha.charCodeAt(v & 63));
  }
  const rest = n - i;
  if (rest > 0) {
    let v = <u32>load<u8>(p + i) << 16;
    if (rest == 2) v |= <u32>load<u8>(p + i + 1) << 8;
    putByte(b, alpha.charCodeAt((v >> 18) & 63)); putByte(b, alpha.charCodeAt((v >> 12) & 63));
    if (rest == 2) putByte(b, alpha.charCodeAt((v >> 6) & 63));
    else if (pad) putByte(b, 0x3d);
    if (pad) putByte(b, 0x3d);
  }
  return mkString(b.ptr, <u32>b.len);
}

/** The 6-bit value of c in the std (url false) or URL alphabet, or 255. */
function sextet(c: u32, url: bool): u32 {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  if (c == (url ? 0x2d : 0x2b)) return 62;
  if (c == (url ? 0x5f : 0x2f)) return 63;
  return 255;
}

@inline function isNL(c: u32): bool { return c == 0x0a || c == 0x0d; }

/** Offset of Go's CorruptInputError for the last failed b64decode. */
let corruptAt: u32 = 0;

/** Go's padded Encoding.Decode (decodeQuantum) into b; false with corruptAt set on bad input. */
function b64decode(b: Buf, p: usize, n: u32, url: bool): bool {
  let si: u32 = 0;
  const q = alloc(16);
  while (true) {
    let dlen: i32 = 4;
    let j: i32 = 0;
    let done = false;
    for (; j < 4; j++) {
      if (si == n) {
        if (j == 0) return true;
        corruptAt = si - <u32>j;
        return false;
      }
      const c = <u32>load<u8>(p + si);
      si++;
      const s = sextet(c, url);
      if (s != 255) { store<u32>(q + (<usize>j << 2), s); continue; }
      if (isNL(c)) { j--; continue; }
      if (c != 0x3d || j < 2) { corruptAt = si - 1; return false; }
      if (j == 2) {
        while (si < n && isNL(<u32>load<u8>(p + si))) si++;
        if (si == n) { corruptAt = n; return false; }
        if (<u32>load<u8>(p + si) != 0x3d) { corruptAt = si - 1; return false; }
        si++;
      }
      while (si < n && isNL(<u32>load<u8>(p + si))) si++;
      if (si < n) { corruptAt = si; return false; }
      dlen = j;
      done = true;
      break;
    }
    for (let k = dlen; k < 4; k++) store<u32>(q + (<usize>k << 2), 0);
    const v = (load<u32>(q) << 18) | (load<u32>(q, 4) << 12) | (load<u32>(q, 8) << 6) | load<u32>(q, 12);
    putByte(b, v >> 16);
    if (dlen >= 3) putByte(b, (v >> 8) & 255);
    if (dlen == 4) putByte(b, v & 255);
    if (done) return true;
  }
  return true;
}

function corrupt(): usize {
  const b = newBuf(48);
  putStr(b, "illegal base64 data at input byte ");
  putDecimal(b, corruptAt);
  return failBuf(b);
}

function putDecimal(b: Buf, x: u32): void {
  if (x >= 10) putDecimal(b, x / 10);
  putByte(b, 48 + x % 10);
}

export function base64Encode(s: usize, url: bool, pad: bool): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  return b64encode(s + 8, len(s), url ? URL : STD, pad);
}

export function base64Decode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const b = newBuf(len(s) / 4 * 3 + 3);
  if (!b64decode(b, s + 8, len(s), false)) return corrupt();
  return mkString(b.ptr, <u32>b.len);
}

export function base64IsValid(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  return boolV(b64decode(newBuf(len(s) / 4 * 3 + 3), s + 8, len(s), false));
}

/** base64url.decode: RFC 7515 appendix C restores dropped padding first, as OPA does. */
export function base64UrlDecode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const n = len(s);
  const t = newBuf(n + 2);
  putBytes(t, s + 8, n);
  if (n == 0 || load<u8>(s + 8 + n - 1) != 0x3d) {
    const r = n % 4;
    if (r == 1) {
      const m = newBuf(n + 32);
      putStr(m, "illegal base64url string: ");
      putBytes(m, s + 8, n);
      return failBuf(m);
    }
    if (r == 2) { putByte(t, 0x3d); putByte(t, 0x3d); } else if (r == 3) putByte(t, 0x3d);
  }
  const b = newBuf(t.len / 4 * 3 + 3);
  if (!b64decode(b, t.ptr, <u32>t.len, true)) return corrupt();
  return mkString(b.ptr, <u32>b.len);
}

export function hexEncode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const n = len(s);
  const b = newBuf(<usize>n * 2 + 1);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(s + 8 + i);
    putByte(b, HEXL.charCodeAt(c >> 4)); putByte(b, HEXL.charCodeAt(c & 15));
  }
  return mkString(b.ptr, <u32>b.len);
}

function hexVal(c: u32): u32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return 255;
}

/** Go's InvalidByteError: "encoding/hex: invalid byte: %#U" of the byte as a rune. */
function invalidHexByte(c: u32): usize {
  const b = newBuf(48);
  putStr(b, "encoding/hex: invalid byte: U+");
  for (let i = 3; i >= 0; i--) putByte(b, HEXU.charCodeAt((c >> (<u32>i << 2)) & 15));
  if (isPrint(c)) { putStr(b, " '"); putQuotedRune(b, c, 0x27); putByte(b, 0x27); }
  return failBuf(b);
}

export function hexDecode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const n = len(s), p = s + 8;
  const b = newBuf(n / 2 + 1);
  let j: u32 = 1;
  for (; j < n; j += 2) {
    const x = <u32>load<u8>(p + j - 1), y = <u32>load<u8>(p + j);
    const hx = hexVal(x), hy = hexVal(y);
    if (hx == 255) return invalidHexByte(x);
    if (hy == 255) return invalidHexByte(y);
    putByte(b, (hx << 4) | hy);
  }
  if (n % 2 == 1) {
    const x = <u32>load<u8>(p + j - 1);
    if (hexVal(x) == 255) return invalidHexByte(x);
    return fail("encoding/hex: odd length hex string");
  }
  return mkString(b.ptr, <u32>b.len);
}

/** url.QueryEscape of [p, p+n) appended to b. */
function queryEscape(b: Buf, p: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (alnum || c == 0x2d || c == 0x5f || c == 0x2e || c == 0x7e) putByte(b, c);
    else if (c == 0x20) putByte(b, 0x2b);
    else { putByte(b, 0x25); putByte(b, HEXU.charCodeAt(c >> 4)); putByte(b, HEXU.charCodeAt(c & 15)); }
  }
}

/** The error of the last failed queryUnescape ("invalid URL escape ..."), as a message buffer. */
let unescapeErr: Buf | null = null;

/** url.QueryUnescape of [p, p+n) as a string value, or 0 with unescapeErr set. */
function queryUnescape(p: usize, n: u32): usize {
  const b = newBuf(n + 1);
  for (let i: u32 = 0; i < n; ) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x25) {
      if (i + 2 >= n || hexVal(load<u8>(p + i + 1)) == 255 || hexVal(load<u8>(p + i + 2)) == 255) {
        const m = newBuf(32);
        putStr(m, "invalid URL escape ");
        putQuoted(m, p + i, n - i > 3 ? 3 : n - i, 0x22);
        unescapeErr = m;
        return 0;
      }
      putByte(b, (hexVal(load<u8>(p + i + 1)) << 4) | hexVal(load<u8>(p + i + 2)));
      i += 3;
    } else {
      putByte(b, c == 0x2b ? 0x20 : c);
      i++;
    }
  }
  return mkString(b.ptr, <u32>b.len);
}

export function urlqueryEncode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const b = newBuf(len(s) + 8);
  queryEscape(b, s + 8, len(s));
  return mkString(b.ptr, <u32>b.len);
}

export function urlqueryDecode(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const r = queryUnescape(s + 8, len(s));
  return r ? r : failBuf(changetype<Buf>(unescapeErr));
}

/** The key as url.Values sees it: a string's bytes, any other key's JSON text (OPA's ast.JSON). */
function keyText(k: usize): usize {
  if (isStr(k)) return k;
  const b = newBuf(16);
  dumpValue(b, k);
  return mkString(b.ptr, <u32>b.len);
}

/** url.Values{...}.Encode(): keys sorted bytewise, each key's values in their order. */
export function urlqueryEncodeObject(o: usize): usize {
  if (tag(o) != T_OBJECT) return mustBe(1, "object", o);
  const n = len(o);
  // keys as text, sorted (non-string keys sort by their JSON text, as Go's sort.Strings does)
  const keyed = mkObject(n);
  for (let i: u32 = 0; i < n; i++) {
    const v = objVal(o, i), t = tag(v);
    if (t == T_ARRAY || t == T_SET) {
      for (let j: u32 = 0; j < len(v); j++) if (!isStr(arrGet(v, j))) return elementFail(1, v, "string", arrGet(v, j));
    } else if (t != T_STRING) return mustBe(1, "one of {string, array, set}", v);
    objPut(keyed, keyText(objKey(o, i)), v);
  }
  const b = newBuf(64);
  for (let i: u32 = 0; i < len(keyed); i++) {
    const k = objKey(keyed, i), v = objVal(keyed, i);
    const many = tag(v) != T_STRING;
    const m = many ? len(v) : 1;
    for (let j: u32 = 0; j < m; j++) {
      const x = many ? arrGet(v, j) : v;
      if (b.len) putByte(b, 0x26);
      queryEscape(b, k + 8, len(k));
      putByte(b, 0x3d);
      queryEscape(b, x + 8, len(x));
    }
  }
  return mkString(b.ptr, <u32>b.len);
}

/** url.ParseQuery: the first unescape error wins, but a semicolon's error replaces any earlier one. */
export function urlqueryDecodeObject(s: usize): usize {
  if (!isStr(s)) return mustBe(1, "string", s);
  const p = s + 8, n = len(s);
  const out = mkObject(4);
  let err: Buf | null = null;
  let start: u32 = 0;
  while (start < n) {
    let end = start;
    while (end < n && load<u8>(p + end) != 0x26) end++;
    let semi = false, eq: i32 = -1;
    for (let i = start; i < end; i++) {
      const c = load<u8>(p + i);
      if (c == 0x3b) semi = true;
      else if (c == 0x3d && eq < 0) eq = <i32>i;
    }
    if (semi) {
      const m = newBuf(40);
      putStr(m, "invalid semicolon separator in query");
      err = m;
    } else if (end > start) {
      const ke = eq < 0 ? end : <u32>eq;
      const k = queryUnescape(p + start, ke - start);
      const v = k ? (eq < 0 ? mkString(0, 0) : queryUnescape(p + ke + 1, end - ke - 1)) : 0;
      if (!k || !v) {
        if (!err) err = unescapeErr;
      } else {
        let list = objGet(out, k);
        if (!list) { list = mkArray(2); objPut(out, k, list); }
        arrPush(list, v);
      }
    }
    start = end + 1;
  }
  if (err) return failBuf(changetype<Buf>(err));
  return out;
}
