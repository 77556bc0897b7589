// The Rego abstract syntax tree: what the parser produces and every later stage (checks, planner)
// consumes. It is plain data (no classes, no methods) so stages stay independent and testable.
//
// Positions are integer offsets into the module's source (`start`, `end`, end exclusive); line and
// column are computed only when a diagnostic needs them (see `lineCol` in ./source.ts). This keeps
// the parser's hot path cheap, as acorn does.

export interface Span {
  start: number;
  end: number;
}

/** Scalars keep their source spelling where it matters (numbers are arbitrary precision in Rego). */
export type Term =
  | { type: 'null'; span: Span }
  | { type: 'boolean'; value: boolean; span: Span }
  | { type: 'number'; raw: string; span: Span }
  | { type: 'string'; value: string; span: Span }
  /**
   * A variable, including `input`, `data` and the wildcard. Each `_` is renamed by the parser to a
   * unique `$_N` so that two wildcards never unify with each other.
   */
  | { type: 'var'; name: string; span: Span }
  /**
   * `head.a[b]["c"]`: `head` is a var, a call, or a composite/comprehension term; `path` holds one
   * term per selector. `.a` is stored as a string term, so `x.a` and `x["a"]` are the same path.
   */
  | { type: 'ref'; head: Term; path: Term[]; span: Span }
  | { type: 'array'; items: Term[]; span: Span }
  | { type: 'object'; entries: Array<[Term, Term]>; span: Span }
  | { type: 'set'; items: Term[]; span: Span }
  | { type: 'arraycompr'; term: Term; body: Body; span: Span }
  | { type: 'setcompr'; term: Term; body: Body; span: Span }
  | { type: 'objectcompr'; key: Term; value: Term; body: Body; span: Span }
  /**
   * A call of a builtin or user function, and every infix/prefix operator desugared to its OPA
   * builtin name: `+` plus, `-` minus, `*` mul, `/` div, `%` rem, `|` or, `&` and, `==` equal,
   * `!=` neq, `<` lt, `<=` lte, `>` gt, `>=` gte, `x in xs` internal.member_2,
   * `k, v in xs` internal.member_3, unary `-x` minus(0, x) unless x is a number literal.
   * `fn` is a var (`count`) or a ref (`data.lib.f`, `strings.replace_n`, `lib.f` via an import).
   */
  | { type: 'call'; fn: Term; args: Term[]; span: Span };

export type Body = Expr[];

export interface WithModifier {
  /** `input.x`, `data.p.q`, or a function/builtin name being mocked. */
  target: Term;
  value: Term;
  /**
   * Set by name resolution when the target is a function or builtin and the value names another
   * one (`with f as g`, `with count as my_count`): a replacement to call, not a value to compute.
   */
  fn?: boolean;
  span: Span;
}

interface ExprBase {
  span: Span;
  /** `not expr`. Only `term` and `unify` expressions can be negated. */
  negated: boolean;
  with: WithModifier[];
}

export type Expr =
  /** A term used as a condition: fails when undefined or `false`. Calls and comparisons land here. */
  | (ExprBase & { type: 'term'; term: Term })
  /** `a = b`: unification; either side may hold unbound variables. */
  | (ExprBase & { type: 'unify'; left: Term; right: Term })
  /** `a := b`: declares the variables of `a` (a var or an array/object pattern) in this scope. */
  | (ExprBase & { type: 'assign'; left: Term; right: Term })
  /** `some x, y`: declares local variables. */
  | (ExprBase & { type: 'some'; vars: Array<{ name: string; span: Span }> })
  /** `some v in xs` / `some k, v in xs`: key and value may be patterns. */
  | (ExprBase & { type: 'somein'; key?: Term; value: Term; collection: Term })
  /** `every v in xs { body }` / `every k, v in xs { body }`. */
  | (ExprBase & { type: 'every'; key?: Term; value: Term; domain: Term; body: Body })
  /**
   * OPA's opt-in `a or b` / `a and b` (`import future.keywords.or`/`.and`), and with
   * `future.keywords.not` a negated group `not (…)` or body `not { … }` (an `and` of one operand).
   * It only succeeds or fails: it binds nothing outside and never branches. Only the parser and
   * name resolution see it; ./check/logical.ts replaces it by a call of a generated function.
   */
  | (ExprBase & { type: 'logical'; op: 'and' | 'or'; operands: Operand[] });

/**
 * One operand of `and`/`or`: a single expression (`explicit` false; a parenthesised group is a
 * single expression too, possibly a nested `logical`), or a braced body with its own scope.
 */
export interface Operand {
  body: Body;
  explicit: boolean;
  span: Span;
}

/**
 * A rule head, general enough for every form OPA accepts:
 *   `p := 1`, `p = 1`, `p` (value true), `p if …`          → ref [p]
 *   `a.b.c := 1`, `a.b[k] := v`, `a[x].b[y] := z`           → ref [a, "b", k] …
 *   `p contains x`, v0 `p[x] { … }`                         → ref [p], contains x
 *   `p[k] contains v`                                       → ref [p, k], contains v
 *   `f(x, y) := z`, `f(x) if …`                              → ref [f], args
 * The first ref element is always a var (the rule name); later ones are string terms for `.x`
 * and any term for `[x]`.
 */
export interface RuleHead {
  ref: Term[];
  args?: Term[];
  contains?: Term;
  /** Absent means the value `true` (as in OPA). */
  value?: Term;
  assign?: ':=' | '=';
  span: Span;
}

export interface ElseClause {
  value?: Term;
  assign?: ':=' | '=';
  body: Body;
  span: Span;
}

export interface Rule {
  head: RuleHead;
  /** Empty for a rule without a body (`p := 1`), which behaves as `p := 1 if true`. */
  body: Body;
  default: boolean;
  else: ElseClause[];
  annotations: Annotation[];
  span: Span;
}

export interface Import {
  /** The imported ref: `data.lib.k8s`, `input.spec`, `rego.v1`, `future.keywords.in`. */
  path: Term;
  alias?: string;
  span: Span;
}

export type AnnotationScope = 'package' | 'subpackages' | 'rule' | 'document';

/**
 * A `# METADATA` block: the YAML is parsed by the front end; known OPA fields are typed, the rest
 * is kept in `custom` (where Palisade's own fields — id, severity, remediation … — live).
 */
export interface Annotation {
  scope: AnnotationScope;
  title?: string;
  description?: string;
  organizations?: string[];
  relatedResources?: Array<{ ref: string; description?: string }>;
  authors?: Array<{ name?: string; email?: string }>;
  schemas?: unknown[];
  entrypoint?: boolean;
  custom?: Record<string, unknown>;
  /** The span of the whole comment block. */
  span: Span;
}

export interface Module {
  /** The file name used in diagnostics. */
  file: string;
  source: string;
  /** `package a.b.c` → ["a", "b", "c"]. */
  package: string[];
  packageSpan: Span;
  imports: Import[];
  rules: Rule[];
  /** Annotations on the package (scope package/subpackages). */
  annotations: Annotation[];
  /** Whether the module was parsed with Rego v0 syntax. */
  v0: boolean;
  /**
   * `import future.keywords.not`: a negated expression is evaluated whole, as one body (OPA's
   * improved negation), instead of binding its dynamic parts before the `not`.
   */
  futureNot?: boolean;
  /**
   * Palisade's own helper library (`data.palisade.lib.*`), compiled into every run: it may call
   * every builtin Palisade has, whatever a capabilities file leaves out for the user's modules.
   */
  library?: boolean;
}
