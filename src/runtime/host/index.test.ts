import { describe, expect, it } from 'vitest';
import { deprecatedBuiltins } from './deprecated.js';
import { BUILTINS } from '../../rego/builtins.js';
import { hostBuiltins, hostCallName, hostImplementations, toWire, HOST_SET_RESULTS, SDK_SHADOWED } from './index.js';

describe('hostBuiltins', () => {
  it('implements every builtin the registry marks host, and nothing else', () => {
    // …plus Rego v0's deprecated casts, which the registry leaves out because v1 rejects them.
    const host = [...Object.entries(BUILTINS).filter(([, s]) => s.impl === 'host').map(([n]) => n), ...Object.keys(deprecatedBuiltins)].sort();
    const aliases = host.filter((n) => SDK_SHADOWED.has(n)).map(hostCallName);
    expect(Object.keys(hostBuiltins({ strict: false })).sort()).toEqual([...host, ...aliases].sort());
    expect(Object.keys(hostImplementations()).sort()).toEqual(host);
    for (const n of HOST_SET_RESULTS) expect(host).toContain(n);
  });

  it('reaches SDK-shadowed builtins through an alias that runs the same implementation', () => {
    const b = hostBuiltins({ strict: true });
    expect(hostCallName('yaml.is_valid')).toBe('palisade.yaml.is_valid');
    expect(hostCallName('parse_config')).toBe('parse_config');
    expect(b['palisade.yaml.is_valid']!('a: [')).toBe(false);
  });

  it('makes a failing call undefined when not strict', () => {
    const b = hostBuiltins({ strict: false });
    expect(b['parse_config']!('nope', '')).toBeUndefined();
    expect(b['parse_config']!(1, '')).toBeUndefined();
  });

  it('throws OPA-shaped errors when strict', () => {
    const b = hostBuiltins({ strict: true });
    expect(() => b['parse_config']!('nope', '')).toThrow('eval_builtin_error: parse_config: unknown parser: nope');
    expect(() => b['parse_config']!(1, '')).toThrow('eval_type_error: parse_config: operand 1 must be string but got number');
  });

  it('sends integers beyond 2^53 as exact JSON text', () => {
    const b = hostBuiltins({ strict: true });
    const clock = hostBuiltins({ strict: true, now: () => 1703444325734390123n });
    const r = clock['time.now_ns']!();
    expect(r).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(r as ArrayBuffer)).toBe('1703444325734390123');
    expect(new TextDecoder().decode(toWire({ a: [1n << 60n, 'x'] }) as ArrayBuffer)).toBe('{"a":[1152921504606846976,"x"]}');
    expect(toWire({ a: 1 })).toEqual({ a: 1 });
  });

  it('uses the clock provider for time.now_ns', () => {
    const b = hostBuiltins({ strict: true, now: () => 1_700_000_000_000_000_000n });
    expect(new TextDecoder().decode(b['time.now_ns']!() as ArrayBuffer)).toBe('1700000000000000000');
  });
});
