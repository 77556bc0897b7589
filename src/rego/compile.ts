// The compiler pipeline entry: parsed modules → checked, resolved rules → an IR Plan.
//   resolve names (check/resolve) → group rules, conflicts (check/rules) → safety and reordering
//   (check/safety) → recursion (check/rules) → plan (plan/planner, plan/rules).
// Every problem found is collected and thrown at once as one PalisadeError. It does no I/O and
// does not encode or link the plan (plan/encode.ts and runtime/link.ts do).

import type { Body, Module, Term } from './ast.js';
import type { Entrypoint, Plan } from './ir.js';
import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { isWildcard, ModuleResolver, noteValueType, type ResolveContext, type RuleDef, type RuleGroup } from './check/resolve.js';
import { checkRecursion, classify, dataPrefix, groupRules, groupsUnder, reachable, type DataNode } from './check/rules.js';
import { Safety, exprAllTerms } from './check/safety.js';
import { hoistNegated, hoistNegatedInRule } from './check/dynamics.js';
import { desugarLogical } from './check/logical.js';
import { MetadataIndex } from './check/metadata.js';
import { Frame } from './plan/pool.js';
import { Planner } from './plan/planner.js';
import { planGroup } from './plan/rules.js';
import { childTerms } from './terms.js';

export interface CompileOptions {
  /** `data.pkg.rule` or `pkg/rule`. */
  entrypoints: string[];
  /** Builtin errors abort evaluation instead of making the expression undefined. */
  strict?: boolean;
}

export interface QueryOptions {
  strict?: boolean;
  /** Source text of the query and a name for it, for diagnostics. */
  source?: string;
  file?: string;
  /** The entrypoint's name in the plan (default `query`). */
  name?: string;
}

interface Checked {
  defs: RuleDef[];
  root: DataNode;
  planner: Planner;
  diagnostics: Diagnostic[];
  ctx: ResolveContext;
  funcArity: (path: string) => number | undefined;
  /** Which rule groups each group refers to. */
  edges: Map<RuleGroup, RuleGroup[]>;
}

function check(modules: Module[]): Checked {
  const diagnostics: Diagnostic[] = [];
  const ctx: ResolveContext = { rulesByPackage: new Map(), funcs: new Map(), rulePaths: new Set(), valueTypes: new Map(), diagnostics, metadata: new MetadataIndex(modules) };
  for (const m of modules) {
    const key = m.package.join('.');
    if (!ctx.rulesByPackage.has(key)) ctx.rulesByPackage.set(key, new Set());
    for (const r of m.rules) {
      const first = r.head.ref[0];
      if (first?.type === 'var') ctx.rulesByPackage.get(key)!.add(first.name);
      const c = classify(m, r);
      ctx.rulePaths.add(c.path.join('.'));
      if (c.kind === 'function') ctx.funcs.set(c.path.join('.'), c.arity);
      if (c.kind === 'complete') noteValueType(ctx.valueTypes!, c.path.join('.'), r);
    }
  }
  const defs: RuleDef[] = [];
  for (const m of modules) {
    const resolver = new ModuleResolver(m, ctx);
    for (const r of m.rules) {
      const rule = resolver.resolveRule(r);
      const { contains, ...c } = classify(m, rule);
      defs.push({ module: m, rule: contains ? { ...rule, head: { ...rule.head, contains } } : rule, ...c, unsupported: resolver.unsupported });
    }
  }
  if (ctx.rootOverride) throw new PalisadeError(diagnostics);
  const register = (path: string[], arity: number): void => void ctx.funcs.set(path.join('.'), arity);
  for (const d of [...defs]) defs.push(...desugarLogical(d, register));
  mergeUnderTrees(defs);
  const funcArity = (path: string): number | undefined => ctx.funcs.get(path);
  for (const d of defs) {
    const safety = new Safety({ mod: d.module, diagnostics, funcArity });
    const checked = safety.checkRule(d.rule);
    // `import future.keywords.not`: a negated expression is evaluated whole, as the planner does.
    d.rule = d.module.futureNot ? checked : hoistNegatedInRule(checked);
  }
  const { groups, root } = groupRules(defs, diagnostics);
  // A package exists (as {}) even when it defines no rule that is defined.
  for (const m of modules) {
    let n = root;
    for (const p of m.package) {
      if (n.group) break;
      let c = n.children.get(p);
      if (!c) n.children.set(p, (c = { children: new Map() }));
      n = c;
    }
  }
  const edges = checkRecursion(groups, root, (g) => g.defs.flatMap((d) => ruleTerms(d)), diagnostics);
  const planner = new Planner({ root, planGroup });
  return { defs, root, planner, diagnostics, ctx, funcArity, edges };
}

/**
 * Calls of builtins Palisade lacks are errors only in rules an entrypoint (or the query) reaches,
 * so a library module with an `http.send` nobody calls still compiles; the error names the way in.
 */
function reportUnsupported(c: Checked, starts: Array<[string, RuleGroup[]]>): void {
  const from = reachable(c.edges, starts);
  for (const [g, via] of from) {
    for (const d of g.defs) {
      for (const u of d.unsupported ?? []) c.diagnostics.push({ ...u, message: `${u.message} (reached from ${via})` });
    }
  }
}

/** The groups a query or entrypoint refers to directly. */
function startGroups(c: Checked, terms: Term[]): RuleGroup[] {
  const out = new Set<RuleGroup>();
  for (const t of flattenRefs(terms)) {
    const p = dataPrefix(t);
    if (p) for (const g of groupsUnder(c.root, p)) out.add(g);
  }
  return [...out];
}

/**
 * `c[x] := 1` next to `c["k"] := 2`: the ground one is a key of the same object, not a separate
 * rule at c.k, so it joins the object rule at the nearest ancestor path.
 */
function mergeUnderTrees(defs: RuleDef[]): void {
  const trees = new Set(defs.filter((d) => d.kind === 'tree').map((d) => d.path.join('\u0000')));
  if (trees.size === 0) return;
  for (const d of defs) {
    if (d.kind !== 'complete') continue;
    for (let n = d.path.length - 1; n > d.module.package.length; n--) {
      if (!trees.has(d.path.slice(0, n).join('\u0000'))) continue;
      const span = d.rule.head.span;
      const keys: Term[] = d.path.slice(n).map((v) => ({ type: 'string', value: v, span }));
      d.keys = [...keys, ...d.keys];
      d.path = d.path.slice(0, n);
      d.kind = 'tree';
      break;
    }
  }
}

function ruleTerms(d: RuleDef): Term[] {
  const h = d.rule.head;
  const out: Term[] = [...h.ref.slice(1), ...(h.args ?? []), ...(h.value ? [h.value] : []), ...(h.contains ? [h.contains] : [])];
  const body = (b: Body): void => b.forEach((e) => out.push(...exprAllTerms(e), ...e.with.flatMap((w) => [w.target, w.value])));
  body(d.rule.body);
  for (const e of d.rule.else) {
    if (e.value) out.push(e.value);
    body(e.body);
  }
  return flattenRefs(out);
}

/** Every data ref or user-function call inside the terms, closures included. */
function flattenRefs(terms: Term[]): Term[] {
  const out: Term[] = [];
  const visit = (t: Term): void => {
    switch (t.type) {
      case 'ref':
        out.push(t);
        if (t.head.type !== 'var') visit(t.head);
        t.path.forEach(visit);
        return;
      case 'var':
        if (t.name === 'data') out.push(t);
        return;
      case 'call':
        out.push(t.fn);
        t.args.forEach(visit);
        return;
      case 'arraycompr':
      case 'setcompr':
        visit(t.term);
        t.body.forEach((e) => exprAllTerms(e).forEach(visit));
        return;
      case 'objectcompr':
        visit(t.key);
        visit(t.value);
        t.body.forEach((e) => exprAllTerms(e).forEach(visit));
        return;
      default:
        childTerms(t).forEach(visit);
    }
  };
  terms.forEach(visit);
  return out;
}

/** `data.a.b` / `a/b` → ["a", "b"]. */
export function entrypointPath(ep: string): string[] {
  const s = ep.startsWith('data.') ? ep.slice(5).split('.') : ep === 'data' ? [] : ep.split('/');
  return s.filter((x) => x.length > 0);
}

function finish(c: Checked, entrypoints: Entrypoint[], strict: boolean): Plan {
  c.planner.drain();
  return { constants: c.planner.pool.constants, builtins: c.planner.pool.builtins, funcs: c.planner.funcs, entrypoints, strict };
}

export function compileModules(modules: Module[], opts: CompileOptions): Plan {
  const c = check(modules);
  const entrypoints: Entrypoint[] = [];
  for (const ep of opts.entrypoints) {
    const path = entrypointPath(ep);
    let node: DataNode | undefined = c.root;
    for (const p of path) {
      if (!node || node.group) break;
      node = node.children.get(p);
    }
    if (!node) {
      c.diagnostics.push({ file: ep, line: 0, col: 0, code: 'rego_compile_error', message: `entrypoint ${ep} does not refer to a rule or package`, fix: 'pass an entrypoint such as pkg/rule for a rule that exists' });
    }
  }
  reportUnsupported(c, opts.entrypoints.map((ep) => [`entrypoint ${entrypointPath(ep).join('/')}`, groupsUnder(c.root, entrypointPath(ep))]));
  if (c.diagnostics.length > 0) throw new PalisadeError(c.diagnostics);
  const p = c.planner;
  for (const ep of opts.entrypoints) {
    const path = entrypointPath(ep);
    const f = (p.f = new Frame(0));
    p.planData(path.map((s) => ({ type: 'string', value: s, span: { start: 0, end: 0 } })), (v) => f.emit({ op: 'ResultAdd', value: v }));
    entrypoints.push({ name: path.join('/'), locals: f.locals, body: f.cur });
  }
  return finish(c, entrypoints, opts.strict ?? false);
}

/**
 * A plan whose one entrypoint adds a result per solution of `query`: the bindings object of its
 * named variables when it has any, else the value of its single expression, else the array of
 * its expressions' values.
 */
export function compileQuery(modules: Module[], query: Body, opts: QueryOptions = {}): Plan {
  const c = check(modules);
  const qmod: Module = { file: opts.file ?? 'query', source: opts.source ?? '', package: [], packageSpan: { start: 0, end: 0 }, imports: [], rules: [], annotations: [], v0: false };
  const resolver = new ModuleResolver(qmod, c.ctx);
  let body = resolver.resolveQuery(query);
  body = hoistNegated(new Safety({ mod: qmod, diagnostics: c.diagnostics, funcArity: c.funcArity }).checkQuery(body));
  reportUnsupported(c, [['the query', startGroups(c, body.flatMap((e) => [...exprAllTerms(e), ...e.with.flatMap((w) => [w.target, w.value])]))]]);
  if (c.diagnostics.length > 0) throw new PalisadeError(c.diagnostics);
  const names = [...resolver.topLocals.entries()].filter(([n]) => !isWildcard(n) && !n.includes('$')).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const p = c.planner;
  const f = (p.f = new Frame(0));
  const values: Array<{ local: number } | { const: number }> = [];
  const only = body.length === 1 ? body[0]! : undefined;
  if (only && only.type === 'term' && !only.negated && only.with.length === 0 && names.length === 0) {
    // A lone term query yields its value, even `false` (as `opa eval 'data.p'` does).
    p.planTerm(only.term, (v) => f.emit({ op: 'ResultAdd', value: v }));
    return finish(c, [{ name: opts.name ?? 'query', locals: f.locals, body: f.cur }], opts.strict ?? false);
  }
  p.planBody(
    body,
    () => {
      if (names.length > 0) {
        const o = f.local();
        f.emit({ op: 'MakeObject', dst: o });
        for (const [name, local] of names) {
          const v = f.vars.get(local);
          if (v) f.emit({ op: 'ObjectInsert', object: o, key: p.pool.op({ t: 'string', v: name }), value: v });
        }
        f.emit({ op: 'ResultAdd', value: { local: o } });
      } else if (body.length === 1) {
        f.emit({ op: 'ResultAdd', value: values[0]! });
      } else {
        const a = f.local();
        f.emit({ op: 'MakeArray', dst: a });
        // Values in the written order, although the body may have been reordered.
        for (const e of query) {
          const i = body.findIndex((b) => b.span.start === e.span.start && b.span.end === e.span.end);
          f.emit({ op: 'ArrayAppend', array: a, value: values[i]! });
        }
        f.emit({ op: 'ResultAdd', value: { local: a } });
      }
    },
    values,
  );
  return finish(c, [{ name: opts.name ?? 'query', locals: f.locals, body: f.cur }], opts.strict ?? false);
}

