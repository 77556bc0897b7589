// Term traversal shared by the checks and the planner: one definition of what a term's
// sub-terms are, so every walker agrees on the shape of the AST.

import type { Term } from './ast.js';

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
