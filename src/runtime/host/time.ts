// time.* builtins. Timestamps are integer nanoseconds since the Unix epoch, in int64 range.
// Results are exact: nanosecond values are returned as bigint (index.ts sends them as exact JSON).
// Arguments arrive as doubles (opa-wasm JSON-parses them); a double is read as its shortest
// decimal form, which gives back the original integer for any timestamp with at most 17
// significant digits (microsecond-precision timestamps and coarser, e.g. 1703444325734390000).
// time.now_ns returns the context's clock, which the caller fixes per evaluation.

import { int, num, operandFail, str, fail, typeFail } from './errors.js';
import {
  civil,
  daysFromCivil,
  formatLayout,
  loadZone,
  NAMED_LAYOUTS,
  parseDuration,
  parseLayout,
  UTC,
  weekdayName,
  type Zone,
} from './gotime.js';
import type { HostContext } from './context.js';
import type { Value } from './values.js';

const NS = 1_000_000_000n;
const MIN_NS = -(1n << 63n);
const MAX_NS = (1n << 63n) - 1n;

/** Exact integer nanoseconds from a JSON number (see the header) or a bigint. */
export function nsOf(v: Value, pos = 1): bigint {
  if (typeof v === 'bigint') return v;
  const n = num(v, pos);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) fail('timestamp too big');
  const text = String(n);
  const whole = text.includes('.') ? text.slice(0, text.indexOf('.')) : text;
  const ns = BigInt(whole);
  if (ns < MIN_NS || ns > MAX_NS) fail('timestamp too big');
  return ns;
}

function split(ns: bigint): [bigint, number] {
  let sec = ns / NS;
  let rem = ns % NS;
  if (rem < 0n) {
    rem += NS;
    sec -= 1n;
  }
  return [sec, Number(rem)];
}

function exact(ns: bigint): number | bigint {
  return ns >= BigInt(Number.MIN_SAFE_INTEGER) && ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
}

function checkRange(ns: bigint): bigint {
  if (ns < MIN_NS || ns > MAX_NS) fail('time outside of valid range');
  return ns;
}

const TZ_EXPECTED = 'either number (ns) or [number (ns), string (tz)]';

/** OPA's tzTime: `ns`, `[ns]`, `[ns, tz]` or `[ns, tz, layout]`. */
function tzTime(v: Value): { ns: bigint; zone: Zone; layout: string } {
  let zone = UTC;
  let layout = NAMED_LAYOUTS.RFC3339Nano!;
  if (Array.isArray(v)) {
    if (v.length === 0) typeFail(1, v, TZ_EXPECTED);
    const ns = nsOf(v[0]!, 1);
    if (v.length > 1) zone = loadZone(str(v[1]!, 1));
    if (v.length > 2) {
      const l = v[2];
      if (typeof l !== 'string') operandFail(1, `must be ${TZ_EXPECTED} but got array`);
      layout = NAMED_LAYOUTS[l] ?? l;
    }
    return { ns, zone, layout };
  }
  if (typeof v === 'number' || typeof v === 'bigint') return { ns: nsOf(v, 1), zone, layout };
  return typeFail(1, v, TZ_EXPECTED);
}

function civilOf(v: Value) {
  const t = tzTime(v);
  const [sec, nsec] = split(t.ns);
  return { c: civil(sec, nsec, t.zone), layout: t.layout };
}

/** Go's Time.AddDate in UTC: months and days overflow into the next unit, as time.Date does. */
function addDate(ns: bigint, years: number, months: number, days: number): bigint {
  const [sec, nsec] = split(ns);
  const c = civil(sec, nsec, UTC);
  let m = c.month - 1 + months;
  const y = c.year + years + Math.floor(m / 12);
  m = ((m % 12) + 12) % 12;
  const d = daysFromCivil(y, m + 1, 1) + c.day - 1 + days;
  const secOfDay = c.hour * 3600 + c.minute * 60 + c.second;
  return checkRange((BigInt(d) * 86400n + BigInt(secOfDay)) * NS + BigInt(nsec));
}

/** OPA's time.diff (after icza/gox): calendar difference, the earlier time first. */
function diff(a: Value, b: Value): number[] {
  const ta = tzTime(a);
  const tb = tzTime(b);
  let [x, y] = [ta.ns, tb.ns];
  if (x > y) [x, y] = [y, x];
  const [s1, n1] = split(x);
  const [s2, n2] = split(y);
  // both in the first operand's zone
  const c1 = civil(s1, n1, ta.zone);
  const c2 = civil(s2, n2, ta.zone);
  let year = c2.year - c1.year;
  let month = c2.month - c1.month;
  let day = c2.day - c1.day;
  let hour = c2.hour - c1.hour;
  let min = c2.minute - c1.minute;
  let sec = c2.second - c1.second;
  if (sec < 0) { sec += 60; min--; }
  if (min < 0) { min += 60; hour--; }
  if (hour < 0) { hour += 24; day--; }
  if (day < 0) {
    // days in c1's month: Go normalises day 32 of that month
    const overflow = civilFromDaysDay(daysFromCivil(c1.year, c1.month, 1) + 31);
    day += 32 - overflow;
    month--;
  }
  if (month < 0) { month += 12; year--; }
  return [year, month, day, hour, min, sec];
}

function civilFromDaysDay(days: number): number {
  return civil(BigInt(days) * 86400n, 0, UTC).day;
}

export function timeBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    'time.now_ns': () => exact(ctx.now()),
    'time.parse_rfc3339_ns': (x) => {
      const s = str(x, 1);
      const p = parseLayout(NAMED_LAYOUTS.RFC3339!, s);
      return exact(checkRange(p.sec * NS + BigInt(p.nsec)));
    },
    'time.parse_ns': (layout, value) => {
      const l = str(layout, 1);
      const p = parseLayout(NAMED_LAYOUTS[l] ?? l, str(value, 2));
      return exact(checkRange(p.sec * NS + BigInt(p.nsec)));
    },
    'time.parse_duration_ns': (x) => exact(parseDuration(str(x, 1))),
    'time.add_date': (ns, y, m, d) => exact(addDate(nsOf(ns, 1), int(y, 2), int(m, 3), int(d, 4))),
    'time.date': (x) => {
      const { c } = civilOf(x);
      return [c.year, c.month, c.day];
    },
    'time.clock': (x) => {
      const { c } = civilOf(x);
      return [c.hour, c.minute, c.second];
    },
    'time.weekday': (x) => weekdayName(civilOf(x).c.weekday),
    'time.diff': diff,
    'time.format': (x) => {
      const { c, layout } = civilOf(x);
      return formatLayout(c, layout);
    },
  };
}
