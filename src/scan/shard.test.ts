import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from './shard.js';

describe('shardOf', () => {
  it('is the first four bytes of the key\'s SHA-256, big-endian, modulo the count (CI matrices rely on it staying put)', () => {
    for (let i = 0; i < 500; i++) {
      const key = `pkg${i}/deploy/é-${i}.yaml`;
      for (const count of [1, 2, 3, 7, 64]) expect(shardOf(key, count)).toBe((createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1);
    }
  });

  it('parses k/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('4/3')).toBeUndefined();
  });
});
