// The time.* builtins as the module runs them: native (assembly/builtins/time.ts, gotime.ts and the
// generated tz.ts), loaded in stock opa-wasm with no custom builtins. Expected values are Go's
// (time.Parse, Time.Format, LoadLocation over tzdata). Results beyond 2^53 are compared as the
// doubles opa-wasm's JSON.parse makes of them; the module's arguments are exact JSON text.

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

describe('time builtins (Go time semantics, native)', () => {
  const cases: [string, string, unknown][] = [
    ['time.parse_rfc3339_ns', '["1970-01-01T00:00:00Z"]', 0],
    ['time.parse_rfc3339_ns', '["2023-12-24T18:58:45.73439Z"]', 1703444325734390000],
    ['time.parse_rfc3339_ns', '["2023-12-24T18:58:45.734390123+01:00"]', 1703440725734390123],
    ['time.parse_rfc3339_ns', '["1969-12-31T23:59:59.5Z"]', -500000000],
    ['time.parse_ns', '["2006-01-02", "2022-03-04"]', 1646352000000000000],
    ['time.parse_ns', '["02/01/2006 15:04", "10/11/2009 23:00"]', 1257894000000000000],
    ['time.parse_ns', '["Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:00:00 UTC 2009"]', 1257894000000000000],
    // a zone abbreviation other than UTC leaves the wall clock as UTC (Go's fake zone)
    ['time.parse_ns', '["Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:00:00 PST 2009"]', 1257894000000000000],
    ['time.parse_ns', '["RFC1123Z", "Tue, 10 Nov 2009 23:00:00 -0100"]', 1257897600000000000],
    ['time.parse_ns', '["3:04PM Jan 2 06", "11:00PM Nov 10 09"]', 1257894000000000000],
    ['time.parse_ns', '["2006-01-02 15:04:05.000", "2009-11-10 23:00:00.123"]', 1257894000123000000],
    ['time.parse_ns', '["2006-01-02 15:04:05", "2009-11-10 23:00:00.5"]', 1257894000500000000],
    ['time.parse_ns', '["2006 002", "2024 060"]', 1709164800000000000],
    ['time.parse_ns', '["Jan  2 2006", "Nov   10 2009"]', 1257811200000000000],
    ['time.parse_ns', '["RFC822", "10 Nov 09 23:00 UTC"]', 1257894000000000000],
    ['time.parse_ns', '["2006-01-02T15:04:05Z07:00", "2009-11-10T23:00:00+05:30"]', 1257874200000000000],
    ['time.parse_duration_ns', '["1h2m3.5s"]', 3723500000000],
    ['time.parse_duration_ns', '["1.5h"]', 5400000000000],
    ['time.parse_duration_ns', '["-1m"]', -60000000000],
    ['time.parse_duration_ns', '["300ms"]', 300000000],
    ['time.parse_duration_ns', '["1µs"]', 1000],
    ['time.parse_duration_ns', '["1μs1ns"]', 1001],
    ['time.parse_duration_ns', '["0"]', 0],
    ['time.parse_duration_ns', '["2562047h"]', 9223369200000000000],
    ['time.add_date', '[1257894000000000000, 1, 1, 1]', 1292108400000000000],
    ['time.add_date', '[0, 0, 1, 30]', 5270400000000000],
    // Jan 31 + 1 month normalises to Mar 3 (Go's time.Date)
    ['time.add_date', '[1675123200000000000, 0, 1, 0]', 1677801600000000000],
    // in New York, a day across the DST change keeps the wall clock (23 hours)
    ['time.add_date', '[[1710000000000000000, "America/New_York"], 0, 0, 1]', 1710082800000000000],
    ['time.date', '[1257894000000000000]', [2009, 11, 10]],
    ['time.date', '[[1257894000000000000, "Asia/Tokyo"]]', [2009, 11, 11]],
    ['time.date', '[-1]', [1969, 12, 31]],
    ['time.date', '[1.7e18]', [2023, 11, 14]],
    ['time.clock', '[1257894000000000000]', [23, 0, 0]],
    ['time.clock', '[[1257894000000000000, "America/New_York"]]', [18, 0, 0]],
    ['time.clock', '[[1720000000000000000, "America/New_York"]]', [5, 46, 40]],
    ['time.clock', '[[1720000000000000000, "Australia/Lord_Howe"]]', [20, 16, 40]],
    ['time.clock', '[[4102444800000000000, "Europe/Berlin"]]', [1, 0, 0]],
    ['time.clock', '[[4118083200000000000, "Europe/Berlin"]]', [2, 0, 0]],
    ['time.clock', '[[1257894000000000000, "Local"]]', [23, 0, 0]],
    ['time.weekday', '[1257894000000000000]', 'Tuesday'],
    ['time.weekday', '[[1257894000000000000, "Asia/Tokyo"]]', 'Wednesday'],
    ['time.diff', '[1257894000000000000, 1257894000000000000]', [0, 0, 0, 0, 0, 0]],
    ['time.diff', '[1703444325734390000, 1257894000000000000]', [14, 1, 13, 19, 58, 45]],
    ['time.diff', '[0, 86400000000000]', [0, 0, 1, 0, 0, 0]],
    ['time.format', '[1703444325734390000]', '2023-12-24T18:58:45.73439Z'],
    ['time.format', '[1257894000000000000]', '2009-11-10T23:00:00Z'],
    ['time.format', '[[1257894000000000000, "Asia/Tokyo", ""]]', '2009-11-11T08:00:00+09:00'],
    ['time.format', '[[1703444325734390000, "UTC", "2006-01-02T15:04:05"]]', '2023-12-24T18:58:45'],
    ['time.format', '[[1257894000000000000, "", "02/01/2006 15:04"]]', '10/11/2009 23:00'],
    ['time.format', '[[1257894000000000000, "America/New_York", "RFC1123Z"]]', 'Tue, 10 Nov 2009 18:00:00 -0500'],
    ['time.format', '[[1257894000000000000, "America/New_York", "Mon Jan _2 3:04PM MST 2006 .000"]]', 'Tue Nov 10 6:00PM EST 2009 .000'],
    ['time.format', '[[1257894000000000000, "Asia/Kolkata", "RFC3339"]]', '2009-11-11T04:30:00+05:30'],
    ['time.format', '[[1720000000000000000, "Europe/London", "MST -07:00:00 Z07"]]', 'BST +01:00:00 +01'],
    // zones without an abbreviation print their numeric one, as tzdata spells it
    ['time.format', '[[1720000000000000000, "America/Sao_Paulo", "MST"]]', '-03'],
    ['time.format', '[[1703444325734390000, "UTC", "Monday January 2 002 pm .999999999"]]', 'Sunday December 24 358 pm .73439'],
    ['time.format', '[[1703444325734390000, "UTC", "05,000 __2 _2006"]]', '45,734 358 _2023'],
  ];
  it.each(cases)('%s(%s)', (name, args, want) => {
    expect(call(name, args)).toEqual(want);
  });

  const errors: [string, string, string][] = [
    ['time.parse_rfc3339_ns', '["2023-13-01T00:00:00Z"]', 'parsing time "2023-13-01T00:00:00Z": month out of range'],
    ['time.parse_rfc3339_ns', '["2023-02-29T00:00:00Z"]', 'parsing time "2023-02-29T00:00:00Z": day out of range'],
    ['time.parse_rfc3339_ns', '["2023-01-01"]', 'parsing time "2023-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
    ['time.parse_rfc3339_ns', '["3000-01-01T00:00:00Z"]', 'time outside of valid range'],
    ['time.parse_rfc3339_ns', '[1]', 'eval_type_error: time.parse_rfc3339_ns: operand 1 must be string but got number'],
    ['time.parse_ns', '["2006-01-02", "2022-03-04x"]', 'parsing time "2022-03-04x": extra text: "x"'],
    // a layout without a date parses as year 0, outside int64 nanoseconds
    ['time.parse_ns', '["Kitchen", "11:00PM"]', 'time outside of valid range'],
    ['time.parse_ns', '["15:04", "25:00"]', 'parsing time "25:00": hour out of range'],
    ['time.parse_ns', '["2006-01-02", "2022-x3-04"]', 'parsing time "2022-x3-04" as "2006-01-02": cannot parse "x3-04" as "01"'],
    ['time.parse_duration_ns', '["1d"]', 'time: unknown unit "d" in duration "1d"'],
    ['time.parse_duration_ns', '["1"]', 'time: missing unit in duration "1"'],
    ['time.parse_duration_ns', '[""]', 'time: invalid duration ""'],
    ['time.parse_duration_ns', '["3000000h"]', 'time: invalid duration "3000000h"'],
    ['time.date', '[[0, "Mars/Olympus"]]', 'eval_builtin_error: time.date: unknown time zone Mars/Olympus'],
    ['time.date', '[[0, "../etc/passwd"]]', 'time: invalid location name'],
    ['time.date', '["x"]', 'eval_type_error: time.date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got string'],
    ['time.date', '[1.5]', 'timestamp too big'],
    ['time.date', '[1e30]', 'timestamp too big'],
    ['time.format', '[[0, "UTC", 42]]', 'operand 1 must be string but got number'],
    ['time.add_date', '[9.2e18, 10, 0, 0]', 'time outside of valid range'],
    ['time.add_date', '[0, 9000000000000000000, 0, 0]', 'time outside of valid range'],
    ['time.add_date', '[0, 0, 0, -9000000000000000000]', 'time outside of valid range'],
    ['time.add_date', '[0, 1.5, 0, 0]', 'operand 2 must be integer number but got floating-point number'],
  ];
  it.each(errors)('%s(%s) fails: %s', (name, args, msg) => {
    expect(() => call(name, args)).toThrow(msg);
    expect(call(name, args, false)).toBeUndefined();
  });
});
