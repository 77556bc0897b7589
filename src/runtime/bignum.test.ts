// OPA's arbitrary-precision numbers through the real module (assembly/bignum.ts, bigint.ts,
// decimal.ts): each case is a Rego expression and the exact JSON text OPA (topdown) prints for
// it. Results are read as json.marshal text inside the module, because the SDK's JSON.parse
// would round every big number on the way out.

import { existsSync } from 'node:fs';
import opa from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { RUNTIME_WASM } from '../paths.js';
import { compileQuery } from '../rego/compile.js';
import { parseModule, parseQuery } from '../rego/parser.js';
import { linkPolicy } from './link.js';

const policies = new Map<string, ReturnType<typeof opa.loadPolicySync>>();

/** json.marshal of the expression, evaluated in the module; input is JSON text (kept exact). */
function exact(expr: string, input = 'null'): string | undefined {
  let p = policies.get(expr);
  if (!p) {
    const mod = parseModule('m.rego', `package t\nx := json.marshal(${expr})`, {});
    p = opa.loadPolicySync(linkPolicy(compileQuery([mod], parseQuery('data.t.x'), { strict: true })));
    policies.set(expr, p);
  }
  const rs = p.evaluate(new TextEncoder().encode(input).buffer as ArrayBuffer, 'query') as Array<{ result: unknown }>;
  return rs.length === 0 ? undefined : (rs[0]!.result as string);
}

const BIG = '123456789012345678901234567890';

// [Rego expression, OPA's JSON text of its value]
const cases: Array<[string, string]> = [
  // integers of any size are exact through + - * % (big.Int), i64 overflow included
  ['1000000000000000000000 + 1', '1000000000000000000001'],
  ['2 * 1000000000000000000000', '2000000000000000000000'],
  ['9223372036854775807 + 1', '9223372036854775808'],
  ['-9223372036854775808 - 1', '-9223372036854775809'],
  ['18446744073709551616 * 18446744073709551616', '340282366920938463463374607431768211456'],
  [`${BIG} - ${BIG}`, '0'],
  [`${BIG} - 1`, '123456789012345678901234567889'],
  [`0 - ${BIG}`, `-${BIG}`],
  ['4294967296 * 4294967296', '18446744073709551616'],
  ['-3037000500 * 3037000500', '-9223372037000250000'],
  [`${BIG} % 7`, '0'],
  [`${BIG} % 1000000007`, '197434842'],
  [`-${BIG} % 1000000000000`, '-901234567890'],
  ['10 % 18446744073709551616', '10'],
  ['36893488147419103232 % 18446744073709551616', '0'],
  ['36893488147419103233 % 18446744073709551617', '18446744073709551616'],
  ['plus(9223372036854775807, 9223372036854775807)', '18446744073709551614'],
  ['minus(-9223372036854775807, 9223372036854775807)', '-18446744073709551614'],
  ['mul(9223372036854775807, -2)', '-18446744073709551614'],
  ['1e3 + 1', '1001'],
  // from OPA's own test cases (test/cases/testdata/v1/arithmetic: edges, bignum)
  ['2147483647 * 2147483647', '4611686014132420609'],
  ['-2147483648 * -2147483648', '4611686018427387904'],
  ['1e30 + 1', '1000000000000000000000000000001'],
  ['10.00 + 5', '15'],
  ['18446744073709551617 * 2', '36893488147419103234'],
  ['-18446744073709551617 - 1', '-18446744073709551618'],
  ['5 % 55340232221128654848', '5'],
  ['7 % 340282366920938463463374607431768211456', '7'],
  ['100 % -18446744073709551616', '100'],
  ['18446744073709551617 % 18446744073709551616', '1'],
  ['-17 % 5', '-2'], ['17 % -5', '2'], ['4.0 % 3', '1'],
  ['1 + 2.5', '3.5'], ['1.5 + 2.5', '4'], ['2.5 * 2', '5'],
  ['abs(-2147483648)', '2147483648'], ['round(2.5)', '3'], ['round(-2.5)', '-3'], ['round(10.00)', '10'],
  ['6 / 3', '2'], ['-6 / 3', '-2'], ['1 / 4', '0.25'], ['0 / 5', '0'],
  ['floor(99.99999)', '99'], ['floor(-1.001)', '-2'],
  ['28857836529306024611913 != 28857836529306024611912', 'true'],
  ['1.0 * 100000000000000000000', '100000000000000000000'],
  // everything else is Go's big.Float at 64 bits, printed as the shortest text that reads back
  // (builtins.FloatToNumber): OPA's digits, not an f64's
  ['0.1 + 0.2', '0.3'],
  ['0.3 - 0.2', '0.10000000000000000001'],
  ['0.1 * 0.2', '0.020000000000000000001'],
  ['0.3 / 0.1', '3'],
  ['1 / 3', '0.33333333333333333334'],
  ['2 / 3', '0.6666666666666666667'],
  ['22 / 7', '3.1428571428571428572'],
  ['2 / 1e18', '2e-18'],
  ['1.5 + 2.25', '3.75'],
  ['3.3 * 3', '9.9'],
  ['0.1 - 0.1', '0'],
  ['0 / -5', '-0'],
  ['1234567.5 * 1', '1.2345675e+06'],
  ['999999.5 + 1', '1.0000005e+06'],
  ['100000.5 + 1', '100001.5'],
  ['0.5 * 0.0001', '5e-05'],
  ['1e-400 + 1', '1'],
  ['36893488147419103232 / 2', '18446744073709551616'],
  ['1180591620717411303424 / 1', '1180591620717411303400'],
  ['18446744073709551615 / 5', '3689348814741910323'],
  ['0.5 + 18446744073709551617', '18446744073709551616'],
  ['9007199254740993.5 + 0', '9.0071992547409935e+15'],
  ['sum([0.1, 0.2])', '0.3'],
  ['sum([0.5, 18446744073709551617])', '18446744073709551616'],
  ['product([0.5, 4])', '2'],
  // aggregates accumulate integers exactly
  ['sum([9223372036854775807, 9223372036854775807, 2])', '18446744073709551616'],
  [`sum({${BIG}, 1})`, '123456789012345678901234567891'],
  ['product([4294967296, 4294967296, 4294967296])', '79228162514264337593543950336'],
  ['product([])', '1'],
  ['sum([])', '0'],
  // abs and the rounding functions read their operand at 64 bits, like the float operations
  [`abs(-${BIG})`, '123456789012345678900000000000'],
  ['abs(-9223372036854775808)', '9223372036854775808'],
  ['abs(-2.5)', '2.5'],
  ['round(-9.5)', '-10'], ['round(9.4)', '9'], ['round(0.49999999999999994)', '0'],
  ['ceil(9.1)', '10'], ['ceil(-9.1)', '-9'], ['floor(-9.1)', '-10'], ['floor(9.9)', '9'],
  // topdown's arithCeil/arithFloor correct by the truncated value's sign, which is +0 here
  ['ceil(-0.5)', '1'], ['floor(-0.5)', '0'],
  ['round(18446744073709551615)', '18446744073709551616'],
  [`floor(-${BIG})`, '-123456789012345678899921813504'],
  // comparison is exact: big integers and decimals beyond double precision
  ['9223372036854775807 < 9223372036854775808', 'true'],
  ['18446744073709551617 > 18446744073709551616', 'true'],
  ['18446744073709551616 == 18446744073709551616.0', 'true'],
  ['0.1000000000000000000001 > 0.1', 'true'],
  ['0.1000000000000000000001 == 0.1', 'false'],
  ['1 == 1.0', 'true'],
  ['1.0e1 == 10', 'true'],
  ['-0.0 == 0', 'true'],
  ['1e400 > 1e399', 'true'],
  ['-1e400 < -1e399', 'true'],
  ['1e-400 > 0', 'true'],
  ['9007199254740993 > 9007199254740992', 'true'],
  ['9007199254740993 > 9007199254740992.0', 'true'],
  ['9223372036854775807 < 9223372036854775808.0', 'true'],
  // sort, max, min, sets and object keys use the same order and equality
  [`sort([18446744073709551617, 18446744073709551616, 1, 0.5, ${BIG}])`, `[0.5,1,18446744073709551616,18446744073709551617,${BIG}]`],
  ['max([18446744073709551616, 18446744073709551617])', '18446744073709551617'],
  ['min([0.1000000000000000000001, 0.1])', '0.1'],
  ['count({18446744073709551616, 18446744073709551617, 18446744073709551616.0})', '2'],
  ['count({1, 1.0, 1e0})', '1'],
  ['{18446744073709551617: "a"}[18446744073709551617]', '"a"'],
  // sprintf and format_int of big integers
  [`sprintf("%d %v", [${BIG}, 18446744073709551616 + 1])`, `"${BIG} 18446744073709551617"`],
  // non-integers reach Go as float64 (0.3 - 0.2 prints as the double it reads as), or as their
  // text when no float64 holds them; -0 is the int 0
  ['sprintf("%v %v %v %d", [0.3 - 0.2, 1e400, 1234567.5 * 1, 0 / -5])', '"0.1 1e400 1.2345675e+06 0"'],
  [`sprintf("%x %.2f %e", [${BIG}, 18446744073709551617, 18446744073709551617])`, '"18ee90ff6c373e0ee4e3f0ad2 %!f(big.Int=18446744073709551617) %!e(big.Int=18446744073709551617)"'],
  [`sprintf("%s|%c", [${BIG}, ${BIG}])`, `"${BIG}|%!c(big.Int=${BIG})"`],
  // format_int truncates the number read at 64 bits (topdown: NumberToFloat, then Int)
  ['format_int(18446744073709551616 * 16, 16)', '"100000000000000000"'],
  [`format_int(${BIG}, 10)`, '"123456789012345678899921813504"'],
  ['format_int(-12.9, 10)', '"-12"'],
  ['format_int(1e30, 2)', '"1100100111110010110010011100110100000100011001110100111011011111' + '0'.repeat(36) + '"'],
  // numbers.range reads its bounds as integers of any size (builtins.BigIntOperand)
  ['numbers.range(18446744073709551615, 18446744073709551617)', '[18446744073709551615,18446744073709551616,18446744073709551617]'],
  ['numbers.range(1.0, 3)', '[1,2,3]'],
  ['numbers.range_step(-9223372036854775808, -9223372036854775807, 1)', '[-9223372036854775808,-9223372036854775807]'],
  ['numbers.range_step(18446744073709551616, 18446744073709551606, 5)', '[18446744073709551616,18446744073709551611,18446744073709551606]'],
  [`to_number("${BIG}") + 1`, '123456789012345678901234567891'],
];

describe.skipIf(!existsSync(RUNTIME_WASM))('big numbers as OPA computes them', () => {
  it.each(cases)('%s', (expr, want) => {
    expect(exact(expr)).toBe(want);
  });

  it('keeps input numbers exactly as written through comparison and output', () => {
    const input = '{"a": 0.1000000000000000000001, "b": 123456789012345678901234567890, "c": 1e400}';
    expect(exact('[input.a, input.b, input.c]', input)).toBe('[0.1000000000000000000001,123456789012345678901234567890,1e400]');
    expect(exact('input.a > 0.1', input)).toBe('true');
    expect(exact('input.b + 1', input)).toBe('123456789012345678901234567891');
    // and decimals print as written, as OPA keeps a number's text
    expect(exact('input', '[1.0, 1.50, 1E5, 2.5, 1e-7, 0.30000000000000004]')).toBe('[1.0,1.50,1E5,2.5,1e-7,0.30000000000000004]');
    expect(exact('[x | x := [1.0, 1.50][_]; x == 1.5]')).toBe('[1.50]');
  });

  it('still reports OPA\'s errors', () => {
    expect(() => exact(`${BIG} % 0`)).toThrow(/modulo by zero/);
    expect(() => exact(`${BIG} % 1.5`)).toThrow(/modulo on floating-point number/);
    expect(() => exact('1 / 0.0')).toThrow(/divide by zero/);
    expect(() => exact('1 / 0e5')).toThrow(/divide by zero/);
    expect(() => exact('numbers.range(1.5, 3)')).toThrow(/operand 1 must be integer number but got floating-point number/);
    expect(() => exact('numbers.range_step(1, 3, 0)')).toThrow(/step must be a positive number above zero/);
    expect(() => exact('numbers.range(0, 100000000000000000000)')).toThrow(/out of memory: numbers.range/);
  });
});
