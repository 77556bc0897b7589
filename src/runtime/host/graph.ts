// graph.reachable and graph.reachable_paths over a graph given as an object from node to its
// neighbours (an array or set of node names; a missing or null entry means no edges).
// Results are sets, sent as sorted arrays (see HOST_SET_RESULTS in index.ts).

import { obj, typeFail } from './errors.js';
import { setOf, type Value } from './values.js';

function neighbours(graph: Record<string, Value>, node: Value): Value[] {
  if (typeof node !== 'string') return [];
  const edges = Object.prototype.hasOwnProperty.call(graph, node) ? graph[node] : undefined;
  if (edges === undefined || edges === null) return [];
  if (!Array.isArray(edges)) typeFail(1, edges, 'array', 'set');
  return edges;
}

function initial(v: Value): Value[] {
  if (!Array.isArray(v)) typeFail(2, v, 'array', 'set');
  return v;
}

function reachable(graph: Record<string, Value>, start: Value[]): Value[] {
  const seen = new Map<string, Value>();
  const queue = [...start];
  while (queue.length > 0) {
    const n = queue.shift()!;
    const key = JSON.stringify(n);
    if (seen.has(key)) continue;
    // OPA only reports nodes that exist in the graph
    if (typeof n !== 'string' || !Object.prototype.hasOwnProperty.call(graph, n)) continue;
    seen.set(key, n);
    queue.push(...neighbours(graph, n));
  }
  return setOf([...seen.values()]);
}

/**
 * OPA's path builder: depth first; a neighbour already reached (anywhere in this start node's
 * walk, not only on the current path) ends the path; a start node missing from the graph
 * contributes the empty path.
 */
/** Path elements one call may build: a long chain makes the sum quadratic in the graph. */
const MAX_PATH_ELEMENTS = 10_000_000;

function reachablePaths(graph: Record<string, Value>, start: Value[]): Value[] {
  const paths: Value[] = [];
  let elements = 0;
  const has = (n: Value): boolean => typeof n === 'string' && Object.prototype.hasOwnProperty.call(graph, n);
  const build = (root: Value, path: Value[], reached: Set<string>): void => {
    if (!has(root)) {
      paths.push(path);
      return;
    }
    const here = [...path, root];
    elements += here.length;
    // Not a builtin error (which would quietly make the call undefined): the evaluation ends, as
    // it would inside the module when memory runs out.
    if (elements > MAX_PATH_ELEMENTS) throw new Error(`out of memory: graph.reachable_paths builds more than ${MAX_PATH_ELEMENTS} path elements`);
    const edges = neighbours(graph, root);
    if (edges.length === 0) {
      paths.push(here);
      return;
    }
    for (const n of edges) {
      if (reached.has(JSON.stringify(n))) paths.push(here);
      else {
        reached.add(JSON.stringify(root));
        build(n, here, reached);
      }
    }
  };
  for (const s of start) build(s, [], new Set());
  return setOf(paths);
}

export const graphBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'graph.reachable': (g, initialNodes) => reachable(obj(g, 1), initial(initialNodes)),
  'graph.reachable_paths': (g, initialNodes) => reachablePaths(obj(g, 1), initial(initialNodes)),
};
