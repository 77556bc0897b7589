import { describe, expect, it } from 'vitest';
import { parseDuration } from './go-duration.js';

describe('parseDuration (Go time.ParseDuration)', () => {
  it.each([
    ['0', 0n],
    ['500ms', 500_000_000n],
    ['1m30s', 90_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['-2us', -2_000n],
    ['1µs', 1_000n],
  ])('%s', (text, ns) => expect(parseDuration(text)).toBe(ns));

  it.each([
    ['', 'time: invalid duration ""'],
    ['10', 'time: missing unit in duration "10"'],
    ['3d', 'time: unknown unit "d" in duration "3d"'],
    ['9999999999h', 'time: invalid duration "9999999999h"'],
  ])('rejects %j as Go does', (text, message) => expect(() => parseDuration(text)).toThrow(message));
});
