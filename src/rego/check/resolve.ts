// Name resolution: turns the parser's AST into one where every name means exactly one thing.
// Owns: imports (data/input aliases, rego.v1, future.keywords), rule names of the same package,
// builtin names, `print` rewriting, and renaming local variables per scope so that later stages
// (safety, planner) never need scopes: after this pass a `var` is either the root `input`/`data`
// or a local whose name is unique within its rule. It must not reorder or plan anything.
//
// Output conventions (relied on by ./safety.ts and ../plan/):
// - a reference to a rule, an import alias or a package is a `ref` whose head is `var data`
//   (or `var input`) with string path elements;
// - a call's `fn` is `var <builtin name>` (e.g. `strings.replace_n`) or a `ref` into `data`
//   (a user function);
// - locals of nested scopes (comprehensions, `every`) are renamed `name$N`; top-level names keep
//   their spelling (query bindings report them).

import type { Body, Expr, Module, Rule, Span, Term } from '../ast.js';
import { builtin, BUILTIN_NAMESPACES, OPA_DEPRECATED } from '../builtins.js';
import type { Diagnostic, DiagnosticCode } from '../../diagnostics.js';
import { lineIndexFor } from '../source.js';
import { childTerms } from '../terms.js';
import type { MetadataIndex } from './metadata.js';
import { numberKey } from '../numbers.js';

/** OPA builtins (or namespaces) that exist in OPA but not in Palisade: a clear error, never a wrong answer. */
const KNOWN_UNSUPPORTED = [
  'http.send', 'net.lookup_ip_addr', 'opa.runtime', 'rego.parse_module', 'rego.metadata.',
  'strings.render_template', 'crypto.hmac.', 'crypto.x509.', 'crypto.parse_private_keys', 'crypto.sha512', 'io.jwt.',
  'providers.aws.', 'graphql.', 'time.', 'units.', 'uuid.', 'net.', 'json.', 'yaml.', 'regex.', 'glob.', 'semver.',
  'object.', 'array.', 'strings.', 'numbers.', 'bits.', 'base64', 'hex.', 'urlquery.', 'cast_', 'set_diff', 'is_', 'type_name',
];

export function diag(mod: { file: string; source: string }, span: Span | undefined, code: DiagnosticCode, message: string, fix: string): Diagnostic {
  const { line, col } = span ? lineIndexFor(mod).lineCol(span.start) : { line: 0, col: 0 };
  return { file: mod.file, line, col, code, message, fix };
}

export const isWildcard = (name: string): boolean => name.startsWith('$_') || name === '_';
const isRoot = (name: string): boolean => name === 'input' || name === 'data';

/** Where a rule's values live in the data tree and how they are assembled there. */
export type RuleKind = 'complete' | 'set' | 'tree' | 'function';

export interface RuleDef {
  module: Module;
  /** The resolved rule (bodies renamed and resolved); the original stays untouched. */
  rule: Rule;
  /** Static part of the head ref under `data` (package + ground string keys). */
  path: string[];
  /** Head ref elements after the static prefix (any term): `a[x].b` → [x, "b"]. */
  keys: Term[];
  kind: RuleKind;
  /** Number of parameters for functions. */
  arity: number;
  /** Calls of builtins Palisade does not implement: reported only when an entrypoint reaches the rule. */
  unsupported?: Diagnostic[];
}

/** Rules grouped by their static path; the planner turns each group into one IR function. */
export interface RuleGroup {
  path: string[];
  name: string;
  kind: RuleKind;
  arity: number;
  defs: RuleDef[];
  /** Tree groups whose leaves are sets (`a[x] contains v`). */
  setLeaf: boolean;
}

export interface ResolveContext {
  /** Rule names (first head element) per package key `a.b`. */
  rulesByPackage: Map<string, Set<string>>;
  /** Function groups by full data path `a.b.f` (for call checks). */
  funcs: Map<string, number>;
  /** The static data path `a.b.p` of every rule (functions included). */
  rulePaths: Set<string>;
  /**
   * Complete rules by path whose type OPA's checker knows exactly (`noteValueType`): the JSON
   * type of their value; null once a definition makes it a union or unknown.
   */
  valueTypes?: Map<string, string | null>;
  diagnostics: Diagnostic[];
  /** METADATA of every module, for `rego.metadata.rule()`/`chain()` (absent: calls are errors). */
  metadata?: MetadataIndex;
  /**
   * Set when a Rego v1 module shadows `input`/`data` (rule name, argument, variable): OPA reports
   * that while parsing the module, so no later stage runs (the recursion check would otherwise
   * also blame the unshadowed `data`).
   */
  rootOverride?: boolean;
}

interface Scope {
  parent?: Scope;
  /** original name → local name, for names declared (:=, some, args, every) or implicitly used here. */
  locals: Map<string, string>;
  /**
   * Where each name declared by `:=`/`some` in this scope's body is declared. OPA rewrites a body
   * in order, so a closure written before (or inside the right-hand side of) the declaration
   * does not see it: its own use of the name is its own variable.
   */
  declAt: Map<string, { body: Body; i: number }>;
  /** The expression of this scope's body being resolved now (absent: the head, after the body). */
  pos?: { body: Body; i: number };
}

let scopeCounter = 0;

/** Resolves one module's imports and names; returns resolved copies of its rules. */
export class ModuleResolver {
  private readonly aliases = new Map<string, Term>();
  private regoV1 = false;
  private future = false;
  private readonly ruleNames: Set<string>;
  readonly diagnostics: Diagnostic[];
  /** Names of the top scope of the last query resolved (for result bindings). */
  topLocals: Map<string, string> = new Map();
  /** The rule being resolved (as written), for `rego.metadata.*`. */
  private rule: Rule | undefined;
  /** Calls of builtins Palisade lacks in the last rule resolved: errors only where reachable. */
  unsupported: Diagnostic[] = [];

  constructor(readonly mod: Module, private readonly ctx: ResolveContext) {
    this.diagnostics = ctx.diagnostics;
    this.ruleNames = ctx.rulesByPackage.get(mod.package.join('.')) ?? new Set();
    for (const imp of mod.imports) this.addImport(imp.path, imp.alias, imp.span);
    if (this.v1) for (const r of mod.rules) this.checkRootOverrides(r);
  }

  /** OPA's checkRootDocumentOverrides for v1 modules: neither a rule nor an argument may be named `input`/`data`. */
  private checkRootOverrides(rule: Rule): void {
    const first = rule.head.ref[0];
    if (first?.type === 'var' && isRoot(first.name)) this.rootOverride(first.span, `rules must not shadow ${first.name} (use a different rule name)`, 'rename the rule');
    for (const a of rule.head.args ?? []) {
      if (a.type === 'var' && isRoot(a.name)) this.rootOverride(a.span, `args must not shadow ${a.name} (use a different variable name)`, 'rename the argument');
    }
  }

  private rootOverride(span: Span, message: string, fix: string): void {
    this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', message, fix));
    this.ctx.rootOverride = true;
  }

  /** Rego v1 semantics: parsed as v1, or v0 syntax with `import rego.v1`. */
  get v1(): boolean {
    return !this.mod.v0 || this.regoV1;
  }

  private addImport(path: Term, alias: string | undefined, span: Span): void {
    const parts = refParts(path);
    if (!parts) {
      this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', 'invalid import: path must be a ref', 'import data.<path> or input.<path>'));
      return;
    }
    const [root, ...rest] = parts;
    const isV1 = root === 'rego' && rest.length === 1 && rest[0] === 'v1';
    const isFuture = root === 'future' && rest[0] === 'keywords';
    if (isV1 || isFuture) {
      // OPA: rego.v1 implies every future keyword, so combining them is an error.
      if (this.regoV1 || (isV1 && this.future)) {
        this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', `import ${parts.join('.')}: this import shadows previous import`, 'keep only `import rego.v1`'));
      }
      if (isV1) this.regoV1 = true;
      else this.future = true;
      return;
    }
    if (root !== 'data' && root !== 'input') {
      this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', `invalid import ${parts.join('.')}: path must begin with input or data`, 'import data.<path> or input.<path>'));
      return;
    }
    const name = alias ?? parts[parts.length - 1]!;
    if (this.aliases.has(name) && rest.length > 0) {
      this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', `import must not shadow import ${name}`, 'use a different alias'));
    }
    if (rest.length === 0 && !alias) return;
    this.aliases.set(name, mkRef(root, rest, path.span));
  }

  resolveRule(rule: Rule): Rule {
    this.rule = rule;
    this.unsupported = [];
    try {
      return this.resolveRuleIn(rule);
    } finally {
      this.rule = undefined;
    }
  }

  private resolveRuleIn(rule: Rule): Rule {
    const top: Scope = { locals: new Map(), declAt: new Map() };
    // Arguments and every variable used in this scope (outside closures) are locals of it.
    const head = rule.head;
    const declared = new Set<string>();
    for (const a of head.args ?? []) for (const v of termVars(a)) declared.add(v);
    this.declareBody(rule.body, top, declared, true);
    for (const e of rule.else) this.declareBody(e.body, top, declared, false);
    this.collectImplicit([...(head.args ?? []), ...head.ref.slice(1), ...(head.value ? [head.value] : []), ...(head.contains ? [head.contains] : [])], top);
    for (const e of rule.else) if (e.value) this.collectImplicit([e.value], top);
    const resolvedHead = {
      ...head,
      ref: [head.ref[0]!, ...head.ref.slice(1).map((t) => this.term(t, top))],
      args: head.args?.map((t) => this.term(t, top)),
      contains: head.contains && this.term(head.contains, top),
      value: head.value && this.term(head.value, top),
    };
    return {
      ...rule,
      head: resolvedHead,
      body: this.body(rule.body, top),
      else: rule.else.map((e) => ({ ...e, value: e.value && this.term(e.value, top), body: this.body(e.body, top) })),
    };
  }

  resolveQuery(body: Body): Body {
    const top: Scope = { locals: new Map(), declAt: new Map() };
    this.declareBody(body, top, new Set(), true);
    const out = this.body(body, top);
    this.topLocals = top.locals;
    return out;
  }

  /** Registers the declared and implicit locals of a body in `scope` (not descending into closures). */
  private declareBody(body: Body, scope: Scope, declared: Set<string>, checkRedeclare: boolean): void {
    for (const v of declared) scope.locals.set(v, this.localName(v, scope));
    const seen = new Set<string>(declared);
    const used = new Set<string>();
    for (const [i, e] of body.entries()) {
      const decl = declaredVars(e);
      if (checkRedeclare && e.type === 'assign') this.checkAssignable(e.left);
      for (const { name, span } of decl) {
        if ((name === 'input' || name === 'data') && !this.v1) {
          // Rego v0 lets a body declare a local named input/data; it hides the root there.
          scope.locals.set(name, `${name}$${++scopeCounter}`);
          seen.add(name);
          continue;
        }
        if (isRoot(name)) {
          this.rootOverride(span, `variables must not shadow ${name} (use a different variable name)`, 'rename the variable');
          continue;
        }
        // Only this scope counts: a closure's `:=` declares its own variable even when an
        // enclosing body declares the same name (OPA checks the innermost frame only).
        if (checkRedeclare && seen.has(name)) {
          this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', `var ${name} assigned above`, `use a new variable name or '=' to compare with the earlier ${name}`));
        } else if (checkRedeclare && used.has(name) && !this.isGlobal(name)) {
          this.diagnostics.push(diag(this.mod, span, 'rego_compile_error', `var ${name} referenced above`, `declare ${name} before its first use, or use another name`));
        }
        seen.add(name);
        scope.locals.set(name, this.localName(name, scope));
        if (!scope.declAt.has(name)) scope.declAt.set(name, { body, i });
      }
      for (const t of this.ownTerms(e, scope)) for (const v of termVars(t)) used.add(v);
    }
    for (const e of body) this.collectImplicit(this.ownTerms(e, scope), scope);
  }

  /** The expression's own-scope terms, leaving out `with` values that name a replacement function. */
  private ownTerms(e: Expr, scope: Scope): Term[] {
    return exprTerms(e.with.some((w) => this.withFunction(w, scope)) ? { ...e, with: e.with.filter((w) => !this.withFunction(w, scope)) } : e);
  }

  /** OPA: only an explicit body `{ … }` may bind variables; a single-expression operand only reads them. */
  /** Reports an operand that would bind; true when it did (the operand is then left out, so the error is the only one). */
  private checkNoBinding(e: Expr, op: 'and' | 'or', negated: boolean): boolean {
    const where = negated ? 'negated expression' : `implicit ${op} operand`;
    const fix = negated ? 'write the body in braces: `not { x := …; … }`' : `write the operand in braces: \`{ x := …; … } ${op} …\``;
    if (e.type === 'assign') this.diagnostics.push(diag(this.mod, e.span, 'rego_compile_error', `cannot assign vars inside ${where}`, fix));
    else if (e.type === 'some' || e.type === 'somein') this.diagnostics.push(diag(this.mod, e.span, 'rego_compile_error', `cannot declare vars inside ${where}`, fix));
    else return false;
    return true;
  }

  /** Literal patterns that can never unify are a type error (OPA's checker: "match error"). */
  private checkMatch(a: Term, b: Term): void {
    const why = mismatch(a, b);
    if (why) this.diagnostics.push(diag(this.mod, why.at.span, 'rego_type_error', `match error: ${why.text}`, 'make both sides the same shape, or the expression is always false'));
  }

  /**
   * `some … in <literal>`: OPA rewrites it to a ref into the collection and type-checks that, so a
   * scalar collection is a type error, and so is a pattern no element of a literal collection can
   * match (the element type is the union of the elements' types).
   */
  private checkSomeIn(value: Term, collection: Term): void {
    if (collection.type === 'null' || collection.type === 'boolean' || collection.type === 'number' || collection.type === 'string') {
      this.diagnostics.push(diag(this.mod, collection.span, 'rego_type_error', `undefined ref: \`some .. in\` expects an array, set or object, got ${collection.type}`, 'iterate over an array, set or object'));
      return;
    }
    let elems: Term[];
    if (collection.type === 'array' || collection.type === 'set') elems = collection.items;
    else if (collection.type === 'object') elems = collection.entries.map(([, v]) => v);
    else return;
    if (elems.length === 0) return;
    const whys = elems.map((el) => mismatch(value, el));
    const first = whys[0];
    if (first && whys.every((w) => w !== undefined)) {
      this.diagnostics.push(diag(this.mod, first.at.span, 'rego_type_error', `match error: ${first.text}`, 'make the pattern the shape of the collection\'s elements, or the loop never runs'));
    }
  }

  /** `:=` needs a variable, or an array/object pattern holding one, on its left. */
  private checkAssignable(left: Term): void {
    const hasVar = (t: Term): boolean =>
      t.type === 'var' || (t.type === 'array' && t.items.some(hasVar)) || (t.type === 'object' && t.entries.some(([, v]) => hasVar(v)));
    const ok = (t: Term): boolean =>
      t.type === 'var' || t.type === 'null' || t.type === 'boolean' || t.type === 'number' || t.type === 'string' ||
      (t.type === 'array' && t.items.every(ok)) || (t.type === 'object' && t.entries.every(([, v]) => ok(v)));
    if (!hasVar(left) || !ok(left)) {
      this.diagnostics.push(diag(this.mod, left.span, 'rego_compile_error', `cannot assign to ${left.type}: := requires a variable (or an array/object pattern of variables) on its left`, 'put the variable on the left of :=, or use == to compare'));
    }
  }

  private localName(name: string, scope: Scope): string {
    if (scope.locals.has(name)) return scope.locals.get(name)!;
    if (!scope.parent || isWildcard(name)) return name;
    return `${name}$${++scopeCounter}`;
  }

  /** Vars used in `terms` that are neither globals nor locals of an enclosing scope become locals here. */
  private collectImplicit(terms: Term[], scope: Scope): void {
    const visit = (t: Term): void => {
      switch (t.type) {
        case 'var':
          if (!scope.locals.has(t.name) && !this.lookupOuter(t.name, scope) && !this.isGlobal(t.name)) {
            scope.locals.set(t.name, this.localName(t.name, scope));
          }
          return;
        case 'ref':
          // A var at the head of a ref is read, never declared, by the ref.
          if (t.head.type !== 'var') visit(t.head);
          t.path.forEach(visit);
          return;
        default:
          childTerms(t).forEach(visit);
      }
    };
    terms.forEach(visit);
  }

  private lookupOuter(name: string, scope: Scope): string | undefined {
    for (let s = scope.parent; s; s = s.parent) {
      const l = s.locals.get(name);
      if (l !== undefined && visible(s, name)) return l;
    }
    return undefined;
  }

  private lookup(name: string, scope: Scope): string | undefined {
    return scope.locals.get(name) ?? this.lookupOuter(name, scope);
  }

  private isGlobal(name: string): boolean {
    return name === 'input' || name === 'data' || this.aliases.has(name) || this.ruleNames.has(name);
  }

  private global(name: string, span: Span): Term | undefined {
    if (name === 'input' || name === 'data') return { type: 'var', name, span };
    const a = this.aliases.get(name);
    if (a) return { ...a, span } as Term;
    if (this.ruleNames.has(name)) return mkRef('data', [...this.mod.package, name], span);
    return undefined;
  }

  private body(body: Body, scope: Scope): Body {
    const saved = scope.pos;
    const out = body.map((e, i) => {
      scope.pos = { body, i };
      return this.expr(e, scope);
    });
    scope.pos = saved;
    return out;
  }

  private expr(e: Expr, scope: Scope): Expr {
    const withs = e.with.map((w) => {
      const target = this.withTarget(w.target);
      this.checkPartialReplace(target);
      const fn = this.withFunction(w, scope);
      return fn ? { ...w, target, value: fn, fn: true } : { ...w, target, value: this.term(w.value, scope) };
    });
    const base = { span: e.span, negated: e.negated, with: withs };
    switch (e.type) {
      case 'term':
        return { ...base, type: 'term', term: e.term.type === 'call' ? this.call(e.term, scope, true) : this.term(e.term, scope) };
      case 'unify':
        this.checkMatch(e.left, e.right);
        return { ...base, type: 'unify', left: this.term(e.left, scope), right: this.term(e.right, scope) };
      case 'assign':
        this.checkMatch(e.left, e.right);
        if (e.negated && this.mod.futureNot && this.checkNoBinding(e, 'and', true)) return trueExpr(e.span);
        return { ...base, type: 'assign', left: this.term(e.left, scope), right: this.term(e.right, scope) };
      case 'some':
        return { ...base, type: 'some', vars: e.vars.map((v) => ({ name: this.lookup(v.name, scope) ?? v.name, span: v.span })) };
      case 'somein':
        this.checkSomeIn(e.value, e.collection);
        return {
          ...base,
          type: 'somein',
          key: e.key && this.term(e.key, scope),
          value: this.term(e.value, scope),
          collection: this.term(e.collection, scope),
        };
      case 'logical':
        // A single-expression operand lives in this scope (it may only read its variables); an
        // explicit body is a closure with locals of its own, as a comprehension body is.
        return {
          ...base,
          type: 'logical',
          op: e.op,
          operands: e.operands.map((o) => {
            if (o.explicit) return { ...o, body: this.closure(scope, o.body, []).body };
            const binds = this.checkNoBinding(o.body[0]!, e.op, e.negated && e.operands.length === 1);
            return { ...o, body: binds ? [trueExpr(o.span)] : o.body.map((x) => this.expr(x, scope)) };
          }),
        };
      case 'every': {
        const inner: Scope = { parent: scope, locals: new Map(), declAt: new Map() };
        const declared = new Set<string>();
        for (const t of [e.key, e.value]) if (t) for (const v of termVars(t)) declared.add(v);
        for (const v of declared) inner.locals.set(v, `${v}$${++scopeCounter}`);
        this.declareBody(e.body, inner, new Set(), true);
        return {
          ...base,
          type: 'every',
          key: e.key && this.term(e.key, inner),
          value: this.term(e.value, inner),
          domain: this.term(e.domain, scope),
          body: this.body(e.body, inner),
        };
      }
    }
  }

  /**
   * The function a `with` replaces its target by, when the target is a function or builtin and
   * the value names a user function or a builtin (not a local): `data.…` ref or builtin var.
   */
  private withFunction(w: { target: Term; value: Term }, scope: Scope): Term | undefined {
    const target = this.withTarget(w.target);
    const tparts = refParts(target);
    const targetIsFunc = target.type === 'var' ? target.name !== 'input' && target.name !== 'data' : !!tparts && tparts[0] === 'data' && this.ctx.funcs.has(tparts.slice(1).join('.'));
    const parts = refParts(w.value);
    if (!targetIsFunc || !parts || this.lookup(parts[0]!, scope) !== undefined) return undefined;
    const dotted = parts.join('.');
    const [root, ...rest] = parts;
    let path: string[] | undefined;
    if (root === 'data') path = rest;
    else if (this.aliases.has(root!)) {
      const ap = refParts(this.aliases.get(root!)!);
      if (ap && ap[0] === 'data') path = [...ap.slice(1), ...rest];
    } else if (this.ruleNames.has(root!)) path = [...this.mod.package, ...parts];
    if (path && this.ctx.funcs.has(path.join('.'))) return mkRef('data', path, w.value.span);
    if (!path && builtin(dotted)) return { type: 'var', name: dotted, span: w.value.span };
    return undefined;
  }

  /**
   * OPA's rewriteWithModifiers: a `with` target below a rule's path (`with data.p.a as 2` where
   * `p` is a rule) would replace part of a rule's value, which OPA rejects.
   */
  private checkPartialReplace(target: Term): void {
    const parts = refParts(target);
    if (!parts || parts[0] !== 'data') return;
    for (let k = 2; k < parts.length; k++) {
      if (!this.ctx.rulePaths.has(parts.slice(1, k).join('.'))) continue;
      this.diagnostics.push(diag(this.mod, target.span, 'rego_compile_error', 'with keyword cannot partially replace virtual document(s)', `replace the whole rule: \`with data.${parts.slice(1, k).join('.')} as …\``));
      return;
    }
  }

  /** `with` targets: input/data refs and function names, resolved like calls but never renamed. */
  private withTarget(t: Term): Term {
    const parts = refParts(t);
    if (!parts) return t;
    const [root, ...rest] = parts;
    if (root === 'input' || root === 'data') return mkRef(root, rest, t.span);
    const g = this.aliases.get(root!) ?? (this.ruleNames.has(root!) ? mkRef('data', [...this.mod.package, root!], t.span) : undefined);
    if (g && g.type === 'ref') return { ...g, path: [...g.path, ...rest.map((s) => str(s, t.span))], span: t.span };
    return { type: 'var', name: parts.join('.'), span: t.span };
  }

  private closure(scope: Scope, body: Body, extra: Term[]): { inner: Scope; body: Body } {
    const inner: Scope = { parent: scope, locals: new Map(), declAt: new Map() };
    this.declareBody(body, inner, new Set(), true);
    this.collectImplicit(extra, inner);
    return { inner, body: this.body(body, inner) };
  }

  term(t: Term, scope: Scope): Term {
    switch (t.type) {
      case 'var': {
        const local = this.lookup(t.name, scope);
        if (local !== undefined) return { type: 'var', name: local, span: t.span };
        return this.global(t.name, t.span) ?? t;
      }
      case 'ref': {
        const head = this.term(t.head, scope);
        const path = t.path.map((p) => this.term(p, scope));
        if (head.type === 'ref') return { type: 'ref', head: head.head, path: [...head.path, ...path], span: t.span };
        return { type: 'ref', head, path, span: t.span };
      }
      case 'array':
        return { ...t, items: t.items.map((i) => this.term(i, scope)) };
      case 'set':
        return { ...t, items: t.items.map((i) => this.term(i, scope)) };
      case 'object':
        return { ...t, entries: t.entries.map(([k, v]) => [this.term(k, scope), this.term(v, scope)] as [Term, Term]) };
      case 'arraycompr':
      case 'setcompr': {
        const { inner, body } = this.closure(scope, t.body, [t.term]);
        return { ...t, term: this.term(t.term, inner), body };
      }
      case 'objectcompr': {
        const { inner, body } = this.closure(scope, t.body, [t.key, t.value]);
        return { ...t, key: this.term(t.key, inner), value: this.term(t.value, inner), body };
      }
      case 'call':
        return this.call(t, scope, false);
      default:
        return t;
    }
  }

  /** `expr` is true for a call that is a whole expression: only those may pass an output argument. */
  private call(t: Extract<Term, { type: 'call' }>, scope: Scope, expr: boolean): Term {
    const extra = expr ? 1 : 0;
    const args = t.args.map((a) => this.term(a, scope));
    const parts = refParts(t.fn);
    if (!parts) {
      this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', 'invalid function call', 'call a builtin or a function rule by name'));
      return { ...t, args };
    }
    const dotted = parts.join('.');
    const [root, ...rest] = parts;
    if (this.lookup(root!, scope) !== undefined) {
      this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `undefined function ${dotted}: ${root} is a local variable`, `rename the variable or call a function`));
      return { ...t, args };
    }
    if (dotted === 'print') {
      // OPA: each argument is wrapped in a set comprehension so an undefined one prints as <undefined>.
      const items: Term[] = args.map((a) => {
        const v: Term = { type: 'var', name: `print$${++scopeCounter}`, span: a.span };
        return { type: 'setcompr', term: v, body: [{ type: 'unify', left: v, right: a, negated: false, with: [], span: a.span }], span: a.span };
      });
      return { type: 'call', fn: { type: 'var', name: 'internal.print', span: t.fn.span }, args: [{ type: 'array', items, span: t.span }], span: t.span };
    }
    if ((dotted === 'rego.metadata.rule' || dotted === 'rego.metadata.chain') && this.rule && this.ctx.metadata && args.length === 0) {
      // OPA resolves both at compile time from the rule's METADATA (RewriteRegoMetadataCalls).
      return dotted === 'rego.metadata.rule' ? this.ctx.metadata.rule(this.rule, t.span) : this.ctx.metadata.chain(this.mod, this.rule, t.span);
    }
    if (dotted === 'cast_set' && !this.v1 && args.length === 1 && builtin('cast_set')?.unlisted === undefined && builtin('cast_set')) return castSet(args[0]!, t.span);
    if (dotted === 'internal.template_string' && args.length === 1 && args[0]!.type === 'array') return templateString(args[0].items, t.span);
    let target: string[] | undefined;
    if (root === 'data') target = rest;
    else if (this.aliases.has(root!)) {
      const a = this.aliases.get(root!)!;
      const ap = refParts(a);
      if (ap && ap[0] === 'data') target = [...ap.slice(1), ...rest];
    } else if (this.ruleNames.has(root!) && (this.ctx.funcs.has([...this.mod.package, ...parts].join('.')) || !builtin(dotted))) {
      target = [...this.mod.package, ...parts];
    }
    if (target) {
      const arity = this.ctx.funcs.get(target.join('.'));
      // `p()` on a rule that is not a function: OPA's type checker lets it through whenever the
      // rule's type is a union or unknown (opa#7463, opa#6314: real libraries such as
      // enterprise-contract's lib/time rely on it) and evaluation then reads the rule's value.
      // Where the type is known exactly (noteValueType), OPA rejects the call, and so does this.
      if (arity === undefined && args.length === 0 && this.ctx.rulePaths.has(target.join('.'))) {
        const known = this.ctx.valueTypes?.get(target.join('.'));
        if (!known) return mkRef('data', target, t.span);
        this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `undefined function data.${target.join('.')}`, `data.${target.join('.')} is a rule whose value is always a ${known}, not a function: refer to it without ()`));
        return { ...t, args };
      }
      if (arity === undefined) {
        this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `undefined function data.${target.join('.')}`, `define the function or fix the name`));
      } else if (args.length !== arity && args.length !== arity + extra) {
        this.diagnostics.push(diag(this.mod, t.span, 'rego_type_error', `function data.${target.join('.')} has arity ${arity}, got ${args.length} arguments`, `call it with ${arity} arguments`));
      }
      return { type: 'call', fn: mkRef('data', target, t.fn.span), args, span: t.span };
    }
    if (this.v1 && Object.prototype.hasOwnProperty.call(OPA_DEPRECATED, dotted)) {
      this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `deprecated built-in function calls in expression: ${dotted}`, `use ${OPA_DEPRECATED[dotted]} (Rego v1 has no ${dotted})`));
      return { ...t, args };
    }
    const spec = builtin(dotted);
    if (spec?.unlisted !== undefined && !this.mod.library) {
      this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `undefined function ${dotted}`, `${dotted} is not in the capabilities file ${spec.unlisted}: add it to its "builtins" list (\`opa capabilities --current\` lists every OPA builtin)`));
      return { ...t, args };
    }
    if (!spec) {
      const unsupported = KNOWN_UNSUPPORTED.some((k) => (k.endsWith('.') || k.endsWith('_') ? dotted.startsWith(k) : dotted === k || dotted.startsWith(k)));
      const ns = dotted.includes('.') && BUILTIN_NAMESPACES.has(dotted.slice(0, dotted.lastIndexOf('.')));
      if (unsupported || ns) {
        const d = diag(this.mod, t.fn.span, 'rego_unsupported_error', `unsupported builtin ${dotted}: Palisade does not implement it`, `avoid ${dotted} or compute its result outside the policy and pass it in input`);
        // In a rule, it is an error only if an entrypoint reaches the rule (the compiler decides).
        if (this.rule) this.unsupported.push(d);
        else this.diagnostics.push(d);
      } else {
        this.diagnostics.push(diag(this.mod, t.fn.span, 'rego_type_error', `undefined function ${dotted}`, `check the spelling, or define the function in this package`));
      }
      return { ...t, args };
    }
    if (args.length !== spec.arity && args.length !== spec.arity + extra) {
      this.diagnostics.push(diag(this.mod, t.span, 'rego_type_error', `${dotted}: arity mismatch: have ${args.length}, want ${spec.arity}`, `call ${dotted} with ${spec.arity} argument${spec.arity === 1 ? '' : 's'}`));
    }
    return { type: 'call', fn: { type: 'var', name: dotted, span: t.fn.span }, args, span: t.span };
  }
}

/**
 * OPA's deprecated `cast_set(x)` (Rego v0): the set of an array's or a set's elements, undefined
 * (a builtin error, non-strict) for anything else. A host builtin cannot return a set (results
 * cross the ABI as JSON), so it is written in Rego: `{"array": S, "set": S}[type_name(x)]` with
 * `S = {e | e = x[_]}`. The lookup, not a call, rejects other types, so under `not` it stays
 * inside the negation as the call would (hoisting binds only `type_name(x)`, defined for any x).
 */
function castSet(x: Term, span: Span): Term {
  // One comprehension per entry, each with its own variables: a variable seen in two closures
  // would read as one bound outside them.
  const elements = (): Term => {
    const e: Term = { type: 'var', name: `cast_set$${++scopeCounter}`, span };
    const k: Term = { type: 'var', name: `$_cast_set${++scopeCounter}`, span };
    const each: Term = x.type === 'ref' ? { ...x, path: [...x.path, k] } : { type: 'ref', head: x, path: [k], span };
    return { type: 'setcompr', term: e, body: [{ type: 'unify', left: e, right: each, negated: false, with: [], span }], span };
  };
  const byType: Term = { type: 'object', entries: [[{ type: 'string', value: 'array', span }, elements()], [{ type: 'string', value: 'set', span }, elements()]], span };
  return { type: 'ref', head: byType, path: [{ type: 'call', fn: { type: 'var', name: 'type_name', span }, args: [x], span }], span };
}

/** The prefix of the output var of a template string's hole (see ./safety.ts). */
export const TEMPLATE_VAR = 'template$';

/**
 * A template string as OPA's fallback lowering (open-policy-agent/opa#8153) writes it with sprintf:
 * each hole is collected by a comprehension, so an undefined value prints `<undefined>` instead
 * of failing the expression; literal text is the format, with `%` escaped.
 */
function templateString(items: Term[], span: Span): Term {
  let format = '';
  const values: Term[] = [];
  for (const it of items) {
    if (it.type === 'string') {
      format += it.value.replace(/%/g, '%%');
      continue;
    }
    format += '%v';
    const v: Term = { type: 'var', name: `${TEMPLATE_VAR}${++scopeCounter}`, span: it.span };
    const all: Term = { type: 'arraycompr', term: v, body: [{ type: 'unify', left: v, right: it, negated: false, with: [], span: it.span }], span: it.span };
    const orUndefined: Term = { type: 'call', fn: { type: 'var', name: 'array.concat', span }, args: [all, { type: 'array', items: [str('<undefined>', span)], span }], span: it.span };
    values.push({ type: 'ref', head: orUndefined, path: [{ type: 'number', raw: '0', span }], span: it.span });
  }
  return { type: 'call', fn: { type: 'var', name: 'sprintf', span }, args: [str(format, span), { type: 'array', items: values, span }], span };
}

/** Whether a name of `s` is declared by the time the expression being resolved in `s` runs. */
function visible(s: Scope, name: string): boolean {
  const d = s.declAt.get(name);
  return !d || !s.pos || d.body !== s.pos.body || d.i < s.pos.i;
}

export function str(value: string, span: Span): Term {
  return { type: 'string', value, span };
}

/** The JSON type of a scalar literal rule value (absent: `true`), or null for anything else. */
function scalarType(value: Term | undefined): string | null {
  if (!value) return 'boolean';
  return value.type === 'null' || value.type === 'boolean' || value.type === 'number' || value.type === 'string' ? value.type : null;
}

/**
 * Records one definition of the complete rule at `path` in `types`. OPA's type checker types a
 * rule by the union of its definitions' values, and accepts `p()` on a non-function rule only
 * when that type is a union or unknown (checkExprBuiltin). Only what is certain without type
 * inference is kept: every definition and else branch a scalar literal of one JSON type (a
 * composite or computed value may still be typed exactly by OPA, but this does not claim it).
 */
export function noteValueType(types: Map<string, string | null>, path: string, rule: Rule): void {
  const kinds = new Set([rule.head.value, ...rule.else.map((e) => e.value)].map(scalarType));
  const one = kinds.size === 1 ? [...kinds][0]! : null;
  const seen = types.get(path);
  types.set(path, seen === undefined ? one : seen === one ? one : null);
}

export function mkRef(root: string, path: string[], span: Span): Term {
  const head: Term = { type: 'var', name: root, span };
  if (path.length === 0) return head;
  return { type: 'ref', head, path: path.map((p) => str(p, span)), span };
}

/** `a.b["c"]` → ["a","b","c"] when the term is a var or a ref with string keys only. */
export function refParts(t: Term): string[] | undefined {
  if (t.type === 'var') return [t.name];
  if (t.type !== 'ref' || t.head.type !== 'var') return undefined;
  const out = [t.head.name];
  for (const p of t.path) {
    if (p.type !== 'string') return undefined;
    out.push(p.value);
  }
  return out;
}

/** Variables named in a term, outside closures (comprehension bodies are other scopes). */
export function termVars(t: Term, out: string[] = []): string[] {
  switch (t.type) {
    case 'var':
      out.push(t.name);
      break;
    case 'ref':
      termVars(t.head, out);
      t.path.forEach((p) => termVars(p, out));
      break;
    case 'call':
      t.args.forEach((a) => termVars(a, out));
      break;
    case 'array':
    case 'set':
      t.items.forEach((i) => termVars(i, out));
      break;
    case 'object':
      t.entries.forEach(([k, v]) => (termVars(k, out), termVars(v, out)));
      break;
    default:
      break;
  }
  return out;
}

function declaredVars(e: Expr): Array<{ name: string; span: Span }> {
  const out: Array<{ name: string; span: Span }> = [];
  const collect = (t: Term): void => {
    if (t.type === 'var') {
      if (!isWildcard(t.name)) out.push({ name: t.name, span: t.span });
    } else if (t.type === 'array') t.items.forEach(collect);
    else if (t.type === 'object') t.entries.forEach(([, v]) => collect(v));
  };
  if (e.type === 'assign') collect(e.left);
  else if (e.type === 'some') out.push(...e.vars);
  else if (e.type === 'somein') {
    if (e.key) collect(e.key);
    collect(e.value);
  }
  return out;
}

/** The terms of an expression that live in its own scope (not `every` bodies or closures). */
export function exprTerms(e: Expr): Term[] {
  const ws = e.with.filter((w) => !w.fn).map((w) => w.value);
  switch (e.type) {
    case 'term':
      return [e.term, ...ws];
    case 'unify':
    case 'assign':
      return [e.left, e.right, ...ws];
    case 'some':
      return ws;
    case 'somein':
      return [...(e.key ? [e.key] : []), e.value, e.collection, ...ws];
    case 'every':
      return [e.domain, ...ws];
    case 'logical':
      return [...e.operands.flatMap((o) => (o.explicit ? [] : o.body.flatMap(exprTerms))), ...ws];
  }
}

function trueExpr(span: Span): Expr {
  return { type: 'term', term: { type: 'boolean', value: true, span }, negated: false, with: [], span };
}

/** Why two literal patterns can never unify, or undefined when they might. */
function mismatch(a: Term, b: Term): { at: Term; text: string } | undefined {
  const composite = (t: Term): boolean => t.type === 'array' || t.type === 'object' || t.type === 'set';
  if (!composite(a) || !composite(b)) return undefined;
  if (a.type !== b.type) return { at: a, text: `${a.type} cannot match ${b.type}` };
  if (a.type === 'array' && b.type === 'array') {
    if (a.items.length !== b.items.length) return { at: a, text: `mismatch in number of array elements (${a.items.length} and ${b.items.length})` };
    for (let i = 0; i < a.items.length; i++) {
      const inner = mismatch(a.items[i]!, b.items[i]!);
      if (inner) return inner;
    }
    return undefined;
  }
  if (a.type === 'object' && b.type === 'object') {
    const keys = (o: typeof a): string[] | undefined => {
      const out: string[] = [];
      for (const [k] of o.entries) {
        if (k.type !== 'string' && k.type !== 'number' && k.type !== 'boolean' && k.type !== 'null') return undefined;
        out.push(k.type === 'number' ? numberKey(k.raw) : JSON.stringify(k.type === 'string' ? k.value : k.type === 'boolean' ? k.value : null));
      }
      return out.sort();
    };
    const ka = keys(a);
    const kb = keys(b);
    if (ka && kb && ka.join() !== kb.join()) return { at: a, text: `object keys mismatch: [${ka.join(', ')}] and [${kb.join(', ')}]` };
  }
  return undefined;
}
