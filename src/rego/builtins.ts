// The registry of Rego builtins Palisade supports: one entry per builtin, saying how many
// arguments it takes and where it runs. The checker uses it for unknown-function and arity errors;
// the planner for Call statements; the runtime and the host module must agree with `impl`:
// - native: implemented inside the WebAssembly runtime (src/runtime/assembly/builtins/);
// - host:   called through the ABI's `opa_builtinN` imports and implemented in TypeScript
//           (src/runtime/host/), which Palisade passes to opa-wasm as custom builtins.
// A builtin that is not listed is a compile error naming it, never a wrong answer.

export interface BuiltinSpec {
  arity: number;
  impl: 'native' | 'host';
  /**
   * A relation yields several outputs (OPA's `walk`): the runtime returns them as one array and
   * the planner iterates over it.
   */
  relation?: boolean;
  /** Pure builtins can be evaluated at compile time on constant arguments; impure ones never. */
  impure?: boolean;
  /**
   * Declared by a capabilities file but not implemented by Palisade (a builtin the policy
   * library's own tool adds): it compiles, `with` can replace it, and a call that is not
   * replaced is an evaluation error naming it, as in OPA.
   */
  declared?: boolean;
  /**
   * Left out of the run's capabilities file (named here): as in OPA, a user's module calling it
   * gets "undefined function"; Palisade's helper library (Module.library) may still call it.
   */
  unlisted?: string;
}

const n = (arity: number, extra: Partial<BuiltinSpec> = {}): BuiltinSpec => ({ arity, impl: 'native', ...extra });
const h = (arity: number, extra: Partial<BuiltinSpec> = {}): BuiltinSpec => ({ arity, impl: 'host', ...extra });

export const BUILTINS: Readonly<Record<string, BuiltinSpec>> = {
  // operators (the parser desugars infix syntax to these names)
  equal: n(2), neq: n(2), lt: n(2), lte: n(2), gt: n(2), gte: n(2),
  plus: n(2), minus: n(2), mul: n(2), div: n(2), rem: n(2),
  and: n(2), or: n(2),
  'internal.member_2': n(2), 'internal.member_3': n(3),
  // numbers
  abs: n(1), round: n(1), ceil: n(1), floor: n(1),
  'numbers.range': n(2), 'numbers.range_step': n(3),
  'rand.intn': n(2, { impure: true }),
  'bits.and': n(2), 'bits.or': n(2), 'bits.xor': n(2), 'bits.negate': n(1), 'bits.lsh': n(2), 'bits.rsh': n(2),
  // aggregates
  count: n(1), sum: n(1), product: n(1), max: n(1), min: n(1), sort: n(1), any: n(1), all: n(1),
  // strings
  concat: n(2), contains: n(2), startswith: n(2), endswith: n(2), lower: n(1), upper: n(1),
  split: n(2), replace: n(3), trim: n(2), trim_left: n(2), trim_right: n(2), trim_space: n(1),
  trim_prefix: n(2), trim_suffix: n(2), sprintf: n(2), format_int: n(2), indexof: n(2),
  indexof_n: n(2), substring: n(3), 'strings.replace_n': n(2), 'strings.reverse': n(1),
  'strings.any_prefix_match': n(2), 'strings.any_suffix_match': n(2), 'strings.count': n(2),
  // regular expressions and globs
  'regex.match': n(2), 'regex.is_valid': n(1), 'regex.find_n': n(3), 'regex.split': n(2),
  'regex.replace': n(3), 'regex.find_all_string_submatch_n': n(3), 'regex.globs_match': n(2),
  'regex.template_match': n(4),
  'glob.match': n(3), 'glob.quote_meta': n(1),
  // objects
  'object.get': n(3), 'object.keys': n(1), 'object.union': n(2), 'object.union_n': n(1),
  'object.remove': n(2), 'object.filter': n(2), 'object.subset': n(2),
  // encodings
  'json.marshal': n(1), 'json.marshal_with_options': n(2), 'json.unmarshal': n(1), 'json.is_valid': n(1),
  'json.filter': n(2), 'json.remove': n(2), 'json.patch': n(2),
  'json.verify_schema': n(1), 'json.match_schema': n(2),
  'yaml.marshal': h(1), 'yaml.unmarshal': h(1), 'yaml.is_valid': h(1),
  'base64.encode': n(1), 'base64.decode': n(1), 'base64.is_valid': n(1),
  'base64url.encode': n(1), 'base64url.decode': n(1), 'base64url.encode_no_pad': n(1),
  'hex.encode': n(1), 'hex.decode': n(1),
  'urlquery.encode': n(1), 'urlquery.decode': n(1), 'urlquery.encode_object': n(1), 'urlquery.decode_object': n(1),
  'crypto.sha256': n(1), 'crypto.sha1': n(1), 'crypto.md5': n(1),
  'crypto.hmac.md5': n(2), 'crypto.hmac.sha1': n(2), 'crypto.hmac.sha256': n(2), 'crypto.hmac.sha512': n(2),
  'crypto.hmac.equal': n(2),
  // types
  is_number: n(1), is_string: n(1), is_boolean: n(1), is_array: n(1), is_set: n(1),
  is_object: n(1), is_null: n(1), type_name: n(1), to_number: n(1),
  // arrays and sets
  'array.concat': n(2), 'array.slice': n(3), 'array.reverse': n(1), union: n(1), intersection: n(1),
  // graphs
  walk: n(1, { relation: true }),
  'graph.reachable': n(2), 'graph.reachable_paths': n(2),
  // networks, versions, units, ids
  'net.cidr_contains': n(2), 'net.cidr_intersects': n(2), 'net.cidr_is_valid': n(1),
  'net.cidr_expand': n(1), 'net.cidr_merge': n(1), 'net.cidr_contains_matches': n(2),
  'semver.compare': n(2), 'semver.is_valid': n(1),
  'units.parse_bytes': n(1), 'units.parse': n(1),
  'uuid.rfc4122': n(1, { impure: true }), 'uuid.parse': n(1),
  // time (impure: the clock)
  'time.now_ns': h(0, { impure: true }), 'time.parse_rfc3339_ns': n(1), 'time.parse_ns': n(2),
  'time.parse_duration_ns': n(1), 'time.add_date': n(4), 'time.date': n(1), 'time.clock': n(1),
  'time.weekday': n(1), 'time.diff': n(2), 'time.format': n(1),
  // debugging: the planner turns print(a, b) into internal.print([{a}, {b}]), as OPA does
  'internal.print': n(1, { impure: true }),
  trace: n(1, { impure: true }),
  'opa.runtime': h(0, { impure: true }),
  // conftest's own (Palisade keeps conftest policies working); the file readers are impure
  parse_config: h(2), parse_config_file: h(1, { impure: true }), parse_combined_config_files: h(1, { impure: true }),
  // Palisade's own: a file's text through Palisade's loader of a kind (runtime/host/palisade.ts)
  'palisade.load_documents': h(2),
};

export type BuiltinSet = Readonly<Record<string, BuiltinSpec>>;

/**
 * OPA's deprecated builtins (`"deprecated": true` in its capabilities) and what to write instead.
 * A Rego v1 module (or one with `import rego.v1`) calling one is a type error in OPA, whatever
 * else the run accepts; v0 modules may call them (see DEPRECATED_BUILTINS in ./capabilities.ts).
 */
export const OPA_DEPRECATED: Readonly<Record<string, string>> = {
  any: '`true in xs` or `some x in xs`',
  all: '`every x in xs { x }`',
  re_match: 'regex.match',
  set_diff: 'the `-` operator on sets',
  'net.cidr_overlap': 'net.cidr_contains',
  cast_array: 'is_array, or an array comprehension',
  cast_boolean: 'is_boolean',
  cast_null: 'is_null',
  cast_object: 'is_object',
  cast_set: 'a set comprehension `{x | some x in xs}`',
  cast_string: 'is_string',
};

/**
 * The set the checker and planner consult: BUILTINS unless a compilation runs inside
 * withBuiltins (capabilities, v0's deprecated builtins). Scoped rather than passed down so that
 * every stage of the compiler sees the same set without threading it through each of them;
 * compilation is synchronous, so the scope cannot leak into another one.
 */
let active: BuiltinSet = BUILTINS;

export function builtin(name: string): BuiltinSpec | undefined {
  return Object.prototype.hasOwnProperty.call(active, name) ? active[name] : undefined;
}

/** Runs `fn` (a compilation) with `set` as the available builtins. */
export function withBuiltins<T>(set: BuiltinSet, fn: () => T): T {
  const previous = active;
  active = set;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Namespaces that hold builtins, so `strings.x` with an unknown `x` is reported as an unknown builtin. */
export const BUILTIN_NAMESPACES: ReadonlySet<string> = new Set(
  Object.keys(BUILTINS)
    .filter((name) => name.includes('.'))
    .map((name) => name.slice(0, name.lastIndexOf('.'))),
);
