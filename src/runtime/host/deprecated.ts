// OPA's deprecated `cast_*` builtins, which Rego v0 (`--v0-compatible`) still offers. The other
// deprecated builtins (`re_match`, `set_diff`, `net.cidr_overlap`, `all`, `any`) are plain
// renames of current ones and never reach the host (see DEPRECATED_BUILTINS in
// src/rego/capabilities.ts). `cast_set` is not here: its result is a set and host results cross
// the ABI as JSON, so the resolver writes it as Rego instead (castSet in src/rego/check/resolve.ts).

import { bool, obj, str, typeFail } from './errors.js';
import type { Value } from './values.js';

export const deprecatedBuiltins: Record<string, (...args: Value[]) => unknown> = {
  // A set arrives as its sorted array of members, which is what OPA's cast_array returns for it.
  cast_array: (x) => (Array.isArray(x) ? x : typeFail(1, x, 'array', 'set')),
  cast_string: (x) => str(x, 1),
  cast_boolean: (x) => bool(x, 1),
  cast_null: (x) => (x === null ? null : typeFail(1, x, 'null')),
  cast_object: (x) => obj(x, 1),
};

