// graph.reachable and graph.reachable_paths with OPA's semantics (topdown/reachable.go): the graph
// is an object from node to its neighbours (an array or set; any other value, null included, means
// no edges), nodes are any values, and only nodes present in the graph are reached.
// Must not walk documents (walk is in collections.ts).

import { T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, mkArray, arrPush, mkSet, setAdd, setHas, objGet } from "../value";
import { mustBe } from "./error";

@inline function isColl(v: usize): bool { const t = tag(v); return t == T_ARRAY || t == T_SET; }

export function reachable(g: usize, initial: usize): usize {
  if (tag(g) != T_OBJECT) return mustBe(1, "object", g);
  if (!isColl(initial)) return mustBe(2, "one of {array, set}", initial);
  const queue = mkArray(len(initial) + 4);
  for (let i: u32 = 0; i < len(initial); i++) arrPush(queue, arrGet(initial, i));
  const reached = mkSet(4);
  for (let q: u32 = 0; q < len(queue); q++) {
    const node = arrGet(queue, q);
    const edges = objGet(g, node);
    if (!edges || setHas(reached, node)) continue;
    if (isColl(edges)) for (let i: u32 = 0; i < len(edges); i++) if (!setHas(reached, arrGet(edges, i))) arrPush(queue, arrGet(edges, i));
    setAdd(reached, node);
  }
  return reached;
}

/** OPA's pathBuilder: a neighbour already reached in this start node's walk ends the path. */
function pathBuilder(g: usize, root: usize, path: usize, result: usize, reached: usize): void {
  const edges = objGet(g, root);
  if (!edges) { setAdd(result, path); return; }
  const here = mkArray(len(path) + 1);
  for (let i: u32 = 0; i < len(path); i++) arrPush(here, arrGet(path, i));
  arrPush(here, root);
  if (!isColl(edges) || len(edges) == 0) { setAdd(result, here); return; }
  for (let i: u32 = 0; i < len(edges); i++) {
    const n = arrGet(edges, i);
    if (setHas(reached, n)) setAdd(result, here);
    else { setAdd(reached, root); pathBuilder(g, n, here, result, reached); }
  }
}

export function reachablePaths(g: usize, initial: usize): usize {
  if (tag(g) != T_OBJECT) return mustBe(1, "object", g);
  if (!isColl(initial)) return mustBe(2, "one of {array, set}", initial);
  const result = mkSet(4);
  for (let i: u32 = 0; i < len(initial); i++) pathBuilder(g, arrGet(initial, i), mkArray(0), result, mkSet(4));
  return result;
}
