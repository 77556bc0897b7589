// Plans one rule group (all definitions of a rule path) as the body of one IR function:
// complete rules (else chains, default, conflicts via AssignOnce, early exit for constant values),
// partial sets, object trees (partial objects and general ref heads), functions (argument patterns
// unified with parameters), and rule indexing: definitions that start with `input.<path> == "c"`
// are grouped under one Switch so only the matching ones run.
// It must not resolve names or check safety (../check/ did); body planning lives in ./planner.ts.

import type { Term } from '../ast.js';
import type { Block, Operand, Stmt } from '../ir.js';
import { lineIndexFor } from '../source.js';
import { refParts, type RuleDef, type RuleGroup } from '../check/resolve.js';
import type { Frame } from './pool.js';
import { constantOf, type Planner } from './planner.js';

/** Below this many indexable definitions a Switch costs more than it saves. */
const INDEX_MIN_DEFS = 3;

export function planGroup(p: Planner, g: RuleGroup, f: Frame, r: number): void {
  if (g.kind === 'set') f.emit({ op: 'MakeSet', dst: r });
  if (g.kind === 'tree') f.emit({ op: 'MakeObject', dst: r });
  const defs = g.defs.filter((d) => !d.rule.default);
  const dflt = g.defs.find((d) => d.rule.default);
  const index = g.kind === 'function' ? undefined : findIndex(defs);
  if (!index) {
    for (const d of defs) planDef(p, g, d, f, r, false);
  } else {
    const v = f.local();
    f.emit({ op: 'Reset', dst: v });
    const lookup: Block = [];
    f.emit({ op: 'Blocks', blocks: [lookup] });
    f.nest(lookup, () => {
      const i = f.local();
      f.emit({ op: 'LoadInput', dst: i });
      let cur: Operand = { local: i };
      for (const key of index.path) {
        const dst = f.local();
        f.emit({ op: 'Dot', src: cur, key: p.pool.op({ t: 'string', v: key }), dst });
        cur = { local: dst };
      }
      f.emit({ op: 'Assign', src: cur, dst: v });
    });
    const cases: Array<{ value: number; block: Block }> = [];
    const always: Block = [];
    const sw: Stmt = { op: 'Switch', src: { local: v }, cases, always };
    f.emit(sw);
    for (const [key, ds] of index.cases) {
      const block: Block = [];
      cases.push({ value: p.pool.constant(JSON.parse(key)), block });
      f.nest(block, () => ds.forEach((d) => planDef(p, g, d, f, r, true)));
    }
    f.nest(always, () => index.rest.forEach((d) => planDef(p, g, d, f, r, false)));
  }
  if (g.kind === 'tree') {
    for (const d of g.defs.filter((x) => x.rule.default)) planGroundDefault(p, g, d, f, r);
    return;
  }
  if (dflt) {
    const block: Block = [{ op: 'IsUndefined', local: r }];
    f.emit({ op: 'Blocks', blocks: [block] });
    f.nest(block, () => p.planTerm(dflt.rule.head.value ?? { type: 'boolean', value: true, span: dflt.rule.head.span }, (v) => f.emit({ op: 'Assign', src: v, dst: r })));
  }
}

/** `default p[k1][k2] := v`: inserts v at that path of the object unless a rule defined it. */
function planGroundDefault(p: Planner, g: RuleGroup, d: RuleDef, f: Frame, r: number): void {
  const found = f.local();
  f.emit({ op: 'Reset', dst: found });
  const probe: Block = [];
  f.emit({ op: 'Blocks', blocks: [probe] });
  f.nest(probe, () => p.walkPath({ local: r }, d.keys, 0, () => f.emit({ op: 'Assign', src: p.pool.op({ t: 'boolean', v: true }), dst: found })));
  const insert: Block = [{ op: 'IsUndefined', local: found }];
  f.emit({ op: 'Blocks', blocks: [insert] });
  f.nest(insert, () =>
    p.planTerms(d.keys, (keys) =>
      p.planTerm(d.rule.head.value!, (v) => f.emit({ op: 'ObjectInsertPath', object: r, path: keys, value: v, set: false, message: p.pool.str(`eval_conflict_error: object keys must be unique (${g.name})`) })),
    ),
  );
}

function conflictMessage(p: Planner, g: RuleGroup, d: RuleDef): number {
  const { line, col } = lineIndexFor(d.module).lineCol(d.rule.head.span.start);
  const what = g.kind === 'function' ? 'functions must not produce multiple outputs for same inputs' : 'complete rules must not produce multiple outputs';
  return p.pool.str(`eval_conflict_error: ${what} (${g.name} at ${d.module.file}:${line}:${col})`);
}

/** One definition (with its else chain) in its own block, so its failure does not stop the others. */
function planDef(p: Planner, g: RuleGroup, d: RuleDef, f: Frame, r: number, skipFirst: boolean): void {
  const rule = d.rule;
  const body = skipFirst ? rule.body.slice(1) : rule.body;
  const outer: Block = [];
  f.emit({ op: 'Blocks', blocks: [outer] });
  f.nest(outer, () => {
    const target = f.depth;
    const bindArgs = (k: () => void): void => {
      const args = rule.head.args ?? [];
      const step = (i: number): void => (i >= args.length ? k() : p.match(args[i]!, { local: i }, () => step(i + 1)));
      step(0);
    };
    // A head made of constants gets nothing new from further solutions: stop after the first.
    const done = (): void => {
      const head = [...d.keys, ...(rule.head.contains ? [rule.head.contains] : []), ...(rule.head.value ? [rule.head.value] : [])];
      if (rule.else.length === 0 && head.every((t) => constantOf(t) !== undefined)) f.emit(f.breakTo(target));
    };
    if (g.kind === 'set') {
      return bindArgs(() => p.planBody(body, () => p.planTerm(rule.head.contains!, (v) => (f.emit({ op: 'SetAdd', set: r, value: v }), done()))));
    }
    if (g.kind === 'tree') {
      const leaf = rule.head.contains ?? rule.head.value ?? trueTerm(rule.head.span);
      return p.planBody(body, () =>
        p.planTerms(d.keys, (keys) =>
          p.planTerm(leaf, (v) => {
            if (keys.length === 1 && !g.setLeaf) {
              f.emit({ op: 'ObjectInsertOnce', object: r, key: keys[0]!, value: v, message: p.pool.str(`eval_conflict_error: object keys must be unique (${g.name})`) });
            } else {
              f.emit({ op: 'ObjectInsertPath', object: r, path: keys, value: v, set: g.setLeaf, message: p.pool.str(`eval_conflict_error: object keys must be unique (${g.name})`) });
            }
            done();
          }),
        ),
      );
    }
    const msg = conflictMessage(p, g, d);
    const value = rule.head.value ?? trueTerm(rule.head.span);
    if (rule.else.length === 0) {
      return bindArgs(() =>
        p.planBody(body, () =>
          p.planTerm(value, (v) => {
            f.emit({ op: 'AssignOnce', src: v, dst: r, message: msg });
            done();
          }),
        ),
      );
    }
    // else chain: the first branch with a solution gives this definition's value.
    const tmp = f.local();
    f.emit({ op: 'Reset', dst: tmp });
    const branches: Block[] = [];
    f.emit({ op: 'Blocks', blocks: branches });
    const arms = [{ body, value }, ...rule.else.map((e) => ({ body: e.body, value: e.value ?? trueTerm(e.span) }))];
    arms.forEach((arm, i) => {
      const block: Block = [];
      branches.push(block);
      f.nest(block, () => {
        const armEnd = f.depth;
        if (i > 0) f.emit({ op: 'IsUndefined', local: tmp });
        bindArgs(() =>
          p.planBody(arm.body, () =>
            p.planTerm(arm.value, (v) => {
              f.emit({ op: 'AssignOnce', src: v, dst: tmp, message: msg });
              // A constant value cannot conflict with itself: further solutions add nothing.
              if (constantOf(arm.value) !== undefined) f.emit(f.breakTo(armEnd));
            }),
          ),
        );
      });
    });
    f.emit({ op: 'IsDefined', local: tmp });
    f.emit({ op: 'AssignOnce', src: { local: tmp }, dst: r, message: msg });
  });
}

function trueTerm(span: { start: number; end: number }): Term {
  return { type: 'boolean', value: true, span };
}

interface Index {
  path: string[];
  /** JSON of the constant → definitions guarded by `input.<path> == constant`. */
  cases: Map<string, RuleDef[]>;
  rest: RuleDef[];
}

/** The input path most definitions start comparing with a constant, if worth a Switch. */
function findIndex(defs: RuleDef[]): Index | undefined {
  const keyed = new Map<string, Array<{ d: RuleDef; c: string }>>();
  for (const d of defs) {
    if (d.rule.else.length > 0) continue;
    const g = guard(d);
    if (!g) continue;
    const k = g.path.join('\u0000');
    if (!keyed.has(k)) keyed.set(k, []);
    keyed.get(k)!.push({ d, c: g.constant });
  }
  let best: string | undefined;
  for (const [k, v] of keyed) if (!best || v.length > keyed.get(best)!.length) best = k;
  if (best === undefined || keyed.get(best)!.length < INDEX_MIN_DEFS) return undefined;
  const chosen = keyed.get(best)!;
  const cases = new Map<string, RuleDef[]>();
  for (const { d, c } of chosen) {
    if (!cases.has(c)) cases.set(c, []);
    cases.get(c)!.push(d);
  }
  const inIndex = new Set(chosen.map((x) => x.d));
  return { path: best.split('\u0000'), cases, rest: defs.filter((d) => !inIndex.has(d)) };
}

/** `input.a.b == "c"` / `input.a.b = "c"` (either side) as the first expression of a body. */
function guard(d: RuleDef): { path: string[]; constant: string } | undefined {
  const e = d.rule.body[0];
  if (!e || e.negated || e.with.length > 0) return undefined;
  let a: Term;
  let b: Term;
  if (e.type === 'unify') [a, b] = [e.left, e.right];
  else if (e.type === 'term' && e.term.type === 'call' && e.term.fn.type === 'var' && e.term.fn.name === 'equal' && e.term.args.length === 2) {
    [a, b] = [e.term.args[0]!, e.term.args[1]!];
  } else return undefined;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const parts = refParts(x);
    const c = constantOf(y);
    if (parts && parts[0] === 'input' && parts.length > 1 && c && (c.t === 'string' || c.t === 'boolean')) {
      return { path: parts.slice(1), constant: JSON.stringify(c) };
    }
  }
  return undefined;
}
