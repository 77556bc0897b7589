import { describe, expect, it } from 'vitest';
import { uuidBuiltins } from './uuid.js';

describe('uuid builtins', () => {
  it('generates a stable v4 UUID per key within an evaluation', () => {
    const b = uuidBuiltins({ now: () => 1n, caches: new Map(), cacheEpoch: undefined });
    const a = b['uuid.rfc4122']!('x') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b['uuid.rfc4122']!('x')).toBe(a);
    expect(b['uuid.rfc4122']!('y')).not.toBe(a);
    expect(() => b['uuid.rfc4122']!(42)).toThrow('operand 1 must be string but got number');
  });
});
