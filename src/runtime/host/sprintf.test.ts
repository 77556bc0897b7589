import { describe, expect, it } from 'vitest';
import { sprintf } from './sprintf.js';

describe('sprintf (Go fmt on Rego values, as OPA prepares them)', () => {
  const cases: [string, unknown[], string][] = [
    ['User %s from %s has access', ['alice', 'engineering'], 'User alice from engineering has access'],
    ['Number: %d', [42], 'Number: 42'],
    ['Float: %f', [3.14], 'Float: 3.140000'],
    ['Hex: %x', [255], 'Hex: ff'],
    ['Octal: %o', [64], 'Octal: 100'],
    ['Binary: %b', [15], 'Binary: 1111'],
    ['%X %#x %#o %O', [255, 255, 8, 8], 'FF 0xff 010 0o10'],
    ['Percent: %%', [], 'Percent: %'],
    ['Value: %v', [{ key: 'value' }], 'Value: {"key": "value"}'],
    ['%v', [[1, 'a', null, true, { b: [2], a: 1 }]], '[1, "a", null, true, {"a": 1, "b": [2]}]'],
    ['%s', [[1, 2]], '[1, 2]'],
    ['%v %v', [true, null], 'true null'],
    ['Padded: %5d|%-5d|%05d|%+d', [42, 42, 42, 42], 'Padded:    42|42   |00042|+42'],
    ['%05d', [-42], '-0042'],
    ['%.2f %.0f %.0f %.1f', [3.14159, 2.5, 3.5, 0.05], '3.14 2 4 0.1'],
    ['%8.3f|%-8.3f|', [3.14159, -3.14159], '   3.142|-3.142  |'],
    ['%e %E %.2e', [123456.789, 0.000123, 1e21], '1.234568e+05 1.230000E-04 1.00e+21'],
    ['%g %g %g %g', [100000.5, 1e-5, 0.0001, 1234567.5], '100000.5 1e-05 0.0001 1.2345675e+06'],
    ['%v %v', [1.5, 1e21], '1.5 1e+21'],
    ['%q', ['a"b\n'], '"a\\"b\\n"'],
    ['%x %X % x', ['hi', 'hi', 'hi'], '6869 6869 68 69'],
    ['%.2s|%5s|%-5s|', ['abc', 'ab', 'ab'], 'ab|   ab|ab   |'],
    ['%c%c %U', [72, 0x65e5, 0x41], 'H日 U+0041'],
    ['%t', [true], '%!t(string=true)'],
    ['%d', [3.5], '%!d(float64=3.5)'],
    ['%.2f', [3], '%!f(int=3)'],
    ['%d', ['x'], '%!d(string=x)'],
    ['Value: %s %d', ['only_one'], 'Value: only_one %!d(MISSING)'],
    ['%s', ['a', 1, 'b'], 'a%!(EXTRA int=1, string=b)'],
    ['%', [], '%!(NOVERB)'],
    ['%*d|%-*d|', [4, 7, 3, 1], '   7|1  |'],
    ['%d', [12345678901234567890], '12345678901234567168'],
    ['%v', [-0.0], '0'],
    ['%T %T %T', [1, 1.5, 'x'], 'int float64 string'],
  ];
  it.each(cases)('sprintf(%j, %j) = %j', (format, args, want) => {
    expect(sprintf(format, args)).toBe(want);
  });

  it('rejects a non-array argument list', () => {
    expect(() => sprintf('%s', 'x')).toThrow('operand 2 must be array but got string');
  });
});
