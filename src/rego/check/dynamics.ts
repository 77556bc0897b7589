// Eager evaluation of the dynamic parts of negated expressions, as OPA's compiler does it.
// OPA expands nested calls out of every expression (its RewriteExprTerms stage), turns `==` into
// unification (RewriteEquals) and binds refs in call arguments and ref indexes to generated
// locals placed before the expression (RewriteDynamicTerms). Those generated expressions are not
// negated, so in `not f(x.b)` or `not obj[input.k]` an undefined argument or index makes the body
// fail instead of making the negation true. For positive expressions the rewrite changes nothing
// observable, so only negated ones are rewritten here.
// Input: bodies already resolved (./resolve.ts) and ordered (./safety.ts); every variable a negated
// expression reads is bound before it, so the hoisted expressions are safe where they are put.
// It must not reorder expressions or report errors.

import type { Body, Expr, Rule, Term } from '../ast.js';
import { mapClosures, mapExprClosures, type Closure } from '../terms.js';

let counter = 0;

/** Rewrites a rule's bodies and the closures of its head. */
export function hoistNegatedInRule(rule: Rule): Rule {
  const T = (t: Term | undefined): Term | undefined => t && mapClosures(t, closure);
  const h = rule.head;
  return {
    ...rule,
    head: { ...h, ref: [h.ref[0]!, ...h.ref.slice(1).map((t) => T(t)!)], value: T(h.value), contains: T(h.contains) },
    body: hoistNegated(rule.body),
    else: rule.else.map((e) => ({ ...e, value: T(e.value), body: hoistNegated(e.body) })),
  };
}

/** Rewrites a body and the bodies of the closures inside it. */
export function hoistNegated(body: Body): Body {
  const out: Expr[] = [];
  for (const e0 of body) {
    const e = closures(e0);
    if (!e.negated || (e.type !== 'term' && e.type !== 'unify')) {
      out.push(e);
      continue;
    }
    const extras: Expr[] = [];
    const hoist = (t: Term): Term => {
      const v: Term = { type: 'var', name: `$local${++counter}`, span: t.span };
      extras.push({ type: 'unify', left: v, right: t, negated: false, with: e.with, span: t.span });
      return v;
    };
    /** A call argument or ref index: a ref or a call is bound first; composites are walked. */
    const one = (t: Term): Term => {
      switch (t.type) {
        case 'var':
          return t.name === 'input' || t.name === 'data' ? hoist(t) : t;
        case 'ref':
        case 'call':
          return hoist(t);
        case 'array':
        case 'set':
          return { ...t, items: t.items.map(one) };
        case 'object':
          return { ...t, entries: t.entries.map(([k, v]) => [one(k), one(v)] as [Term, Term]) };
        default:
          return t;
      }
    };
    /** A whole operand (a unification side, the negated term): a ref keeps itself, its dynamic parts go. */
    const operand = (t: Term): Term => {
      switch (t.type) {
        case 'call':
          return hoist(t);
        case 'ref': {
          const h = t.head;
          const head = h.type === 'var' ? h : hoist(h);
          return { ...t, head, path: t.path.map(one) };
        }
        case 'array':
        case 'set':
        case 'object':
          return one(t);
        default:
          return t;
      }
    };
    let rewritten: Expr;
    if (e.type === 'unify') {
      rewritten = { ...e, left: operand(e.left), right: operand(e.right) };
    } else {
      const t = e.term;
      if (t.type === 'call' && t.fn.type === 'var' && t.fn.name === 'equal' && t.args.length === 2) {
        rewritten = { ...e, term: { ...t, args: t.args.map(operand) } };
      } else if (t.type === 'call') {
        rewritten = { ...e, term: { ...t, args: t.args.map(one) } };
      } else {
        rewritten = { ...e, term: operand(t) };
      }
    }
    out.push(...extras, rewritten);
  }
  return out;
}

/** The same rewrite inside the expression's comprehensions and `every` body. */
function closures(e: Expr): Expr {
  return mapExprClosures(e, closure, (ev) => hoistNegated(ev.body));
}

function closure(c: Closure): Term {
  const T = (t: Term): Term => mapClosures(t, closure);
  if (c.type === 'objectcompr') return { ...c, key: T(c.key), value: T(c.value), body: hoistNegated(c.body) };
  return { ...c, term: T(c.term), body: hoistNegated(c.body) };
}
