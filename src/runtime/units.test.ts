// units.parse_bytes and units.parse as the module runs them: native (assembly/builtins/units.ts),
// loaded in stock opa-wasm with no custom builtins.

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

const arg = (s: string): string => JSON.stringify([s]);

describe('units builtins (native, stock opa-wasm)', () => {
  const bytes: [string, number][] = [
    ['1', 1], ['1K', 1000], ['1kb', 1000], ['1KiB', 1024], ['1ki', 1024], ['1.5M', 1500000], ['1Gi', 1073741824],
    ['"10KB"', 10000], ['2.5', 2], ['0.3ki', 307], ['.5k', 500], ['5.', 5], ['0', 0], ['1EB', 1000000000000000000],
  ];
  it.each(bytes)('units.parse_bytes(%j)', (s, want) => {
    expect(call('units.parse_bytes', arg(s))).toBe(want);
  });

  const si: [string, number][] = [
    ['1m', 0.001], ['1', 1], ['1k', 1000], ['1K', 1000], ['1M', 1e6], ['1Mi', 1048576], ['1mi', 1048576], ['1KI', 1024],
    ['1.5m', 0.0015], ['100m', 0.1], ['1000m', 1], ['1E', 1000000000000000000], ['"1"', 1], ['0.1', 0.1],
    ['0.00000000001', 0], ['0.00000000005', 1e-10], ['1.23456789012345', 1.2345678901],
  ];
  it.each(si)('units.parse(%j)', (s, want) => {
    expect(call('units.parse', arg(s))).toBe(want);
  });

  it('keeps results beyond 2^64 exact', () => {
    // opa-wasm parses the result JSON into a JS number; the module's own text is exact
    expect(call('units.parse_bytes', arg('1eib'))).toBe(1152921504606846976);
    expect(call('units.parse', arg('100Ei'))).toBe(115292150460684697600);
  });

  const errors: [string, string, string][] = [
    ['units.parse_bytes', '1 KB', 'eval_builtin_error: units.parse_bytes: units.parse_bytes: spaces not allowed in resource strings'],
    ['units.parse_bytes', 'KB', 'units.parse_bytes: no byte amount provided'],
    ['units.parse_bytes', '1yb', 'units.parse_bytes: byte unit yb not recognized'],
    ['units.parse_bytes', '1kib2', 'units.parse_bytes: byte unit kib2 not recognized'],
    ['units.parse_bytes', '1.2.3', 'units.parse_bytes: could not parse byte amount to a number'],
    ['units.parse_bytes', '١k', 'units.parse_bytes: could not parse byte amount to a number'],
    ['units.parse', '1mb', 'units.parse: unit mb not recognized'],
    ['units.parse', '1KB', 'units.parse: unit Kb not recognized'],
    ['units.parse', '1 m', 'units.parse: spaces not allowed in resource strings'],
    ['units.parse', 'm', 'units.parse: no amount provided'],
    ['units.parse', '.', 'units.parse: could not parse amount to a number'],
  ];
  it.each(errors)('%s(%j) fails: %s', (name, s, msg) => {
    expect(() => call(name, arg(s))).toThrow(msg);
  });

  it('has OPA type errors, and is undefined on errors when not strict', () => {
    expect(() => call('units.parse', '[["1"]]')).toThrow('eval_type_error: units.parse: operand 1 must be string but got array');
    expect(call('units.parse', '["1mb"]', false)).toBeUndefined();
    expect(call('units.parse_bytes', '[1]', false)).toBeUndefined();
  });
});
