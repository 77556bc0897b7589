// Go's time package, the parts OPA's time.* builtins expose: civil-date arithmetic, time zone
// offsets (IANA names through Intl), and Go reference-layout formatting and parsing
// ("2006-01-02T15:04:05Z07:00"). Instants are (seconds, nanoseconds) pairs of bigint/number so
// that nanosecond precision survives; JS Date is never used for arithmetic.
// Must not know about Rego operands (time.ts does).

import { fail } from './errors.js';

// ---- civil dates (proleptic Gregorian, days since 1970-01-01) ----------------------------------

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysIn(m: number, y: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

// ---- instants and zones ------------------------------------------------------------------------

export interface Zone {
  /** IANA name; undefined means the process's local zone */
  name: string | undefined;
  utc: boolean;
}

export const UTC: Zone = { name: 'UTC', utc: true };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: Zone): Intl.DateTimeFormat {
  const key = zone.name ?? '\u0000local';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
      timeZoneName: 'short',
    });
    formatters.set(key, f);
  }
  return f;
}

/** Go's time.LoadLocation: "" and "UTC" are UTC, "Local" the process zone, else an IANA name. */
export function loadZone(name: string): Zone {
  if (name === '' || name === 'UTC') return UTC;
  if (name === 'Local') return { name: undefined, utc: false };
  try {
    formatter({ name, utc: false });
  } catch {
    fail(`unknown time zone ${name}`);
  }
  return { name, utc: false };
}

/** The zone's offset from UTC (seconds) and abbreviation at an instant. */
export function zoneAt(zone: Zone, sec: bigint): { offset: number; abbr: string } {
  if (zone.utc) return { offset: 0, abbr: 'UTC' };
  // Intl works in milliseconds within ±8.64e15; clamp far instants (their offset is the zone's LMT/standard)
  const ms = Math.max(-8.64e15, Math.min(8.64e15, Number(sec) * 1000));
  const parts = formatter(zone).formatToParts(new Date(ms));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  let year = Number(get('year'));
  if (get('era') === 'BC' || get('era') === 'B') year = 1 - year;
  const wall = daysFromCivil(year, Number(get('month')), Number(get('day'))) * 86400 + Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second'));
  const offset = wall - Math.floor(ms / 1000);
  let abbr = get('timeZoneName');
  if (/^GMT[+-]/.test(abbr) || abbr === 'GMT' && offset !== 0) abbr = '';
  return { offset, abbr };
}

/** Broken-down wall-clock time of an instant in a zone. */
export interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nsec: number;
  weekday: number;
  yday: number;
  offset: number;
  abbr: string;
}

export function civil(sec: bigint, nsec: number, zone: Zone): Civil {
  const { offset, abbr } = zoneAt(zone, sec);
  const local = sec + BigInt(offset);
  const days = Number(local >= 0n ? local / 86400n : -((-local + 86399n) / 86400n));
  const rem = Number(local - BigInt(days) * 86400n);
  const [year, month, day] = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(rem / 3600),
    minute: Math.floor((rem % 3600) / 60),
    second: rem % 60,
    nsec,
    weekday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    offset,
    abbr,
  };
}

// ---- layouts -----------------------------------------------------------------------------------

export const NAMED_LAYOUTS: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
  Kitchen: '3:04PM',
  Stamp: 'Jan _2 15:04:05',
  StampMilli: 'Jan _2 15:04:05.000',
  StampMicro: 'Jan _2 15:04:05.000000',
  StampNano: 'Jan _2 15:04:05.000000000',
  DateTime: '2006-01-02 15:04:05',
  DateOnly: '2006-01-02',
  TimeOnly: '15:04:05',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const weekdayName = (d: number): string => DAYS[d]!;

type Chunk =
  | { lit: string }
  | { std: string; digits?: number };

/** Split a Go layout into literal text and std elements (Go's nextStdChunk, in order of precedence). */
function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let lit = '';
  const push = (c: Chunk): void => {
    if (lit) out.push({ lit });
    lit = '';
    out.push(c);
  };
  const TOKENS = [
    'January', 'Jan', 'Monday', 'Mon', 'MST',
    'Z07:00:00', '-07:00:00', 'Z070000', '-070000', 'Z07:00', '-07:00', 'Z0700', '-0700', 'Z07', '-07',
    '2006', '002', '__2', '_2', '01', '02', '03', '04', '05', '06', '15', 'PM', 'pm', '1', '2', '3', '4', '5',
  ];
  let i = 0;
  outer: while (i < layout.length) {
    const c = layout[i]!;
    if ((c === '.' || c === ',') && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
      const ch = layout[i + 1]!;
      let j = i + 1;
      while (layout[j] === ch) j++;
      if (!/[0-9]/.test(layout[j] ?? '')) {
        push({ std: ch === '0' ? 'frac0' : 'frac9', digits: j - i - 1 });
        i = j;
        continue;
      }
    }
    for (const t of TOKENS) {
      if (!layout.startsWith(t, i)) continue;
      // "Jan"/"Mon" followed by a lower-case letter is a word, not an element (e.g. "Month")
      if ((t === 'Jan' || t === 'Mon') && /[a-z]/.test(layout[i + 3] ?? '')) continue;
      if (t === '_2' && layout.startsWith('_2006', i)) {
        lit += '_';
        i++;
        continue outer;
      }
      push({ std: t });
      i += t.length;
      continue outer;
    }
    lit += c;
    i++;
  }
  if (lit) out.push({ lit });
  return out;
}

const pad = (n: number, w: number, ch = '0'): string => {
  const s = String(Math.abs(n)).padStart(w, ch);
  return n < 0 ? '-' + s : s;
};

function formatOffset(offset: number, std: string): string {
  if (std.startsWith('Z') && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const h = pad(Math.floor(abs / 3600), 2);
  const m = pad(Math.floor((abs % 3600) / 60), 2);
  const s = pad(abs % 60, 2);
  const shape = std.slice(1);
  switch (shape) {
    case '07': return sign + h;
    case '0700': return sign + h + m;
    case '07:00': return `${sign}${h}:${m}`;
    case '070000': return sign + h + m + s;
    default: return `${sign}${h}:${m}:${s}`;
  }
}

export function formatLayout(c: Civil, layout: string): string {
  let out = '';
  for (const ch of chunks(layout)) {
    if ('lit' in ch) {
      out += ch.lit;
      continue;
    }
    const h12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
    switch (ch.std) {
      case 'January': out += MONTHS[c.month - 1]; break;
      case 'Jan': out += MONTHS[c.month - 1]!.slice(0, 3); break;
      case 'Monday': out += DAYS[c.weekday]; break;
      case 'Mon': out += DAYS[c.weekday]!.slice(0, 3); break;
      case 'MST': out += c.abbr || formatOffset(c.offset, '-0700'); break;
      case '2006': out += pad(c.year, 4); break;
      case '06': out += pad(((c.year % 100) + 100) % 100, 2); break;
      case '01': out += pad(c.month, 2); break;
      case '1': out += String(c.month); break;
      case '02': out += pad(c.day, 2); break;
      case '2': out += String(c.day); break;
      case '_2': out += pad(c.day, 2, ' '); break;
      case '002': out += pad(c.yday, 3); break;
      case '__2': out += pad(c.yday, 3, ' '); break;
      case '15': out += pad(c.hour, 2); break;
      case '03': out += pad(h12, 2); break;
      case '3': out += String(h12); break;
      case '04': out += pad(c.minute, 2); break;
      case '4': out += String(c.minute); break;
      case '05': out += pad(c.second, 2); break;
      case '5': out += String(c.second); break;
      case 'PM': out += c.hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += c.hour >= 12 ? 'pm' : 'am'; break;
      case 'frac0':
      case 'frac9': {
        const sep = layout.includes(',') && !layout.includes('.') ? ',' : '.';
        let digits = pad(c.nsec, 9).slice(0, ch.digits);
        if (ch.std === 'frac9') {
          digits = digits.replace(/0+$/, '');
          if (digits === '') break;
        }
        out += sep + digits;
        break;
      }
      default: out += formatOffset(c.offset, ch.std);
    }
  }
  return out;
}

// ---- parsing -----------------------------------------------------------------------------------

export interface Parsed {
  sec: bigint;
  nsec: number;
}

/** Go's time.Parse(layout, value) in UTC (zone names other than UTC get offset 0, as in Go). */
export function parseLayout(layout: string, value: string): Parsed {
  const bad = (rest: string, elem: string, extra = ''): never =>
    fail(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(elem)}${extra}`);
  let v = value;
  let year = 1;
  let month = 1;
  let day = 1;
  let yday = -1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nsec = 0;
  let offset: number | undefined;
  let pm: boolean | undefined;
  const num = (min: number, max: number, elem: string): number => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(v);
    if (!m) return bad(v, elem);
    v = v.slice(m[0].length);
    return Number(m[0]);
  };
  const word = (names: string[], elem: string): number => {
    const i = names.findIndex((n) => v.slice(0, n.length).toLowerCase() === n.toLowerCase());
    if (i < 0) bad(v, elem);
    v = v.slice(names[i]!.length);
    return i;
  };
  const fraction = (digits: number | undefined, elem: string): void => {
    const m = digits === undefined ? /^[.,](\d+)/.exec(v) : new RegExp(`^[.,](\\d{${digits}})`).exec(v);
    if (!m) return void bad(v, elem);
    nsec = Number(m[1]!.slice(0, 9).padEnd(9, '0'));
    v = v.slice(m[0].length);
  };
  const list = chunks(layout);
  for (let k = 0; k < list.length; k++) {
    const ch = list[k]!;
    if ('lit' in ch) {
      if (!v.startsWith(ch.lit)) bad(v, ch.lit);
      v = v.slice(ch.lit.length);
      continue;
    }
    switch (ch.std) {
      case 'January': month = word(MONTHS, ch.std) + 1; break;
      case 'Jan': month = word(MONTHS.map((m) => m.slice(0, 3)), ch.std) + 1; break;
      case 'Monday': word(DAYS, ch.std); break;
      case 'Mon': word(DAYS.map((d) => d.slice(0, 3)), ch.std); break;
      case '2006': year = num(4, 4, ch.std); break;
      case '06': {
        const y = num(2, 2, ch.std);
        year = y >= 69 ? 1900 + y : 2000 + y;
        break;
      }
      case '01': month = num(2, 2, ch.std); break;
      case '1': month = num(1, 2, ch.std); break;
      case '02': day = num(2, 2, ch.std); break;
      case '2': day = num(1, 2, ch.std); break;
      case '_2':
        if (v.startsWith(' ')) v = v.slice(1);
        day = num(1, 2, ch.std);
        break;
      case '002': yday = num(3, 3, ch.std); break;
      case '__2':
        v = v.replace(/^ {1,2}/, '');
        yday = num(1, 3, ch.std);
        break;
      case '15': hour = num(1, 2, ch.std); break;
      case '03': hour = num(2, 2, ch.std); break;
      case '3': hour = num(1, 2, ch.std); break;
      case '04': minute = num(2, 2, ch.std); break;
      case '4': minute = num(1, 2, ch.std); break;
      case '05':
      case '5': {
        second = ch.std === '05' ? num(2, 2, ch.std) : num(1, 2, ch.std);
        // Go accepts a fractional second after the seconds even when the layout has none
        const next = list[k + 1];
        if (/^[.,]\d/.test(v) && !(next && 'std' in next && next.std.startsWith('frac'))) fraction(undefined, ch.std);
        break;
      }
      case 'PM':
      case 'pm': {
        const p = v.slice(0, 2);
        const want = ch.std === 'PM' ? ['AM', 'PM'] : ['am', 'pm'];
        if (!want.includes(p)) bad(v, ch.std);
        pm = p === want[1];
        v = v.slice(2);
        break;
      }
      case 'frac0':
        fraction(ch.digits, ch.std);
        break;
      case 'frac9':
        if (/^[.,]\d/.test(v)) fraction(undefined, ch.std);
        break;
      case 'MST': {
        const m = /^(UTC|GMT[+-]\d{1,2}|[A-Z]{3,5}|[+-]\d{2,4})/.exec(v);
        if (!m) return bad(v, ch.std);
        const g = /^GMT([+-]\d{1,2})$/.exec(m[0]);
        offset = g ? Number(g[1]) * 3600 : 0;
        v = v.slice(m[0].length);
        break;
      }
      default: {
        if (ch.std.startsWith('Z') && v.startsWith('Z')) {
          v = v.slice(1);
          offset = 0;
          break;
        }
        const shape = ch.std.slice(1);
        const re = shape === '07' ? /^([+-])(\d{2})/
          : shape === '0700' ? /^([+-])(\d{2})(\d{2})/
          : shape === '07:00' ? /^([+-])(\d{2}):(\d{2})/
          : shape === '070000' ? /^([+-])(\d{2})(\d{2})(\d{2})/
          : /^([+-])(\d{2}):(\d{2}):(\d{2})/;
        const m = re.exec(v);
        if (!m) return bad(v, ch.std);
        const s = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
        offset = m[1] === '-' ? -s : s;
        v = v.slice(m[0].length);
      }
    }
  }
  if (v.length > 0) fail(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(v)}`);
  if (pm !== undefined) {
    if (hour > 12) fail(`parsing time ${JSON.stringify(value)}: hour out of range`);
    if (pm && hour < 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
  }
  if (hour > 23) fail(`parsing time ${JSON.stringify(value)}: hour out of range`);
  if (minute > 59) fail(`parsing time ${JSON.stringify(value)}: minute out of range`);
  if (second > 59) fail(`parsing time ${JSON.stringify(value)}: second out of range`);
  if (yday >= 0) {
    if (yday < 1 || yday > (isLeap(year) ? 366 : 365)) fail(`parsing time ${JSON.stringify(value)}: day-of-year out of range`);
    const d = daysFromCivil(year, 1, 1) + yday - 1;
    [, month, day] = civilFromDays(d);
  }
  if (month < 1 || month > 12) fail(`parsing time ${JSON.stringify(value)}: month out of range`);
  if (day < 1 || day > daysIn(month, year)) fail(`parsing time ${JSON.stringify(value)}: day out of range`);
  const local = BigInt(daysFromCivil(year, month, day)) * 86400n + BigInt(hour * 3600 + minute * 60 + second);
  return { sec: local - BigInt(offset ?? 0), nsec };
}

// ---- durations ---------------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const MAX_INT64 = (1n << 63n) - 1n;

/** Go's time.ParseDuration, exactly (including its float rounding of fractions). */
export function parseDuration(s: string): bigint {
  const orig = s;
  const invalid = (): never => fail(`time: invalid duration ${JSON.stringify(orig)}`);
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const intPart = m[1]!;
    const fracPart = m[2];
    if (intPart === '' && (fracPart === undefined || fracPart === '')) invalid();
    s = s.slice(m[0].length);
    const u = /^[^0-9.]+/.exec(s);
    if (!u) fail(`time: missing unit in duration ${JSON.stringify(orig)}`);
    const unit = UNITS[u[0]];
    if (unit === undefined) fail(`time: unknown unit ${JSON.stringify(u[0])} in duration ${JSON.stringify(orig)}`);
    s = s.slice(u[0].length);
    let v = BigInt(intPart || '0');
    if (v > MAX_INT64 / BigInt(unit)) fail(`time: invalid duration ${JSON.stringify(orig)}`);
    v *= BigInt(unit);
    if (fracPart) {
      // Go keeps at most the digits that fit, then scales in float64
      let f = 0;
      let scale = 1;
      for (const d of fracPart) {
        if (f > Number.MAX_SAFE_INTEGER / 10) break;
        f = f * 10 + Number(d);
        scale *= 10;
      }
      v += BigInt(Math.trunc(f * (unit / scale)));
    }
    total += v;
    if (total > MAX_INT64 + (neg ? 1n : 0n)) fail(`time: invalid duration ${JSON.stringify(orig)}`);
  }
  return neg ? -total : total;
}
