import { describe, expect, it } from 'vitest';
import { unitsBuiltins as u } from './units.js';

describe('units builtins', () => {
  const bytes: [string, number | bigint][] = [
    ['1', 1], ['1K', 1000], ['1kb', 1000], ['1KiB', 1024], ['1ki', 1024], ['1.5M', 1500000], ['1Gi', 1073741824],
    ['1eib', 1152921504606846976n], ['1EB', 1000000000000000000n], ['"10KB"', 10000], ['2.5', 2], ['0.3ki', 307],
  ];
  it.each(bytes)('units.parse_bytes(%j)', (s, want) => {
    expect(u['units.parse_bytes']!(s)).toEqual(want);
  });

  const si: [string, number | bigint][] = [
    ['1m', 0.001], ['1', 1], ['1k', 1000], ['1K', 1000], ['1M', 1e6], ['1Mi', 1048576], ['1mi', 1048576], ['1KI', 1024],
    ['1.5m', 0.0015], ['100m', 0.1], ['1E', 1000000000000000000n], ['1Ei', 1152921504606846976n], ['"1"', 1], ['0.1', 0.1],
  ];
  it.each(si)('units.parse(%j)', (s, want) => {
    expect(u['units.parse']!(s)).toEqual(want);
  });

  it('rejects what OPA rejects', () => {
    expect(() => u['units.parse_bytes']!('1 KB')).toThrow('units.parse_bytes: spaces not allowed in resource strings');
    expect(() => u['units.parse_bytes']!('KB')).toThrow('units.parse_bytes: no byte amount provided');
    expect(() => u['units.parse_bytes']!('1yb')).toThrow('units.parse_bytes: byte unit yb not recognized');
    expect(() => u['units.parse_bytes']!('1.2.3')).toThrow('units.parse_bytes: could not parse byte amount to a number');
    expect(() => u['units.parse']!('1mb')).toThrow('units.parse: unit mb not recognized');
    expect(() => u['units.parse']!('1 m')).toThrow('units.parse: spaces not allowed in resource strings');
    expect(() => u['units.parse']!(['1'])).toThrow('operand 1 must be string but got array');
  });
});
