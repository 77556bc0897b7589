// net.cidr_* as the module runs them: native (assembly/builtins/net.ts), loaded in stock opa-wasm
// with no custom builtins. Set results leave the module as sorted arrays.

import { describe, expect, it } from 'vitest';
import { callStock } from './testing.js';

const call = (name: string, ...args: unknown[]): unknown => callStock(name, JSON.stringify(args));

describe('net builtins (IPv4 and IPv6, native)', () => {
  const cases: [string, unknown[], unknown][] = [
    ['net.cidr_contains', ['10.0.0.0/8', '10.1.2.3'], true],
    ['net.cidr_contains', ['10.0.0.0/8', '11.0.0.1'], false],
    ['net.cidr_contains', ['10.0.0.0/8', '10.1.0.0/16'], true],
    ['net.cidr_contains', ['10.1.0.0/16', '10.0.0.0/8'], false],
    ['net.cidr_contains', ['2001:db8::/32', '2001:db8:1::1'], true],
    ['net.cidr_contains', ['2001:db8::/32', '2001:db9::1'], false],
    ['net.cidr_contains', ['2001:db8::/32', '10.0.0.1'], false],
    ['net.cidr_contains', ['10.0.0.0/8', '::ffff:10.0.0.1'], true],
    ['net.cidr_contains', ['10.1.2.3/8', '10.200.0.1'], true],
    ['net.cidr_contains', ['0.0.0.0/0', '255.255.255.255'], true],
    ['net.cidr_contains', ['::/0', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'], true],
    ['net.cidr_contains', ['fd00::/72', 'fd00::ff:0:0:1'], true],
    ['net.cidr_contains', ['fd00::/72', 'fd00:0:0:0:100::1'], false],
    ['net.cidr_intersects', ['192.168.0.0/16', '192.168.1.0/24'], true],
    ['net.cidr_intersects', ['192.168.0.0/24', '192.168.1.0/24'], false],
    ['net.cidr_intersects', ['fd00::/8', 'fd12::/16'], true],
    ['net.cidr_intersects', ['fd00::/16', 'fd01::/16'], false],
    ['net.cidr_intersects', ['10.0.0.0/8', '::/0'], false],
    ['net.cidr_is_valid', ['10.0.0.0/8'], true],
    ['net.cidr_is_valid', ['10.0.0.0/33'], false],
    ['net.cidr_is_valid', ['10.0.0.0'], false],
    ['net.cidr_is_valid', ['010.0.0.0/8'], false],
    ['net.cidr_is_valid', ['::/0'], true],
    ['net.cidr_is_valid', ['::ffff:1.2.3.4/120'], true],
    ['net.cidr_is_valid', ['1:2:3:4:5:6:7:8/64'], true],
    ['net.cidr_is_valid', ['1:2:3:4:5:6:7:8:9/64'], false],
    ['net.cidr_is_valid', ['1::2::3/64'], false],
    ['net.cidr_is_valid', ['12345::/64'], false],
    ['net.cidr_is_valid', ['::/129'], false],
    ['net.cidr_is_valid', ['1.2.3.4/'], false],
    ['net.cidr_is_valid', [5], false],
    ['net.cidr_expand', ['192.168.0.0/30'], ['192.168.0.0', '192.168.0.1', '192.168.0.2', '192.168.0.3']],
    ['net.cidr_expand', ['10.0.0.7/32'], ['10.0.0.7']],
    ['net.cidr_expand', ['2001:db8::/127'], ['2001:db8::', '2001:db8::1']],
    ['net.cidr_expand', ['2001:0:0:1::/127'], ['2001:0:0:1::', '2001:0:0:1::1']],
    ['net.cidr_merge', [['192.0.128.0/24', '192.0.129.0/24']], ['192.0.128.0/23']],
    ['net.cidr_merge', [['10.0.0.1', '10.0.0.2', '10.0.0.3']], ['10.0.0.1/32', '10.0.0.2/31']],
    ['net.cidr_merge', [['10.0.0.0/8', '10.1.0.0/16', '2001:db8::/33', '2001:db8:8000::/33']], ['10.0.0.0/8', '2001:db8::/32']],
    ['net.cidr_merge', [['0.0.0.0/1', '128.0.0.0/1']], ['0.0.0.0/0']],
    ['net.cidr_merge', [['::/1', '8000::/1', '255.255.255.255']], ['255.255.255.255/32', '::/0']],
    ['net.cidr_merge', [['1.0.0.0/24', '1.0.1.0/25', '1.0.1.128/26']], ['1.0.0.0/24', '1.0.1.0/25', '1.0.1.128/26']],
    ['net.cidr_merge', [[]], []],
    ['net.cidr_contains_matches', ['1.1.1.0/24', '1.1.1.128'], [['1.1.1.0/24', '1.1.1.128']]],
    ['net.cidr_contains_matches', [['1.1.1.0/24', '1.1.2.0/24'], '1.1.1.128'], [[0, '1.1.1.128']]],
    ['net.cidr_contains_matches', [{ x: '1.1.0.0/16', y: ['1.1.1.0/24', 'meta'] }, { a: '1.1.1.1', b: '2.2.2.2' }], [['x', 'a'], ['y', 'a']]],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('fails on invalid addresses as OPA does, undefined when not strict', () => {
    expect(() => call('net.cidr_contains', 'x', '1.1.1.1')).toThrow('eval_builtin_error: net.cidr_contains: invalid CIDR address: x');
    expect(() => call('net.cidr_contains', '10.0.0.0/8', 'x')).toThrow('invalid CIDR or IP address: x');
    expect(() => call('net.cidr_expand', '10.0.0.0/8')).toThrow('CIDR 10.0.0.0/8 has more than 1048576 addresses');
    expect(() => call('net.cidr_merge', 'x')).toThrow('eval_type_error: net.cidr_merge: operand 1 must be one of {array, set} but got string');
    expect(() => call('net.cidr_merge', ['10.0.0.0/8', 1])).toThrow('operand 1 must be array of strings but got array containing number');
    expect(() => call('net.cidr_contains_matches', [1], 'x')).toThrow('operand 1 must be array of (any of) {string, array} but got array containing number');
    expect(() => call('net.cidr_contains_matches', ['x'], '1.1.1.1')).toThrow('invalid CIDR address: x');
    expect(callStock('net.cidr_contains', '["x", "1.1.1.1"]', false)).toBeUndefined();
  });
});
