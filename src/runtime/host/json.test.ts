import { describe, expect, it } from 'vitest';
import { jsonBuiltins as j } from './json.js';

const call = (name: string, ...args: unknown[]): unknown => (j[name] as (...a: unknown[]) => unknown)(...args);

describe('json builtins', () => {
  const cases: [string, unknown[], unknown][] = [
    ['json.verify_schema', [{ type: 'object' }], [true, null]],
    ['json.verify_schema', ['{"type": "object"}'], [true, null]],
    ['json.match_schema', [{ id: 5 }, { properties: { id: { type: 'integer' } }, required: ['id'] }], [true, []]],
    [
      'json.match_schema',
      [{ id: 'x' }, { properties: { id: { type: 'integer' } } }],
      [false, [{ desc: 'Invalid type. Expected: integer, given: string', error: 'id: Invalid type. Expected: integer, given: string', field: 'id', type: 'invalid_type' }]],
    ],
    [
      'json.match_schema',
      ['{}', '{"required": ["id"]}'],
      [false, [{ desc: 'id is required', error: '(root): id is required', field: '(root)', type: 'required' }]],
    ],
  ];
  it.each(cases)('%s case %#', (name, args, want) => {
    expect(call(name, ...args)).toEqual(want);
  });

  it('reports an invalid schema in verify_schema and fails match_schema on it', () => {
    const [ok, msg] = call('json.verify_schema', { type: 'nope' }) as [boolean, string];
    expect(ok).toBe(false);
    expect(msg).toMatch(/type/);
    expect(() => call('json.match_schema', {}, { type: 'nope' })).toThrow();
    expect(() => call('json.match_schema', '{', {})).toThrow('invalid JSON string');
  });
});
