import { describe, expect, it } from 'vitest';
import { netBuiltins as n } from './net.js';

const call = (name: string, ...args: unknown[]): unknown => (n[name] as (...a: unknown[]) => unknown)(...args);

describe('net builtins (IPv4 and IPv6)', () => {
  const cases: [string, unknown[], unknown][] = [
    ['net.cidr_contains', ['10.0.0.0/8', '10.1.2.3'], true],
    ['net.cidr_contains', ['10.0.0.0/8', '11.0.0.1'], false],
    ['net.cidr_contains', ['10.0.0.0/8', '10.1.0.0/16'], true],
    ['net.cidr_contains', ['10.1.0.0/16', '10.0.0.0/8'], false],
    ['net.cidr_contains', ['2001:db8::/32', '2001:db8:1::1'], true],
    ['net.cidr_contains', ['2001:db8::/32', '10.0.0.1'], false],
    ['net.cidr_contains', ['10.0.0.0/8', '::ffff:10.0.0.1'], true],
    ['net.cidr_contains', ['10.1.2.3/8', '10.200.0.1'], true],
    ['net.cidr_intersects', ['192.168.0.0/16', '192.168.1.0/24'], true],
    ['net.cidr_intersects', ['192.168.0.0/24', '192.168.1.0/24'], false],
    ['net.cidr_intersects', ['fd00::/8', 'fd12::/16'], true],
    ['net.cidr_is_valid', ['10.0.0.0/8'], true],
    ['net.cidr_is_valid', ['10.0.0.0/33'], false],
    ['net.cidr_is_valid', ['10.0.0.0'], false],
    ['net.cidr_is_valid', ['010.0.0.0/8'], false],
    ['net.cidr_is_valid', ['::/0'], true],
    ['net.cidr_is_valid', [5], false],
    ['net.cidr_expand', ['192.168.0.0/30'], ['192.168.0.0', '192.168.0.1', '192.168.0.2', '192.168.0.3']],
    ['net.cidr_expand', ['2001:db8::/127'], ['2001:db8::', '2001:db8::1']],
    ['net.cidr_merge', [['192.0.128.0/24', '192.0.129.0/24']], ['192.0.128.0/23']],
    ['net.cidr_merge', [['10.0.0.1', '10.0.0.2', '10.0.0.3']], ['10.0.0.1/32', '10.0.0.2/31']],
    ['net.cidr_merge', [['10.0.0.0/8', '10.1.0.0/16', '2001:db8::/33', '2001:db8:8000::/33']], ['10.0.0.0/8', '2001:db8::/32']],
    ['net.cidr_contains_matches', ['1.1.1.0/24', '1.1.1.128'], [['1.1.1.0/24', '1.1.1.128']]],
    ['net.cidr_contains_matches', [['1.1.1.0/24', '1.1.2.0/24'], '1.1.1.128'], [[0, '1.1.1.128']]],
    ['net.cidr_contains_matches', [{ x: '1.1.0.0/16', y: ['1.1.1.0/24', 'meta'] }, { a: '1.1.1.1', b: '2.2.2.2' }], [['x', 'a'], ['y', 'a']]],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('fails on invalid addresses', () => {
    expect(() => call('net.cidr_contains', 'x', '1.1.1.1')).toThrow('invalid CIDR address: x');
    expect(() => call('net.cidr_contains', '10.0.0.0/8', 'x')).toThrow('invalid CIDR or IP address: x');
    expect(() => call('net.cidr_expand', '10.0.0.0/8')).toThrow('more than');
    expect(() => call('net.cidr_merge', 'x')).toThrow('operand 1 must be one of {array, set} but got string');
  });
});
