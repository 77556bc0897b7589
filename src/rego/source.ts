// Positions in Rego sources: the front end stores integer offsets and asks for line:column only
// when a diagnostic or an annotation needs one.

import { LineIndex } from '../text/line-index.js';

export { LineIndex };

const cache = new WeakMap<object, LineIndex>();

/** The LineIndex of a module (or anything holding a source), built once per object. */
export function lineIndexFor(mod: { source: string }): LineIndex {
  let idx = cache.get(mod);
  if (!idx) {
    idx = new LineIndex(mod.source);
    cache.set(mod, idx);
  }
  return idx;
}
