// The value model of the Terraform evaluator: JSON-like values plus UNKNOWN, the stand-in for
// anything only a provider or remote state knows (a plan's "known after apply"), and lazy
// namespaces (`local`, `var`, a resource type, a module's outputs) that evaluate a member only
// when it is used. Must not know about HCL syntax or files.

export class Unknown {
  /** A brand, so that no plain array or object is mistaken for an Unknown by the type checker. */
  readonly unknownValue = true as const;
  private constructor() {}
  static readonly value = new Unknown();
  toString(): string {
    return '(known after apply)';
  }
}

export const UNKNOWN = Unknown.value;

/** A namespace whose members are computed on first use; `has` says whether a name exists. */
export class Lazy {
  readonly lazyValue = true as const;
  constructor(
    readonly get: (name: string) => Value,
    readonly keys: () => string[],
    readonly describe: string,
  ) {}
}

export type Value = null | boolean | number | string | Value[] | { [k: string]: Value } | Unknown | Lazy;

/**
 * Objects describing a resource or data source instance: their attributes nobody wrote are
 * computed by the provider, so reading a missing one is UNKNOWN rather than an error.
 */
export const OPEN = new WeakSet<object>();

/** A user-visible evaluation error (Terraform would stop with it); `try` and `can` catch it. */
export class EvalError extends Error {}

export const isUnknown = (v: unknown): v is Unknown => v === UNKNOWN;
export const isObj = (v: unknown): v is { [k: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Lazy);

/** Whether a value contains UNKNOWN anywhere (lazy namespaces are materialised first). */
export function hasUnknown(v: Value): boolean {
  if (v === UNKNOWN) return true;
  if (v instanceof Lazy) return hasUnknown(materialize(v));
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isObj(v)) return Object.values(v).some(hasUnknown);
  return false;
}

/** Plain data for a value: lazy namespaces become objects. */
export function materialize(v: Value, depth = 0): Value {
  if (depth > 64) return UNKNOWN;
  if (v instanceof Lazy) {
    const out: { [k: string]: Value } = {};
    for (const k of v.keys()) out[k] = materialize(v.get(k), depth + 1);
    return out;
  }
  if (Array.isArray(v)) return v.some((x) => x instanceof Lazy || Array.isArray(x) || isObj(x)) ? v.map((x) => materialize(x, depth + 1)) : v;
  if (isObj(v)) {
    let changed = false;
    const out: { [k: string]: Value } = {};
    for (const [k, x] of Object.entries(v)) {
      const m = materialize(x, depth + 1);
      if (m !== x) changed = true;
      out[k] = m;
    }
    if (!changed) return v;
    if (OPEN.has(v)) OPEN.add(out);
    return out;
  }
  return v;
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (v === UNKNOWN) return 'unknown';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** Terraform's automatic conversion to string (numbers and bools convert; nothing else does). */
export function toStr(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numStr(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError(`cannot use a ${typeName(v)} value as a string`);
}

export function numStr(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError(`a number is required, got ${typeName(v)}${typeof v === 'string' ? ` "${v}"` : ''}`);
}

export function toBool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvalError(`a bool is required, got ${typeName(v)}`);
}

/** Terraform's `==`: same type and same value, deeply; a number never equals a string. */
export function equal(a: Value, b: Value): boolean {
  a = materialize(a);
  b = materialize(b);
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k]!, b[k]!));
  }
  return false;
}
