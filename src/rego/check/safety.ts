// Safety and body reordering, as OPA's compiler does it: every variable must be bound by an
// expression that can produce it (a ref key iterated, a unification side, an assignment, a call's
// output argument, `some … in`) before any expression that only consumes it (builtin inputs,
// negations, `with` values, heads, closures over outer variables). Expressions are reordered so
// producers come first, keeping the written order whenever it is already safe.
// Input: bodies already resolved by ./resolve.ts (vars are locals or `input`/`data`). It must not
// plan; it only reorders and reports `rego_unsafe_var_error` at the offending variable.

import type { Body, Expr, Rule, Span, Term } from '../ast.js';
import type { Diagnostic } from '../../diagnostics.js';
import { builtin } from '../builtins.js';
import { diag, exprTerms, isWildcard, refParts, TEMPLATE_VAR } from './resolve.js';
import { childTerms, mapClosures, mapExprClosures, type Closure } from '../terms.js';

type Vars = Set<string>;

export interface SafetyContext {
  mod: { file: string; source: string };
  diagnostics: Diagnostic[];
  /** Arity of a user function at a data path (`a.b.f`), for calls with an output argument. */
  funcArity: (path: string) => number | undefined;
}

/** Displays a renamed local by its written name. */
export function displayName(name: string): string {
  if (isWildcard(name)) return '_';
  const i = name.indexOf('$');
  return i > 0 ? name.slice(0, i) : name;
}

const isRoot = (name: string): boolean => name === 'input' || name === 'data';

export class Safety {
  /** Occurrences of each var in the whole rule/query: a closure var also seen outside is a closure over it. */
  private occ = new Map<string, number>();
  private readonly reportedTemplate = new Set<number>();
  private spans = new Map<string, Span>();

  constructor(private readonly ctx: SafetyContext) {}

  checkRule(rule: Rule): Rule {
    this.occ = new Map();
    this.spans = new Map();
    const h = rule.head;
    const headTerms = [...h.ref.slice(1), ...(h.args ?? []), ...(h.value ? [h.value] : []), ...(h.contains ? [h.contains] : [])];
    headTerms.forEach((t) => this.count(t));
    rule.body.forEach((e) => this.countExpr(e));
    rule.else.forEach((e) => {
      if (e.value) this.count(e.value);
      e.body.forEach((x) => this.countExpr(x));
    });
    const initial = new Set<string>();
    for (const a of h.args ?? []) this.lv(a, new Set(), new Set(), initial);
    const headNeeds = (terms: Term[]): Term[] => terms;
    const main = this.reorderBound(rule.body, initial, headNeeds([...h.ref.slice(1), ...(h.value ? [h.value] : []), ...(h.contains ? [h.contains] : [])]));
    // Closures in the head run after the body: their bodies are reordered with its bindings.
    const T = (t: Term | undefined): Term | undefined => t && this.closureTerm(t, main.bound);
    const head = { ...h, ref: [h.ref[0]!, ...h.ref.slice(1).map((t) => T(t)!)], value: T(h.value), contains: T(h.contains) };
    const elses = rule.else.map((e) => {
      const r = this.reorderBound(e.body, initial, e.value ? [e.value] : []);
      return { ...e, body: r.body, value: e.value && this.closureTerm(e.value, r.bound) };
    });
    return { ...rule, head, body: main.body, else: elses };
  }

  checkQuery(body: Body): Body {
    this.occ = new Map();
    this.spans = new Map();
    body.forEach((e) => this.countExpr(e));
    return this.reorder(body, new Set(), []);
  }

  private count(t: Term): void {
    walkVars(t, (name, span) => {
      this.occ.set(name, (this.occ.get(name) ?? 0) + 1);
      if (!this.spans.has(name)) this.spans.set(name, span);
    });
  }

  /**
   * A `some x` declaration is not an occurrence: OPA drops it from the body once the name is
   * declared, so a declared var used only inside a closure is that closure's own (bound there).
   */
  private countExpr(e: Expr): void {
    if (e.type === 'some') return;
    exprTerms(e).forEach((t) => this.count(t));
    if (e.type === 'every') {
      for (const t of [e.key, e.value]) if (t) this.count(t);
      e.body.forEach((x) => this.countExpr(x));
    }
  }

  /** Reorders `body` given the vars bound before it; `after` are terms that need the body's bindings (heads). */
  reorder(body: Body, bound: Vars, after: Term[]): Body {
    return this.reorderBound(body, bound, after).body;
  }

  /** `reorder`, also returning the vars bound once the body has run. */
  private reorderBound(body: Body, bound: Vars, after: Term[]): { body: Body; bound: Vars } {
    const B = new Set(bound);
    const remaining = [...body];
    const out: Expr[] = [];
    for (;;) {
      let picked = -1;
      for (let i = 0; i < remaining.length; i++) {
        const { needs } = this.analyse(remaining[i]!, B);
        if ([...needs].every((v) => B.has(v))) {
          picked = i;
          break;
        }
      }
      if (picked < 0) break;
      const e = remaining.splice(picked, 1)[0]!;
      const { outs } = this.analyse(e, B);
      const inner = new Set([...B, ...outs]);
      out.push(this.closures(e, inner));
      for (const v of outs) B.add(v);
    }
    const reported = new Set<string>();
    const report = (name: string, span: Span | undefined): void => {
      if (reported.has(name) || B.has(name)) return;
      reported.add(name);
      this.ctx.diagnostics.push(
        diag(this.ctx.mod, span ?? this.spans.get(name), 'rego_unsafe_var_error', `var ${displayName(name)} is unsafe`, `bind ${displayName(name)} in the body before it is used (e.g. ${displayName(name)} := …, or iterate with some ${displayName(name)} in …)`),
      );
    };
    for (const e of remaining) {
      const { needs } = this.analyse(e, B);
      for (const v of needs) if (!B.has(v)) report(v, findSpan(e, v));
      out.push(e);
    }
    if (remaining.length === 0) {
      for (const t of after) {
        const needs = new Set<string>();
        this.rv(t, B, needs, new Set());
        for (const v of needs) if (!B.has(v)) report(v, findSpanTerm(t, v));
      }
    }
    return { body: out, bound: B };
  }

  /** Reorders the bodies of closures inside an expression, with the vars bound when it runs. */
  private closures(e: Expr, bound: Vars): Expr {
    return mapExprClosures(e, (c) => this.closure(c, bound), (ev) => {
      const inner = new Set(bound);
      for (const t of [ev.key, ev.value]) if (t) this.lv(t, bound, new Set(), inner);
      return this.reorder(ev.body, inner, []);
    });
  }

  private closureTerm(t: Term, bound: Vars): Term {
    return mapClosures(t, (c) => this.closure(c, bound));
  }

  private closure(c: Closure, bound: Vars): Term {
    if (c.type === 'objectcompr') return { ...c, body: this.reorder(c.body, bound, [c.key, c.value]) };
    return { ...c, body: this.reorder(c.body, bound, [c.term]) };
  }

  /** What an expression needs bound before it can run, and what it binds, given `B`. */
  analyse(e: Expr, B: Vars): { needs: Vars; outs: Vars } {
    const needs = new Set<string>();
    const outs = new Set<string>();
    switch (e.type) {
      case 'term':
        this.rv(e.term, B, needs, outs);
        break;
      case 'unify':
      case 'assign':
        this.unify(e.left, e.right, B, needs, outs);
        break;
      case 'some':
        break;
      case 'somein':
        this.rv(e.collection, B, needs, outs);
        if (e.key) this.lv(e.key, B, needs, outs);
        this.lv(e.value, B, needs, outs);
        break;
      case 'every': {
        this.rv(e.domain, B, needs, outs);
        const local = new Set<string>();
        for (const t of [e.key, e.value]) if (t) walkVars(t, (n) => local.add(n));
        this.closureNeeds([...e.body.flatMap(exprAllTerms)], B, needs, local);
        break;
      }
    }
    for (const w of e.with) if (!w.fn) this.rv(w.value, B, needs, outs);
    if (e.negated) {
      for (const v of outs) if (!isWildcard(v)) needs.add(v);
      outs.clear();
    }
    return { needs, outs };
  }

  private unify(a: Term, b: Term, B: Vars, needs: Vars, outs: Vars): void {
    const free = (t: Term): boolean => t.type === 'var' && !isRoot(t.name) && !B.has(t.name) && !outs.has(t.name);
    if (a.type === 'array' && b.type === 'array' && a.items.length === b.items.length) {
      a.items.forEach((x, i) => this.unify(x, b.items[i]!, B, needs, outs));
      return;
    }
    if (free(a) && free(b)) {
      needs.add((b as { name: string }).name);
      outs.add((a as { name: string }).name);
      return;
    }
    if (isPattern(a) && !this.ground(a, B, outs)) {
      this.rv(b, B, needs, outs);
      this.lv(a, B, needs, outs);
      return;
    }
    if (isPattern(b) && !this.ground(b, B, outs)) {
      this.rv(a, B, needs, outs);
      this.lv(b, B, needs, outs);
      return;
    }
    this.rv(a, B, needs, outs);
    this.rv(b, B, needs, outs);
  }

  private ground(t: Term, B: Vars, outs: Vars): boolean {
    let g = true;
    walkVars(t, (n) => {
      if (!isRoot(n) && !B.has(n) && !outs.has(n)) g = false;
    }, true);
    return g;
  }

  /** A term matched as a pattern: unbound vars (also inside arrays/objects) become outputs. */
  lv(t: Term, B: Vars, needs: Vars, outs: Vars): void {
    switch (t.type) {
      case 'var':
        if (!isRoot(t.name) && !B.has(t.name)) outs.add(t.name);
        return;
      case 'array':
        t.items.forEach((i) => this.lv(i, B, needs, outs));
        return;
      case 'object':
        t.entries.forEach(([k, v]) => (this.rv(k, B, needs, outs), this.lv(v, B, needs, outs)));
        return;
      default:
        this.rv(t, B, needs, outs);
    }
  }

  /** A term evaluated for its value: vars must be bound, except ref keys (iterated) and call outputs. */
  rv(t: Term, B: Vars, needs: Vars, outs: Vars): void {
    switch (t.type) {
      case 'var':
        if (!isRoot(t.name) && !B.has(t.name) && !outs.has(t.name)) needs.add(t.name);
        return;
      case 'ref':
        this.rv(t.head, B, needs, outs);
        for (const p of t.path) {
          if (p.type === 'var' || p.type === 'array' || p.type === 'object') this.lv(p, B, needs, outs);
          else this.rv(p, B, needs, outs);
        }
        return;
      case 'call': {
        const arity = this.arity(t.fn);
        t.args.forEach((a, i) => (arity !== undefined && i >= arity ? this.lv(a, B, needs, outs) : this.rv(a, B, needs, outs)));
        return;
      }
      case 'array':
      case 'set':
        t.items.forEach((i) => this.rv(i, B, needs, outs));
        return;
      case 'object':
        t.entries.forEach(([k, v]) => (this.rv(k, B, needs, outs), this.rv(v, B, needs, outs)));
        return;
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr':
        this.closureNeeds(closureTerms(t), B, needs, new Set());
        if (t.type === 'arraycompr' && t.term.type === 'var' && t.term.name.startsWith(TEMPLATE_VAR)) this.singleOutput(t, B);
        return;
      default:
        return;
    }
  }

  /**
   * A template string's hole must have one value: a variable local to it (bound nowhere else)
   * would iterate, which OPA rejects ("template-strings must not produce multiple outputs").
   */
  private singleOutput(t: Extract<Term, { type: 'arraycompr' }>, B: Vars): void {
    const own = (t.term as { name: string }).name;
    const inside = new Map<string, { n: number; span: Span }>();
    closureTerms(t).forEach((x) => walkVars(x, (n, span) => inside.set(n, { n: (inside.get(n)?.n ?? 0) + 1, span })));
    for (const [n, { n: c, span }] of inside) {
      if (n === own || isRoot(n) || B.has(n) || (this.occ.get(n) ?? 0) > c) continue;
      if (this.reportedTemplate.has(span.start)) continue;
      this.reportedTemplate.add(span.start);
      this.ctx.diagnostics.push(diag(this.ctx.mod, span, 'rego_compile_error', 'template-strings must not produce multiple outputs', `bind ${displayName(n)} before the template string, so the hole has one value`));
    }
  }

  /** A closure needs the vars it shares with the rest of the rule (they are the outer ones). */
  private closureNeeds(terms: Term[], B: Vars, needs: Vars, local: Vars): void {
    const inside = new Map<string, number>();
    terms.forEach((t) => walkVars(t, (n) => inside.set(n, (inside.get(n) ?? 0) + 1)));
    for (const [n, c] of inside) {
      if (isRoot(n) || local.has(n) || B.has(n)) continue;
      if ((this.occ.get(n) ?? 0) > c) needs.add(n);
    }
  }

  private arity(fn: Term): number | undefined {
    if (fn.type === 'var') return builtin(fn.name)?.arity;
    const parts = refParts(fn);
    if (parts && parts[0] === 'data') return this.ctx.funcArity(parts.slice(1).join('.'));
    return undefined;
  }
}

function isPattern(t: Term): boolean {
  return t.type === 'var' || t.type === 'array' || t.type === 'object';
}

/** Every var in a term, descending into closures too (when `deep`, which is the default for counting). */
export function walkVars(t: Term, f: (name: string, span: Span) => void, shallow = false): void {
  const w = (x: Term): void => walkVars(x, f, shallow);
  switch (t.type) {
    case 'var':
      f(t.name, t.span);
      return;
    case 'arraycompr':
    case 'setcompr':
    case 'objectcompr':
      if (!shallow) closureTerms(t).forEach(w);
      return;
    default:
      childTerms(t).forEach(w);
  }
}

function closureTerms(t: Term): Term[] {
  if (t.type === 'arraycompr' || t.type === 'setcompr') return [t.term, ...t.body.flatMap(exprAllTerms)];
  if (t.type === 'objectcompr') return [t.key, t.value, ...t.body.flatMap(exprAllTerms)];
  return [];
}

/**
 * All terms of an expression (for occurrence counting): its own-scope terms, plus the vars a
 * `some` declares and an `every`'s key, value and body.
 */
export function exprAllTerms(e: Expr): Term[] {
  const own = exprTerms(e);
  if (e.type === 'some') return [...e.vars.map((v) => ({ type: 'var', name: v.name, span: v.span }) as Term), ...own];
  if (e.type === 'every') return [...(e.key ? [e.key] : []), e.value, ...own, ...e.body.flatMap(exprAllTerms)];
  if (e.type === 'logical') return [...e.with.filter((w) => !w.fn).map((w) => w.value), ...e.operands.flatMap((o) => o.body.flatMap(exprAllTerms))];
  return own;
}

function findSpanTerm(t: Term, name: string): Span | undefined {
  let s: Span | undefined;
  walkVars(t, (n, sp) => {
    if (!s && n === name) s = sp;
  });
  return s;
}

function findSpan(e: Expr, name: string): Span | undefined {
  for (const t of exprAllTerms(e)) {
    const s = findSpanTerm(t, name);
    if (s) return s;
  }
  return e.span;
}
