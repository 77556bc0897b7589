import { describe, expect, it } from 'vitest';
import { parseUuid, uuidBuiltins } from './uuid.js';

describe('uuid builtins', () => {
  it('parses version 1, 2, 4, 6 and 7 UUIDs as google/uuid does', () => {
    expect(parseUuid('b01d0062-a116-11ee-822b-7ab0b9e5e0c0')).toEqual({
      clocksequence: 555,
      macvariables: 'local:unicast',
      nodeid: '7a-b0-b9-e5-e0-c0',
      time: 1703282931110717000n,
      variant: 'RFC4122',
      version: 1,
    });
    expect(parseUuid('000003e8-a129-21ee-ae00-325096b39f47')).toMatchObject({ domain: 'Person', id: 1000, clocksequence: 11776, version: 2, time: 1703290796079613600n });
    expect(parseUuid('a6342df8-7801-469c-b3f3-c5317a0ebdaa')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(parseUuid('1EC9414C-232A-6B00-B3C8-9E6BDECED846')).toEqual({ variant: 'RFC4122', version: 6, time: 1645557742000000000n });
    expect(parseUuid('017F22E2-79B0-7CC3-98C4-DC0C0C07398F')).toEqual({ variant: 'RFC4122', version: 7, time: 1645557742000000000n });
    expect(parseUuid('{a6342df8-7801-469c-b3f3-c5317a0ebdaa}')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(parseUuid('not-valid')).toBeUndefined();
  });

  it('generates a stable v4 UUID per key within an evaluation', () => {
    const b = uuidBuiltins({ now: () => 1n, caches: new Map(), cacheEpoch: undefined });
    const a = b['uuid.rfc4122']!('x') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b['uuid.rfc4122']!('x')).toBe(a);
    expect(b['uuid.rfc4122']!('y')).not.toBe(a);
    expect(() => b['uuid.parse']!(42)).toThrow('operand 1 must be string but got number');
  });
});
