// The rule graph: groups every rule by the data path it defines, classifies it (complete, partial
// set, object tree, function) and reports what OPA rejects at compile time: conflicting kinds or
// arities at one path, several defaults, `else` on multi-value rules, and recursion between rules.
// It must not resolve names (./resolve.ts does) nor plan anything (../plan/).

import type { Module, Rule, Term } from '../ast.js';
import type { Diagnostic } from '../../diagnostics.js';
import { diag, type RuleDef, type RuleGroup, type RuleKind } from './resolve.js';
import { numberKey } from '../numbers.js';

/** Splits a head ref into its static data path and its dynamic keys, and names the kind. */
const isRegoV1 = (i: { path: Term }): boolean => i.path.type === 'ref' && i.path.head.type === 'var' && i.path.head.name === 'rego';

export function classify(mod: Module, rule: Rule): { path: string[]; keys: Term[]; kind: RuleKind; arity: number; contains?: Term } {
  const head = rule.head;
  const first = head.ref[0]!;
  const path = [...mod.package, first.type === 'var' ? first.name : ''];
  let i = 1;
  for (; i < head.ref.length; i++) {
    const t = head.ref[i]!;
    if (t.type !== 'string') break;
    path.push(t.value);
  }
  const keys = head.ref.slice(i);
  // Rego v0: `p.q { … }` / `p["q"] { … }` without a value is a partial set holding "q".
  if (mod.v0 && !mod.imports.some(isRegoV1) && head.ref.length === 2 && !head.value && !head.contains && !head.args && !head.assign) {
    return { path: path.slice(0, mod.package.length + 1), keys: [], kind: 'set', arity: 0, contains: head.ref[1]! };
  }
  if (head.args) return { path, keys, kind: 'function', arity: head.args.length };
  if (head.contains) return { path, keys, kind: keys.length === 0 ? 'set' : 'tree', arity: 0 };
  return { path, keys, kind: keys.length === 0 ? 'complete' : 'tree', arity: 0 };
}

/** A node of the virtual document tree: packages and rule paths. */
export interface DataNode {
  children: Map<string, DataNode>;
  group?: RuleGroup;
}

export function groupRules(defs: RuleDef[], diagnostics: Diagnostic[]): { groups: RuleGroup[]; root: DataNode } {
  const byPath = new Map<string, RuleGroup>();
  const groups: RuleGroup[] = [];
  for (const d of defs) {
    const key = d.path.join('\u0000');
    let g = byPath.get(key);
    const setLeaf = d.kind === 'tree' && !!d.rule.head.contains;
    if (!g) {
      g = { path: d.path, name: `data.${d.path.join('.')}`, kind: d.kind, arity: d.arity, defs: [], setLeaf };
      byPath.set(key, g);
      groups.push(g);
    } else if (g.kind !== d.kind || g.arity !== d.arity || g.setLeaf !== setLeaf) {
      const first = g.defs[0]!;
      const at = diag(first.module, first.rule.span, 'rego_compile_error', '', '');
      diagnostics.push(
        diag(d.module, d.rule.head.span, 'rego_type_error', `conflicting rules ${g.name} found (this ${describe(d.kind, d.arity, setLeaf)} conflicts with the ${describe(g.kind, g.arity, g.setLeaf)} at ${at.file}:${at.line})`, 'give the rules different names, or make every definition the same kind'),
      );
      continue;
    }
    g.defs.push(d);
  }
  for (const g of groups) checkGroup(g, diagnostics);
  const root: DataNode = { children: new Map() };
  for (const g of groups) {
    let n = root;
    for (const p of g.path) {
      let c = n.children.get(p);
      if (!c) n.children.set(p, (c = { children: new Map() }));
      n = c;
    }
    n.group = g;
  }
  return { groups, root };
}

function describe(kind: RuleKind, arity: number, setLeaf: boolean): string {
  switch (kind) {
    case 'complete':
      return 'complete rule';
    case 'set':
      return 'partial set rule';
    case 'tree':
      return setLeaf ? 'multi-value rule with a ref head' : 'partial object rule';
    case 'function':
      return `function of arity ${arity}`;
  }
}

/**
 * A default under a ground ref with a constant non-string key (`default p[true] := 1`) is the
 * default of that one key of the object rule at `p`, as OPA gives each ground ref its default.
 */
export function groundDefault(g: RuleGroup, d: RuleDef): boolean {
  return g.kind === 'tree' && !g.setLeaf && d.keys.length > 0 && d.keys.every((k) => k.type === 'string' || k.type === 'number' || k.type === 'boolean' || k.type === 'null');
}

function checkGroup(g: RuleGroup, diagnostics: Diagnostic[]): void {
  const defaults = g.defs.filter((d) => d.rule.default);
  const seen = new Set<string>();
  for (const d of defaults) {
    const key = groundDefault(g, d) ? JSON.stringify(d.keys.map((k) => ('value' in k ? k.value : 'raw' in k ? numberKey(k.raw) : null))) : '';
    if (seen.has(key)) diagnostics.push(diag(d.module, d.rule.span, 'rego_type_error', `multiple default rules ${g.name} found`, 'keep one default definition'));
    seen.add(key);
  }
  for (const d of g.defs) {
    if (d.rule.default && g.kind !== 'complete' && g.kind !== 'function' && !groundDefault(g, d)) {
      diagnostics.push(diag(d.module, d.rule.span, 'rego_compile_error', `default rules must be complete rules: ${g.name} is a multi-value rule`, 'remove `default`, or make the rule complete (`p := value`)'));
    }
    if (d.rule.else.length > 0 && g.kind !== 'complete' && g.kind !== 'function') {
      diagnostics.push(diag(d.module, d.rule.else[0]!.span, 'rego_compile_error', `else keyword cannot be used on multi-value rules (${g.name})`, 'use several definitions instead of else'));
    }
  }
}

/** Finds the groups a data path can reach: the rule at or above it, or every rule below it. */
export function groupsUnder(root: DataNode, path: string[]): RuleGroup[] {
  let n: DataNode | undefined = root;
  for (const p of path) {
    if (n.group) return [n.group];
    n = n.children.get(p);
    if (!n) return [];
  }
  const out: RuleGroup[] = [];
  const walk = (m: DataNode): void => {
    if (m.group) out.push(m.group);
    for (const c of m.children.values()) walk(c);
  };
  walk(n);
  return out;
}

/** The static data path prefix of a resolved term rooted at `data` (up to the first non-string key). */
export function dataPrefix(t: Term): string[] | undefined {
  if (t.type === 'var') return t.name === 'data' ? [] : undefined;
  if (t.type !== 'ref' || t.head.type !== 'var' || t.head.name !== 'data') return undefined;
  const out: string[] = [];
  for (const p of t.path) {
    if (p.type !== 'string') break;
    out.push(p.value);
  }
  return out;
}

function scalarKeyAfter(t: Term, n: number): boolean {
  if (t.type !== 'ref') return false;
  const k = t.path[n];
  return !!k && (k.type === 'number' || k.type === 'boolean' || k.type === 'null');
}

function groupsAtOrAbove(root: DataNode, path: string[]): RuleGroup[] {
  let n: DataNode | undefined = root;
  for (const p of path) {
    if (n.group) return [n.group];
    n = n.children.get(p);
    if (!n) return [];
  }
  return n.group ? [n.group] : [];
}

/** Reports cycles between rule groups (OPA: rego_recursion_error), following refs and calls; returns the edges. */
export function checkRecursion(groups: RuleGroup[], root: DataNode, deps: (g: RuleGroup) => Term[], diagnostics: Diagnostic[]): Map<RuleGroup, RuleGroup[]> {
  const edges = ruleEdges(groups, root, deps);
  const state = new Map<RuleGroup, 1 | 2>();
  const stack: RuleGroup[] = [];
  const reported = new Set<RuleGroup>();
  const visit = (g: RuleGroup): void => {
    state.set(g, 1);
    stack.push(g);
    for (const h of edges.get(g) ?? []) {
      const s = state.get(h);
      if (s === 1) {
        const cycle = stack.slice(stack.indexOf(h));
        if (!reported.has(h)) {
          cycle.forEach((c) => reported.add(c));
          const d = h.defs[0]!;
          diagnostics.push(
            diag(d.module, d.rule.head.span, 'rego_recursion_error', `rule ${h.name} is recursive: ${[...cycle, h].map((c) => c.name).join(' -> ')}`, 'break the cycle: a rule must not depend on itself'),
          );
        }
      } else if (s === undefined) visit(h);
    }
    stack.pop();
    state.set(g, 2);
  };
  for (const g of groups) if (!state.has(g)) visit(g);
  return edges;
}

/** For each group reachable from `starts` (through `edges`), the first start that reaches it. */
export function reachable<S>(edges: Map<RuleGroup, RuleGroup[]>, starts: Array<[S, RuleGroup[]]>): Map<RuleGroup, S> {
  const from = new Map<RuleGroup, S>();
  for (const [s, gs] of starts) {
    const todo = gs.filter((g) => !from.has(g));
    todo.forEach((g) => from.set(g, s));
    while (todo.length > 0) {
      for (const h of edges.get(todo.pop()!) ?? []) {
        if (from.has(h)) continue;
        from.set(h, s);
        todo.push(h);
      }
    }
  }
  return from;
}

/** The groups each group's rules refer to (data refs and function calls). */
function ruleEdges(groups: RuleGroup[], root: DataNode, deps: (g: RuleGroup) => Term[]): Map<RuleGroup, RuleGroup[]> {
  const edges = new Map<RuleGroup, RuleGroup[]>();
  for (const g of groups) {
    const out = new Set<RuleGroup>();
    for (const t of deps(g)) {
      const p = dataPrefix(t);
      if (!p) continue;
      // A constant non-string key (data.pkg[2]) names no rule below it: rule paths are strings,
      // so only a rule at or above the prefix can be reached (OPA's rule tree has no such child).
      const reached = scalarKeyAfter(t, p.length) ? groupsAtOrAbove(root, p) : groupsUnder(root, p);
      for (const h of reached) out.add(h);
    }
    edges.set(g, [...out]);
  }
  return edges;
}
