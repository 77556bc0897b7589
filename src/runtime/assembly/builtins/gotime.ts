// Go's time package, the parts OPA's time.* builtins expose: civil-date arithmetic, IANA zones
// (Go's LoadLocation and Location.lookup over the generated tz.ts, POSIX TZ rules past the last
// transition), reference-layout formatting and parsing ("2006-01-02T15:04:05Z07:00") and
// ParseDuration. Instants are (seconds, nanoseconds); errors are Go's messages, left in the
// builtin error channel. Must not know about Rego operands (time.ts does).

import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";
import { fail, failBuf } from "./error";
import { TZ_COUNT, TZ_NAMES, TZ_NAME_BYTES, TZ_ZONES, TZ_TYPES, TZ_ABBRS, TZ_RULES, TZ_STREAM } from "./tz";

// ---- civil dates (proleptic Gregorian, days since 1970-01-01) ----

@inline function floorDiv(a: i64, b: i64): i64 { const q = a / b; return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q; }

export function isLeap(y: i64): bool { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

const DAYS_BEFORE: usize = memory.data<i32>([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]);

export function daysIn(m: i32, y: i64): i32 {
  if (m == 2) return isLeap(y) ? 29 : 28;
  return load<i32>(DAYS_BEFORE + (<usize>m << 2)) - load<i32>(DAYS_BEFORE + (<usize>(m - 1) << 2));
}

/** Days from 1970-01-01 to the given date; `d` may run past the month (it counts on linearly). */
export function daysFromCivil(y: i64, m: i32, d: i64): i64 {
  if (m <= 2) y -= 1;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = <i64>((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// The broken-down time of the last civil() call.
export let cYear: i64 = 0;
export let cMonth: i32 = 0;
export let cDay: i32 = 0;
export let cHour: i32 = 0;
export let cMinute: i32 = 0;
export let cSecond: i32 = 0;
export let cNsec: i32 = 0;
export let cWeekday: i32 = 0;
export let cYday: i32 = 0;

function civilFromDays(z: i64): void {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  cDay = <i32>(doy - (153 * mp + 2) / 5 + 1);
  cMonth = <i32>(mp < 10 ? mp + 3 : mp - 9);
  cYear = yoe + era * 400 + (cMonth <= 2 ? 1 : 0);
}

/** The wall clock of instant (sec, nsec) in a zone, into the c* globals. */
export function civil(sec: i64, nsec: i32, zone: i32): void {
  lookup(zone, sec);
  const local = sec + <i64>zOffset;
  const days = floorDiv(local, 86400);
  const rem = <i32>(local - days * 86400);
  civilFromDays(days);
  cHour = rem / 3600;
  cMinute = (rem % 3600) / 60;
  cSecond = rem % 60;
  cNsec = nsec;
  cWeekday = <i32>(((days + 4) % 7 + 7) % 7);
  cYday = <i32>(days - daysFromCivil(cYear, 1, 1)) + 1;
}

/**
 * Go's time.Date in a zone: month, day, hour, minute and second may be out of range and carry
 * over; the wall clock is resolved to an instant as Go does around zone transitions.
 */
export function dateToUnix(year: i64, month: i64, day: i64, hour: i64, min: i64, sec: i64, zone: i32): i64 {
  const m0 = month - 1;
  year += floorDiv(m0, 12);
  const m = <i32>(m0 - floorDiv(m0, 12) * 12) + 1;
  let unix = (daysFromCivil(year, m, 1) + day - 1) * 86400 + hour * 3600 + min * 60 + sec;
  lookup(zone, unix);
  if (zOffset != 0) {
    const utc = unix - <i64>zOffset;
    if (utc < zStart || utc >= zEnd) lookup(zone, utc);
    unix -= <i64>zOffset;
  }
  return unix;
}

// ---- zones: -1 is UTC, otherwise an index into TZ_ZONES ----

export const ZONE_UTC: i32 = -1;
const ALPHA: i64 = i64.MIN_VALUE;
const OMEGA: i64 = i64.MAX_VALUE;

// The zone period of the last lookup(): offset east of UTC, abbreviation (offset into TZ_ABBRS,
// -1 for "UTC"), and the period's [start, end) in Unix seconds.
export let zOffset: i32 = 0;
export let zAbbr: i32 = -1;
let zStart: i64 = ALPHA;
let zEnd: i64 = OMEGA;

function nameCmp(i: i32, p: usize, n: u32): i32 {
  const off = <u32>load<u16>(TZ_NAMES + (<usize>i << 2));
  const m = <u32>load<u16>(TZ_NAMES + (<usize>(i + 1) << 2)) - off;
  const k = m < n ? m : n;
  const c = memory.compare(TZ_NAME_BYTES + off, p, k);
  if (c != 0) return c;
  return m == n ? 0 : m < n ? -1 : 1;
}

/** Go's LoadLocation: "" and "UTC" are UTC; "Local" is UTC too (a module has no local zone); -2 and a builtin error when unknown. */
export function loadZone(p: usize, n: u32): i32 {
  if (n == 0 || (n == 3 && load<u8>(p) == 0x55 && load<u8>(p + 1) == 0x54 && load<u8>(p + 2) == 0x43)) return ZONE_UTC;
  if (n == 5 && memory.compare(p, changetype<usize>(LOCAL), 5) == 0) return ZONE_UTC;
  // Go refuses names that could leave the zoneinfo directory
  let dots = false;
  for (let i: u32 = 0; i + 1 < n; i++) if (load<u8>(p + i) == 0x2e && load<u8>(p + i + 1) == 0x2e) dots = true;
  if (dots || load<u8>(p) == 0x2f || load<u8>(p) == 0x5c) { fail("time: invalid location name"); return -2; }
  let lo = 0, hi = TZ_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = nameCmp(mid, p, n);
    if (c == 0) return <i32>load<u16>(TZ_NAMES + (<usize>mid << 2), 2);
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  const b = newBuf(<usize>n + 20);
  putStr(b, "unknown time zone ");
  putBytes(b, p, n);
  failBuf(b);
  return -2;
}
const LOCAL = memory.data<u8>([0x4c, 0x6f, 0x63, 0x61, 0x6c]);

function setType(t: i32): void {
  const q = TZ_TYPES + <usize>t * 12;
  zOffset = load<i32>(q);
  zAbbr = load<i32>(q, 8);
}

/** Go's Location.lookup: the zone period holding instant `sec`, into the z* globals. */
export function lookup(zone: i32, sec: i64): void {
  if (zone < 0) { zOffset = 0; zAbbr = -1; zStart = ALPHA; zEnd = OMEGA; return; }
  const z = TZ_ZONES + (<usize>zone << 3);
  let p = TZ_STREAM + <usize>load<u16>(z);
  const n = <i32>load<u16>(z, 2);
  const types = <i32>load<u16>(z, 4);
  const rule = <i32>load<u16>(z, 6) - 1;
  let start = ALPHA, when: i64 = 0, ty = 0;
  for (let i = 0; i < n; i++) {
    let v: u64 = 0, shift: u64 = 0;
    while (true) {
      const b = <u64>load<u8>(p++);
      v |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    let d = <i64>(v >> 6);
    if (v & 32) d *= 900;
    when += d;
    if (sec < when) { setType(types + ty); zStart = start; zEnd = when; return; }
    start = when;
    ty = <i32>(v & 31);
  }
  if (rule >= 0) { tzset(TZ_RULES + <usize>rule * 56, start, sec); return; }
  setType(types + ty);
  zStart = start;
  zEnd = OMEGA;
}

/** Go's tzruleTime: seconds into `year` at which a rule (kind, day, week, month, time) fires. */
function ruleTime(year: i64, r: usize, off: i32): i64 {
  const kind = load<i32>(r), day = load<i32>(r, 4), week = load<i32>(r, 8), mon = load<i32>(r, 12);
  let s: i64 = 0;
  if (kind == 1) {
    s = <i64>(day - 1) * 86400;
    if (isLeap(year) && day >= 60) s += 86400;
  } else if (kind == 2) {
    s = <i64>day * 86400;
  } else {
    // Zeller's congruence: the weekday of the month's first day
    const m1 = (mon + 9) % 12 + 1;
    let yy0 = year;
    if (mon <= 2) yy0--;
    const yy1 = yy0 / 100, yy2 = yy0 % 100;
    let dow = <i32>(((26 * <i64>m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7);
    if (dow < 0) dow += 7;
    let d = day - dow;
    if (d < 0) d += 7;
    for (let i = 1; i < week; i++) {
      if (d + 7 >= daysIn(mon, year)) break;
      d += 7;
    }
    d += load<i32>(DAYS_BEFORE + (<usize>(mon - 1) << 2));
    if (isLeap(year) && mon > 2) d++;
    s = <i64>d * 86400;
  }
  return s + <i64>load<i32>(r, 16) - <i64>off;
}

/** Go's tzset on a pre-parsed POSIX TZ rule (see tz.gen.mjs), for instants past the last transition. */
function tzset(r: usize, lastTx: i64, sec: i64): void {
  let stdOff = load<i32>(r), stdAbbr = load<i32>(r, 4), dstOff = load<i32>(r, 8), dstAbbr = load<i32>(r, 12);
  if (dstAbbr < 0) { zOffset = stdOff; zAbbr = stdAbbr; zStart = lastTx; zEnd = OMEGA; return; }
  const days = floorDiv(sec, 86400);
  civilFromDays(days);
  const year = cYear;
  const first = daysFromCivil(year, 1, 1);
  const ysec = (days - first) * 86400 + (sec - days * 86400);
  const abs = first * 86400;
  let startSec = ruleTime(year, r + 16, stdOff);
  let endSec = ruleTime(year, r + 36, dstOff);
  if (endSec < startSec) {
    const t = startSec; startSec = endSec; endSec = t;
    const o = stdOff; stdOff = dstOff; dstOff = o;
    const a = stdAbbr; stdAbbr = dstAbbr; dstAbbr = a;
  }
  if (ysec < startSec) { zOffset = stdOff; zAbbr = stdAbbr; zStart = abs; zEnd = startSec + abs; }
  else if (ysec >= endSec) { zOffset = stdOff; zAbbr = stdAbbr; zStart = endSec + abs; zEnd = abs + 365 * 86400; }
  else { zOffset = dstOff; zAbbr = dstAbbr; zStart = startSec + abs; zEnd = endSec + abs; }
}

function putAbbr(b: Buf): bool {
  if (zAbbr < 0) { putStr(b, "UTC"); return true; }
  let p = TZ_ABBRS + <usize>zAbbr;
  if (load<u8>(p) == 0) return false;
  while (load<u8>(p) != 0) putByte(b, load<u8>(p++));
  return true;
}

// ---- layouts (Go's nextStdChunk) ----

const LONG_MONTH = 1, MONTH = 2, NUM_MONTH = 3, ZERO_MONTH = 4, LONG_WEEKDAY = 5, WEEKDAY = 6,
  DAY = 7, UNDER_DAY = 8, ZERO_DAY = 9, UNDER_YDAY = 10, ZERO_YDAY = 11, HOUR = 12, HOUR12 = 13,
  ZERO_HOUR12 = 14, MINUTE = 15, ZERO_MINUTE = 16, SECOND = 17, ZERO_SECOND = 18, LONG_YEAR = 19,
  YEAR = 20, PM = 21, PM_LOWER = 22, TZ = 23, ISO_TZ = 24, ISO_SECONDS_TZ = 25, ISO_SHORT_TZ = 26,
  ISO_COLON_TZ = 27, ISO_COLON_SECONDS_TZ = 28, NUM_TZ = 29, NUM_SECONDS_TZ = 30, NUM_SHORT_TZ = 31,
  NUM_COLON_TZ = 32, NUM_COLON_SECONDS_TZ = 33, FRAC0 = 34, FRAC9 = 35;
const STD0X: usize = memory.data<i32>([ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR]);

// The element found by the last nextStd(): where it starts and ends, and a fraction's digits and separator.
let stdAt: u32 = 0;
let stdEnd: u32 = 0;
let fracDigits: u32 = 0;
let fracSep: u32 = 0;

function at(l: usize, n: u32, i: u32, s: string): bool {
  const k = <u32>s.length;
  if (i + k > n) return false;
  for (let j: u32 = 0; j < k; j++) if (<u32>load<u8>(l + i + j) != <u32>s.charCodeAt(<i32>j)) return false;
  return true;
}

function lowerAt(l: usize, n: u32, i: u32): bool { if (i >= n) return false; const c = load<u8>(l + i); return c >= 0x61 && c <= 0x7a; }
function digitAt(l: usize, n: u32, i: u32): bool { if (i >= n) return false; const c = load<u8>(l + i); return c >= 0x30 && c <= 0x39; }

function found(i: u32, len: u32, std: i32): i32 { stdAt = i; stdEnd = i + len; return std; }

/** The next layout element at or after byte i of [l, l+n): its code (0: none, stdAt = n). */
function nextStd(l: usize, n: u32, i: u32): i32 {
  for (; i < n; i++) {
    const c = <u32>load<u8>(l + i);
    switch (c) {
      case 0x4a: // J
        if (at(l, n, i, "Jan")) {
          if (at(l, n, i, "January")) return found(i, 7, LONG_MONTH);
          if (!lowerAt(l, n, i + 3)) return found(i, 3, MONTH);
        }
        break;
      case 0x4d: // M
        if (at(l, n, i, "Mon")) {
          if (at(l, n, i, "Monday")) return found(i, 6, LONG_WEEKDAY);
          if (!lowerAt(l, n, i + 3)) return found(i, 3, WEEKDAY);
        }
        if (at(l, n, i, "MST")) return found(i, 3, TZ);
        break;
      case 0x30: { // 0
        if (i + 1 < n) {
          const d = <u32>load<u8>(l + i + 1);
          if (d >= 0x31 && d <= 0x36) return found(i, 2, load<i32>(STD0X + (<usize>(d - 0x31) << 2)));
        }
        if (at(l, n, i, "002")) return found(i, 3, ZERO_YDAY);
        break;
      }
      case 0x31: // 1
        if (at(l, n, i, "15")) return found(i, 2, HOUR);
        return found(i, 1, NUM_MONTH);
      case 0x32: // 2
        if (at(l, n, i, "2006")) return found(i, 4, LONG_YEAR);
        return found(i, 1, DAY);
      case 0x5f: // _
        if (at(l, n, i, "_2")) {
          // "_2006" is a literal _ and the long year
          if (at(l, n, i + 1, "2006")) return found(i + 1, 4, LONG_YEAR);
          return found(i, 2, UNDER_DAY);
        }
        if (at(l, n, i, "__2")) return found(i, 3, UNDER_YDAY);
        break;
      case 0x33: return found(i, 1, HOUR12);
      case 0x34: return found(i, 1, MINUTE);
      case 0x35: return found(i, 1, SECOND);
      case 0x50: if (at(l, n, i, "PM")) return found(i, 2, PM); break;
      case 0x70: if (at(l, n, i, "pm")) return found(i, 2, PM_LOWER); break;
      case 0x2d: // -
        if (at(l, n, i, "-070000")) return found(i, 7, NUM_SECONDS_TZ);
        if (at(l, n, i, "-07:00:00")) return found(i, 9, NUM_COLON_SECONDS_TZ);
        if (at(l, n, i, "-0700")) return found(i, 5, NUM_TZ);
        if (at(l, n, i, "-07:00")) return found(i, 6, NUM_COLON_TZ);
        if (at(l, n, i, "-07")) return found(i, 3, NUM_SHORT_TZ);
        break;
      case 0x5a: // Z
        if (at(l, n, i, "Z070000")) return found(i, 7, ISO_SECONDS_TZ);
        if (at(l, n, i, "Z07:00:00")) return found(i, 9, ISO_COLON_SECONDS_TZ);
        if (at(l, n, i, "Z0700")) return found(i, 5, ISO_TZ);
        if (at(l, n, i, "Z07:00")) return found(i, 6, ISO_COLON_TZ);
        if (at(l, n, i, "Z07")) return found(i, 3, ISO_SHORT_TZ);
        break;
      case 0x2e: case 0x2c: { // . or , then a run of 0 or 9 not followed by a digit
        if (i + 1 < n) {
          const ch = load<u8>(l + i + 1);
          if (ch == 0x30 || ch == 0x39) {
            let j = i + 1;
            while (j < n && load<u8>(l + j) == ch) j++;
            if (!digitAt(l, n, j)) {
              fracDigits = j - i - 1;
              fracSep = c;
              return found(i, j - i, ch == 0x30 ? FRAC0 : FRAC9);
            }
          }
        }
        break;
      }
    }
  }
  stdAt = n;
  stdEnd = n;
  return 0;
}

export const RFC3339 = "2006-01-02T15:04:05Z07:00";
export const RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
const LAYOUT_NAMES = ["ANSIC", "UnixDate", "RubyDate", "RFC822", "RFC822Z", "RFC850", "RFC1123", "RFC1123Z", "RFC3339",
    "RFC3339Nano", "Kitchen", "Stamp", "StampMilli", "StampMicro", "StampNano", "DateTime", "DateOnly", "TimeOnly"];
const LAYOUTS = ["Mon Jan _2 15:04:05 2006", "Mon Jan _2 15:04:05 MST 2006", "Mon Jan 02 15:04:05 -0700 2006",
    "02 Jan 06 15:04 MST", "02 Jan 06 15:04 -0700", "Monday, 02-Jan-06 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 MST",
    "Mon, 02 Jan 2006 15:04:05 -0700", RFC3339, RFC3339_NANO, "3:04PM", "Jan _2 15:04:05", "Jan _2 15:04:05.000",
    "Jan _2 15:04:05.000000", "Jan _2 15:04:05.000000000", "2006-01-02 15:04:05", "2006-01-02", "15:04:05"];

/** Go's named layouts, resolved as OPA does for time.format and time.parse_ns; null for any other text. */
export function namedLayout(p: usize, n: u32): string | null {
  for (let i = 0; i < LAYOUT_NAMES.length; i++) {
    const name = unchecked(LAYOUT_NAMES[i]);
    if (<u32>name.length == n && at(p, n, 0, name)) return unchecked(LAYOUTS[i]);
  }
  return null;
}

/** An ASCII AssemblyScript string as bytes on the heap. */
export function asciiBuf(s: string): Buf {
  const b = newBuf(<usize>s.length + 1);
  putStr(b, s);
  return b;
}

// ---- formatting ----

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function weekdayName(d: i32): string { return unchecked(DAYS[d]); }

/** Go's appendInt: x with at least `width` digits, zero-padded, a minus sign before the padding. */
function putInt(b: Buf, x: i64, width: i32): void {
  let u: u64 = x < 0 ? <u64>(-(x + 1)) + 1 : <u64>x;
  if (x < 0) putByte(b, 0x2d);
  let digits = 1;
  for (let t = u; t >= 10; t /= 10) digits++;
  for (let i = digits; i < width; i++) putByte(b, 0x30);
  const at = b.len;
  for (let i = 0; i < digits; i++) putByte(b, 0);
  for (let i = digits - 1; i >= 0; i--) { store<u8>(b.ptr + at + <usize>i, <u8>(0x30 + u % 10)); u /= 10; }
}

function putPrefix(b: Buf, s: string, n: i32): void {
  for (let i = 0; i < n; i++) putByte(b, s.charCodeAt(i));
}

/** Formats the wall clock in the c* globals (and zone in z*) with layout [l, l+n): Go's Time.Format. */
export function format(b: Buf, l: usize, n: u32): void {
  let i: u32 = 0;
  while (i < n) {
    const std = nextStd(l, n, i);
    putBytes(b, l + i, stdAt - i);
    if (std == 0) break;
    i = stdEnd;
    const h12 = cHour % 12 == 0 ? 12 : cHour % 12;
    switch (std) {
      case LONG_MONTH: putStr(b, unchecked(MONTHS[cMonth - 1])); break;
      case MONTH: putPrefix(b, unchecked(MONTHS[cMonth - 1]), 3); break;
      case LONG_WEEKDAY: putStr(b, unchecked(DAYS[cWeekday])); break;
      case WEEKDAY: putPrefix(b, unchecked(DAYS[cWeekday]), 3); break;
      case LONG_YEAR: putInt(b, cYear, 4); break;
      case YEAR: putInt(b, cYear % 100 < 0 ? -(cYear % 100) : cYear % 100, 2); break;
      case ZERO_MONTH: putInt(b, cMonth, 2); break;
      case NUM_MONTH: putInt(b, cMonth, 0); break;
      case ZERO_DAY: putInt(b, cDay, 2); break;
      case DAY: putInt(b, cDay, 0); break;
      case UNDER_DAY: if (cDay < 10) putByte(b, 0x20); putInt(b, cDay, 0); break;
      case ZERO_YDAY: putInt(b, cYday, 3); break;
      case UNDER_YDAY: if (cYday < 100) { putByte(b, 0x20); if (cYday < 10) putByte(b, 0x20); } putInt(b, cYday, 0); break;
      case HOUR: putInt(b, cHour, 2); break;
      case ZERO_HOUR12: putInt(b, h12, 2); break;
      case HOUR12: putInt(b, h12, 0); break;
      case ZERO_MINUTE: putInt(b, cMinute, 2); break;
      case MINUTE: putInt(b, cMinute, 0); break;
      case ZERO_SECOND: putInt(b, cSecond, 2); break;
      case SECOND: putInt(b, cSecond, 0); break;
      case PM: putStr(b, cHour >= 12 ? "PM" : "AM"); break;
      case PM_LOWER: putStr(b, cHour >= 12 ? "pm" : "am"); break;
      case TZ:
        if (!putAbbr(b)) {
          // no abbreviation: Go prints the -0700 form
          let z = zOffset / 60;
          if (z < 0) { putByte(b, 0x2d); z = -z; } else putByte(b, 0x2b);
          putInt(b, z / 60, 2);
          putInt(b, z % 60, 2);
        }
        break;
      case FRAC0: case FRAC9: {
        const trim = std == FRAC9;
        if (trim && (fracDigits == 0 || cNsec == 0)) break;
        const start = b.len;
        putByte(b, fracSep);
        putInt(b, cNsec, 9);
        if (fracDigits < 9) b.len -= 9 - fracDigits;
        if (trim) {
          while (b.len > start && load<u8>(b.ptr + b.len - 1) == 0x30) b.len--;
          if (b.len == start + 1) b.len = start;
        }
        break;
      }
      default: { // the numeric zone forms
        if (zOffset == 0 && std >= ISO_TZ && std <= ISO_COLON_SECONDS_TZ) { putByte(b, 0x5a); break; }
        let z = zOffset / 60, abs = zOffset;
        if (z < 0) { putByte(b, 0x2d); z = -z; abs = -abs; } else putByte(b, 0x2b);
        putInt(b, z / 60, 2);
        const colon = std == ISO_COLON_TZ || std == NUM_COLON_TZ || std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ;
        if (colon) putByte(b, 0x3a);
        if (std != NUM_SHORT_TZ && std != ISO_SHORT_TZ) putInt(b, z % 60, 2);
        if (std == ISO_SECONDS_TZ || std == NUM_SECONDS_TZ || std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
          if (colon) putByte(b, 0x3a);
          putInt(b, abs % 60, 2);
        }
      }
    }
  }
}

// ---- parsing (Go's time.Parse with UTC as the local zone) ----

/** Go's time-package quote(): printable ASCII as is (with \" and \\), every other byte as \xHH. */
export function putGoQuote(b: Buf, p: usize, n: u32): void {
  const HEX = "0123456789abcdef";
  putByte(b, 0x22);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c >= 0x80 || c < 0x20) { putStr(b, "\\x"); putByte(b, HEX.charCodeAt(c >> 4)); putByte(b, HEX.charCodeAt(c & 15)); continue; }
    if (c == 0x22 || c == 0x5c) putByte(b, 0x5c);
    putByte(b, c);
  }
  putByte(b, 0x22);
}

// The instant of the last successful parse().
export let parsedSec: i64 = 0;
export let parsedNsec: i32 = 0;

let pv: usize = 0; // the value's bytes
let pn: u32 = 0;
let pi: u32 = 0; // read position in the value

function vdigit(k: u32): bool { return pi + k < pn && load<u8>(pv + pi + k) >= 0x30 && load<u8>(pv + pi + k) <= 0x39; }
function vbyte(k: u32): u32 { return <u32>load<u8>(pv + pi + k); }

/** Go's getnum: one or two digits (exactly two when fixed); -1 when bad. */
function getnum(fixed: bool): i32 {
  if (!vdigit(0)) return -1;
  if (!vdigit(1)) { if (fixed) return -1; const d = <i32>vbyte(0) - 0x30; pi++; return d; }
  const v = (<i32>vbyte(0) - 0x30) * 10 + <i32>vbyte(1) - 0x30;
  pi += 2;
  return v;
}

/** Exactly two digits at pi + k, or -1. */
function two(k: u32): i32 {
  return vdigit(k) && vdigit(k + 1) ? (<i32>vbyte(k) - 0x30) * 10 + <i32>vbyte(k + 1) - 0x30 : -1;
}

/** Go's getnum3: one to three digits (exactly three when fixed); -1 when bad. */
function getnum3(fixed: bool): i32 {
  let v = 0, i: u32 = 0;
  for (; i < 3 && vdigit(i); i++) v = v * 10 + <i32>vbyte(i) - 0x30;
  if (i == 0 || (fixed && i != 3)) return -1;
  pi += i;
  return v;
}

/** A case-insensitive match of one of `names` (or their 3-letter prefixes); its index or -1. */
function lookupName(names: string[], short: bool): i32 {
  for (let k = 0; k < names.length; k++) {
    const s = unchecked(names[k]);
    const m: u32 = short ? 3 : <u32>s.length;
    if (pi + m > pn) continue;
    let ok = true;
    for (let j: u32 = 0; j < m && ok; j++) {
      let c = vbyte(j), d = <u32>s.charCodeAt(<i32>j);
      if (c >= 0x41 && c <= 0x5a) c += 32;
      if (d >= 0x41 && d <= 0x5a) d += 32;
      ok = c == d;
    }
    if (ok) { pi += m; return k; }
  }
  return -1;
}

/** Go's parseNanoseconds over `nbytes` bytes from pi (separator included); -1 when bad. */
function nanos(nbytes: u32): i32 {
  const c = vbyte(0);
  if (c != 0x2e && c != 0x2c) return -1;
  const m: u32 = nbytes > 10 ? 10 : nbytes;
  if (m < 2) return -1;
  let ns = 0;
  for (let j: u32 = 1; j < m; j++) {
    const d = vbyte(j);
    if (d < 0x30 || d > 0x39) return -1;
    ns = ns * 10 + <i32>(d - 0x30);
  }
  for (let j = m; j < 10; j++) ns *= 10;
  return ns;
}

function upperAt(k: u32): bool { if (pi + k >= pn) return false; const c = vbyte(k); return c >= 0x41 && c <= 0x5a; }

/** Go's parseSignedOffset at pi + k: the length of a [+-]h{1,} offset of at most 23 hours, or 0. */
function signedOffsetLen(k: u32): u32 {
  if (pi + k >= pn) return 0;
  const s = vbyte(k);
  if (s != 0x2b && s != 0x2d) return 0;
  let j = k + 1;
  let x: u64 = 0;
  while (pi + j < pn && vbyte(j) >= 0x30 && vbyte(j) <= 0x39) { x = x * 10 + <u64>(vbyte(j) - 0x30); if (x > 1000) x = 1000; j++; }
  if (j == k + 1 || x > 23) return 0;
  return j - k;
}

/** Go's parseTimeZone: the length of a zone abbreviation at pi, or 0. */
function timeZoneLen(): u32 {
  if (pn - pi < 3) return 0;
  if (pn - pi >= 4 && (at(pv, pn, pi, "ChST") || at(pv, pn, pi, "MeST"))) return 4;
  if (at(pv, pn, pi, "GMT")) return 3 + signedOffsetLen(3);
  if (vbyte(0) == 0x2b || vbyte(0) == 0x2d) return signedOffsetLen(0);
  let up: u32 = 0;
  while (up < 6 && upperAt(up)) up++;
  if (up == 5) return vbyte(4) == 0x54 ? 5 : 0;
  if (up == 4) return vbyte(3) == 0x54 || at(pv, pn, pi, "WITA") ? 4 : 0;
  if (up == 3) return 3;
  return 0;
}

const EXTRA = ": extra text: ";

function parseError(l: usize, ln: u32, elemP: usize, elemN: u32, msg: string | null): bool {
  const b = newBuf(<usize>(pn + ln) + 64);
  putStr(b, "parsing time ");
  putGoQuote(b, pv, pn);
  if (msg == EXTRA) {
    putStr(b, ": extra text: ");
    putGoQuote(b, pv + pi, pn - pi);
  } else if (msg != null) {
    // a range error names its field ("month"), the others are whole messages (": day out of range")
    if (msg.charCodeAt(0) != 0x3a) { putStr(b, ": "); putStr(b, msg); putStr(b, " out of range"); }
    else putStr(b, msg);
  } else {
    putStr(b, " as ");
    putGoQuote(b, l, ln);
    putStr(b, ": cannot parse ");
    putGoQuote(b, pv + pi, pn - pi);
    putStr(b, " as ");
    putGoQuote(b, elemP, elemN);
  }
  failBuf(b);
  return false;
}

/** Go's skip(): the layout's literal text [p, p+n) at pi, a space matching any run of spaces. */
function skip(p: usize, n: u32): bool {
  let i: u32 = 0;
  while (i < n) {
    if (load<u8>(p + i) == 0x20) {
      if (pi < pn && vbyte(0) != 0x20) return false;
      while (i < n && load<u8>(p + i) == 0x20) i++;
      while (pi < pn && vbyte(0) == 0x20) pi++;
      continue;
    }
    if (pi >= pn || vbyte(0) != <u32>load<u8>(p + i)) return false;
    i++;
    pi++;
  }
  return true;
}

/** Go's time.Parse(layout, value); the instant goes to parsedSec/parsedNsec, false on error. */
export function parse(l: usize, ln: u32, v: usize, vn: u32): bool {
  pv = v; pn = vn; pi = 0;
  let year: i64 = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
  let zoneOffset = -1, pmSet = false, amSet = false;
  let i: u32 = 0;
  while (true) {
    const std = nextStd(l, ln, i);
    const litAt = i, litEnd = stdAt, elemAt = stdAt, elemEnd = stdEnd;
    if (!skip(l + litAt, litEnd - litAt)) return parseError(l, ln, l + litAt, litEnd - litAt, null);
    if (std == 0) {
      if (pi < pn) return parseError(l, ln, 0, 0, EXTRA);
      break;
    }
    i = elemEnd;
    const hold = pi;
    let bad = false;
    let range: string | null = null;
    switch (std) {
      case YEAR: {
        if (pn - pi < 2 || !vdigit(0) || !vdigit(1)) { bad = true; break; }
        const y = (<i32>vbyte(0) - 0x30) * 10 + <i32>vbyte(1) - 0x30;
        pi += 2;
        year = y >= 69 ? 1900 + y : 2000 + y;
        break;
      }
      case LONG_YEAR: {
        if (pn - pi < 4 || !vdigit(0) || !vdigit(1) || !vdigit(2) || !vdigit(3)) { bad = true; break; }
        year = <i64>((<i32>vbyte(0) - 0x30) * 1000 + (<i32>vbyte(1) - 0x30) * 100 + (<i32>vbyte(2) - 0x30) * 10 + <i32>vbyte(3) - 0x30);
        pi += 4;
        break;
      }
      case MONTH: case LONG_MONTH: {
        const k = lookupName(MONTHS, std == MONTH);
        if (k < 0) bad = true; else month = k + 1;
        break;
      }
      case NUM_MONTH: case ZERO_MONTH:
        month = getnum(std == ZERO_MONTH);
        if (month < 0) bad = true; else if (month == 0 || month > 12) range = "month";
        break;
      case WEEKDAY: case LONG_WEEKDAY:
        if (lookupName(DAYS, std == WEEKDAY) < 0) bad = true;
        break;
      case DAY: case UNDER_DAY: case ZERO_DAY:
        if (std == UNDER_DAY && pi < pn && vbyte(0) == 0x20) pi++;
        day = getnum(std == ZERO_DAY);
        if (day < 0) bad = true;
        break;
      case UNDER_YDAY: case ZERO_YDAY:
        for (let k = 0; k < 2; k++) if (std == UNDER_YDAY && pi < pn && vbyte(0) == 0x20) pi++;
        yday = getnum3(std == ZERO_YDAY);
        if (yday < 0) bad = true;
        break;
      case HOUR:
        hour = getnum(false);
        if (hour < 0) bad = true; else if (hour >= 24) range = "hour";
        break;
      case HOUR12: case ZERO_HOUR12:
        hour = getnum(std == ZERO_HOUR12);
        if (hour < 0) bad = true; else if (hour > 12) range = "hour";
        break;
      case MINUTE: case ZERO_MINUTE:
        min = getnum(std == ZERO_MINUTE);
        if (min < 0) bad = true; else if (min >= 60) range = "minute";
        break;
      case SECOND: case ZERO_SECOND: {
        sec = getnum(std == ZERO_SECOND);
        if (sec < 0) { bad = true; break; }
        if (sec >= 60) { range = "second"; break; }
        // a fractional second in the value but not in the layout is accepted
        if (pn - pi >= 2 && (vbyte(0) == 0x2e || vbyte(0) == 0x2c) && vdigit(1)) {
          const next = nextStd(l, ln, i);
          if (next == FRAC0 || next == FRAC9) break;
          let k: u32 = 2;
          while (vdigit(k)) k++;
          nsec = nanos(k);
          if (nsec < 0) { bad = true; break; }
          pi += k;
        }
        break;
      }
      case PM: case PM_LOWER: {
        if (pn - pi < 2) { bad = true; break; }
        const a = vbyte(0), m = vbyte(1);
        const up = std == PM;
        if (m != (up ? 0x4d : 0x6d)) bad = true;
        else if (a == (up ? 0x50 : 0x70)) pmSet = true;
        else if (a == (up ? 0x41 : 0x61)) amSet = true;
        else bad = true;
        pi += 2;
        break;
      }
      case TZ: {
        if (at(pv, pn, pi, "UTC")) { pi += 3; zoneOffset = 0; break; }
        const k = timeZoneLen();
        // a zone name other than UTC leaves the wall clock as UTC (Go's fake zone, Local being UTC)
        if (k == 0) bad = true; else pi += k;
        break;
      }
      case FRAC0: {
        const nd: u32 = 1 + fracDigits;
        if (pn - pi < nd) { bad = true; break; }
        nsec = nanos(nd);
        if (nsec < 0) { bad = true; break; }
        pi += nd;
        break;
      }
      case FRAC9: {
        if (pn - pi < 2 || (vbyte(0) != 0x2e && vbyte(0) != 0x2c) || !vdigit(1)) break;
        let k: u32 = 0;
        while (vdigit(k + 1)) k++;
        nsec = nanos(1 + k);
        if (nsec < 0) { bad = true; break; }
        pi += 1 + k;
        break;
      }
      default: { // numeric zone offsets
        if (std >= ISO_TZ && std <= ISO_COLON_SECONDS_TZ && pi < pn && vbyte(0) == 0x5a) { pi++; zoneOffset = 0; break; }
        const rest = pn - pi;
        let hh: u32 = 1, mm: u32 = 0, ss: u32 = 0, width: u32 = 0;
        if (std == ISO_COLON_TZ || std == NUM_COLON_TZ) {
          if (rest < 6 || vbyte(3) != 0x3a) { bad = true; break; }
          mm = 4; width = 6;
        } else if (std == NUM_SHORT_TZ || std == ISO_SHORT_TZ) {
          if (rest < 3) { bad = true; break; }
          width = 3;
        } else if (std == ISO_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
          if (rest < 9 || vbyte(3) != 0x3a || vbyte(6) != 0x3a) { bad = true; break; }
          mm = 4; ss = 7; width = 9;
        } else if (std == ISO_SECONDS_TZ || std == NUM_SECONDS_TZ) {
          if (rest < 7) { bad = true; break; }
          mm = 3; ss = 5; width = 7;
        } else {
          if (rest < 5) { bad = true; break; }
          mm = 3; width = 5;
        }
        const h = two(hh), m = mm ? two(mm) : 0, s = ss ? two(ss) : 0;
        const sign = vbyte(0);
        if (h < 0 || m < 0 || s < 0) { bad = true; break; }
        if (h > 24) range = "time zone offset hour";
        if (m > 60) range = "time zone offset minute";
        if (s > 60) range = "time zone offset second";
        zoneOffset = (h * 60 + m) * 60 + s;
        if (sign == 0x2d) zoneOffset = -zoneOffset;
        else if (sign != 0x2b) bad = true;
        pi += width;
      }
    }
    if (range != null) return parseError(l, ln, 0, 0, range);
    if (bad) { pi = hold; return parseError(l, ln, l + elemAt, elemEnd - elemAt, null); }
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour == 12) hour = 0;
  if (yday >= 0) {
    let d = 0, m = 0;
    if (isLeap(year)) {
      if (yday == 31 + 29) { m = 2; d = 29; }
      else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) return parseError(l, ln, 0, 0, ": day-of-year out of range");
    if (m == 0) {
      m = (yday - 1) / 31 + 1;
      if (load<i32>(DAYS_BEFORE + (<usize>m << 2)) < yday) m++;
      d = yday - load<i32>(DAYS_BEFORE + (<usize>(m - 1) << 2));
    }
    if (month >= 0 && month != m) return parseError(l, ln, 0, 0, ": day-of-year does not match month");
    month = m;
    if (day >= 0 && day != d) return parseError(l, ln, 0, 0, ": day-of-year does not match day");
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) return parseError(l, ln, 0, 0, ": day out of range");
  parsedSec = (daysFromCivil(year, month, <i64>day)) * 86400 + <i64>(hour * 3600 + min * 60 + sec) - <i64>(zoneOffset == -1 ? 0 : zoneOffset);
  parsedNsec = nsec;
  return true;
}

// ---- durations (Go's time.ParseDuration) ----

const TWO63: u64 = 0x8000000000000000;

function durationError(what: string, p: usize, n: u32): void {
  const b = newBuf(<usize>n + 40);
  putStr(b, what);
  putGoQuote(b, p, n);
  failBuf(b);
}

/** Go's time.ParseDuration of [p, p+n); ok false (and a builtin error) when invalid. */
export let durationOk: bool = false;
export function parseDuration(p: usize, n: u32): i64 {
  durationOk = false;
  let i: u32 = 0;
  let neg = false;
  if (n > 0 && (load<u8>(p) == 0x2d || load<u8>(p) == 0x2b)) { neg = load<u8>(p) == 0x2d; i = 1; }
  if (n - i == 1 && load<u8>(p + i) == 0x30) { durationOk = true; return 0; }
  if (i == n) { durationError("time: invalid duration ", p, n); return 0; }
  let d: u64 = 0;
  while (i < n) {
    let c = load<u8>(p + i);
    if (!(c == 0x2e || (c >= 0x30 && c <= 0x39))) { durationError("time: invalid duration ", p, n); return 0; }
    let v: u64 = 0, f: u64 = 0, scale: f64 = 1;
    const pl = i;
    while (i < n && load<u8>(p + i) >= 0x30 && load<u8>(p + i) <= 0x39) {
      if (v > TWO63 / 10) { durationError("time: invalid duration ", p, n); return 0; }
      v = v * 10 + <u64>(load<u8>(p + i) - 0x30);
      if (v > TWO63) { durationError("time: invalid duration ", p, n); return 0; }
      i++;
    }
    const pre = i != pl;
    let post = false;
    if (i < n && load<u8>(p + i) == 0x2e) {
      i++;
      const fl = i;
      let overflow = false;
      while (i < n && load<u8>(p + i) >= 0x30 && load<u8>(p + i) <= 0x39) {
        if (!overflow) {
          if (f > (TWO63 - 1) / 10) overflow = true;
          else {
            const y = f * 10 + <u64>(load<u8>(p + i) - 0x30);
            if (y > TWO63) overflow = true;
            else { f = y; scale *= 10; }
          }
        }
        i++;
      }
      post = i != fl;
    }
    if (!pre && !post) { durationError("time: invalid duration ", p, n); return 0; }
    const us = i;
    while (i < n) { c = load<u8>(p + i); if (c == 0x2e || (c >= 0x30 && c <= 0x39)) break; i++; }
    if (i == us) { durationError("time: missing unit in duration ", p, n); return 0; }
    const unit = unitOf(p + us, i - us);
    if (unit == 0) {
      const b = newBuf(<usize>n * 2 + 40);
      putStr(b, "time: unknown unit ");
      putGoQuote(b, p + us, i - us);
      putStr(b, " in duration ");
      putGoQuote(b, p, n);
      failBuf(b);
      return 0;
    }
    if (v > TWO63 / unit) { durationError("time: invalid duration ", p, n); return 0; }
    v *= unit;
    if (f > 0) {
      v += <u64>(<f64>f * (<f64>unit / scale));
      if (v > TWO63) { durationError("time: invalid duration ", p, n); return 0; }
    }
    d += v;
    if (d > TWO63) { durationError("time: invalid duration ", p, n); return 0; }
  }
  if (!neg && d > TWO63 - 1) { durationError("time: invalid duration ", p, n); return 0; }
  durationOk = true;
  return neg ? -(<i64>d) : <i64>d;
}

function unitOf(p: usize, n: u32): u64 {
  if (at(p, n, 0, "ns") && n == 2) return 1;
  if (at(p, n, 0, "us") && n == 2) return 1000;
  // µ (U+00B5) and μ (U+03BC) in UTF-8, then "s"
  if (n == 3 && load<u8>(p + 2) == 0x73 && ((load<u8>(p) == 0xc2 && load<u8>(p + 1) == 0xb5) || (load<u8>(p) == 0xce && load<u8>(p + 1) == 0xbc))) return 1000;
  if (at(p, n, 0, "ms") && n == 2) return 1000000;
  if (n == 1) {
    const c = load<u8>(p);
    if (c == 0x73) return 1000000000;
    if (c == 0x6d) return 60000000000;
    if (c == 0x68) return 3600000000000;
  }
  return 0;
}

