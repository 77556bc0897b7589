// uuid.parse as the module runs it: native (assembly/builtins/uuid.ts), loaded in stock opa-wasm
// with no custom builtins. Expected values are github.com/google/uuid's fields as OPA returns them.

import { describe, expect, it } from 'vitest';
import { callStock as call } from './testing.js';

describe('uuid.parse (native)', () => {
  it('parses version 1, 2, 4, 6 and 7 UUIDs as google/uuid does', () => {
    expect(call('uuid.parse', '["b01d0062-a116-11ee-822b-7ab0b9e5e0c0"]')).toEqual({
      clocksequence: 555,
      macvariables: 'local:unicast',
      nodeid: '7a-b0-b9-e5-e0-c0',
      time: 1703282931110717000,
      variant: 'RFC4122',
      version: 1,
    });
    expect(call('uuid.parse', '["000003e8-a129-21ee-ae00-325096b39f47"]')).toMatchObject({ domain: 'Person', id: 1000, clocksequence: 11776, version: 2, time: 1703290796079613600 });
    expect(call('uuid.parse', '["a6342df8-7801-469c-b3f3-c5317a0ebdaa"]')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(call('uuid.parse', '["1EC9414C-232A-6B00-B3C8-9E6BDECED846"]')).toEqual({ variant: 'RFC4122', version: 6, time: 1645557742000000000 });
    expect(call('uuid.parse', '["017F22E2-79B0-7CC3-98C4-DC0C0C07398F"]')).toEqual({ variant: 'RFC4122', version: 7, time: 1645557742000000000 });
    expect(call('uuid.parse', '["{a6342df8-7801-469c-b3f3-c5317a0ebdaa}"]')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(call('uuid.parse', '["urn:uuid:a6342df8-7801-469c-b3f3-c5317a0ebdaa"]')).toEqual({ variant: 'RFC4122', version: 4 });
    expect(call('uuid.parse', '["a6342df87801469cd3f3c5317a0ebdaa"]')).toEqual({ variant: 'Microsoft', version: 4 });
  });

  it('is undefined for what google/uuid rejects, and type-checks', () => {
    for (const bad of ['not-valid', 'a6342df8-7801-469c-b3f3-c5317a0ebdaz', 'a6342df8_7801-469c-b3f3-c5317a0ebdaa', '']) {
      expect(call('uuid.parse', JSON.stringify([bad]))).toBeUndefined();
    }
    expect(() => call('uuid.parse', '[42]')).toThrow('eval_type_error: uuid.parse: operand 1 must be string but got number');
  });
});
