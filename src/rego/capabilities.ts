// OPA's capabilities files (`opa capabilities`, `--capabilities <file>`): the builtins a
// compilation may call. A builtin the file lists that Palisade does not implement (one the policy
// library's own tool adds, such as trivy's `result.new`) is *declared*: it compiles, tests can
// replace it with `with`, and calling it unreplaced is an evaluation error naming it.
// A builtin the file leaves out is *unlisted*: the user's modules calling it fail to compile as in
// OPA ("undefined function"); Palisade's helper library, compiled with every run, keeps it.
//
// Also the builtin set of a `--v0-compatible` compilation: v0 keeps OPA's deprecated builtins
// (`re_match`, `set_diff`, `cast_array` …), implemented as their current equivalents.
// Pure: text in, a builtin set out; reading the file is the CLI's job.

import { PalisadeError } from '../diagnostics.js';
import { BUILTINS, withBuiltins, type BuiltinSet, type BuiltinSpec } from './builtins.js';
import { compileModules, type CompileOptions } from './compile.js';
import type { Module } from './ast.js';
import type { Plan } from './ir.js';

/**
 * OPA's deprecated builtins (Rego v0 only): `current` names the builtin each one is today, and the
 * plan calls that one; the casts have no current equivalent and are host builtins of their own
 * (src/runtime/host/deprecated.ts). `all` and `any` are still in the registry. `cast_set` is not
 * offered (see deprecated.ts), so it stays an unknown function.
 */
export const DEPRECATED_BUILTINS: Readonly<Record<string, { arity: number; current?: string }>> = {
  re_match: { arity: 2, current: 'regex.match' },
  set_diff: { arity: 2, current: 'minus' },
  'net.cidr_overlap': { arity: 2, current: 'net.cidr_contains' },
  cast_array: { arity: 1 },
  cast_string: { arity: 1 },
  cast_boolean: { arity: 1 },
  cast_null: { arity: 1 },
  cast_object: { arity: 1 },
};

interface CapabilitiesFile {
  builtins?: Array<{ name?: unknown; decl?: { args?: unknown[] } }>;
}

/** The builtin set a capabilities file describes; `file` names it in diagnostics. */
export function parseCapabilities(text: string, file: string): BuiltinSet {
  const bad = (message: string) =>
    new PalisadeError([{ file, line: 1, col: 1, code: 'config_error', message, fix: 'start from `opa capabilities --current` and add your tool\'s builtins to its "builtins" list' }]);
  let parsed: CapabilitiesFile;
  try {
    parsed = JSON.parse(text) as CapabilitiesFile;
  } catch (e) {
    throw bad(`capabilities file is not JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(parsed.builtins)) throw bad('capabilities file has no "builtins" list');
  const set: Record<string, BuiltinSpec> = {};
  for (const [name, spec] of Object.entries(BUILTINS)) set[name] = { ...spec, unlisted: file };
  // Deprecated ones too: a v0 module may call them only if the file lists them (v1 rejects them anyway).
  for (const name of Object.keys(DEPRECATED_BUILTINS)) set[name] = { ...deprecatedSpec(name), unlisted: file };
  for (const b of parsed.builtins) {
    if (typeof b.name !== 'string') throw bad('every entry of "builtins" needs a "name"');
    const known = Object.prototype.hasOwnProperty.call(BUILTINS, b.name) ? BUILTINS[b.name] : Object.prototype.hasOwnProperty.call(DEPRECATED_BUILTINS, b.name) ? deprecatedSpec(b.name) : undefined;
    if (known) {
      set[b.name] = known;
      continue;
    }
    const args = b.decl?.args;
    if (!Array.isArray(args)) throw bad(`builtin ${b.name} needs "decl": {"args": [...]} (Palisade does not implement it, so its arity must be declared)`);
    set[b.name] = { arity: args.length, impl: 'host', impure: true, declared: true };
  }
  return set;
}

/** How a deprecated builtin runs: as the builtin it is today, or as its own host builtin (the casts). */
function deprecatedSpec(name: string): BuiltinSpec {
  const d = DEPRECATED_BUILTINS[name]!;
  return (d.current ? BUILTINS[d.current] : undefined) ?? { arity: d.arity, impl: 'host' };
}

/** `set` plus OPA's deprecated builtins, for a `--v0-compatible` compilation (a capabilities set has its own). */
export function withDeprecated(set: BuiltinSet): BuiltinSet {
  const out: Record<string, BuiltinSpec> = { ...set };
  for (const name of Object.keys(DEPRECATED_BUILTINS)) if (!out[name]) out[name] = deprecatedSpec(name);
  return out;
}

/** The plan calling each renamed deprecated builtin by its current name (the runtime knows only those). */
export function currentBuiltinNames(plan: Plan): Plan {
  return { ...plan, builtins: plan.builtins.map((b) => ({ ...b, name: DEPRECATED_BUILTINS[b.name]?.current ?? b.name })) };
}

/** The builtins of `set` a capabilities file declares and Palisade lacks (they need host stubs: runtime/host/declared.ts). */
export function declaredBuiltins(set: BuiltinSet): string[] {
  return Object.entries(set).flatMap(([name, spec]) => (spec.declared ? [name] : []));
}

/**
 * Compiles with the builtins a run has: the capabilities file's (else all of Palisade's), plus
 * the deprecated ones under v0. Returns the plan and the builtin set, whose declared builtins the
 * caller must give host stubs (declaredBuiltins, runtime/host/declared.ts).
 */
export function compileWithBuiltins(modules: Module[], opts: CompileOptions & { v0?: boolean; capabilities?: BuiltinSet }): { plan: Plan; builtins: BuiltinSet } {
  const base = opts.capabilities ?? BUILTINS;
  const builtins = opts.v0 ? withDeprecated(base) : base;
  const plan = withBuiltins(builtins, () => compileModules(modules, { entrypoints: opts.entrypoints, strict: opts.strict }));
  return { plan: currentBuiltinNames(plan), builtins };
}
