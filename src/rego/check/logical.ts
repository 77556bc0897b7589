// OPA's opt-in `and`/`or` keywords (and `not` over a group or body), rewritten into what the
// rest of the compiler already supports: each `logical` expression becomes a call of a generated
// function whose arguments are the variables its operands read from the enclosing rule. A call
// yields one value or none, so the expression neither branches nor binds anything outside, as
// OPA's keyword page specifies; a negated one is `not f(…)`.
// `or` becomes `f(…) if { a } else if { b }`, so operands run in order and stop at the first
// that succeeds; `and` becomes `f(…) if { a; b }`.
// Input: rules after name resolution (./resolve.ts), where every local has a name unique within
// its rule, so "the same name outside the expression" means "the same variable". It runs before
// safety (./safety.ts), which then reports what OPA reports: a single-expression operand that
// would bind a variable leaves that variable unbound in the enclosing body (`var x is unsafe`).
// It must not report errors itself, reorder bodies, or touch rules without such expressions.

import type { Body, Expr, Rule, Span, Term } from '../ast.js';
import { mapClosures, mapExprClosures, type Closure } from '../terms.js';
import { exprTerms, mkRef, termVars, type RuleDef } from './resolve.js';
import { exprAllTerms, walkVars } from './safety.js';

type Logical = Extract<Expr, { type: 'logical' }>;

let counter = 0;

/**
 * Rewrites `def.rule` in place when it holds `and`/`or` expressions and returns the generated
 * functions' definitions (themselves already rewritten); `register` records each new function.
 */
export function desugarLogical(def: RuleDef, register: (path: string[], arity: number) => void): RuleDef[] {
  const r = def.rule;
  const closures = [...r.head.ref.slice(1), ...(r.head.value ? [r.head.value] : []), ...(r.head.contains ? [r.head.contains] : []), ...r.else.flatMap((x) => (x.value ? [x.value] : []))];
  if (!closures.some(termHasLogical) && ![...r.body, ...r.else.flatMap((x) => x.body)].some(hasLogical)) return [];
  const out: RuleDef[] = [];
  const work = [def];
  for (let d = work.pop(); d; d = work.pop()) {
    const helpers = rewriteRule(d, register);
    out.push(...helpers);
    work.push(...helpers);
  }
  return out;
}

function rewriteRule(def: RuleDef, register: (path: string[], arity: number) => void): RuleDef[] {
  const rule = def.rule;
  const outside = new Map<string, number>();
  for (const t of ruleTerms(rule)) walkVars(t, (n) => outside.set(n, (outside.get(n) ?? 0) + 1));
  const helpers: RuleDef[] = [];

  const call = (e: Logical): Expr => {
    const inner = new Map<string, Span>();
    const counts = new Map<string, number>();
    for (const t of e.operands.flatMap((o) => o.body.flatMap(exprAllTerms))) {
      walkVars(t, (n, span) => {
        if (!inner.has(n)) inner.set(n, span);
        counts.set(n, (counts.get(n) ?? 0) + 1);
      });
    }
    // A single-expression operand's own variables always come from outside (it cannot bind).
    const reads = new Set(e.operands.filter((o) => !o.explicit).flatMap((o) => o.body.flatMap(exprTerms)).flatMap((t) => termVars(t)));
    const args: Term[] = [];
    for (const [name, span] of inner) {
      if (name === 'input' || name === 'data') continue;
      if (reads.has(name) || (outside.get(name) ?? 0) > counts.get(name)!) args.push({ type: 'var', name, span });
    }
    const path = [...def.module.package, `${e.op}$${++counter}`];
    register(path, args.length);
    // `or` is an else chain, so a later operand runs only when the ones before it failed (OPA
    // short-circuits); `and` is one body, which stops at its first failing expression.
    const [first, ...rest] = e.op === 'or' ? e.operands.map((o) => o.body) : [e.operands.flatMap((o) => o.body)];
    const helper: Rule = {
      head: { ref: [{ type: 'var', name: path[path.length - 1]!, span: e.span }], args, span: e.span },
      body: first!,
      default: false,
      else: rest.map((body) => ({ body, span: e.span })),
      annotations: [],
      span: e.span,
    };
    helpers.push({ module: def.module, rule: helper, path, keys: [], kind: 'function', arity: args.length, unsupported: [] });
    const fn: Term = { type: 'call', fn: mkRef('data', path, e.span), args, span: e.span };
    return { type: 'term', term: fn, negated: e.negated, with: e.with, span: e.span };
  };

  const closure = (c: Closure): Term =>
    c.type === 'objectcompr'
      ? { ...c, key: mapClosures(c.key, closure), value: mapClosures(c.value, closure), body: body(c.body) }
      : { ...c, term: mapClosures(c.term, closure), body: body(c.body) };
  const expr = (e: Expr): Expr => (e.type === 'logical' ? call(e) : mapExprClosures(e, closure, (ev) => body(ev.body)));
  const body = (b: Body): Body => b.map(expr);
  const T = (t: Term | undefined): Term | undefined => t && mapClosures(t, closure);

  const h = rule.head;
  def.rule = {
    ...rule,
    head: { ...h, ref: [h.ref[0]!, ...h.ref.slice(1).map((t) => T(t)!)], value: T(h.value), contains: T(h.contains) },
    body: body(rule.body),
    else: rule.else.map((x) => ({ ...x, value: T(x.value), body: body(x.body) })),
  };
  return helpers;
}

function ruleTerms(rule: Rule): Term[] {
  const h = rule.head;
  return [
    ...h.ref.slice(1),
    ...(h.args ?? []),
    ...(h.value ? [h.value] : []),
    ...(h.contains ? [h.contains] : []),
    ...rule.body.flatMap(exprAllTerms),
    ...rule.else.flatMap((x) => [...(x.value ? [x.value] : []), ...x.body.flatMap(exprAllTerms)]),
  ];
}

/** Whether an expression holds a `logical` one anywhere, closures and `every` bodies included. */
function hasLogical(e: Expr): boolean {
  if (e.type === 'logical') return true;
  if (e.type === 'every' && e.body.some(hasLogical)) return true;
  return exprAllTerms(e).some(termHasLogical);
}

function termHasLogical(t: Term): boolean {
  switch (t.type) {
    case 'arraycompr':
    case 'setcompr':
      return termHasLogical(t.term) || t.body.some(hasLogical);
    case 'objectcompr':
      return termHasLogical(t.key) || termHasLogical(t.value) || t.body.some(hasLogical);
    case 'ref':
      return [t.head, ...t.path].some(termHasLogical);
    case 'call':
      return t.args.some(termHasLogical);
    case 'array':
    case 'set':
      return t.items.some(termHasLogical);
    case 'object':
      return t.entries.flat().some(termHasLogical);
    default:
      return false;
  }
}
