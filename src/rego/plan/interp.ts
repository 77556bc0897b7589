// A reference interpreter of the IR (../ir.ts), used ONLY by the planner's tests: it lets the
// planner be checked against Rego semantics without the WebAssembly runtime, and it is written to
// follow the execution model in the header of ir.ts to the letter (blocks, breaks, Scan order,
// memo per evaluation context). Numbers are JS doubles and only common builtins exist: it is a
// test oracle, never shipped in a product path.

import type { Block, Constant, Operand, Plan, Stmt } from '../ir.js';

export type V = null | boolean | number | string | V[] | RObj | RSet;

export class RObj {
  readonly m = new Map<string, [V, V]>();
  get(k: V): V | undefined {
    return this.m.get(enc(k))?.[1];
  }
  set(k: V, v: V): void {
    this.m.set(enc(k), [k, v]);
  }
  entries(): Array<[V, V]> {
    return [...this.m.values()].sort((a, b) => cmp(a[0], b[0]));
  }
}

export class RSet {
  readonly m = new Map<string, V>();
  add(v: V): void {
    this.m.set(enc(v), v);
  }
  has(v: V): boolean {
    return this.m.has(enc(v));
  }
  values(): V[] {
    return [...this.m.values()].sort(cmp);
  }
}

export class EvalError extends Error {}

function rank(v: V): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 4;
  if (v instanceof RObj) return 5;
  return 6;
}

export function cmp(a: V, b: V): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a === null) return 0;
  if (typeof a === 'boolean' || typeof a === 'number') return Number(a) - Number(b);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  const seq = (x: V[], y: V[]): number => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = cmp(x[i]!, y[i]!);
      if (c) return c;
    }
    return x.length - y.length;
  };
  if (Array.isArray(a)) return seq(a, b as V[]);
  if (a instanceof RObj) {
    const ea = a.entries();
    const eb = (b as RObj).entries();
    for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
      const c = cmp(ea[i]![0], eb[i]![0]) || cmp(ea[i]![1], eb[i]![1]);
      if (c) return c;
    }
    return ea.length - eb.length;
  }
  return seq((a as RSet).values(), (b as RSet).values());
}

export function enc(v: V): string {
  if (v instanceof RObj) return `{${v.entries().map(([k, x]) => `${enc(k)}:${enc(x)}`).join(',')}}`;
  if (v instanceof RSet) return `s{${v.values().map(enc).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(enc).join(',')}]`;
  return JSON.stringify(v);
}

export function fromJSON(x: unknown): V {
  if (Array.isArray(x)) return x.map(fromJSON);
  if (x && typeof x === 'object') {
    const o = new RObj();
    for (const [k, v] of Object.entries(x)) o.set(k, fromJSON(v));
    return o;
  }
  return x as V;
}

/** JSON as opa-wasm prints it: sets as sorted arrays, non-string object keys as their JSON. */
export function toJSON(v: V): unknown {
  if (Array.isArray(v)) return v.map(toJSON);
  if (v instanceof RSet) return v.values().map(toJSON);
  if (v instanceof RObj) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of v.entries()) out[typeof k === 'string' ? k : JSON.stringify(toJSON(k))] = toJSON(x);
    return out;
  }
  return v;
}

function constValue(c: Constant): V {
  switch (c.t) {
    case 'null':
      return null;
    case 'boolean':
      return c.v;
    case 'number':
      return Number(c.v);
    case 'string':
      return c.v;
    case 'array':
      return c.v.map(constValue);
    case 'object': {
      const o = new RObj();
      for (const [k, x] of c.v) o.set(constValue(k), constValue(x));
      return o;
    }
    case 'set': {
      const s = new RSet();
      c.v.forEach((x) => s.add(constValue(x)));
      return s;
    }
  }
}

class BuiltinError extends Error {}
const num = (v: V): number => {
  if (typeof v !== 'number') throw new BuiltinError('operand must be a number');
  return v;
};
const coll = (v: V): V[] => {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.values();
  if (v instanceof RObj) return v.entries().map(([, x]) => x);
  throw new BuiltinError('operand must be a collection');
};

function fmt(v: V): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(toJSON(v));
}

const BUILTINS: Record<string, (...a: V[]) => V | undefined> = {
  equal: (a, b) => cmp(a!, b!) === 0,
  neq: (a, b) => cmp(a!, b!) !== 0,
  lt: (a, b) => cmp(a!, b!) < 0,
  lte: (a, b) => cmp(a!, b!) <= 0,
  gt: (a, b) => cmp(a!, b!) > 0,
  gte: (a, b) => cmp(a!, b!) >= 0,
  plus: (a, b) => num(a!) + num(b!),
  minus: (a, b) => {
    if (a instanceof RSet && b instanceof RSet) {
      const s = new RSet();
      a.values().filter((x) => !b.has(x)).forEach((x) => s.add(x));
      return s;
    }
    return num(a!) - num(b!);
  },
  mul: (a, b) => num(a!) * num(b!),
  div: (a, b) => {
    if (num(b!) === 0) throw new BuiltinError('divide by zero');
    return num(a!) / num(b!);
  },
  rem: (a, b) => {
    if (num(b!) === 0) throw new BuiltinError('modulo by zero');
    return num(a!) % num(b!);
  },
  and: (a, b) => {
    const s = new RSet();
    (a as RSet).values().filter((x) => (b as RSet).has(x)).forEach((x) => s.add(x));
    return s;
  },
  or: (a, b) => {
    const s = new RSet();
    [...(a as RSet).values(), ...(b as RSet).values()].forEach((x) => s.add(x));
    return s;
  },
  abs: (a) => Math.abs(num(a!)),
  count: (a) => (typeof a === 'string' ? [...a].length : coll(a!).length),
  sum: (a) => coll(a!).reduce<number>((s, x) => s + num(x), 0),
  product: (a) => coll(a!).reduce<number>((s, x) => s * num(x), 1),
  max: (a) => (coll(a!).length ? [...coll(a!)].sort(cmp).at(-1)! : undefined),
  min: (a) => (coll(a!).length ? [...coll(a!)].sort(cmp)[0]! : undefined),
  sort: (a) => [...coll(a!)].sort(cmp),
  concat: (d, a) => coll(a!).map((x) => x as string).join(d as string),
  startswith: (a, b) => (a as string).startsWith(b as string),
  endswith: (a, b) => (a as string).endsWith(b as string),
  contains: (a, b) => (a as string).includes(b as string),
  lower: (a) => (a as string).toLowerCase(),
  upper: (a) => (a as string).toUpperCase(),
  split: (a, b) => (a as string).split(b as string),
  sprintf: (f, args) => {
    const xs = coll(args!);
    let i = 0;
    return (f as string).replace(/%[vsd]/g, () => fmt(xs[i++]!));
  },
  to_number: (a) => {
    const n = Number(a);
    if (Number.isNaN(n)) throw new BuiltinError('invalid number');
    return n;
  },
  is_string: (a) => typeof a === 'string',
  is_number: (a) => typeof a === 'number',
  is_array: (a) => Array.isArray(a),
  is_object: (a) => a instanceof RObj,
  is_set: (a) => a instanceof RSet,
  type_name: (a) => ['null', 'boolean', 'number', 'string', 'array', 'object', 'set'][rank(a!)]!,
  'object.get': (o, k, d) => {
    // An array key is a path (OPA: `[]` is the object itself), walking objects, arrays and sets.
    if (!Array.isArray(k)) return (o as RObj).get(k!) ?? d;
    let cur: V | undefined = o!;
    for (const step of k) {
      if (cur instanceof RObj) cur = cur.get(step);
      else if (Array.isArray(cur)) cur = typeof step === 'number' && Number.isInteger(step) ? cur[step] : undefined;
      else if (cur instanceof RSet) cur = cur.has(step) ? step : undefined;
      else cur = undefined;
      if (cur === undefined) return d;
    }
    return cur;
  },
  'object.keys': (o) => {
    const s = new RSet();
    (o as RObj).entries().forEach(([k]) => s.add(k));
    return s;
  },
  'object.union': (a, b) => union(a as RObj, b as RObj),
  'internal.member_2': (x, c) => coll(c!).some((y) => cmp(x!, y) === 0),
  'internal.member_3': (k, v, c) => {
    if (Array.isArray(c)) return typeof k === 'number' && c[k] !== undefined && cmp(c[k]!, v!) === 0;
    if (c instanceof RObj) return c.get(k!) !== undefined && cmp(c.get(k!)!, v!) === 0;
    return false;
  },
  'array.concat': (a, b) => [...(a as V[]), ...(b as V[])],
  union: (a) => {
    const s = new RSet();
    coll(a!).forEach((x) => (x as RSet).values().forEach((y) => s.add(y)));
    return s;
  },
  walk: (x) => {
    const out: V[] = [];
    const go = (path: V[], v: V): void => {
      out.push([path, v]);
      if (Array.isArray(v)) v.forEach((c, i) => go([...path, i], c));
      else if (v instanceof RObj) v.entries().forEach(([k, c]) => go([...path, k], c));
      else if (v instanceof RSet) v.values().forEach((c) => go([...path, c], c));
    };
    go([], x!);
    return out;
  },
  'internal.print': () => true,
  trace: () => true,
};

function union(a: RObj, b: RObj): RObj {
  const o = new RObj();
  for (const [k, v] of a.entries()) o.set(k, v);
  for (const [k, v] of b.entries()) {
    const old = o.get(k);
    o.set(k, old instanceof RObj && v instanceof RObj ? union(old, v) : v);
  }
  return o;
}

interface Ctx {
  input: V | undefined;
  data: V;
  memo: Map<number, { v: V | undefined }>;
  funcValues: Map<number, V>;
  funcReplace: Map<number, number>;
}

type R = number | undefined;

export class Interp {
  private readonly consts: V[];
  /** Statements executed so far: a deterministic cost measure for planner performance tests. */
  steps = 0;
  constructor(private readonly plan: Plan) {
    this.consts = plan.constants.map(constValue);
  }

  evaluate(entrypoint: string, input: unknown, data: unknown = {}): unknown[] {
    const ep = this.plan.entrypoints.find((e) => e.name === entrypoint);
    if (!ep) throw new Error(`no entrypoint ${entrypoint}`);
    const results: V[] = [];
    const ctx: Ctx = { input: input === undefined ? undefined : fromJSON(input), data: fromJSON(data), memo: new Map(), funcValues: new Map(), funcReplace: new Map() };
    const frame: Array<V | undefined> = new Array(ep.locals).fill(undefined);
    this.block(ep.body, frame, ctx, results);
    return results.map(toJSON);
  }

  private op(o: Operand, fr: Array<V | undefined>): V | undefined {
    return 'local' in o ? fr[o.local] : this.consts[o.const];
  }

  private msg(i: number): string {
    return String(this.consts[i]);
  }

  private call(func: number, args: V[], ctx: Ctx): V | undefined {
    const repl = ctx.funcReplace.get(func);
    if (repl !== undefined) {
      // As in OPA, no function mock applies inside a replacement, so it can call the original.
      return this.call(repl, args, { ...ctx, memo: new Map(), funcReplace: new Map(), funcValues: new Map() });
    }
    if (ctx.funcValues.has(func)) return ctx.funcValues.get(func);
    const fn = this.plan.funcs[func]!;
    if (fn.memo && ctx.memo.has(func)) return ctx.memo.get(func)!.v;
    const fr: Array<V | undefined> = new Array(Math.max(fn.locals, fn.params)).fill(undefined);
    args.forEach((a, i) => (fr[i] = a));
    this.block(fn.body, fr, ctx, []);
    const v = fr[fn.result];
    if (fn.memo) ctx.memo.set(func, { v });
    return v;
  }

  private sub(b: Block, fr: Array<V | undefined>, ctx: Ctx, res: V[]): R {
    const r = this.block(b, fr, ctx, res);
    return r === undefined || r === 0 ? undefined : r - 1;
  }

  private block(b: Block, fr: Array<V | undefined>, ctx: Ctx, res: V[]): R {
    for (const s of b) {
      const r = this.stmt(s, fr, ctx, res);
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /** undefined: continue; n: stop the current block and n enclosing ones. */
  private stmt(s: Stmt, fr: Array<V | undefined>, ctx: Ctx, res: V[]): R {
    this.steps++;
    const o = (x: Operand): V | undefined => this.op(x, fr);
    switch (s.op) {
      case 'Dot': {
        const src = o(s.src);
        const key = o(s.key);
        let v: V | undefined;
        if (Array.isArray(src)) v = typeof key === 'number' && Number.isInteger(key) ? src[key] : undefined;
        else if (src instanceof RObj) v = src.get(key!);
        else if (src instanceof RSet) v = src.has(key!) ? key : undefined;
        if (v === undefined) return 0;
        fr[s.dst] = v;
        return;
      }
      case 'Scan': {
        const src = o(s.src);
        let pairs: Array<[V, V]> = [];
        if (Array.isArray(src)) pairs = src.map((v, i) => [i, v]);
        else if (src instanceof RObj) pairs = src.entries();
        else if (src instanceof RSet) pairs = src.values().map((v) => [v, v]);
        for (const [k, v] of pairs) {
          if (s.key >= 0) fr[s.key] = k;
          if (s.value >= 0) fr[s.value] = v;
          const r = this.sub(s.block, fr, ctx, res);
          if (r !== undefined) return r;
        }
        return;
      }
      case 'LoadInput':
        if (ctx.input === undefined) return 0;
        fr[s.dst] = ctx.input;
        return;
      case 'LoadData':
        fr[s.dst] = ctx.data;
        return;
      case 'Assign':
        fr[s.dst] = o(s.src);
        return;
      case 'AssignOnce': {
        const v = o(s.src)!;
        const cur = fr[s.dst];
        if (cur === undefined) fr[s.dst] = v;
        else if (cmp(cur, v) !== 0) throw new EvalError(this.msg(s.message));
        return;
      }
      case 'Reset':
        fr[s.dst] = undefined;
        return;
      case 'IsDefined':
        return fr[s.local] === undefined ? 0 : undefined;
      case 'IsUndefined':
        return fr[s.local] === undefined ? undefined : 0;
      case 'Equal':
        return cmp(o(s.a)!, o(s.b)!) === 0 ? undefined : 0;
      case 'NotEqual':
        return cmp(o(s.a)!, o(s.b)!) !== 0 ? undefined : 0;
      case 'NotFalse':
        return o(s.a) === false ? 0 : undefined;
      case 'IsArray':
        return Array.isArray(o(s.a)) ? undefined : 0;
      case 'IsObject':
        return o(s.a) instanceof RObj ? undefined : 0;
      case 'IsSet':
        return o(s.a) instanceof RSet ? undefined : 0;
      case 'Len': {
        const v = o(s.a);
        if (typeof v === 'string') fr[s.dst] = [...v].length;
        else if (Array.isArray(v)) fr[s.dst] = v.length;
        else if (v instanceof RObj || v instanceof RSet) fr[s.dst] = v.m.size;
        else return 0;
        return;
      }
      case 'Not': {
        const r = this.block(s.block, fr, ctx, res);
        if (r === undefined) return 0;
        return r === 0 ? undefined : r - 1;
      }
      case 'Call': {
        const b = this.plan.builtins[s.builtin]!;
        const f = BUILTINS[b.name];
        if (!f) throw new Error(`interp: builtin ${b.name} not implemented`);
        let v: V | undefined;
        try {
          v = f(...s.args.map((a) => o(a)!));
        } catch (e) {
          if (e instanceof BuiltinError || e instanceof TypeError) {
            if (this.plan.strict) throw new EvalError(`${b.name}: ${e.message}`);
            return 0;
          }
          throw e;
        }
        if (v === undefined) return 0;
        fr[s.dst] = v;
        return;
      }
      case 'CallFunc': {
        const v = this.call(s.func, s.args.map((a) => o(a)!), ctx);
        if (v === undefined) return 0;
        fr[s.dst] = v;
        return;
      }
      case 'Blocks':
        for (const b of s.blocks) {
          const r = this.sub(b, fr, ctx, res);
          if (r !== undefined) return r;
        }
        return;
      case 'Break':
        return s.levels;
      case 'Switch': {
        const v = o(s.src);
        if (v !== undefined) {
          const c = s.cases.find((x) => cmp(this.consts[x.value]!, v) === 0);
          if (c) {
            const r = this.sub(c.block, fr, ctx, res);
            if (r !== undefined) return r;
          }
        }
        return s.always ? this.sub(s.always, fr, ctx, res) : undefined;
      }
      case 'MakeArray':
        fr[s.dst] = [];
        return;
      case 'ArrayAppend':
        (fr[s.array] as V[]).push(o(s.value)!);
        return;
      case 'MakeObject':
        fr[s.dst] = new RObj();
        return;
      case 'ObjectInsert':
        (fr[s.object] as RObj).set(o(s.key)!, o(s.value)!);
        return;
      case 'ObjectInsertOnce': {
        const obj = fr[s.object] as RObj;
        const k = o(s.key)!;
        const old = obj.get(k);
        if (old !== undefined && cmp(old, o(s.value)!) !== 0) throw new EvalError(this.msg(s.message));
        obj.set(k, o(s.value)!);
        return;
      }
      case 'ObjectInsertPath': {
        let obj = fr[s.object] as RObj;
        const keys = s.path.map((p) => o(p)!);
        for (const k of keys.slice(0, -1)) {
          let next = obj.get(k);
          if (next === undefined) obj.set(k, (next = new RObj()));
          if (!(next instanceof RObj)) throw new EvalError(this.msg(s.message));
          obj = next;
        }
        const last = keys.at(-1)!;
        const v = o(s.value)!;
        if (s.set) {
          let set = obj.get(last);
          if (set === undefined) obj.set(last, (set = new RSet()));
          if (!(set instanceof RSet)) throw new EvalError(this.msg(s.message));
          set.add(v);
        } else {
          const old = obj.get(last);
          if (old !== undefined && cmp(old, v) !== 0) throw new EvalError(this.msg(s.message));
          obj.set(last, v);
        }
        return;
      }
      case 'MakeSet':
        fr[s.dst] = new RSet();
        return;
      case 'SetAdd':
        (fr[s.set] as RSet).add(o(s.value)!);
        return;
      case 'ResultAdd':
        res.push(o(s.value)!);
        return;
      case 'WithInput':
      case 'WithData': {
        const path = s.path.map((p) => this.consts[p] as string);
        const base = s.op === 'WithInput' ? ctx.input : ctx.data;
        const patched = patch(base, path, o(s.value)!);
        const inner: Ctx = { ...ctx, memo: new Map(), ...(s.op === 'WithInput' ? { input: patched } : { data: patched }) };
        return this.sub(s.block, fr, inner, res);
      }
      case 'WithFuncValue': {
        const inner: Ctx = { ...ctx, memo: new Map(), funcValues: new Map(ctx.funcValues).set(s.func, o(s.value)!) };
        return this.sub(s.block, fr, inner, res);
      }
      case 'WithFuncReplace': {
        const inner: Ctx = { ...ctx, memo: new Map(), funcReplace: new Map(ctx.funcReplace).set(s.func, s.replacement) };
        return this.sub(s.block, fr, inner, res);
      }
      case 'Abort':
        throw new EvalError(this.msg(s.message));
    }
  }
}

function patch(base: V | undefined, path: string[], value: V): V {
  if (path.length === 0) return value;
  const o = new RObj();
  if (base instanceof RObj) for (const [k, v] of base.entries()) o.set(k, v);
  o.set(path[0]!, patch(base instanceof RObj ? base.get(path[0]!) : undefined, path.slice(1), value));
  return o;
}
