// semver.compare and semver.is_valid: Semantic Versioning 2.0.0 exactly (no leading `v`, no
// leading zeros in numeric parts, prerelease precedence by identifiers, build metadata ignored).
// Numeric parts are compared as digit strings, so they have no size limit.
// Must not know about any other version scheme.

import { T_STRING, tag, len, boolV, mkInt } from "../value";
import { newBuf, putStr } from "../buf";
import { failBuf, mustBe } from "./error";
import { putQuoted } from "./text";

@inline function isDigit(c: u32): bool { return c >= 0x30 && c <= 0x39; }
@inline function isIdent(c: u32): bool {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x2d;
}

// A parsed version: byte offsets into the text (end of core parts, start/end of prerelease).
let major: u32 = 0, minor: u32 = 0, patch: u32 = 0, patchEnd: u32 = 0, preEnd: u32 = 0;

/** A numeric identifier at i (`0` or no leading zero); returns its end, or 0xffffffff. */
function numeric(p: usize, i: u32, n: u32): u32 {
  let j = i;
  while (j < n && isDigit(load<u8>(p + j))) j++;
  if (j == i || (j - i > 1 && load<u8>(p + i) == 0x30)) return 0xffffffff;
  return j;
}

/** Dot-separated identifiers from i; numeric ones must not have leading zeros when `pre`. */
function identifiers(p: usize, i: u32, n: u32, pre: bool): u32 {
  while (true) {
    let j = i, digits = true;
    while (j < n && isIdent(load<u8>(p + j))) { if (!isDigit(load<u8>(p + j))) digits = false; j++; }
    if (j == i) return 0xffffffff;
    if (pre && digits && j - i > 1 && load<u8>(p + i) == 0x30) return 0xffffffff;
    if (j < n && load<u8>(p + j) == 0x2e) { i = j + 1; continue; }
    return j;
  }
}

/** Parses [p, p+n) into the globals above; false when it is not SemVer 2.0.0. */
function parse(p: usize, n: u32): bool {
  major = 0;
  let e = numeric(p, 0, n);
  if (e == 0xffffffff || e >= n || load<u8>(p + e) != 0x2e) return false;
  minor = e + 1;
  e = numeric(p, minor, n);
  if (e == 0xffffffff || e >= n || load<u8>(p + e) != 0x2e) return false;
  patch = e + 1;
  e = numeric(p, patch, n);
  if (e == 0xffffffff) return false;
  patchEnd = e;
  preEnd = e;
  if (e < n && load<u8>(p + e) == 0x2d) {
    e = identifiers(p, e + 1, n, true);
    if (e == 0xffffffff) return false;
    preEnd = e;
  }
  if (e < n && load<u8>(p + e) == 0x2b) {
    e = identifiers(p, e + 1, n, false);
    if (e == 0xffffffff) return false;
  }
  return e == n;
}

/** Compares two numeric strings without leading zeros. */
function cmpNum(a: usize, an: u32, b: usize, bn: u32): i32 {
  if (an != bn) return an < bn ? -1 : 1;
  const c = memory.compare(a, b, an);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

function allDigits(p: usize, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (!isDigit(load<u8>(p + i))) return false;
  return true;
}

function cmpIdent(a: usize, an: u32, b: usize, bn: u32): i32 {
  const na = allDigits(a, an), nb = allDigits(b, bn);
  if (na && nb) return cmpNum(a, an, b, bn);
  if (na) return -1;
  if (nb) return 1;
  const m = an < bn ? an : bn;
  const c = memory.compare(a, b, m);
  if (c != 0) return c < 0 ? -1 : 1;
  return an == bn ? 0 : an < bn ? -1 : 1;
}

function invalid(pos: u32, v: usize): usize {
  const b = newBuf(<usize>len(v) + 48);
  putStr(b, pos == 1 ? "operand 1: string " : "operand 2: string ");
  putQuoted(b, v + 8, len(v), 0x22);
  putStr(b, " is not a valid SemVer");
  return failBuf(b);
}

export function isValid(v: usize): usize {
  return boolV(tag(v) == T_STRING && parse(v + 8, len(v)));
}

export function compare(a: usize, b: usize): usize {
  if (tag(a) != T_STRING) return mustBe(1, "string", a);
  if (tag(b) != T_STRING) return mustBe(2, "string", b);
  const pa = a + 8, pb = b + 8;
  if (!parse(pa, len(a))) return invalid(1, a);
  const aMinor = minor, aPatch = patch, aPatchEnd = patchEnd, aPreEnd = preEnd;
  if (!parse(pb, len(b))) return invalid(2, b);
  let c = cmpNum(pa, aMinor - 1, pb, minor - 1);
  if (c == 0) c = cmpNum(pa + aMinor, aPatch - 1 - aMinor, pb + minor, patch - 1 - minor);
  if (c == 0) c = cmpNum(pa + aPatch, aPatchEnd - aPatch, pb + patch, patchEnd - patch);
  if (c != 0) return mkInt(c);
  const aHasPre = aPreEnd > aPatchEnd, bHasPre = preEnd > patchEnd;
  if (!aHasPre || !bHasPre) return mkInt(aHasPre == bHasPre ? 0 : aHasPre ? -1 : 1);
  // identifier by identifier
  let i = aPatchEnd + 1, j = patchEnd + 1;
  while (i < aPreEnd && j < preEnd) {
    let ie = i; while (ie < aPreEnd && load<u8>(pa + ie) != 0x2e) ie++;
    let je = j; while (je < preEnd && load<u8>(pb + je) != 0x2e) je++;
    const r = cmpIdent(pa + i, ie - i, pb + j, je - j);
    if (r != 0) return mkInt(r);
    i = ie + 1; j = je + 1;
  }
  const aMore = i < aPreEnd, bMore = j < preEnd;
  return mkInt(aMore == bMore ? 0 : aMore ? 1 : -1);
}
