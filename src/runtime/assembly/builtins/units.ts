// units.parse_bytes and units.parse with OPA's suffix tables, in exact decimal arithmetic: the
// amount's digits times the suffix's integer factor, with the decimal point put back (milli moves
// it three places), so `1Ei` and `0.1m` come out exactly, beyond 2^64 as big numbers.
// parse_bytes: the whole string lowercased, K/M/G/T/P/E (×1000) and Ki…Ei (×1024) with an optional
// trailing b, truncated to an integer. parse: `m` is milli and `M` mega (only the letters after the
// first are lowercased); a fractional result keeps 10 decimals as big.Rat.FloatString(10) does.
// Must not do anything else with numbers (numbers.ts).

import { T_STRING, tag, len } from "../value";
import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";
import { parseNumberText } from "../json";
import { fail, failBuf, mustBe } from "./error";
import { runeAt, runeLen, putRune } from "./text";
import { toLower } from "./unicode";
import { isDigitRune } from "./regex/charclass";

const LETTERS = "kmgtpe";

/** The text without `"` characters, lowercased from byte `from` on (Go's strings.ToLower). */
function cleaned(s: usize, from: u32): Buf {
  const b = newBuf(len(s) + 4);
  const p = s + 8, e = p + len(s);
  let q = p;
  while (q < e) {
    const cp = runeAt(q, e);
    const n = runeLen;
    if (cp != 0x22) {
      if (<u32>(q - p) >= from && !(cp == 0xfffd && n == 1)) putRune(b, toLower(cp));
      else putBytes(b, q, n);
    }
    q += n;
  }
  return b;
}

/** Byte length of the leading run of digits (any Unicode Nd) and dots: Go's extractNumAndUnit. */
function amountLen(p: usize, n: u32): u32 {
  const e = p + n;
  let q = p;
  while (q < e) {
    const cp = runeAt(q, e);
    if (cp != 0x2e && !(isDigitRune(cp) && !(cp == 0xfffd && runeLen == 1))) break;
    q += runeLen;
  }
  return <u32>(q - p);
}

/**
 * The amount's digits (ASCII, at most one dot, at least one digit) into d, most significant first;
 * returns the number of digits after the dot, or -1 when big.Rat/big.Float would not parse it.
 */
function digitsOf(p: usize, n: u32, d: Buf): i32 {
  let frac: i32 = -1;
  let digits: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x2e) { if (frac >= 0) return -1; frac = 0; continue; }
    if (c < 0x30 || c > 0x39) return -1;
    putByte(d, c);
    digits++;
    if (frac >= 0) frac++;
  }
  if (digits == 0) return -1;
  return frac < 0 ? 0 : frac;
}

/** d (decimal digits, most significant first) *= m, in place. */
function mulSmall(d: Buf, m: u32): void {
  let carry: u64 = 0;
  for (let i = <i32>d.len - 1; i >= 0; i--) {
    const x = <u64>(load<u8>(d.ptr + i) - 48) * m + carry;
    store<u8>(d.ptr + i, <u8>(x % 10 + 48));
    carry = x / 10;
  }
  while (carry > 0) {
    putByte(d, 48);
    memory.copy(d.ptr + 1, d.ptr, d.len - 1);
    store<u8>(d.ptr, <u8>(carry % 10 + 48));
    carry /= 10;
  }
}

/** digits × base^power with `scale` digits after the point, as a number value (see the header). */
function scaled(d: Buf, base: u32, power: i32, scale: i32, truncate: bool): usize {
  for (let i = 0; i < power; i++) mulSmall(d, base);
  // pad so that there is at least one integer digit
  while (<i32>d.len <= scale) { putByte(d, 48); memory.copy(d.ptr + 1, d.ptr, d.len - 1); store<u8>(d.ptr, 48); }
  const intLen = <u32>(<i32>d.len - scale);
  let fracZero = true;
  for (let i = intLen; i < <u32>d.len; i++) if (load<u8>(d.ptr + i) != 48) { fracZero = false; break; }
  let s: u32 = 0;
  while (s + 1 < intLen && load<u8>(d.ptr + s) == 48) s++; // leading zeros
  const out = newBuf(d.len + 12);
  if (truncate || fracZero) {
    putBytes(out, d.ptr + s, intLen - s);
  } else {
    // big.Rat.FloatString(10): ten decimals, the last rounded half away from zero
    const digits = newBuf(intLen + 11);
    putBytes(digits, d.ptr, intLen);
    for (let i: u32 = 0; i < 10; i++) putByte(digits, intLen + i < <u32>d.len ? load<u8>(d.ptr + intLen + i) : 48);
    if (intLen + 10 < <u32>d.len && load<u8>(d.ptr + intLen + 10) >= 53) mulAddOne(digits);
    const il = <u32>digits.len - 10;
    let z: u32 = 0;
    while (z + 1 < il && load<u8>(digits.ptr + z) == 48) z++;
    putBytes(out, digits.ptr + z, il - z);
    putByte(out, 0x2e);
    putBytes(out, digits.ptr + il, 10);
  }
  return parseNumberText(out.ptr, out.ptr + out.len);
}

/** d += 1 in the last place. */
function mulAddOne(d: Buf): void {
  let i = <i32>d.len - 1;
  while (i >= 0 && load<u8>(d.ptr + i) == 57) { store<u8>(d.ptr + i, 48); i--; }
  if (i >= 0) { store<u8>(d.ptr + i, load<u8>(d.ptr + i) + 1); return; }
  putByte(d, 48);
  memory.copy(d.ptr + 1, d.ptr, d.len - 1);
  store<u8>(d.ptr, 49);
}

function hasSpace(b: Buf): bool {
  for (let i: usize = 0; i < b.len; i++) if (load<u8>(b.ptr + i) == 0x20) return true;
  return false;
}

function unitError(prefix: string, p: usize, n: u32): usize {
  const m = newBuf(<usize>n + 48);
  putStr(m, prefix);
  putBytes(m, p, n);
  putStr(m, " not recognized");
  return failBuf(m);
}

/** The index (1-6) of a k/m/g/t/p/e letter, or 0. */
function letterPower(c: u32): i32 {
  for (let i = 0; i < LETTERS.length; i++) if (<u32>LETTERS.charCodeAt(i) == c) return i + 1;
  return 0;
}

export function parseBytes(x: usize): usize {
  if (tag(x) != T_STRING) return mustBe(1, "string", x);
  const s = cleaned(x, 0);
  if (hasSpace(s)) return fail("units.parse_bytes: spaces not allowed in resource strings");
  const an = amountLen(s.ptr, <u32>s.len);
  if (an == 0) return fail("units.parse_bytes: no byte amount provided");
  const u = s.ptr + an, un = <u32>s.len - an;
  let base: u32 = 1000, power: i32 = 0;
  if (un > 0) {
    power = letterPower(load<u8>(u));
    let k: u32 = 1;
    if (power > 0 && un > k && load<u8>(u + k) == 0x69) { base = 1024; k++; }
    if (power > 0 && un > k && load<u8>(u + k) == 0x62) k++;
    if (power == 0 || k != un) return unitError("units.parse_bytes: byte unit ", u, un);
  }
  const d = newBuf(<usize>an + 24);
  const frac = digitsOf(s.ptr, an, d);
  if (frac < 0) return fail("units.parse_bytes: could not parse byte amount to a number");
  return scaled(d, base, power, frac, true);
}

export function parseUnits(x: usize): usize {
  if (tag(x) != T_STRING) return mustBe(1, "string", x);
  // only what follows the unit's first byte is lowercased: find where the amount ends first
  const raw = cleaned(x, 0xffffffff);
  if (hasSpace(raw)) return fail("units.parse: spaces not allowed in resource strings");
  const an = amountLen(raw.ptr, <u32>raw.len);
  if (an == 0) return fail("units.parse: no amount provided");
  const tail = newBuf(raw.len - an + 4);
  putBytes(tail, raw.ptr + an, raw.len - an);
  const unit = lowerAfterFirst(tail);
  const u = unit.ptr, un = <u32>unit.len;
  let base: u32 = 1000, power: i32 = 0, scale: i32 = 0;
  if (un == 1 && load<u8>(u) == 0x6d) scale = 3;
  else if (un > 0) {
    const c = <u32>load<u8>(u);
    power = letterPower(c == 0x4d ? 0x6d : (c >= 0x41 && c <= 0x5a ? c + 32 : c));
    if (c == 0x6d && un == 1) power = 0;
    const binary = un == 2 && load<u8>(u + 1) == 0x69;
    // "m" alone is milli (above); "M" is mega; "mi"/"Mi" are mebi
    if (power == 0 || (un != 1 && !binary)) return unitError("units.parse: unit ", u, un);
    if (binary) base = 1024;
  }
  const d = newBuf(<usize>an + 24);
  const frac = digitsOf(raw.ptr, an, d);
  if (frac < 0) return fail("units.parse: could not parse amount to a number");
  return scaled(d, base, power, frac + scale, false);
}

/** The unit with every rune after its first byte lowercased (OPA: unit[:1] + ToLower(unit[1:])). */
function lowerAfterFirst(t: Buf): Buf {
  if (t.len <= 1) return t;
  const b = newBuf(t.len + 4);
  putByte(b, load<u8>(t.ptr));
  const e = t.ptr + t.len;
  let q = t.ptr + 1;
  while (q < e) {
    const cp = runeAt(q, e);
    if (cp == 0xfffd && runeLen == 1) putByte(b, load<u8>(q));
    else putRune(b, toLower(cp));
    q += runeLen;
  }
  return b;
}
