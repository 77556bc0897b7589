// The impure odds and ends: the clock (time.now_ns, the evaluation's clock, exact: a bigint),
// rand.intn (cached per evaluation for the same arguments, as OPA does) and opa.runtime (Palisade exposes no runtime information: `{}`, which is what OPA returns when
// it runs without runtime info, and which keeps the host environment out of policy results).

import { randomInt } from 'node:crypto';
import { int, str } from './errors.js';
import { evaluationCache, type HostContext } from './context.js';
import type { Value } from './values.js';

export function miscBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    'time.now_ns': () => ctx.now(),
    'rand.intn': (s, n) => {
      const key = str(s, 1);
      let bound = int(n, 2);
      if (bound === 0) return 0;
      if (bound < 0) bound = -bound;
      const cache = evaluationCache(ctx, 'rand.intn');
      const k = JSON.stringify([key, bound]);
      let v = cache.get(k) as number | undefined;
      if (v === undefined) {
        v = bound <= 2 ** 48 - 1 ? randomInt(bound) : Math.floor(Math.random() * bound);
        cache.set(k, v);
      }
      return v;
    },
    'opa.runtime': () => ({}),
  };
}
