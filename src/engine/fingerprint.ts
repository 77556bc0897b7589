// The finding's stable identity. Owns the hash that SARIF `partialFingerprints` and waivers keyed
// by fingerprint rely on, so code scanning keeps one alert per problem across pushes.
// Must not look at line numbers or line text: inserting a line above a finding, or reformatting
// the file, must leave the fingerprint unchanged. Renaming the file changes it (the path is part
// of the identity), which docs/waivers.md and docs/output.md explain.

import { nodeCrypto } from '../lazy-node.js';
import type { Route } from '../loaders/types.js';
import { sha256Hex as scriptSha256Hex } from '../text/sha256.js';

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

// The first fingerprints of a run are hashed in TypeScript: most runs (a pre-commit hook's) have
// a handful of findings, and loading node:crypto would cost them more than all their hashing.
// Past that, native hashing is several times faster per finding, so a large scan loads it then.
// Same digest either way (src/text/sha256.test.ts). One-shot hashing (Node ≥ 20.12) skips
// building a Hash object per finding; older Node 20 releases take the streaming API.
const IN_SCRIPT = 512;
let hashed = 0;
let native: ((s: string) => string) | undefined;

function sha256Hex(s: string): string {
  if (hashed < IN_SCRIPT) {
    hashed++;
    return scriptSha256Hex(s);
  }
  if (!native) {
    const crypto = nodeCrypto();
    const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
    native = oneShot ? (t) => oneShot('sha256', t, 'hex') : (t) => crypto.createHash('sha256').update(t, 'utf8').digest('hex');
  }
  return native(s);
}
