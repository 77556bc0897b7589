// The planned IR: the contract between the planner (src/rego/plan/, AST → IR) and the runtime
// (src/runtime/assembly/, an IR interpreter compiled once to WebAssembly). The planner does all
// the reasoning about Rego (safety, ordering, unification, virtual documents); the runtime only
// executes these statements. Nothing here knows about Rego syntax.
//
// Execution model (continuation style, as OPA's own planner):
// - A function runs its `body` block with a fresh frame of `locals` slots, all undefined at
//   entry except the parameters (slots 0..params-1). It returns the value of slot `result`, or
//   undefined when that slot was never assigned.
// - A block runs its statements in order. A statement either continues to the next one, or
//   *stops* the block. A failing statement (a condition that does not hold, a lookup that is
//   undefined, a builtin that returns undefined) stops its block: that is "break 0".
// - `Break{levels: n}` stops the current block and the n enclosing blocks (n = 0 is a failure).
// - Statements that own blocks (Scan, Block, Not, With*) run them and, when a break reaches them
//   from deeper than their own block, pass it on to their own block with one level less.
// - Iteration is nesting: the rest of a rule body after `x := xs[_]` is planned *inside* the
//   Scan's block, so every solution reaches the innermost statements (SetAdd, AssignOnce …) once.
// - There is no backtracking in the runtime; a "solution" is a path through the nested blocks.
//
// Values are Rego values: null, boolean, number, string, array, object, set. Objects and sets
// iterate in sorted key order (OPA's order: null < boolean < number < string < array < object <
// set; arrays and objects compare element-wise), which makes every result deterministic.
//
// Encoding: see encodePlan() in ./plan/encode.ts; the runtime reads the same layout.

/** A value operand: a local slot of the current frame, or an entry of the constant pool. */
export type Operand = { local: number } | { const: number };

/** Constant pool entries. `set` exists because a Rego set literal may be fully constant. */
export type Constant =
  | { t: 'null' }
  | { t: 'boolean'; v: boolean }
  /** Decimal text as written in Rego/JSON (arbitrary precision at the source; the runtime decides). */
  | { t: 'number'; v: string }
  | { t: 'string'; v: string }
  | { t: 'array'; v: Constant[] }
  | { t: 'object'; v: Array<[Constant, Constant]> }
  | { t: 'set'; v: Constant[] };

export type Block = Stmt[];

export type Stmt =
  // ---- lookups and iteration
  /** dst = src[key]: object key, array index (an integral number in range), set member (dst = key). Fails when undefined or src is a scalar. */
  | { op: 'Dot'; src: Operand; key: Operand; dst: number }
  /** For each element of src (array: index/value; object: key/value; set: elem/elem), in order: set key/value slots (either may be -1 = not wanted) and run block. Zero iterations for scalars. Never fails itself. */
  | { op: 'Scan'; src: Operand; key: number; value: number; block: Block }
  /** dst = input of the current evaluation context; fails when there is no input. */
  | { op: 'LoadInput'; dst: number }
  /** dst = the base data document of the current evaluation context (with `with` patches applied). */
  | { op: 'LoadData'; dst: number }

  // ---- locals
  /** dst = src (shares the value; values are immutable once a statement finished building them). */
  | { op: 'Assign'; src: Operand; dst: number }
  /** Complete-rule / function output: if dst is undefined, dst = src; if defined and equal, nothing; otherwise abort with the message (an eval_conflict_error naming the rule and its location). */
  | { op: 'AssignOnce'; src: Operand; dst: number; message: number }
  /** dst = undefined. */
  | { op: 'Reset'; dst: number }
  | { op: 'IsDefined'; local: number }
  | { op: 'IsUndefined'; local: number }

  // ---- conditions
  /** Rego equality (1 == 1.0; composite values compared structurally). */
  | { op: 'Equal'; a: Operand; b: Operand }
  | { op: 'NotEqual'; a: Operand; b: Operand }
  /** Fails when the value is `false` (a term used as an expression). */
  | { op: 'NotFalse'; a: Operand }
  | { op: 'IsArray'; a: Operand }
  | { op: 'IsObject'; a: Operand }
  | { op: 'IsSet'; a: Operand }
  /** dst = number of elements of an array/object/set, or code points of a string; fails otherwise. */
  | { op: 'Len'; a: Operand; dst: number }
  /** Runs block; if it completes, this statement fails; if it stops, continues. Only for blocks whose solutions are not nested in Scans (the planner uses a flag local otherwise). */
  | { op: 'Not'; block: Block }

  // ---- calls
  /** dst = builtin(args). `builtin` indexes Plan.builtins. Undefined result fails. Builtin errors: with Plan.strict abort, else fail. */
  | { op: 'Call'; builtin: number; args: Operand[]; dst: number }
  /**
   * dst = funcs[func](args). Undefined result fails. A function with `memo` (no parameters) is
   * evaluated at most once per evaluation context and its value (or undefinedness) reused.
   */
  | { op: 'CallFunc'; func: number; args: Operand[]; dst: number }

  // ---- control
  /** Runs each block in turn; a block that stops does not prevent the next. Never fails itself. */
  | { op: 'Blocks'; blocks: Block[] }
  | { op: 'Break'; levels: number }
  /**
   * Rule indexing: looks up the value of src among `cases` (constants) and runs only the matching
   * case's block (at most one: case values are distinct), then `always` if present. Falls through
   * (never fails) when src is undefined or matches nothing. Lets a 200-rule policy evaluate only the
   * rules whose leading equality on the input can hold.
   */
  | { op: 'Switch'; src: Operand; cases: Array<{ value: number; block: Block }>; always?: Block }

  // ---- building values (the target is freshly made, so in-place updates are safe)
  | { op: 'MakeArray'; dst: number }
  | { op: 'ArrayAppend'; array: number; value: Operand }
  | { op: 'MakeObject'; dst: number }
  /** obj[key] = value, replacing an existing key (object literals and comprehensions: last wins). */
  | { op: 'ObjectInsert'; object: number; key: Operand; value: Operand }
  /** As ObjectInsert, but a different existing value aborts with the message (partial object rules). */
  | { op: 'ObjectInsertOnce'; object: number; key: Operand; value: Operand; message: number }
  /**
   * Ref-head rules with several levels (`a[x].b[y] := v`): inserts value at path below object,
   * creating intermediate objects; a different leaf value, or a leaf where an object is needed,
   * aborts with the message. With `set`, the leaf is a set and value is added to it (`a[x] contains v`).
   */
  | { op: 'ObjectInsertPath'; object: number; path: Operand[]; value: Operand; set: boolean; message: number }
  | { op: 'MakeSet'; dst: number }
  | { op: 'SetAdd'; set: number; value: Operand }
  /** Adds {"result": value} to the entrypoint's result set (entrypoint plans only). */
  | { op: 'ResultAdd'; value: Operand }

  // ---- `with`: each runs its block in a new evaluation context (fresh memo table) and restores
  /** input' = input with the value at `path` (constant string keys; empty = whole input) replaced. */
  | { op: 'WithInput'; path: number[]; value: Operand; block: Block }
  /** data' = data with the value at `path` replaced (base documents only). */
  | { op: 'WithData'; path: number[]; value: Operand; block: Block }
  /** Within block, CallFunc(func) returns `value` instead of running (mocking a rule's value). */
  | { op: 'WithFuncValue'; func: number; value: Operand; block: Block }
  /** Within block, calls of `func` go to `replacement` (mocking a function with another). */
  | { op: 'WithFuncReplace'; func: number; replacement: number; block: Block }

  /** Aborts the evaluation with the message (e.g. a runtime error the planner can place). */
  | { op: 'Abort'; message: number };

export interface Func {
  /** `data.pkg.rule` or `data.pkg.fn`, for messages and traces. */
  name: string;
  params: number;
  locals: number;
  result: number;
  /** Memoise per evaluation context (rules without parameters). */
  memo: boolean;
  body: Block;
}

export interface Entrypoint {
  /** As opa-wasm sees it: `pkg/rule` (slashes), e.g. `palisade/kubernetes/violations`. */
  name: string;
  locals: number;
  body: Block;
}

export interface Plan {
  constants: Constant[];
  /** Builtin names in call order; the runtime implements them natively or forwards them to the host. */
  builtins: Array<{ name: string; arity: number }>;
  funcs: Func[];
  entrypoints: Entrypoint[];
  /** Builtin errors abort the evaluation (as OPA's strict-builtin-errors) instead of being undefined. */
  strict: boolean;
}
