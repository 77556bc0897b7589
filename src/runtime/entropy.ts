// Host entropy for the module's rand.intn and uuid.rfc4122 (assembly/builtins/random.ts): before
// each evaluation, 64 bits from crypto.getRandomValues go to the module's palisade_seed export.
// Owns only that hand-over. Must not generate values itself: the module does, so a module loaded
// elsewhere (stock opa-wasm, no seeding) gives the same kind of answers, only predictable ones.

import { getRandomValues } from 'node:crypto';

type Seedable = { evaluate: (...args: never[]) => unknown; wasmInstance?: { exports: { palisade_seed?: (lo: number, hi: number) => void } } };

// Drawn in batches: one getRandomValues call per 256 evaluations, not one each.
const pool = new Uint32Array(512);
let used = pool.length;

function draw(): number {
  if (used === pool.length) {
    getRandomValues(pool);
    used = 0;
  }
  return pool[used++]!;
}

/**
 * Makes `policy.evaluate` seed the module first. A module without palisade_seed (built by OPA, or
 * by an older Palisade) is left as it is.
 */
export function seedEachEvaluation<P>(policy: P): P {
  const p = policy as unknown as Seedable;
  const seed = p.wasmInstance?.exports.palisade_seed;
  if (typeof seed !== 'function') return policy;
  const evaluate = p.evaluate.bind(p) as (...args: never[]) => unknown;
  p.evaluate = (...args: never[]) => {
    seed(draw(), draw());
    return evaluate(...args);
  };
  return policy;
}
