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
  ['1.0 * 100000000000000000000', '100000000000000000000'],
  // a quotient of integers that a 64-bit mantissa holds exactly
  ['36893488147419103230 / 2', '18446744073709551615'],
  ['18446744073709551615 / 5', '3689348814741910323'],
  // aggregates accumulate integers exactly
  ['sum([9223372036854775807, 9223372036854775807, 2])', '18446744073709551616'],
  [`sum({${BIG}, 1})`, '123456789012345678901234567891'],
  ['product([4294967296, 4294967296, 4294967296])', '79228162514264337593543950336'],
  ['product([])', '1'],
  ['sum([])', '0'],
  // abs and the rounding functions keep big integers as written
  [`abs(-${BIG})`, BIG],
  ['abs(-9223372036854775808)', '9223372036854775808'],
  [`round(${BIG})`, BIG],
  [`floor(-${BIG})`, `-${BIG}`],
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
  ['format_int(18446744073709551616 * 16, 16)', '"100000000000000000"'],
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
  });

  it('still reports OPA\'s errors', () => {
    expect(() => exact(`${BIG} % 0`)).toThrow(/modulo by zero/);
    expect(() => exact(`${BIG} % 1.5`)).toThrow(/modulo on floating-point number/);
  });
});
