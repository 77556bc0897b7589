// State shared by the impure host builtins of one hostBuiltins() instance.
// Owns: the clock provider and OPA's per-evaluation caches (rand.intn and uuid.rfc4122 give the
// same answer for the same arguments within one evaluation). Must not hold anything else.

export interface HostContext {
  now: () => bigint;
  caches: Map<string, Map<string, unknown>>;
  /** The clock value the caches belong to; a new value means a new evaluation. */
  cacheEpoch: bigint | undefined;
  /** File access for conftest's parse_config_file family, when the run provides it. */
  files?: ConfigFiles;
}

/** Reads configuration files for a run; relative paths resolve where that run decides. */
export interface ConfigFiles {
  read(path: string): { path: string; text: string };
}

/** The cache for `name` in the current evaluation. */
export function evaluationCache(ctx: HostContext, name: string): Map<string, unknown> {
  const now = ctx.now();
  if (ctx.cacheEpoch !== now) {
    ctx.caches.clear();
    ctx.cacheEpoch = now;
  }
  let c = ctx.caches.get(name);
  if (!c) {
    c = new Map();
    ctx.caches.set(name, c);
  }
  return c;
}
