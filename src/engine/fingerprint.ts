// The finding's stable identity. Owns the hash that SARIF `partialFingerprints` and waivers keyed
// by fingerprint rely on, so code scanning keeps one alert per problem across pushes.
// Must not look at line numbers or line text: inserting a line above a finding, or reformatting
// the file, must leave the fingerprint unchanged. Renaming the file changes it (the path is part
// of the identity), which docs/waivers.md and docs/output.md explain.

import { nodeCrypto } from '../lazy-node.js';
import type { Route } from '../loaders/types.js';

/** Bump when the hashed shape changes; it is also the SARIF `partialFingerprints` key suffix. */
export const FINGERPRINT_VERSION = 'palisade/v1';

/** Repo-relative, forward slashes, no leading `./`: the same file must hash the same on every OS. */
export function normalizeFilePath(file: string): string {
  let p = file.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/**
 * A 32-hex-digit (128-bit) fingerprint of policy id + file + route (+ resource when known).
 * The parts are hashed as one JSON array, so no separator inside a part can make two different
 * findings collide (`a/b` + `c` versus `a` + `b/c`).
 */
export function fingerprint(policyId: string, file: string, route: Route, resource?: string): string {
  const canonical = JSON.stringify([FINGERPRINT_VERSION, policyId, normalizeFilePath(file), route, resource ?? null]);
  return sha256Hex(canonical).slice(0, 32);
}

// node:crypto's one-shot hash (Node ≥ 20.12) skips building a Hash object per finding; older
// Node 20 releases take the streaming API. The CLI's shim loads node:crypto before it sets V8
// flags (bin/palisade.cjs), so it comes from Node's embedded code cache; a SHA-256 in TypeScript,
// used before for the first fingerprints of a run, cost a one-file scan more than that: V8
// optimised its hot loop with TurboFan on every run (~25M instructions, callgrind).
let native: ((s: string) => string) | undefined;

function sha256Hex(s: string): string {
  if (!native) {
    const crypto = nodeCrypto();
    const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
    native = oneShot ? (t) => oneShot('sha256', t, 'hex') : (t) => crypto.createHash('sha256').update(t, 'utf8').digest('hex');
  }
  return native(s);
}
