// net.cidr_* for IPv4 and IPv6 with Go's net package parsing and printing rules (no leading zeros
// in IPv4 octets, host bits of a CIDR masked off, RFC 5952 IPv6 text, IPv4-mapped IPv6 addresses
// treated as IPv4 when parsed as an IP). Addresses are 128-bit (hi, lo) pairs; IPv4 uses lo.
// A parsed network is a 24-byte record: hi u64, lo u64, prefix u32, v6 u32.
// Must not resolve names or do anything beyond address arithmetic.

import {
  T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal, mkString, mkArray, arrPush,
  mkSet, setAdd, mkInt, boolV,
} from "../value";
import { Buf, newBuf, putByte, putBytes, putStr, putU64 } from "../buf";
import { alloc } from "../mem";
import { failBuf, mustBe, typeNameOf, typeFailBuf } from "./error";

const NET = 24;
@inline function nHi(n: usize): u64 { return load<u64>(n); }
@inline function nLo(n: usize): u64 { return load<u64>(n, 8); }
@inline function nPrefix(n: usize): u32 { return load<u32>(n, 16); }
@inline function nV6(n: usize): bool { return load<u32>(n, 20) != 0; }
@inline function width(v6: bool): u32 { return v6 ? 128 : 32; }

function mkNet(hi: u64, lo: u64, prefix: u32, v6: bool): usize {
  const n = alloc(NET);
  store<u64>(n, hi); store<u64>(n, lo, 8); store<u32>(n, prefix, 16); store<u32>(n, v6 ? 1 : 0, 20);
  return n;
}

// The 128-bit mask of `prefix` leading ones within `w` bits, as (maskHi, maskLo).
let mHi: u64 = 0, mLo: u64 = 0;
function mask(w: u32, prefix: u32): void {
  if (w == 32) { mHi = 0; mLo = prefix == 0 ? 0 : (<u64>0xffffffff << (32 - prefix)) & 0xffffffff; return; }
  mHi = prefix == 0 ? 0 : prefix >= 64 ? <u64>-1 : <u64>-1 << (64 - prefix);
  mLo = prefix <= 64 ? 0 : prefix == 128 ? <u64>-1 : <u64>-1 << (128 - prefix);
}

// Parse results: pHi, pLo (the address).
let pHi: u64 = 0, pLo: u64 = 0;

function parseV4(p: usize, n: u32): bool {
  let out: u64 = 0, i: u32 = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) { if (i >= n || load<u8>(p + i) != 0x2e) return false; i++; }
    const s = i;
    let v: u32 = 0;
    while (i < n && i - s < 4 && load<u8>(p + i) >= 0x30 && load<u8>(p + i) <= 0x39) { v = v * 10 + load<u8>(p + i) - 48; i++; }
    const d = i - s;
    if (d == 0 || d > 3 || v > 255 || (d > 1 && load<u8>(p + s) == 0x30)) return false;
    out = (out << 8) | v;
  }
  if (i != n) return false;
  pHi = 0; pLo = out;
  return true;
}

function hexDigit(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  if (c >= 0x61 && c <= 0x66) return <i32>c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return <i32>c - 0x41 + 10;
  return -1;
}

/** Go's parseIPv6: groups of 1-4 hex digits, one `::`, an optional trailing dotted IPv4. */
function parseV6(p: usize, n: u32): bool {
  const g = alloc(16); // 8 u16 groups
  let count: i32 = 0, ellipsis: i32 = -1, i: u32 = 0;
  if (n >= 2 && load<u8>(p) == 0x3a && load<u8>(p + 1) == 0x3a) { ellipsis = 0; i = 2; if (i == n) { pHi = 0; pLo = 0; return true; } }
  while (i < n && count < 8) {
    // a dotted IPv4 tail takes two groups
    let j = i;
    while (j < n && hexDigit(load<u8>(p + j)) >= 0) j++;
    if (j < n && load<u8>(p + j) == 0x2e) {
      if (ellipsis < 0 && count != 6) return false;
      if (count > 6) return false;
      if (!parseV4(p + i, n - i)) return false;
      store<u16>(g + (<usize>count << 1), <u16>(pLo >> 16));
      store<u16>(g + (<usize>(count + 1) << 1), <u16>(pLo & 0xffff));
      count += 2;
      i = n;
      break;
    }
    if (j == i || j - i > 4) return false;
    let v: u32 = 0;
    for (let k = i; k < j; k++) v = (v << 4) | <u32>hexDigit(load<u8>(p + k));
    store<u16>(g + (<usize>count << 1), <u16>v);
    count++;
    i = j;
    if (i == n) break;
    if (load<u8>(p + i) != 0x3a || i + 1 == n) return false;
    i++;
    if (load<u8>(p + i) == 0x3a) {
      if (ellipsis >= 0) return false;
      ellipsis = count;
      i++;
      if (i == n) break;
    }
  }
  if (i != n) return false;
  if (ellipsis < 0) { if (count != 8) return false; }
  else {
    if (count >= 8) return false;
    const shift = 8 - count;
    for (let k = count - 1; k >= ellipsis; k--) store<u16>(g + (<usize>(k + shift) << 1), load<u16>(g + (<usize>k << 1)));
    for (let k = ellipsis; k < ellipsis + shift; k++) store<u16>(g + (<usize>k << 1), 0);
  }
  let hi: u64 = 0, lo: u64 = 0;
  for (let k = 0; k < 4; k++) hi = (hi << 16) | <u64>load<u16>(g + (<usize>k << 1));
  for (let k = 4; k < 8; k++) lo = (lo << 16) | <u64>load<u16>(g + (<usize>k << 1));
  pHi = hi; pLo = lo;
  return true;
}

function hasColon(p: usize, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load<u8>(p + i) == 0x3a) return true;
  return false;
}

/** Go's net.ParseIP as a single-address network (IPv4-mapped addresses become IPv4), or 0. */
export function parseIpNet(p: usize, n: u32): usize {
  if (parseV4(p, n)) return mkNet(0, pLo, 32, false);
  if (!hasColon(p, n) || !parseV6(p, n)) return 0;
  if (pHi == 0 && (pLo >> 32) == 0xffff) return mkNet(0, pLo & 0xffffffff, 32, false);
  return mkNet(pHi, pLo, 128, true);
}

/** Go's net.ParseCIDR: the network with its host bits cleared, or 0. */
function parseCidr(p: usize, n: u32): usize {
  let slash: i32 = -1;
  for (let i: u32 = 0; i < n; i++) if (load<u8>(p + i) == 0x2f) { slash = <i32>i; break; }
  if (slash < 0) return 0;
  const a = <u32>slash, ln = n - a - 1;
  if (ln == 0 || ln > 3) return 0;
  let prefix: u32 = 0;
  for (let i: u32 = 0; i < ln; i++) {
    const c = <u32>load<u8>(p + a + 1 + i);
    if (c < 0x30 || c > 0x39) return 0;
    prefix = prefix * 10 + c - 48;
  }
  let v6 = false;
  if (!parseV4(p, a)) {
    if (!hasColon(p, a) || !parseV6(p, a)) return 0;
    v6 = true;
  }
  if (prefix > width(v6)) return 0;
  mask(width(v6), prefix);
  return mkNet(pHi & mHi, pLo & mLo, prefix, v6);
}

/** An IP as a single-address network, or a CIDR; 0 when neither. */
function cidrOrIp(p: usize, n: u32): usize {
  const ip = parseIpNet(p, n);
  return ip ? ip : parseCidr(p, n);
}

function putV4(b: Buf, x: u64): void {
  for (let s = 24; s >= 0; s -= 8) { if (s < 24) putByte(b, 0x2e); putU64(b, (x >> s) & 0xff); }
}

const HEX = "0123456789abcdef";

function putAddr(b: Buf, v6: bool, hi: u64, lo: u64): void {
  if (!v6 || (hi == 0 && (lo >> 32) == 0xffff)) { putV4(b, lo & 0xffffffff); return; }
  const g = alloc(16);
  for (let k = 0; k < 8; k++) store<u16>(g + (<usize>k << 1), <u16>((k < 4 ? hi >> (48 - 16 * k) : lo >> (48 - 16 * (k - 4))) & 0xffff));
  // the longest run of two or more zero groups (the first on a tie) becomes "::"
  let best: i32 = -1, bestLen: i32 = 0;
  for (let i = 0; i < 8; ) {
    if (load<u16>(g + (<usize>i << 1)) != 0) { i++; continue; }
    let j = i;
    while (j < 8 && load<u16>(g + (<usize>j << 1)) == 0) j++;
    if (j - i >= 2 && j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  for (let i = 0; i < 8; i++) {
    if (i == best) { putStr(b, "::"); i += bestLen - 1; continue; }
    if (i > 0 && i != best + bestLen) putByte(b, 0x3a);
    const v = <u32>load<u16>(g + (<usize>i << 1));
    let started = false;
    for (let s = 12; s >= 0; s -= 4) {
      const d = (v >> s) & 15;
      if (d != 0 || started || s == 0) { putByte(b, HEX.charCodeAt(d)); started = true; }
    }
  }
}

function addrText(v6: bool, hi: u64, lo: u64): usize {
  const b = newBuf(48);
  putAddr(b, v6, hi, lo);
  return mkString(b.ptr, <u32>b.len);
}

function cidrText(v6: bool, hi: u64, lo: u64, prefix: u32): usize {
  const b = newBuf(52);
  putAddr(b, v6, hi, lo);
  putByte(b, 0x2f);
  putU64(b, prefix);
  return mkString(b.ptr, <u32>b.len);
}

function failWith(prefix: string, s: usize): usize {
  const b = newBuf(<usize>len(s) + 32);
  putStr(b, prefix);
  putBytes(b, s + 8, len(s));
  return failBuf(b);
}

/** A CIDR operand; 0 with the error set when it is not one. */
function cidrOperand(v: usize, pos: u32): usize {
  if (tag(v) != T_STRING) return mustBe(pos, "string", v);
  const n = parseCidr(v + 8, len(v));
  return n ? n : failWith("invalid CIDR address: ", v);
}

function contains(a: usize, b: usize): bool {
  if (nV6(a) != nV6(b) || nPrefix(b) < nPrefix(a)) return false;
  mask(width(nV6(a)), nPrefix(a));
  return (nHi(b) & mHi) == nHi(a) && (nLo(b) & mLo) == nLo(a);
}

// The last address of a network, as (lHi, lLo).
let lHi: u64 = 0, lLo: u64 = 0;
function lastOf(n: usize): void {
  mask(width(nV6(n)), nPrefix(n));
  lHi = nHi(n) | (nV6(n) ? ~mHi : 0);
  lLo = nLo(n) | (~mLo & (nV6(n) ? <u64>-1 : 0xffffffff));
}

@inline function le(ah: u64, al: u64, bh: u64, bl: u64): bool { return ah < bh || (ah == bh && al <= bl); }

export function cidrContains(a: usize, b: usize): usize {
  const net = cidrOperand(a, 1);
  if (!net) return 0;
  if (tag(b) != T_STRING) return mustBe(2, "string", b);
  const other = cidrOrIp(b + 8, len(b));
  if (!other) return failWith("invalid CIDR or IP address: ", b);
  return boolV(contains(net, other));
}

export function cidrIntersects(a: usize, b: usize): usize {
  const x = cidrOperand(a, 1);
  if (!x) return 0;
  const y = cidrOperand(b, 2);
  if (!y) return 0;
  if (nV6(x) != nV6(y)) return boolV(false);
  lastOf(y);
  const xBelow = le(nHi(x), nLo(x), lHi, lLo);
  lastOf(x);
  return boolV(xBelow && le(nHi(y), nLo(y), lHi, lLo));
}

export function cidrIsValid(v: usize): usize {
  return boolV(tag(v) == T_STRING && parseCidr(v + 8, len(v)) != 0);
}

const EXPAND_LIMIT: u32 = 1 << 20;

export function cidrExpand(v: usize): usize {
  const n = cidrOperand(v, 1);
  if (!n) return 0;
  const hostBits = width(nV6(n)) - nPrefix(n);
  if (hostBits > 20) {
    const b = newBuf(80);
    putStr(b, "CIDR "); putAddr(b, nV6(n), nHi(n), nLo(n)); putByte(b, 0x2f); putU64(b, nPrefix(n));
    putStr(b, " has more than "); putU64(b, EXPAND_LIMIT); putStr(b, " addresses");
    return failBuf(b);
  }
  const size: u32 = 1 << hostBits;
  const out = mkSet(size);
  // host bits fit in lo (at most 20), and lo's upper bits are zero there
  for (let i: u32 = 0; i < size; i++) setAdd(out, addrText(nV6(n), nHi(n), nLo(n) + i));
  return out;
}

/** Number of trailing zero bits of (hi, lo) within w bits. */
function trailingZeros(hi: u64, lo: u64, w: u32): u32 {
  if (lo != 0) { const t = <u32>ctz(lo); return t < w ? t : w; }
  if (w == 32) return 32;
  return hi != 0 ? 64 + <u32>ctz(hi) : 128;
}

export function cidrMerge(v: usize): usize {
  const t = tag(v);
  if (t != T_ARRAY && t != T_SET) return mustBe(1, "one of {array, set}", v);
  const n = len(v);
  const nets = alloc(<usize>n << 2);
  for (let i: u32 = 0; i < n; i++) {
    const e = arrGet(v, i);
    if (tag(e) != T_STRING) return elementError(1, v, "strings", e);
    const x = cidrOrIp(e + 8, len(e));
    if (!x) return failWith("invalid CIDR or IP address: ", e);
    store<u32>(nets + (<usize>i << 2), <u32>x);
  }
  const out = mkSet(n);
  for (let pass = 0; pass < 2; pass++) {
    const v6 = pass == 1;
    const w = width(v6);
    // ranges [first, last] of this family, sorted by first (insertion sort: inputs are small)
    const r = alloc(<usize>n * 32);
    let m: u32 = 0;
    for (let i: u32 = 0; i < n; i++) {
      const x = <usize>load<u32>(nets + (<usize>i << 2));
      if (nV6(x) != v6) continue;
      lastOf(x);
      let j = m;
      while (j > 0 && !le(load<u64>(r + (<usize>(j - 1) << 5)), load<u64>(r + (<usize>(j - 1) << 5), 8), nHi(x), nLo(x))) {
        memory.copy(r + (<usize>j << 5), r + (<usize>(j - 1) << 5), 32);
        j--;
      }
      const q = r + (<usize>j << 5);
      store<u64>(q, nHi(x)); store<u64>(q, nLo(x), 8); store<u64>(q, lHi, 16); store<u64>(q, lLo, 24);
      m++;
    }
    let i: u32 = 0;
    while (i < m) {
      const q = r + (<usize>i << 5);
      let loH = load<u64>(q), loL = load<u64>(q, 8), hiH = load<u64>(q, 16), hiL = load<u64>(q, 24);
      i++;
      // absorb every following range that overlaps or touches
      while (i < m) {
        const s = r + (<usize>i << 5);
        const sh = load<u64>(s), sl = load<u64>(s, 8);
        // touches: start <= hi + 1 (hi + 1 may overflow at the top of the space: then it always does)
        const nl = hiL + 1, nh = hiH + (nl == 0 ? 1 : 0);
        const top = v6 ? (hiH == <u64>-1 && hiL == <u64>-1) : hiL == 0xffffffff;
        if (!top && !le(sh, sl, nh, nl)) break;
        const eh = load<u64>(s, 16), el = load<u64>(s, 24);
        if (!le(eh, el, hiH, hiL)) { hiH = eh; hiL = el; }
        i++;
      }
      // split [lo, hi] into aligned blocks, largest first
      while (true) {
        // diff = hi - lo
        const dL = hiL - loL, dH = hiH - loH - (hiL < loL ? 1 : 0);
        let k = trailingZeros(loH, loL, w);
        // largest k with 2^k - 1 <= diff: bit length of diff + 1, minus one
        const pL = dL + 1, pH = dH + (pL == 0 ? 1 : 0);
        let fit: u32;
        if (pH == 0 && pL == 0) fit = w; // diff + 1 overflowed: the whole space
        else fit = pH != 0 ? 127 - <u32>clz(pH) : 63 - <u32>clz(pL);
        if (w == 32 && fit > 32) fit = 32;
        if (fit < k) k = fit;
        setAdd(out, cidrText(v6, loH, loL, w - k));
        // lo += 2^k; done when that passes hi
        let addH: u64 = 0, addL: u64 = 0;
        if (k >= 64) addH = k == 128 ? 0 : <u64>1 << (k - 64); else addL = <u64>1 << k;
        if (k == w) break;
        const nL = loL + addL;
        const nH = loH + addH + (nL < loL ? 1 : 0);
        if (v6 ? (nH < loH || (nH == 0 && nL == 0)) : nL > 0xffffffff) break;
        if (!le(nH, nL, hiH, hiL)) break;
        loH = nH; loL = nL;
      }
    }
  }
  return out;
}

/** "operand N must be T of WANT but got T containing X" (OPA's element error, WANT as given). */
function elementError(pos: u32, coll: usize, want: string, got: usize): usize {
  const b = newBuf(96);
  const t = typeNameOf(coll);
  putStr(b, "operand "); putByte(b, 48 + pos); putStr(b, " must be "); putStr(b, t); putStr(b, " of "); putStr(b, want);
  putStr(b, " but got "); putStr(b, t); putStr(b, " containing "); putStr(b, typeNameOf(got));
  return typeFailBuf(b);
}

/** The CIDR text of a contains_matches element: a string, or an array whose first element is one. */
function matchText(x: usize, pos: u32, coll: usize): usize {
  if (tag(x) == T_STRING) return x;
  if (tag(x) == T_ARRAY && len(x) > 0 && tag(arrGet(x, 0)) == T_STRING) return arrGet(x, 0);
  return elementError(pos, coll, "(any of) {string, array}", x);
}

/** (key, cidr text) pairs of a contains_matches operand, flattened into an array; 0 on error. */
function keyed(v: usize, pos: u32): usize {
  const t = tag(v);
  const out = mkArray(t == T_STRING ? 2 : len(v) * 2);
  if (t == T_STRING) { arrPush(out, v); arrPush(out, v); return out; }
  if (t != T_ARRAY && t != T_SET && t != T_OBJECT) return mustBe(pos, "one of {string, array, set, object}", v);
  for (let i: u32 = 0; i < len(v); i++) {
    const x = t == T_OBJECT ? objVal(v, i) : arrGet(v, i);
    const s = matchText(x, pos, v);
    if (!s) return 0;
    // keys: an array's index, a set's element itself, an object's key (OPA's operand iteration)
    arrPush(out, t == T_ARRAY ? mkInt(i) : t == T_SET ? x : objKey(v, i));
    arrPush(out, s);
  }
  return out;
}

export function cidrContainsMatches(a: usize, b: usize): usize {
  const ca = keyed(a, 1);
  if (!ca) return 0;
  const cb = keyed(b, 2);
  if (!cb) return 0;
  const na = len(ca) / 2, nb = len(cb) / 2;
  const nets = alloc(<usize>(na + nb) << 2);
  for (let i: u32 = 0; i < na; i++) {
    const s = arrGet(ca, 2 * i + 1);
    const x = parseCidr(s + 8, len(s));
    if (!x) return failWith("invalid CIDR address: ", s);
    store<u32>(nets + (<usize>i << 2), <u32>x);
  }
  for (let i: u32 = 0; i < nb; i++) {
    const s = arrGet(cb, 2 * i + 1);
    const x = cidrOrIp(s + 8, len(s));
    if (!x) return failWith("invalid CIDR or IP address: ", s);
    store<u32>(nets + (<usize>(na + i) << 2), <u32>x);
  }
  const out = mkSet(4);
  for (let i: u32 = 0; i < na; i++) {
    for (let j: u32 = 0; j < nb; j++) {
      if (!contains(<usize>load<u32>(nets + (<usize>i << 2)), <usize>load<u32>(nets + (<usize>(na + j) << 2)))) continue;
      const pair = mkArray(2);
      arrPush(pair, arrGet(ca, 2 * i));
      arrPush(pair, arrGet(cb, 2 * j));
      setAdd(out, pair);
    }
  }
  return out;
}
