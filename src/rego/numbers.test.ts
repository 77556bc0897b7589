import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../diagnostics.js';
import { compileQuery } from './compile.js';
import { numberKey } from './numbers.js';
import { parseModule, parseQuery } from './parser.js';

function errors(src: string): string[] {
  try {
    compileQuery([parseModule('m.rego', src, {})], parseQuery('data'), {});
  } catch (e) {
    if (e instanceof PalisadeError) return e.diagnostics.map((d) => d.message);
    throw e;
  }
  return [];
}

describe('number literals keyed by their exact value', () => {
  it('gives equal numbers one key, however written', () => {
    for (const same of [['1', '1.0', '1e0', '10e-1', '0.1e1', '1.000'], ['0', '-0', '0.0', '0e5'], ['-2.5', '-25e-1', '-0.25e1']]) {
      expect(new Set(same.map(numberKey)).size).toBe(1);
    }
  });

  it('keeps numbers apart that a double would merge', () => {
    expect(numberKey('18446744073709551617')).not.toBe(numberKey('18446744073709551616'));
    expect(numberKey('0.1000000000000000000001')).not.toBe(numberKey('0.1'));
    expect(numberKey('1e400')).not.toBe(numberKey('1e401'));
  });

  it('finds duplicate defaults by value, as OPA', () => {
    expect(errors('package t\ndefault p[18446744073709551617] := 1\ndefault p[18446744073709551616] := 2')).toEqual([]);
    expect(errors('package t\ndefault p[1] := 1\ndefault p[1.0] := 2')).toEqual(['multiple default rules data.t.p found']);
  });
});
