// `--shard k/n`: a stable partition of the discovered inputs, so n CI jobs scan a large monorepo
// in parallel and `palisade merge` joins their reports. The part of an input depends only on its
// path (a hash), never on what else exists, so adding a file moves no other file between shards.
// A Terraform folder is one module, evaluated as a whole (and a plan is mapped onto the .tf beside
// it): its files share the folder's part. The repository checks run in shard 1 only, which also
// reads every package manifest they look into (the merge drops the duplicate findings).

import { posix } from 'node:path';
import type { DiscoverResult } from '../discovery/discover.js';
import { nodeCrypto } from '../lazy-node.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `k/n` with 1 ≤ k ≤ n, or undefined when it is not one. */
export function parseShard(spec: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

export function shardOf(key: string, count: number): number {
  // The SHA-256 digest's first four bytes, big-endian.
  return (nodeCrypto().createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/** The inputs of one shard. */
export function inShard(found: DiscoverResult, shard: Shard): DiscoverResult {
  const mine = (key: string) => shardOf(key, shard.count) === shard.index;
  return {
    ...found,
    files: found.files.filter(
      (f) => mine(f.kind === 'terraform-source' || f.kind === 'terraform-plan' ? posix.dirname(f.path) : f.path) || (shard.index === 1 && f.kind === 'package-json'),
    ),
    charts: found.charts.filter(mine),
    repositoryFiles: shard.index === 1 ? found.repositoryFiles : [],
  };
}
