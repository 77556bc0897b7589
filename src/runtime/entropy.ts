// Host entropy for the module's rand.intn and uuid.rfc4122 (assembly/builtins/random.ts): before
// each evaluation, 64 bits from the system's CSPRNG go to the module's palisade_seed export
// (evaluate.ts does it on the engine's path; seedEachEvaluation for callers of the SDK's evaluate).
// Owns only that hand-over. Must not generate values itself: the module does, so a module loaded
// elsewhere (stock opa-wasm, no seeding) gives the same kind of answers, only predictable ones.

// The bits come from the operating system's CSPRNG, read from /dev/urandom where there is one:
// node:crypto (the same kind of generator) costs ~3 ms of every CLI start to load, more than a
// one-file scan spends hashing or seeding. Elsewhere (Windows) node:crypto's randomFillSync.
import { closeSync, openSync, readSync } from 'node:fs';
import { nodeCrypto } from '../lazy-node.js';

type Seedable = { evaluate: (...args: never[]) => unknown; wasmInstance?: { exports: { palisade_seed?: (lo: number, hi: number) => void } } };

// Drawn in batches: one randomFillSync call per 256 evaluations, not one each.
const pool = new Uint32Array(512);
let used = pool.length;

function refill(): void {
  const bytes = new Uint8Array(pool.buffer);
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    for (let n = 0; n < bytes.length; ) {
      const r = readSync(fd, bytes, n, bytes.length - n, null);
      if (r <= 0) throw new Error('short read from /dev/urandom');
      n += r;
    }
    return;
  } catch {
    // No /dev/urandom (or it misbehaved): node:crypto fills the pool instead.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  nodeCrypto().randomFillSync(pool);
}

function draw(): number {
  if (used === pool.length) {
    refill();
    used = 0;
  }
  return pool[used++]!;
}

/**
 * Hands the module 64 fresh bits for its next evaluation. A module without palisade_seed (built
 * by OPA, or by an older Palisade) is left alone.
 */
export function seedModule(policy: object): void {
  (policy as Seedable).wasmInstance?.exports.palisade_seed?.(draw(), draw());
}

/** Makes `policy.evaluate` seed the module first (for callers of the SDK's evaluate). */
export function seedEachEvaluation<P extends object>(policy: P): P {
  const p = policy as unknown as Seedable;
  if (typeof p.wasmInstance?.exports.palisade_seed !== 'function') return policy;
  const evaluate = p.evaluate.bind(p) as (...args: never[]) => unknown;
  p.evaluate = (...args: never[]) => {
    seedModule(p);
    return evaluate(...args);
  };
  return policy;
}
