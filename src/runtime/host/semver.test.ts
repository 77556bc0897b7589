import { describe, expect, it } from 'vitest';
import { semverBuiltins as s } from './semver.js';

describe('semver builtins (SemVer 2.0.0)', () => {
  const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.8.15', '1.9.10', '2.0.0'];
  it('orders versions by precedence', () => {
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(s['semver.compare']!(order[i]!, order[j]!)).toBe(Math.sign(i - j));
      }
    }
    expect(s['semver.compare']!('1.0.0+build.1', '1.0.0+build.2')).toBe(0);
  });

  it('validates', () => {
    expect(s['semver.is_valid']!('1.0.0-rc.1+build.5')).toBe(true);
    for (const bad of ['v1.0.0', '1.0', '01.0.0', '1.0.0-01', '1.0.0-', 1]) expect(s['semver.is_valid']!(bad as string)).toBe(false);
    expect(() => s['semver.compare']!('1.0', '1.0.0')).toThrow('operand 1: string "1.0" is not a valid SemVer');
    expect(() => s['semver.compare']!('1.0.0', 1)).toThrow('operand 2 must be string but got number');
  });
});
