// Evaluates HCL expressions the way Terraform does: templates and directives, operators with
// Terraform's conversions, conditionals, for-expressions, splats, index/attribute access, function
// calls (`try`/`can` here, file functions in files.ts, the rest in functions.ts). Anything that depends on an unknown value is
// unknown, as in a plan. Also lists the references an expression makes, in the form a plan's
// `configuration` shows them. Must not know about resources, modules or files: names (and file
// contents) are resolved through the Scope the caller gives.

import type { Expr, Step, TemplatePart } from '../hcl/ast.js';
import { callFileFunction, FILE_FUNCTIONS, type ReadFile } from './files.js';
import { callFunction } from './functions.js';
import { EvalError, equal, hasUnknown, isObj, isUnknown, Lazy, materialize, OPEN, toBool, toNum, toStr, typeName, UNKNOWN, type Value } from './values.js';

export interface Scope {
  /** The value of a root name (`var`, `local`, `aws_s3_bucket`, an iterator…), undefined when there is none. */
  lookup(name: string): Value | undefined;
  /** Reads files for file(), templatefile()… (absent: their results are unknown). */
  readFile?: ReadFile;
}

/** A scope with extra names in front of a parent (for-expression variables, `each`, iterators). */
export function child(parent: Scope, names: Record<string, Value>): Scope {
  return { lookup: (n) => (Object.hasOwn(names, n) ? names[n] : parent.lookup(n)), readFile: parent.readFile };
}

export function evaluate(x: Expr, scope: Scope): Value {
  switch (x.t) {
    case 'lit':
      return x.v;
    case 'tpl':
      return template(x.parts, scope);
    case 'var': {
      const v = scope.lookup(x.name);
      if (v === undefined) throw new EvalError(`unknown name ${x.name}`);
      return v;
    }
    case 'paren':
      return evaluate(x.x, scope);
    case 'get':
      return step(evaluate(x.obj, scope), x.step, scope);
    case 'splat':
      return splat(x, scope);
    case 'call':
      return call(x, scope);
    case 'tuple':
      return x.items.map((i) => evaluate(i, scope));
    case 'object': {
      const out: { [k: string]: Value } = {};
      for (const it of x.items) {
        const k = evaluate(it.key, scope);
        if (isUnknown(k)) return UNKNOWN;
        out[toStr(k)] = evaluate(it.value, scope);
      }
      return out;
    }
    case 'cond': {
      const c = evaluate(x.c, scope);
      if (isUnknown(c)) return UNKNOWN;
      return toBool(c) ? evaluate(x.a, scope) : evaluate(x.b, scope);
    }
    case 'un': {
      const v = evaluate(x.x, scope);
      if (isUnknown(v)) return UNKNOWN;
      return x.op === '!' ? !toBool(v) : -toNum(v);
    }
    case 'bin':
      return binary(x.op, x.l, x.r, scope);
    case 'for':
      return forExpr(x, scope);
  }
}

function binary(op: string, lx: Expr, rx: Expr, scope: Scope): Value {
  const l = evaluate(lx, scope);
  if (op === '&&' && l === false) return false;
  if (op === '||' && l === true) return true;
  const r = evaluate(rx, scope);
  if (op === '==' || op === '!=') {
    if (hasUnknown(l) || hasUnknown(r)) return UNKNOWN;
    return equal(l, r) === (op === '==');
  }
  if (isUnknown(l) || isUnknown(r)) return UNKNOWN;
  switch (op) {
    case '&&':
      return toBool(l) && toBool(r);
    case '||':
      return toBool(l) || toBool(r);
    case '+':
      return toNum(l) + toNum(r);
    case '-':
      return toNum(l) - toNum(r);
    case '*':
      return toNum(l) * toNum(r);
    case '/':
      if (toNum(r) === 0) throw new EvalError('division by zero');
      return toNum(l) / toNum(r);
    case '%':
      return toNum(l) % toNum(r);
    case '<':
      return toNum(l) < toNum(r);
    case '>':
      return toNum(l) > toNum(r);
    case '<=':
      return toNum(l) <= toNum(r);
    case '>=':
      return toNum(l) >= toNum(r);
  }
  throw new EvalError(`unsupported operator ${op}`);
}

function template(parts: TemplatePart[], scope: Scope): Value {
  // "${x}" alone is x itself, not its string form (HCL's template unwrapping).
  if (parts.length === 1 && parts[0]!.t === 'interp') return evaluate(parts[0]!.x, scope);
  let out = '';
  for (const p of parts) {
    if (p.t === 'str') out += p.v;
    else if (p.t === 'interp') {
      const v = evaluate(p.x, scope);
      if (hasUnknown(v)) return UNKNOWN;
      if (v === null) throw new EvalError('cannot include a null value in a string template');
      out += toStr(v);
    } else if (p.t === 'if') {
      const c = evaluate(p.cond, scope);
      if (isUnknown(c)) return UNKNOWN;
      const v = template(toBool(c) ? p.then : p.else, scope);
      if (isUnknown(v)) return UNKNOWN;
      out += toStr(v);
    } else {
      const coll = evaluate(p.coll, scope);
      if (isUnknown(coll)) return UNKNOWN;
      for (const [k, v] of entries(coll)) {
        const names: Record<string, Value> = { [p.val]: v };
        if (p.key !== undefined) names[p.key] = k;
        const s = template(p.body, child(scope, names));
        if (isUnknown(s)) return UNKNOWN;
        out += toStr(s);
      }
    }
  }
  return out;
}

/** Key/value pairs of a collection, in Terraform's iteration order (maps by sorted key). */
export function entries(v: Value): Array<[Value, Value]> {
  const m = materialize(v);
  if (Array.isArray(m)) return m.map((x, i) => [i, x]);
  if (isObj(m)) return Object.keys(m).sort().map((k) => [k, m[k]!]);
  throw new EvalError(`cannot iterate over a ${typeName(m)} value`);
}

export function step(v: Value, s: Step, scope: Scope): Value {
  if (isUnknown(v)) return UNKNOWN;
  if (s.t === 'attr') return attr(v, s.name);
  const k = evaluate(s.key, scope);
  if (isUnknown(k)) return UNKNOWN;
  if (Array.isArray(v)) {
    const i = toNum(k);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new EvalError(`index ${i} out of range for a list of ${v.length}`);
    return v[i]!;
  }
  return attr(v, toStr(k));
}

function attr(v: Value, name: string): Value {
  if (v instanceof Lazy) return v.get(name);
  if (isObj(v)) {
    if (Object.hasOwn(v, name)) return v[name]!;
    if (OPEN.has(v)) return UNKNOWN;
    throw new EvalError(`no attribute or key "${name}"`);
  }
  if (v === null) throw new EvalError(`attempt to read "${name}" from a null value`);
  throw new EvalError(`cannot read "${name}" from a ${typeName(v)} value`);
}

function splat(x: Expr & { t: 'splat' }, scope: Scope): Value {
  const v = evaluate(x.obj, scope);
  if (isUnknown(v)) return UNKNOWN;
  const each = (e: Value) => x.steps.reduce((acc, s) => step(acc, s, scope), e);
  if (v === null) return [];
  if (Array.isArray(v)) return v.map(each);
  // A splat over a single value treats it as a one-element list (HCL's auto-upgrade).
  return [each(v)];
}

function call(x: Expr & { t: 'call' }, scope: Scope): Value {
  if (x.name === 'try') {
    for (const a of x.args) {
      try {
        const v = evaluate(a, scope);
        return hasUnknown(v) ? UNKNOWN : v;
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
      }
    }
    throw new EvalError('try: no argument could be evaluated without errors');
  }
  if (x.name === 'can') {
    try {
      const v = evaluate(x.args[0]!, scope);
      return hasUnknown(v) ? UNKNOWN : true;
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      return false;
    }
  }
  let args = x.args.map((a) => evaluate(a, scope));
  if (x.expand && args.length > 0) {
    const last = args[args.length - 1]!;
    if (isUnknown(last)) return UNKNOWN;
    args = [...args.slice(0, -1), ...entries(last).map(([, v]) => v)];
  }
  if (FILE_FUNCTIONS.has(x.name)) {
    // A template file sees only the variables it is given (and no files of its own), as in Terraform.
    return callFileFunction(x.name, args, scope.readFile, (parts, vars) => template(parts, { lookup: (n) => (Object.hasOwn(vars, n) ? vars[n] : undefined) }));
  }
  return callFunction(x.name, args);
}

function forExpr(x: Expr & { t: 'for' }, scope: Scope): Value {
  const coll = evaluate(x.coll, scope);
  if (isUnknown(coll)) return UNKNOWN;
  const outList: Value[] = [];
  const outObj: { [k: string]: Value } = {};
  for (const [k, v] of entries(coll)) {
    const names: Record<string, Value> = { [x.val]: v };
    if (x.key !== undefined) names[x.key] = k;
    const s = child(scope, names);
    if (x.cond) {
      const c = evaluate(x.cond, s);
      if (isUnknown(c)) return UNKNOWN;
      if (!toBool(c)) continue;
    }
    const val = evaluate(x.valExpr, s);
    if (!x.object) {
      outList.push(val);
      continue;
    }
    const key = evaluate(x.keyExpr!, s);
    if (isUnknown(key)) return UNKNOWN;
    const ks = toStr(key);
    if (x.group) ((outObj[ks] ??= []) as Value[]).push(val);
    else {
      if (Object.hasOwn(outObj, ks)) throw new EvalError(`duplicate key "${ks}" in the for expression; add ... to group values`);
      outObj[ks] = val;
    }
  }
  return x.object ? outObj : outList;
}

// ── references ────────────────────────────────────────────────────────────────────────────────

/**
 * The references of an expression as a plan's `configuration` lists them: the traversal as far
 * as it is static (`aws_s3_bucket.b.id`), then the object it belongs to (`aws_s3_bucket.b`).
 * `bound` names (for-expression variables) are not references.
 */
export function references(x: Expr, bound: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const add = (r: string) => {
    if (!out.includes(r)) out.push(r);
  };
  const walk = (e: Expr, b: ReadonlySet<string>): void => {
    const trav = traversal(e);
    if (trav && !b.has(trav[0]!)) {
      addTraversal(trav, add);
      for (const s of dynamicKeys(e)) walk(s, b);
      return;
    }
    switch (e.t) {
      case 'tpl':
        return walkParts(e.parts, b);
      case 'get':
        walk(e.obj, b);
        if (e.step.t === 'index') walk(e.step.key, b);
        return;
      case 'splat':
        walk(e.obj, b);
        for (const s of e.steps) if (s.t === 'index') walk(s.key, b);
        return;
      case 'call':
        return e.args.forEach((a) => walk(a, b));
      case 'tuple':
        return e.items.forEach((a) => walk(a, b));
      case 'object':
        return e.items.forEach((it) => (walk(it.key, b), walk(it.value, b)));
      case 'cond':
        return (walk(e.c, b), walk(e.a, b), walk(e.b, b));
      case 'bin':
        return (walk(e.l, b), walk(e.r, b));
      case 'un':
      case 'paren':
        return walk(e.x, b);
      case 'for': {
        walk(e.coll, b);
        const inner = new Set(b);
        inner.add(e.val);
        if (e.key) inner.add(e.key);
        walk(e.valExpr, inner);
        if (e.keyExpr) walk(e.keyExpr, inner);
        if (e.cond) walk(e.cond, inner);
        return;
      }
      default:
        return;
    }
  };
  const walkParts = (parts: TemplatePart[], b: ReadonlySet<string>): void => {
    for (const p of parts) {
      if (p.t === 'interp') walk(p.x, b);
      else if (p.t === 'if') (walk(p.cond, b), walkParts(p.then, b), walkParts(p.else, b));
      else if (p.t === 'for') {
        walk(p.coll, b);
        const inner = new Set(b);
        inner.add(p.val);
        if (p.key) inner.add(p.key);
        walkParts(p.body, inner);
      }
    }
  };
  walk(x, bound);
  return out;
}

/** Segments of a static traversal (`a.b[0]["k"].c`), or undefined when `e` is not one. */
function traversal(e: Expr): string[] | undefined {
  if (e.t === 'var') return [e.name];
  if (e.t !== 'get') return undefined;
  const head = traversal(e.obj);
  if (!head) return undefined;
  if (e.step.t === 'attr') return [...head, `.${e.step.name}`];
  const k = e.step.key;
  if (k.t === 'lit' && typeof k.v === 'number') return [...head, `[${k.v}]`];
  if (k.t === 'tpl' && k.parts.length <= 1 && (k.parts.length === 0 || k.parts[0]!.t === 'str')) return [...head, `[${JSON.stringify(k.parts[0]?.t === 'str' ? k.parts[0].v : '')}]`];
  return [...head, '[*]'];
}

function dynamicKeys(e: Expr): Expr[] {
  const out: Expr[] = [];
  for (let x: Expr = e; x.t === 'get'; x = x.obj) if (x.step.t === 'index') out.push(x.step.key);
  return out;
}

/** The size of a reference's subject: `var.x`, `aws_s3_bucket.b`, `data.t.n`, `module.m`. */
const SUBJECT: Record<string, number> = { var: 2, local: 2, count: 2, each: 2, path: 2, terraform: 2, self: 2, module: 2, data: 3 };

function addTraversal(segs: string[], add: (r: string) => void): void {
  // A dynamic index ends the static part: `aws_x.y[each.key].id` references `aws_x.y`.
  const cut = segs.indexOf('[*]');
  const stat = cut === -1 ? segs : segs.slice(0, cut);
  const subject = SUBJECT[stat[0]!] ?? 2;
  if (stat.length < subject) {
    if (stat.length >= 1) add(stat.join(''));
    return;
  }
  add(stat.join(''));
  const base = stat.slice(0, subject).join('');
  if (stat.length > subject && stat[subject]!.startsWith('[')) add(stat.slice(0, subject + 1).join(''));
  add(base);
}

export { materialize, hasUnknown };
