// Term traversal shared by the checks and the planner: one definition of what a term's
// sub-terms are, so every walker agrees on the shape of the AST.

import type { Body, Expr, Term } from './ast.js';

/**
 * The immediate sub-terms of a term, outside closures: a ref's head and path, a call's arguments
 * (not the function being called), array/set items, object keys and values. Comprehensions are
 * closures with their own scope, so their parts are not included; scalars and vars have none.
 */
export function childTerms(t: Term): Term[] {
  switch (t.type) {
    case 'ref':
      return [t.head, ...t.path];
    case 'call':
      return t.args;
    case 'array':
    case 'set':
      return t.items;
    case 'object':
      return t.entries.flat();
    default:
      return [];
  }
}

export type Closure = Extract<Term, { type: 'arraycompr' | 'setcompr' | 'objectcompr' }>;
type Every = Extract<Expr, { type: 'every' }>;

/** A copy of `t` in which each comprehension (outside other comprehensions) is replaced by `f` of it. */
export function mapClosures(t: Term, f: (c: Closure) => Term): Term {
  const m = (x: Term): Term => mapClosures(x, f);
  switch (t.type) {
    case 'ref':
      return { ...t, head: m(t.head), path: t.path.map(m) };
    case 'call':
      return { ...t, args: t.args.map(m) };
    case 'array':
    case 'set':
      return { ...t, items: t.items.map(m) };
    case 'object':
      return { ...t, entries: t.entries.map(([k, v]) => [m(k), m(v)] as [Term, Term]) };
    case 'arraycompr':
    case 'setcompr':
    case 'objectcompr':
      return f(t);
    default:
      return t;
  }
}

/** A copy of `e` with `f` applied to the comprehensions of its terms and `every` to an `every`'s body. */
export function mapExprClosures(e: Expr, f: (c: Closure) => Term, every: (e: Every) => Body): Expr {
  const T = (t: Term): Term => mapClosures(t, f);
  const withs = e.with.map((w) => ({ ...w, value: T(w.value) }));
  switch (e.type) {
    case 'term':
      return { ...e, term: T(e.term), with: withs };
    case 'unify':
    case 'assign':
      return { ...e, left: T(e.left), right: T(e.right), with: withs };
    case 'somein':
      return { ...e, collection: T(e.collection), with: withs };
    case 'every':
      return { ...e, domain: T(e.domain), body: every(e), with: withs };
    default:
      return e;
  }
}
