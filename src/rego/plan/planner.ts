// The planner: resolved, safety-ordered Rego (see ../check/) → the IR of ../ir.ts, with OPA's
// semantics. Everything is planned in continuation style: planning a term or an expression takes
// a continuation that plans "the rest of the body" at the point where a value is available, so
// iteration (Scan) nests the rest of the body inside it and every solution reaches the innermost
// statements exactly once. Rule groups become IR functions (./rules.ts); this file owns bodies,
// expressions, terms, unification, negation, `every`, comprehensions, `with` and data references.
// It must not report user errors: the checks ran before; anything unexpected is an InternalError.

import type { Body, Expr, Term } from '../ast.js';
import type { Block, Constant, Func, Operand, Stmt } from '../ir.js';
import { builtin } from '../builtins.js';
import { InternalError } from '../../diagnostics.js';
import { refParts, type RuleGroup } from '../check/resolve.js';
import type { DataNode } from '../check/rules.js';
import { Frame, Pool } from './pool.js';
import { childTerms } from '../terms.js';

type K = () => void;
type KV = (op: Operand) => void;

export interface PlannerOptions {
  root: DataNode;
  /** Plans one group's function body into the frame (./rules.ts). */
  planGroup: (p: Planner, g: RuleGroup, f: Frame, result: number) => void;
}

const TRUE: Constant = { t: 'boolean', v: true };

/** Builtin mocks active while planning a `with … as` expression: name → value or function. */
/**
 * `slot`: a value mock. The value is computed where the `with` is and handed to the mocked calls
 * at run time, as the value of a function of no arguments (the slot) that the `with` overrides
 * with WithFuncValue; so a value read from the caller's variables also reaches called rules.
 */
type BuiltinMock = { slot: number } | { func: Term };

export class Planner {
  readonly pool = new Pool();
  readonly funcs: Func[] = [];
  f!: Frame;
  private readonly groupFuncs = new Map<string, number>();
  private readonly nodeFuncs = new Map<DataNode, number>();
  private readonly queue: Array<() => void> = [];
  /** Builtin mocks in effect (from `with`); group functions are re-planned per mock set. */
  private mocks = new Map<string, BuiltinMock>();
  private mockKey = '';

  constructor(readonly opts: PlannerOptions) {}

  // ---------------------------------------------------------------- functions and the data tree

  /** Runs queued function plans until none remain (functions are planned once, on first use). */
  drain(): void {
    while (this.queue.length > 0) this.queue.shift()!();
  }

  groupFunc(g: RuleGroup): number {
    const key = `${g.name}\u0000${this.mockKey}`;
    let idx = this.groupFuncs.get(key);
    if (idx !== undefined) return idx;
    idx = this.funcs.length;
    const params = g.kind === 'function' ? g.arity : 0;
    const fn: Func = { name: g.name, params, locals: 0, result: 0, memo: g.kind !== 'function', body: [] };
    this.funcs.push(fn);
    this.groupFuncs.set(key, idx);
    const mocks = this.mocks;
    const mockKey = this.mockKey;
    this.queue.push(() => {
      const saved = { f: this.f, mocks: this.mocks, mockKey: this.mockKey };
      this.mocks = mocks;
      this.mockKey = mockKey;
      const frame = new Frame(params);
      fn.result = frame.local();
      this.f = frame;
      this.opts.planGroup(this, g, frame, fn.result);
      fn.body = frame.cur;
      fn.locals = frame.locals;
      Object.assign(this, saved);
    });
    return idx;
  }

  /** A memoised function building the object of every rule below a data node, merged over base data. */
  private nodeFunc(node: DataNode, path: string[]): number {
    const cached = this.mockKey === '' ? this.nodeFuncs.get(node) : undefined;
    if (cached !== undefined) return cached;
    const idx = this.funcs.length;
    const fn: Func = { name: `data${path.map((p) => `.${p}`).join('')}`, params: 0, locals: 0, result: 0, memo: true, body: [] };
    this.funcs.push(fn);
    if (this.mockKey === '') this.nodeFuncs.set(node, idx);
    const mocks = this.mocks;
    const mockKey = this.mockKey;
    this.queue.push(() => {
      const saved = { f: this.f, mocks: this.mocks, mockKey: this.mockKey };
      this.mocks = mocks;
      this.mockKey = mockKey;
      const f = (this.f = new Frame(0));
      const r = (fn.result = f.local());
      const obj = f.local();
      f.emit({ op: 'MakeObject', dst: obj });
      for (const [key, child] of node.children) {
        if (child.group && child.group.kind === 'function') continue;
        const v = f.local();
        const k = this.pool.op({ t: 'string', v: key });
        const call: Stmt = child.group
          ? { op: 'CallFunc', func: this.groupFunc(child.group), args: [], dst: v }
          : { op: 'CallFunc', func: this.nodeFunc(child, [...path, key]), args: [], dst: v };
        f.emit({ op: 'Blocks', blocks: [[call, { op: 'ObjectInsert', object: obj, key: k, value: { local: v } }]] });
      }
      f.emit({ op: 'Assign', src: { local: obj }, dst: r });
      // Base data under the same path is merged underneath the rules' values.
      const base = f.local();
      const merged = f.local();
      const stmts: Stmt[] = [{ op: 'LoadData', dst: base }];
      for (const p of path) stmts.push({ op: 'Dot', src: { local: base }, key: this.pool.op({ t: 'string', v: p }), dst: base });
      stmts.push({ op: 'IsObject', a: { local: base } });
      stmts.push({ op: 'Call', builtin: this.pool.builtin('object.union'), args: [{ local: base }, { local: obj }], dst: merged });
      stmts.push({ op: 'Assign', src: { local: merged }, dst: r });
      f.emit({ op: 'Blocks', blocks: [stmts] });
      fn.body = f.cur;
      fn.locals = f.locals;
      Object.assign(this, saved);
    });
    return idx;
  }

  /** `data` followed by `path`: rules are called, packages materialised, base data looked up. */
  planData(path: Term[], k: KV): void {
    let node: DataNode = this.opts.root;
    const f = this.f;
    for (let i = 0; i < path.length; i++) {
      if (node.group) return this.callGroupThen(node.group, path, i, k);
      const p = path[i]!;
      if (p.type === 'string') {
        const child = node.children.get(p.value);
        if (!child) {
          const d = f.local();
          f.emit({ op: 'LoadData', dst: d });
          return this.walkPath({ local: d }, path, 0, k);
        }
        node = child;
        continue;
      }
      if (p.type === 'number' || p.type === 'boolean' || p.type === 'null') {
        // Rule paths are strings, so a constant non-string key can only be base data (and building
        // the package object here would call the very rule that may be asking).
        const d = f.local();
        f.emit({ op: 'LoadData', dst: d });
        return this.walkPath({ local: d }, path, 0, k);
      }
      const v = f.local();
      f.emit({ op: 'CallFunc', func: this.nodeFunc(node, stringsOf(path.slice(0, i))), args: [], dst: v });
      return this.walkPath({ local: v }, path, i, k);
    }
    if (node.group) return this.callGroupThen(node.group, path, path.length, k);
    const v = f.local();
    f.emit({ op: 'CallFunc', func: this.nodeFunc(node, stringsOf(path)), args: [], dst: v });
    k({ local: v });
  }

  private callGroupThen(g: RuleGroup, path: Term[], i: number, k: KV): void {
    // A function without parameters (`f() := 1`) is also readable as a value, as in OPA.
    if (g.kind === 'function' && g.arity > 0) throw new InternalError(`planner: function ${g.name} used as a value`);
    const v = this.f.local();
    this.f.emit({ op: 'CallFunc', func: this.groupFunc(g), args: [], dst: v });
    this.walkPath({ local: v }, path, i, k);
  }

  /** Looks up path[i..] below a value: ground keys are Dots, unbound ones iterate with Scan. */
  walkPath(src: Operand, path: Term[], i: number, k: KV): void {
    if (i >= path.length) return k(src);
    const p = path[i]!;
    const f = this.f;
    if (this.hasFree(p)) {
      const key = f.local();
      const val = f.local();
      const block: Block = [];
      f.emit({ op: 'Scan', src, key, value: val, block });
      f.nest(block, () => this.match(p, { local: key }, () => this.walkPath({ local: val }, path, i + 1, k)));
      return;
    }
    this.planTerm(p, (kop) => {
      const dst = f.local();
      f.emit({ op: 'Dot', src, key: kop, dst });
      this.walkPath({ local: dst }, path, i + 1, k);
    });
  }

  // ---------------------------------------------------------------- bodies and expressions

  planBody(body: Body, k: K, values?: Operand[]): void {
    const step = (i: number): void => {
      if (i >= body.length) return k();
      this.planExpr(body[i]!, (v) => {
        if (values) values[i] = v;
        step(i + 1);
      });
    };
    step(0);
  }

  /** Plans one expression; the continuation receives the expression's value (OPA query results). */
  planExpr(e: Expr, k: KV): void {
    if (e.with.length > 0) return this.planWith(e, k);
    if (e.negated) return this.planNot((k2) => this.planPositive(e, () => k2()), () => k(this.pool.op(TRUE)));
    this.planPositive(e, k);
  }

  private planPositive(e: Expr, k: KV): void {
    const T = this.pool.op(TRUE);
    const f = this.f;
    switch (e.type) {
      case 'term': {
        const t = e.term;
        if (t.type === 'call' && t.fn.type === 'var' && (t.fn.name === 'equal' || t.fn.name === 'neq') && t.args.length === 2) {
          const op = t.fn.name === 'equal' ? 'Equal' : 'NotEqual';
          return this.planTerm(t.args[0]!, (a) => this.planTerm(t.args[1]!, (b) => (f.emit({ op, a, b }), k(T))));
        }
        return this.planTerm(t, (v) => {
          f.emit({ op: 'NotFalse', a: v });
          k(v);
        });
      }
      case 'unify':
      case 'assign':
        return this.unify(e.left, e.right, () => k(T));
      case 'some':
        return k(T);
      case 'somein':
        return this.planTerm(e.collection, (c) => {
          const key = e.key ? f.local() : -1;
          const val = f.local();
          const block: Block = [];
          f.emit({ op: 'Scan', src: c, key, value: val, block });
          f.nest(block, () => {
            const rest = (): void => this.match(e.value, { local: val }, () => k(T));
            if (e.key) this.match(e.key, { local: key }, rest);
            else rest();
          });
        });
      case 'every':
        return this.planTerm(e.domain, (d) => {
          // The domain must be a collection: `every x in 1 { … }` is undefined, not vacuously true.
          const isColl = f.local();
          f.emit({ op: 'Reset', dst: isColl });
          f.emit({
            op: 'Blocks',
            blocks: (['IsArray', 'IsObject', 'IsSet'] as const).map((op) => [{ op, a: d }, { op: 'Assign', src: T, dst: isColl }] as Block),
          });
          f.emit({ op: 'IsDefined', local: isColl });
          // every = no element for which the body has no solution.
          this.planNot(
            (found) => {
              const key = e.key ? f.local() : -1;
              const val = f.local();
              const block: Block = [];
              f.emit({ op: 'Scan', src: d, key, value: val, block });
              f.nest(block, () => {
                const rest = (): void =>
                  this.match(e.value, { local: val }, () => this.planNot((k3) => this.planBody(e.body, k3), found));
                if (e.key) this.match(e.key, { local: key }, rest);
                else rest();
              });
            },
            () => k(T),
          );
        });
    }
  }

  /**
   * Negation with a flag local: `inner` gets a continuation reached once per solution; the first
   * one sets the flag and breaks out, and `k` runs only when the flag stayed unset.
   */
  planNot(inner: (found: K) => void, k: K): void {
    const f = this.f;
    const flag = f.local();
    f.emit({ op: 'Reset', dst: flag });
    const block: Block = [];
    f.emit({ op: 'Blocks', blocks: [block] });
    f.nest(block, () => {
      const target = f.depth;
      inner(() => {
        f.emit({ op: 'Assign', src: this.pool.op(TRUE), dst: flag });
        f.emit(f.breakTo(target));
      });
    });
    f.emit({ op: 'IsUndefined', local: flag });
    k();
  }

  /**
   * `expr with t as v`: the expression's solutions are collected inside the With blocks and the
   * rest of the body continues outside them, so the override does not reach it.
   */
  private planWith(e: Expr, k: KV): void {
    const f = this.f;
    const bare: Expr = { ...e, with: [] };
    const before = new Set(f.vars.keys());
    const outs = [...new Set(exprFreeVars(bare, (n) => !before.has(n)))];
    const values = e.with.map(() => f.local());
    // With values are evaluated outside the override (in order), then the blocks nest.
    const evalValues = (i: number, done: K): void => {
      if (i >= e.with.length) return done();
      const w = e.with[i]!;
      if (w.fn) return evalValues(i + 1, done);
      this.planTerm(w.value, (v) => {
        f.emit({ op: 'Assign', src: v, dst: values[i]! });
        evalValues(i + 1, done);
      });
    };
    evalValues(0, () => {
      const acc = f.local();
      f.emit({ op: 'MakeArray', dst: acc });
      const savedMocks = this.mocks;
      const savedKey = this.mockKey;
      const wrap = (i: number): void => {
        if (i >= e.with.length) {
          this.planExpr(bare, (v) => {
            const tuple = f.local();
            f.emit({ op: 'MakeArray', dst: tuple });
            f.emit({ op: 'ArrayAppend', array: tuple, value: v });
            for (const o of outs) f.emit({ op: 'ArrayAppend', array: tuple, value: f.vars.get(o)! });
            f.emit({ op: 'ArrayAppend', array: acc, value: { local: tuple } });
          });
          return;
        }
        const stmt = this.withStmt(e.with[i]!, { local: values[i]! });
        if (!stmt) return wrap(i + 1);
        f.emit(stmt);
        f.nest(stmt.block, () => wrap(i + 1));
      };
      const block: Block = [];
      f.emit({ op: 'Blocks', blocks: [block] });
      f.nest(block, () => wrap(0));
      this.mocks = savedMocks;
      this.mockKey = savedKey;
      const el = f.local();
      const scan: Block = [];
      f.emit({ op: 'Scan', src: { local: acc }, key: -1, value: el, block: scan });
      f.nest(scan, () => {
        const v = f.local();
        f.emit({ op: 'Dot', src: { local: el }, key: this.num(0), dst: v });
        outs.forEach((o, j) => {
          const d = f.local();
          f.emit({ op: 'Dot', src: { local: el }, key: this.num(j + 1), dst: d });
          f.vars.set(o, { local: d });
        });
        k({ local: v });
      });
    });
  }

  /** The With* statement for one modifier, or undefined when it is a builtin mock (planner-side). */
  private withStmt(w: { target: Term; value: Term; fn?: boolean }, v: Operand): Extract<Stmt, { block: Block }> | undefined {
    const { target, value } = w;
    const parts = refParts(target);
    if (!parts) throw new InternalError('planner: invalid with target');
    if (parts[0] === 'input') return { op: 'WithInput', path: parts.slice(1).map((p) => this.pool.str(p)), value: v, block: [] };
    if (parts[0] === 'data') {
      const g = this.groupAt(parts.slice(1));
      if (g && g.path.length === parts.length - 1) {
        if (g.kind === 'function' && w.fn) {
          const repl = this.replacementFunc(value, g.arity);
          if (repl !== undefined) return { op: 'WithFuncReplace', func: this.groupFunc(g), replacement: repl, block: [] };
        }
        return { op: 'WithFuncValue', func: this.groupFunc(g), value: v, block: [] };
      }
      return { op: 'WithData', path: parts.slice(1).map((p) => this.pool.str(p)), value: v, block: [] };
    }
    // A builtin: calls planned inside the block (including functions planned for it) see the mock.
    const name = parts.join('.');
    let mock: BuiltinMock;
    let stmt: Extract<Stmt, { block: Block }> | undefined;
    if (w.fn) mock = { func: value };
    else {
      const slot = this.funcs.length;
      const f = new Frame(0);
      const r = f.local();
      this.funcs.push({ name: `with ${name}`, params: 0, locals: f.locals, result: r, memo: false, body: [] });
      mock = { slot };
      stmt = { op: 'WithFuncValue', func: slot, value: v, block: [] };
    }
    this.mocks = new Map(this.mocks);
    this.mocks.set(name, mock);
    this.mockKey = `${this.mockKey}|${name}=${JSON.stringify(stripSpans(value))}@${this.funcs.length}`;
    return stmt;
  }

  /** A function to call instead of a mocked one: another user function, or a wrapper around a builtin. */
  private replacementFunc(value: Term, arity: number): number | undefined {
    const parts = refParts(value);
    if (!parts) return undefined;
    if (parts[0] === 'data') {
      const g = this.groupAt(parts.slice(1));
      return g && g.kind === 'function' ? this.withoutMocks(() => this.groupFunc(g)) : undefined;
    }
    const name = parts.join('.');
    if (!builtin(name)) return undefined;
    const idx = this.funcs.length;
    const f = new Frame(arity);
    const r = f.local();
    const args = Array.from({ length: arity }, (_, i) => ({ local: i }));
    f.emit({ op: 'Call', builtin: this.pool.builtin(name), args, dst: r });
    this.funcs.push({ name, params: arity, locals: f.locals, result: r, memo: false, body: f.cur });
    return idx;
  }

  groupAt(path: string[]): RuleGroup | undefined {
    let n: DataNode | undefined = this.opts.root;
    for (const p of path) {
      if (n.group) return n.group;
      n = n.children.get(p);
      if (!n) return undefined;
    }
    return n.group;
  }

  // ---------------------------------------------------------------- unification

  /** Whether `t` holds a variable not bound yet, at a position where unification binds it. */
  hasFree(t: Term): boolean {
    switch (t.type) {
      case 'var':
        return t.name !== 'input' && t.name !== 'data' && !this.f.vars.has(t.name);
      case 'array':
        return t.items.some((i) => this.hasFree(i));
      case 'object':
        return t.entries.some(([, v]) => this.hasFree(v));
      default:
        return false;
    }
  }

  unify(a: Term, b: Term, k: K): void {
    const f = this.f;
    if (a.type === 'array' && b.type === 'array' && (this.hasFree(a) || this.hasFree(b))) {
      if (a.items.length !== b.items.length) {
        f.emit({ op: 'Break', levels: 0 });
        return;
      }
      const step = (i: number): void => (i >= a.items.length ? k() : this.unify(a.items[i]!, b.items[i]!, () => step(i + 1)));
      return step(0);
    }
    if (a.type === 'object' && b.type === 'object' && (this.hasFree(a) || this.hasFree(b)) && sameKeys(a, b)) {
      const bv = new Map(b.entries.map(([kk, v]) => [JSON.stringify(stripSpans(kk)), v]));
      const step = (i: number): void => {
        if (i >= a.entries.length) return k();
        const [kk, v] = a.entries[i]!;
        this.unify(v, bv.get(JSON.stringify(stripSpans(kk)))!, () => step(i + 1));
      };
      return step(0);
    }
    if (this.hasFree(a)) return this.planTerm(b, (v) => this.match(a, v, k));
    if (this.hasFree(b)) return this.planTerm(a, (v) => this.match(b, v, k));
    this.planTerm(a, (x) =>
      this.planTerm(b, (y) => {
        f.emit({ op: 'Equal', a: x, b: y });
        k();
      }),
    );
  }

  /** Matches a pattern against a value: binds free vars, destructures arrays/objects, compares the rest. */
  match(p: Term, v: Operand, k: K): void {
    const f = this.f;
    if (p.type === 'var' && p.name !== 'input' && p.name !== 'data' && !f.vars.has(p.name)) {
      f.vars.set(p.name, v);
      return k();
    }
    if (p.type === 'array' && this.hasFree(p)) {
      f.emit({ op: 'IsArray', a: v });
      const n = f.local();
      f.emit({ op: 'Len', a: v, dst: n });
      f.emit({ op: 'Equal', a: { local: n }, b: this.num(p.items.length) });
      const step = (i: number): void => {
        if (i >= p.items.length) return k();
        const d = f.local();
        f.emit({ op: 'Dot', src: v, key: this.num(i), dst: d });
        this.match(p.items[i]!, { local: d }, () => step(i + 1));
      };
      return step(0);
    }
    if (p.type === 'object' && this.hasFree(p)) {
      f.emit({ op: 'IsObject', a: v });
      const n = f.local();
      f.emit({ op: 'Len', a: v, dst: n });
      f.emit({ op: 'Equal', a: { local: n }, b: this.num(p.entries.length) });
      const step = (i: number): void => {
        if (i >= p.entries.length) return k();
        const [kk, vv] = p.entries[i]!;
        this.planTerm(kk, (ko) => {
          const d = f.local();
          f.emit({ op: 'Dot', src: v, key: ko, dst: d });
          this.match(vv, { local: d }, () => step(i + 1));
        });
      };
      return step(0);
    }
    this.planTerm(p, (x) => {
      f.emit({ op: 'Equal', a: x, b: v });
      k();
    });
  }

  num(n: number): Operand {
    return this.pool.op({ t: 'number', v: String(n) });
  }

  // ---------------------------------------------------------------- terms

  planTerms(ts: Term[], k: (ops: Operand[]) => void): void {
    const ops: Operand[] = [];
    const step = (i: number): void => {
      if (i >= ts.length) return k(ops);
      this.planTerm(ts[i]!, (o) => {
        ops[i] = o;
        step(i + 1);
      });
    };
    step(0);
  }

  planTerm(t: Term, k: KV): void {
    const f = this.f;
    switch (t.type) {
      case 'null':
        return k(this.pool.op({ t: 'null' }));
      case 'boolean':
        return k(this.pool.op({ t: 'boolean', v: t.value }));
      case 'number':
        return k(this.pool.op({ t: 'number', v: t.raw }));
      case 'string':
        return k(this.pool.op({ t: 'string', v: t.value }));
      case 'var': {
        if (t.name === 'input') {
          const d = f.local();
          f.emit({ op: 'LoadInput', dst: d });
          return k({ local: d });
        }
        if (t.name === 'data') return this.planData([], k);
        const op = f.vars.get(t.name);
        if (!op) throw new InternalError(`planner: var ${t.name} used before it is bound`);
        return k(op);
      }
      case 'ref': {
        const h = t.head;
        if (h.type === 'var' && h.name === 'data') return this.planData(t.path, k);
        return this.planTerm(h, (src) => this.walkPath(src, t.path, 0, k));
      }
      case 'array':
      case 'set':
      case 'object': {
        const c = constantOf(t);
        if (c) return k(this.pool.op(c));
        if (t.type === 'object') {
          return this.planTerms(t.entries.flat(), (ops) => {
            const d = f.local();
            f.emit({ op: 'MakeObject', dst: d });
            for (let i = 0; i < ops.length; i += 2) f.emit({ op: 'ObjectInsert', object: d, key: ops[i]!, value: ops[i + 1]! });
            k({ local: d });
          });
        }
        return this.planTerms(t.items, (ops) => {
          const d = f.local();
          f.emit({ op: t.type === 'array' ? 'MakeArray' : 'MakeSet', dst: d });
          for (const o of ops) f.emit(t.type === 'array' ? { op: 'ArrayAppend', array: d, value: o } : { op: 'SetAdd', set: d, value: o });
          k({ local: d });
        });
      }
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr': {
        const d = f.local();
        f.emit({ op: t.type === 'arraycompr' ? 'MakeArray' : t.type === 'setcompr' ? 'MakeSet' : 'MakeObject', dst: d });
        const block: Block = [];
        f.emit({ op: 'Blocks', blocks: [block] });
        f.nest(block, () =>
          this.planBody(t.body, () => {
            if (t.type === 'objectcompr') {
              this.planTerm(t.key, (ko) =>
                this.planTerm(t.value, (vo) =>
                  f.emit({ op: 'ObjectInsertOnce', object: d, key: ko, value: vo, message: this.pool.str('object keys must be unique') }),
                ),
              );
            } else {
              this.planTerm(t.term, (vo) => f.emit(t.type === 'arraycompr' ? { op: 'ArrayAppend', array: d, value: vo } : { op: 'SetAdd', set: d, value: vo }));
            }
          }),
        );
        return k({ local: d });
      }
      case 'call':
        return this.planCall(t, k);
    }
  }

  /**
   * `replacing`: the call is a mock's replacement. As in OPA, no function mock applies inside a
   * replacement (so a mock can call the original), so its function is planned without mocks.
   */
  private planCall(t: Extract<Term, { type: 'call' }>, k: KV, replacing = false): void {
    const f = this.f;
    const parts = refParts(t.fn);
    if (!parts) throw new InternalError('planner: call of a non-name');
    let arity: number;
    let emit: (args: Operand[], dst: number) => void;
    let relation = false;
    if (parts[0] === 'data') {
      const g = this.groupAt(parts.slice(1));
      if (!g || g.kind !== 'function') throw new InternalError(`planner: ${parts.join('.')} is not a function`);
      arity = g.arity;
      const fi = replacing ? this.withoutMocks(() => this.groupFunc(g)) : this.groupFunc(g);
      emit = (args, dst) => f.emit({ op: 'CallFunc', func: fi, args, dst });
    } else {
      const name = parts.join('.');
      const spec = builtin(name);
      if (!spec) throw new InternalError(`planner: unknown builtin ${name}`);
      arity = spec.arity;
      relation = !!spec.relation;
      const mock = replacing ? undefined : this.mocks.get(name);
      if (mock && 'slot' in mock) {
        return this.planTerms(t.args.slice(0, arity), () => {
          const dst = f.local();
          f.emit({ op: 'CallFunc', func: mock.slot, args: [], dst });
          this.callOutput(t, arity, { local: dst }, false, k);
        });
      }
      if (mock) return this.planCall({ ...t, fn: mock.func }, k, true);
      const bi = this.pool.builtin(name);
      emit = (args, dst) => f.emit({ op: 'Call', builtin: bi, args, dst });
    }
    this.planTerms(t.args.slice(0, arity), (args) => {
      const dst = f.local();
      emit(args, dst);
      this.callOutput(t, arity, { local: dst }, relation, k);
    });
  }

  private withoutMocks<T>(fn: () => T): T {
    const saved = { mocks: this.mocks, mockKey: this.mockKey };
    this.mocks = new Map();
    this.mockKey = '';
    try {
      return fn();
    } finally {
      Object.assign(this, saved);
    }
  }

  private callOutput(t: Extract<Term, { type: 'call' }>, arity: number, out: Operand, relation: boolean, k: KV): void {
    const f = this.f;
    const deliver = (v: Operand): void => {
      if (t.args.length > arity) return this.match(t.args[arity]!, v, () => k(this.pool.op(TRUE)));
      k(v);
    };
    if (!relation) return deliver(out);
    const el = f.local();
    const block: Block = [];
    f.emit({ op: 'Scan', src: out, key: -1, value: el, block });
    f.nest(block, () => deliver({ local: el }));
  }
}

function stringsOf(ts: Term[]): string[] {
  return ts.map((t) => (t.type === 'string' ? t.value : ''));
}

function sameKeys(a: Extract<Term, { type: 'object' }>, b: Extract<Term, { type: 'object' }>): boolean {
  if (a.entries.length !== b.entries.length) return false;
  const ka = a.entries.map(([k]) => constantOf(k));
  const kb = new Set(b.entries.map(([k]) => JSON.stringify(constantOf(k) ?? null)));
  return ka.every((c) => c !== undefined && kb.has(JSON.stringify(c)));
}

/** The constant value of a literal term (composites folded), or undefined if it has vars or calls. */
export function constantOf(t: Term): Constant | undefined {
  switch (t.type) {
    case 'null':
      return { t: 'null' };
    case 'boolean':
      return { t: 'boolean', v: t.value };
    case 'number':
      return { t: 'number', v: t.raw };
    case 'string':
      return { t: 'string', v: t.value };
    case 'array':
    case 'set': {
      const items = t.items.map(constantOf);
      if (items.some((i) => !i)) return undefined;
      return { t: t.type, v: items as Constant[] };
    }
    case 'object': {
      const entries: Array<[Constant, Constant]> = [];
      for (const [k, v] of t.entries) {
        const ck = constantOf(k);
        const cv = constantOf(v);
        if (!ck || !cv) return undefined;
        entries.push([ck, cv]);
      }
      return { t: 'object', v: entries };
    }
    default:
      return undefined;
  }
}

export function stripSpans(t: unknown): unknown {
  return JSON.parse(JSON.stringify(t, (k, v) => (k === 'span' ? undefined : v)));
}

/** Vars of an expression (outside closures) accepted by `pick`: the ones a `with` expression binds. */
function exprFreeVars(e: Expr, pick: (n: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (t: Term): void => {
    switch (t.type) {
      case 'var':
        if (t.name !== 'input' && t.name !== 'data' && pick(t.name)) out.push(t.name);
        return;
      default:
        childTerms(t).forEach(visit);
    }
  };
  if (e.negated) return out;
  switch (e.type) {
    case 'term':
      visit(e.term);
      break;
    case 'unify':
    case 'assign':
      visit(e.left);
      visit(e.right);
      break;
    case 'somein':
      if (e.key) visit(e.key);
      visit(e.value);
      visit(e.collection);
      break;
    default:
      break;
  }
  return out;
}
