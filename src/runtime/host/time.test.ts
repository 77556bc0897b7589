import { describe, expect, it } from 'vitest';
import { timeBuiltins } from './time.js';

const t = timeBuiltins({ now: () => 1_700_000_000_123_456_789n, caches: new Map(), cacheEpoch: undefined });
const call = (name: string, ...args: unknown[]): unknown => (t[name] as (...a: unknown[]) => unknown)(...args);

describe('time builtins (Go time semantics, exact nanoseconds)', () => {
  const cases: [string, unknown[], unknown][] = [
    ['time.now_ns', [], 1_700_000_000_123_456_789n],
    ['time.parse_rfc3339_ns', ['1970-01-01T00:00:00Z'], 0],
    ['time.parse_rfc3339_ns', ['2023-12-24T18:58:45.73439Z'], 1703444325734390000n],
    ['time.parse_rfc3339_ns', ['2023-12-24T18:58:45.734390123+01:00'], 1703440725734390123n],
    ['time.parse_rfc3339_ns', ['1969-12-31T23:59:59.5Z'], -500000000],
    ['time.parse_ns', ['2006-01-02', '2022-03-04'], 1646352000000000000n],
    ['time.parse_ns', ['02/01/2006 15:04', '10/11/2009 23:00'], 1257894000000000000n],
    ['time.parse_ns', ['Mon Jan _2 15:04:05 MST 2006', 'Tue Nov 10 23:00:00 UTC 2009'], 1257894000000000000n],
    ['time.parse_ns', ['RFC1123Z', 'Tue, 10 Nov 2009 23:00:00 -0100'], 1257897600000000000n],
    ['time.parse_ns', ['3:04PM Jan 2 06', '11:00PM Nov 10 09'], 1257894000000000000n],
    ['time.parse_ns', ['2006-01-02 15:04:05.000', '2009-11-10 23:00:00.123'], 1257894000123000000n],
    ['time.parse_duration_ns', ['1h2m3.5s'], 3723500000000],
    ['time.parse_duration_ns', ['1.5h'], 5400000000000],
    ['time.parse_duration_ns', ['-1m'], -60000000000],
    ['time.parse_duration_ns', ['300ms'], 300000000],
    ['time.parse_duration_ns', ['1µs'], 1000],
    ['time.parse_duration_ns', ['1μs1ns'], 1001],
    ['time.parse_duration_ns', ['0'], 0],
    ['time.parse_duration_ns', ['2562047h'], 9223369200000000000n],
    ['time.add_date', [1257894000000000000, 1, 1, 1], 1292108400000000000n],
    ['time.add_date', [0, 0, 1, 30], 5270400000000000],
    // Jan 31 + 1 month normalises to Mar 3 (Go's time.Date)
    ['time.date', [call('time.add_date', 1675123200000000000, 0, 1, 0)], [2023, 3, 3]],
    ['time.date', [1257894000000000000], [2009, 11, 10]],
    ['time.date', [[1257894000000000000, 'Asia/Tokyo']], [2009, 11, 11]],
    ['time.date', [-1], [1969, 12, 31]],
    ['time.clock', [1257894000000000000], [23, 0, 0]],
    ['time.clock', [[1257894000000000000, 'America/New_York']], [18, 0, 0]],
    ['time.weekday', [1257894000000000000], 'Tuesday'],
    ['time.weekday', [[1257894000000000000, 'Asia/Tokyo']], 'Wednesday'],
    ['time.diff', [1257894000000000000, 1257894000000000000], [0, 0, 0, 0, 0, 0]],
    ['time.diff', [1703444325734390000, 1257894000000000000], [14, 1, 13, 19, 58, 45]],
    ['time.diff', [0, 86400000000000], [0, 0, 1, 0, 0, 0]],
    ['time.format', [1703444325734390000], '2023-12-24T18:58:45.73439Z'],
    ['time.format', [1257894000000000000], '2009-11-10T23:00:00Z'],
    ['time.format', [[1703444325734390000, 'UTC', '2006-01-02T15:04:05']], '2023-12-24T18:58:45'],
    ['time.format', [[1257894000000000000, '', '02/01/2006 15:04']], '10/11/2009 23:00'],
    ['time.format', [[1257894000000000000, 'America/New_York', 'RFC1123Z']], 'Tue, 10 Nov 2009 18:00:00 -0500'],
    ['time.format', [[1257894000000000000, 'America/New_York', 'Mon Jan _2 3:04PM MST 2006 .000']], 'Tue Nov 10 6:00PM EST 2009 .000'],
    ['time.format', [[1257894000000000000, 'Asia/Kolkata', time3339()]], '2009-11-11T04:30:00+05:30'],
    ['time.format', [[1703444325734390000, 'UTC', 'Monday January 2 002 pm .999999999']], 'Sunday December 24 358 pm .73439'],
  ];
  it.each(cases)('%s case %#', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['time.parse_rfc3339_ns', ['2023-13-01T00:00:00Z'], 'month out of range'],
    ['time.parse_rfc3339_ns', ['2023-02-29T00:00:00Z'], 'day out of range'],
    ['time.parse_rfc3339_ns', ['2023-01-01'], 'parsing time "2023-01-01"'],
    ['time.parse_rfc3339_ns', ['3000-01-01T00:00:00Z'], 'time outside of valid range'],
    ['time.parse_ns', ['2006-01-02', '2022-03-04x'], 'extra text'],
    ['time.parse_duration_ns', ['1d'], 'time: unknown unit "d" in duration "1d"'],
    ['time.parse_duration_ns', ['1'], 'time: missing unit in duration "1"'],
    ['time.parse_duration_ns', [''], 'time: invalid duration ""'],
    ['time.parse_duration_ns', ['3000000h'], 'time: invalid duration'],
    ['time.date', [[0, 'Mars/Olympus']], 'unknown time zone Mars/Olympus'],
    ['time.date', ['x'], 'operand 1 must be either number (ns) or [number (ns), string (tz)] but got string'],
    ['time.format', [[0, 'UTC', 42]], 'operand 1 must be'],
    ['time.add_date', [9.2e18, 10, 0, 0], 'time outside of valid range'],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, args, msg) => {
    expect(() => call(name, ...args)).toThrow(msg);
  });
});

function time3339(): string {
  return 'RFC3339';
}
