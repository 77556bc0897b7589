// The impure odds and ends: the clock (time.now_ns, the evaluation's clock, exact: a bigint) and
// opa.runtime (Palisade exposes no runtime information: `{}`, which is what OPA returns when it
// runs without runtime info, and which keeps the host environment out of policy results).
// rand.intn and uuid.rfc4122 run inside the module (assembly/builtins/random.ts).

import type { HostContext } from './context.js';
import type { Value } from './values.js';

export function miscBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    'time.now_ns': () => ctx.now(),
    'opa.runtime': () => ({}),
  };
}
