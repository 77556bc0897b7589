// The host side of Palisade's builtins: every builtin the registry marks `impl: 'host'`, as the
// JS functions @open-policy-agent/opa-wasm calls through the ABI's `opa_builtinN` imports.
// Owns: dispatch, OPA's strict/non-strict error handling, and the wire encoding of results.
// Must not implement any builtin itself (one file per family does) and must not do I/O.
//
// Wire format. opa-wasm JSON.parses each argument and JSON.stringifies the return value, unless
// the return value is an ArrayBuffer, which it loads as ready-made JSON text. Results that hold
// integers beyond 2^53 (nanosecond timestamps) are built with `bigint` and sent as such an
// ArrayBuffer, so `time.now_ns` reaches the policy digit for digit. Arguments cannot
// get the same care (opa-wasm parses them), so an incoming nanosecond count is exact only to
// about 256 ns; date and clock fields derived from it are unaffected.
//
// Sets. JSON has no sets: a set argument arrives as an array, and a set result leaves as a sorted,
// duplicate-free array. HOST_SET_RESULTS names the builtins whose result is a Rego set, so the
// runtime can turn that array back into a set.

import { BUILTINS } from '../../rego/builtins.js';
import { InternalError } from '../../diagnostics.js';
import { BuiltinError, OperandTypeError } from './errors.js';
import { exactJson, hasBigInt, type Value } from './values.js';
import { yamlBuiltins } from './yaml.js';
import { miscBuiltins } from './misc.js';
import { deprecatedBuiltins } from './deprecated.js';
import { conftestBuiltins } from './conftest.js';
import { palisadeBuiltins } from './palisade.js';
import type { ConfigFiles, HostContext } from './context.js';

export { BuiltinError, OperandTypeError } from './errors.js';

export interface HostOptions {
  /** Builtin errors abort evaluation (true) or make the call undefined (false, OPA's default). */
  strict: boolean;
  /**
   * The evaluation's clock in nanoseconds since the epoch. OPA reads the clock once per query, so
   * pass a provider that returns the same value for the whole evaluation.
   */
  now?: () => bigint;
  /** File access for conftest's parse_config_file family (`palisade test` provides it). */
  files?: ConfigFiles;
}

export type HostBuiltin = (...args: unknown[]) => unknown;

/** Builtins whose Rego result is a set (sent as a sorted array). */
export const HOST_SET_RESULTS: ReadonlySet<string> = new Set([
]);

/**
 * Without a caller's clock: the wall clock read once per synchronous turn. opa-wasm's `evaluate`
 * is synchronous, so every builtin call of one evaluation sees the same time (OPA reads the clock
 * once per query); a read per call would let a millisecond tick show mid-evaluation.
 */
function turnClock(): () => bigint {
  let current: bigint | undefined;
  return () => {
    if (current === undefined) {
      current = BigInt(Date.now()) * 1_000_000n;
      queueMicrotask(() => {
        current = undefined;
      });
    }
    return current;
  };
}

/** The implementations with plain JS results (bigint for large integers): for compile-time folding and tests. */
export function hostImplementations(opts: Omit<HostOptions, 'strict'> = {}): Record<string, (...args: Value[]) => unknown> {
  const ctx: HostContext = {
    now: opts.now ?? turnClock(),
    files: opts.files,
  };
  const families = [
    yamlBuiltins,
    miscBuiltins(ctx),
    deprecatedBuiltins,
    conftestBuiltins(ctx),
    palisadeBuiltins,
  ];
  return Object.assign({}, ...families) as Record<string, (...args: Value[]) => unknown>;
}

/** What opa-wasm gets for a result: plain JSON-able values, or exact JSON text when it holds bigints. */
export function toWire(result: unknown): unknown {
  if (result === undefined || !hasBigInt(result)) return result;
  const bytes = new TextEncoder().encode(exactJson(result));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

export function hostBuiltins(opts: HostOptions): Record<string, HostBuiltin> {
  const impls = hostImplementations(opts);
  const out: Record<string, HostBuiltin> = {};
  // Rego v0's deprecated casts are not in the registry (v1 rejects them) but v0 modules call them.
  const v0Casts = Object.keys(deprecatedBuiltins).map((name): [string, { impl: 'host' }] => [name, { impl: 'host' }]);
  for (const [name, spec] of [...Object.entries(BUILTINS), ...v0Casts]) {
    if (spec.impl !== 'host') continue;
    const fn = impls[name];
    if (!fn) throw new InternalError(`host builtin ${name} is in the registry but has no implementation`);
    const wrapped = (...args: unknown[]) => {
      try {
        return toWire(fn(...(args as Value[])));
      } catch (e) {
        // A host builtin that runs out of room (a string or array past V8's limits, the stack)
        // ends the evaluation as exhausted memory does inside the module: never undefined.
        if (e instanceof RangeError) throw new Error(`out of memory: ${name}: ${e.message}`, { cause: e });
        if (!(e instanceof BuiltinError)) throw e;
        if (!opts.strict) return undefined;
        const kind = e instanceof OperandTypeError ? 'eval_type_error' : 'eval_builtin_error';
        throw new Error(`${kind}: ${name}: ${e.message}`, { cause: e });
      }
    };
    out[name] = wrapped;
    // Modules call SDK-shadowed builtins under their alias (see hostCallName); old bundles may not.
    if (SDK_SHADOWED.has(name)) out[hostCallName(name)] = wrapped;
  }
  return out;
}

/**
 * Builtins that @open-policy-agent/opa-wasm implements itself in JavaScript and dispatches BEFORE
 * custom builtins (its yaml is another parser; its sprintf and regex.split no longer matter: those are
 * native, and a native builtin never reaches the SDK). So that
 * Palisade's OPA-faithful versions run, modules reach these through an alias no SDK defines.
 */
export const SDK_SHADOWED: ReadonlySet<string> = new Set(['json.is_valid', 'yaml.marshal', 'yaml.unmarshal', 'yaml.is_valid']);

/** The name a module uses to call a host builtin through `opa_builtinN`. */
export function hostCallName(name: string): string {
  return SDK_SHADOWED.has(name) ? `palisade.${name}` : name;
}
