// The time.* builtins except the clock (time.now_ns reads the host's clock through the SDK):
// operands as OPA's topdown/time.go reads them (tzTime: `ns`, `[ns]`, `[ns, tz]`, `[ns, tz,
// layout]`), results as int64 nanoseconds with OPA's "time outside of valid range" check. Go's
// calendar, zones and layouts are gotime.ts; this file must not reimplement them.

import { T_INT, T_FLOAT, T_STRING, T_ARRAY, tag, len, intOf, arrGet, mkInt, mkArray, arrPush, mkStr, mkString } from "../value";
import { Buf, newBuf } from "../buf";
import { fail, mustBe, typeFail } from "./error";
import {
  ZONE_UTC, RFC3339, RFC3339_NANO, asciiBuf, civil, dateToUnix, format, loadZone, namedLayout, parse, parseDuration,
  parsedNsec, parsedSec, weekdayName, durationOk, cYear, cMonth, cDay, cHour, cMinute, cSecond, cWeekday,
} from "./gotime";
import { bigOf } from "../bignum";
import { bigToI64, fits } from "../bigint";

const NS: i64 = 1000000000;
const TZ_EXPECTED = "either number (ns) or [number (ns), string (tz)]";

// The operand read by the last tzTime() call.
let tSec: i64 = 0;
let tNsec: i32 = 0;
let tZone: i32 = ZONE_UTC;
let tLayout: Buf | null = null;

@inline function floorDiv(a: i64, b: i64): i64 { const q = a / b; return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q; }

/** OPA's NumberOperand then big.Float.Int64: an exact integer of nanoseconds, else "timestamp too big". */
function nanosOf(v: usize, pos: u32): bool {
  const t = tag(v);
  let ns: i64 = 0;
  if (t == T_INT) ns = intOf(v);
  else if (t == T_FLOAT) {
    const f = load<f64>(v, 8);
    if (f != Math.floor(f) || f < -9223372036854775808.0 || f >= 9223372036854775808.0) { fail("timestamp too big"); return false; }
    ns = <i64>f;
  } else if (t > T_FLOAT && t < T_STRING) {
    // a number kept as its text (1.7e18, 1.0, beyond i64): its exact integer value, if any
    const b = bigOf(v);
    ns = b ? bigToI64(b) : 0;
    if (!b || !fits) { fail("timestamp too big"); return false; }
  }
  else { mustBe(pos, "number", v); return false; }
  tSec = floorDiv(ns, NS);
  tNsec = <i32>(ns - tSec * NS);
  return true;
}

function layoutBuf(v: usize): Buf {
  const named = namedLayout(v + 8, len(v));
  if (named != null) return asciiBuf(named);
  const b = newBuf(<usize>len(v) + 1);
  memory.copy(b.ptr, v + 8, len(v));
  b.len = len(v);
  return b;
}

/** OPA's tzTime: the instant, zone and layout of a time operand, into the t* globals. */
function tzTime(v: usize): bool {
  tZone = ZONE_UTC;
  tLayout = null;
  const t = tag(v);
  if (t == T_ARRAY) {
    const n = len(v);
    if (n == 0) { mustBe(1, TZ_EXPECTED, v); return false; }
    if (!nanosOf(arrGet(v, 0), 1)) return false;
    if (n > 1) {
      const z = arrGet(v, 1);
      if (tag(z) != T_STRING) { mustBe(1, "string", z); return false; }
      tZone = loadZone(z + 8, len(z));
      if (tZone == -2) return false;
    }
    if (n > 2) {
      const l = arrGet(v, 2);
      if (tag(l) != T_STRING) { mustBe(1, "string", l); return false; }
      tLayout = layoutBuf(l);
    }
    return true;
  }
  if (t >= T_INT && t < T_STRING) return nanosOf(v, 1);
  { mustBe(1, TZ_EXPECTED, v); return false; }
}

/** OPA's toSafeUnixNano: the instant as int64 nanoseconds, or "time outside of valid range". */
function safeNanos(sec: i64, nsec: i32): usize {
  if (sec < -9223372037 || (sec == -9223372037 && nsec < 145224192) || sec > 9223372036 || (sec == 9223372036 && nsec > 854775807)) {
    return fail("time outside of valid range");
  }
  return mkInt(sec * NS + <i64>nsec);
}

function layoutOf(s: string): Buf { return asciiBuf(s); }

export function parseRfc3339Ns(v: usize): usize {
  if (tag(v) != T_STRING) return mustBe(1, "string", v);
  const l = layoutOf(RFC3339);
  if (!parse(l.ptr, <u32>l.len, v + 8, len(v))) return 0;
  return safeNanos(parsedSec, parsedNsec);
}

export function parseNs(layout: usize, v: usize): usize {
  if (tag(layout) != T_STRING) return mustBe(1, "string", layout);
  if (tag(v) != T_STRING) return mustBe(2, "string", v);
  const l = layoutBuf(layout);
  if (!parse(l.ptr, <u32>l.len, v + 8, len(v))) return 0;
  return safeNanos(parsedSec, parsedNsec);
}

export function parseDurationNs(v: usize): usize {
  if (tag(v) != T_STRING) return mustBe(1, "string", v);
  const d = parseDuration(v + 8, len(v));
  return durationOk ? mkInt(d) : 0;
}

/** OPA's IntOperand. */
function intOperand(v: usize, pos: u32): bool {
  const t = tag(v);
  if (t == T_INT) return true;
  if (t == T_FLOAT && load<f64>(v, 8) == Math.floor(load<f64>(v, 8)) && Math.abs(load<f64>(v, 8)) < 9007199254740992.0) return true;
  if (t >= T_INT && t < T_STRING) {
    typeFail(pos == 2 ? "operand 2 must be integer number but got floating-point number"
      : pos == 3 ? "operand 3 must be integer number but got floating-point number" : "operand 4 must be integer number but got floating-point number");
    return false;
  }
  mustBe(pos, "number", v);
  return false;
}

function intValue(v: usize): i64 { return tag(v) == T_INT ? intOf(v) : <i64>load<f64>(v, 8); }

/** Go's Time.AddDate in the operand's zone: months and days overflow as time.Date does. */
export function addDate(t: usize, y: usize, m: usize, d: usize): usize {
  if (!tzTime(t) || !intOperand(y, 2) || !intOperand(m, 3) || !intOperand(d, 4)) return 0;
  civil(tSec, tNsec, tZone);
  const years = intValue(y), months = intValue(m), days = intValue(d);
  // far outside int64 nanoseconds (±292 years), and before the calendar arithmetic could wrap
  if (years < -1000000 || years > 1000000 || months < -12000000 || months > 12000000 || days < -400000000 || days > 400000000) {
    return fail("time outside of valid range");
  }
  const sec = dateToUnix(cYear + years, <i64>cMonth + months, <i64>cDay + days, cHour, cMinute, cSecond, tZone);
  return safeNanos(sec, tNsec);
}

function triple(a: i64, b: i64, c: i64): usize {
  const r = mkArray(3);
  arrPush(r, mkInt(a));
  arrPush(r, mkInt(b));
  arrPush(r, mkInt(c));
  return r;
}

export function date(v: usize): usize {
  if (!tzTime(v)) return 0;
  civil(tSec, tNsec, tZone);
  return triple(cYear, cMonth, cDay);
}

export function clock(v: usize): usize {
  if (!tzTime(v)) return 0;
  civil(tSec, tNsec, tZone);
  return triple(cHour, cMinute, cSecond);
}

export function weekday(v: usize): usize {
  if (!tzTime(v)) return 0;
  civil(tSec, tNsec, tZone);
  return mkStr(weekdayName(cWeekday));
}

export function formatTime(v: usize): usize {
  if (!tzTime(v)) return 0;
  // an absent or empty layout is RFC3339Nano (OPA's builtinFormat)
  const l = tLayout != null && (<Buf>tLayout).len > 0 ? <Buf>tLayout : layoutOf(RFC3339_NANO);
  civil(tSec, tNsec, tZone);
  const b = newBuf(l.len + 16);
  format(b, l.ptr, <u32>l.len);
  return mkString(b.ptr, <u32>b.len);
}

/** OPA's time.diff (after icza/gox): the calendar difference, both in the first operand's zone. */
export function diff(a: usize, b: usize): usize {
  if (!tzTime(a)) return 0;
  let s1 = tSec, n1 = tNsec;
  const zone = tZone;
  if (!tzTime(b)) return 0;
  let s2 = tSec, n2 = tNsec;
  if (s1 > s2 || (s1 == s2 && n1 > n2)) {
    const s = s1; s1 = s2; s2 = s;
    const n = n1; n1 = n2; n2 = n;
  }
  civil(s1, n1, zone);
  const y1 = cYear, m1 = cMonth, d1 = cDay, h1 = cHour, i1 = cMinute, c1 = cSecond;
  civil(s2, n2, zone);
  let year = cYear - y1, month = <i64>(cMonth - m1), day = <i64>(cDay - d1);
  let hour = <i64>(cHour - h1), min = <i64>(cMinute - i1), sec = <i64>(cSecond - c1);
  if (sec < 0) { sec += 60; min--; }
  if (min < 0) { min += 60; hour--; }
  if (hour < 0) { hour += 24; day--; }
  if (day < 0) {
    // the days of the first month: day 32 of it normalises to day (32 - length) of the next
    civil(dateToUnix(y1, m1, 32, 0, 0, 0, ZONE_UTC), 0, ZONE_UTC);
    day += 32 - cDay;
    month--;
  }
  if (month < 0) { month += 12; year--; }
  const r = mkArray(6);
  arrPush(r, mkInt(year));
  arrPush(r, mkInt(month));
  arrPush(r, mkInt(day));
  arrPush(r, mkInt(hour));
  arrPush(r, mkInt(min));
  arrPush(r, mkInt(sec));
  return r;
}

