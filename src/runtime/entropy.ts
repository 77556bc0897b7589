// Host entropy for the module's rand.intn and uuid.rfc4122 (assembly/builtins/random.ts): before
// each evaluation, 64 bits from the system's CSPRNG go to the module's palisade_seed export
// (evaluate.ts does it on the engine's path; seedEachEvaluation for callers of the SDK's evaluate).
// Owns only that hand-over. Must not generate values itself: the module does, so a module loaded
// elsewhere (stock opa-wasm, no seeding) gives the same kind of answers, only predictable ones.

// randomFillSync rather than getRandomValues: the same CSPRNG, without loading Node's webcrypto
// modules at start-up (~1 ms of every CLI run).
import { randomFillSync } from 'node:crypto';

type Seedable = { evaluate: (...args: never[]) => unknown; wasmInstance?: { exports: { palisade_seed?: (lo: number, hi: number) => void } } };

// Drawn in batches: one randomFillSync call per 256 evaluations, not one each.
const pool = new Uint32Array(512);
let used = pool.length;

function draw(): number {
  if (used === pool.length) {
    randomFillSync(pool);
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
