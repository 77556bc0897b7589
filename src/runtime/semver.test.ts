// semver.compare and semver.is_valid as the module runs them: native (assembly/builtins/semver.ts),
// loaded in stock opa-wasm with no custom builtins.

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

describe('semver builtins (SemVer 2.0.0, native)', () => {
  const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.8.15', '1.9.10', '2.0.0', '10.0.0', '99999999999999999999.0.0'];
  it('orders versions by precedence', () => {
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(call('semver.compare', JSON.stringify([order[i], order[j]]))).toBe(Math.sign(i - j));
      }
    }
    expect(call('semver.compare', '["1.0.0+build.1", "1.0.0+build.2"]')).toBe(0);
    expect(call('semver.compare', '["1.0.0-a.b+x", "1.0.0-a.b"]')).toBe(0);
  });

  it('validates', () => {
    expect(call('semver.is_valid', '["1.0.0-rc.1+build.5"]')).toBe(true);
    expect(call('semver.is_valid', '["1.0.0+001"]')).toBe(true);
    expect(call('semver.is_valid', '["1.0.0-x-y.0a"]')).toBe(true);
    for (const bad of ['"v1.0.0"', '"1.0"', '"01.0.0"', '"1.0.0-01"', '"1.0.0-"', '"1.0.0+"', '"1.0.0-a..b"', '"1.0.0 "', '1', 'null']) {
      expect(call('semver.is_valid', `[${bad}]`)).toBe(false);
    }
  });

  it('rejects what OPA rejects', () => {
    expect(() => call('semver.compare', '["1.0", "1.0.0"]')).toThrow('eval_builtin_error: semver.compare: operand 1: string "1.0" is not a valid SemVer');
    expect(() => call('semver.compare', '["1.0.0", "x"]')).toThrow('operand 2: string "x" is not a valid SemVer');
    expect(() => call('semver.compare', '["1.0.0", 1]')).toThrow('eval_type_error: semver.compare: operand 2 must be string but got number');
    expect(call('semver.compare', '["1.0", "1.0.0"]', false)).toBeUndefined();
  });
});
