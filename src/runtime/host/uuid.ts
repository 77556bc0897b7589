// uuid.rfc4122: a random version-4 UUID, the same one for the same key within an evaluation, as
// OPA caches it. Randomness is the host's: OPA's Wasm leaves this builtin to the SDK, and stock
// opa-wasm does not provide it. uuid.parse is native (assembly/builtins/uuid.ts).

import { randomUUID } from 'node:crypto';
import { str } from './errors.js';
import { evaluationCache, type HostContext } from './context.js';
import type { Value } from './values.js';

export function uuidBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    'uuid.rfc4122': (k) => {
      const key = str(k, 1);
      const cache = evaluationCache(ctx, 'uuid.rfc4122');
      let id = cache.get(key) as string | undefined;
      if (id === undefined) {
        id = randomUUID();
        cache.set(key, id);
      }
      return id;
    },
  };
}
