// Runs one regorus conformance case through Palisade's real pipeline:
// parse → compileQuery → link into a standalone .wasm → load with opa-wasm → setData → evaluate,
// then compares with the case's expectation using the corpus's result shape (see its README).

import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { Body, Term } from '../../src/rego/ast.js';
import type { Plan } from '../../src/rego/ir.js';
import { inputKeysByEntrypoint } from '../../src/rego/plan/input-keys.js';
import { evaluateJson } from '../../src/runtime/evaluate.js';
import { projectJson, type ProjectedJson } from '../../src/runtime/json-members.js';
import { BUILTINS } from '../../src/rego/builtins.js';
import { compileQuery } from '../../src/rego/compile.js';
import { parseModule, parseQuery } from '../../src/rego/parser.js';
import { hostBuiltins } from '../../src/runtime/host/index.js';
import { linkPolicy } from '../../src/runtime/link.js';

export interface ConformanceCase {
  note?: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  query: string;
  want_result?: unknown;
  error?: string;
  no_result?: boolean;
  skip?: boolean;
  strict?: boolean;
}

/** `stock`: the module ran in stock opa-wasm with no custom builtins (it calls no host builtin). */
export type Outcome = ({ ok: true } | { ok: false; reason: string }) & { stock?: boolean; host?: string[] };

// ---- expected values: the corpus encodes sets and non-string-keyed objects specially

/**
 * An expected set: kept apart from arrays until its place among its siblings is decided, because
 * OPA orders sets after arrays and objects (null < boolean < number < string < array < object <
 * set) even though a set leaves the runtime as a JSON array.
 */
class ExpectedSet {
  constructor(readonly items: unknown[]) {}
}

/** OPA's total order on expected values, used to put expected sets in the runtime's order. */
function order(v: unknown): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 4;
  if (v instanceof ExpectedSet) return 6;
  return 5;
}

export function compareValues(a: unknown, b: unknown): number {
  const oa = order(a);
  const ob = order(b);
  if (oa !== ob) return oa - ob;
  switch (oa) {
    case 0:
      return 0;
    case 1:
      return Number(a) - Number(b);
    case 2:
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 3:
      // Byte-wise (UTF-8) order, as Go compares strings.
      return Buffer.compare(Buffer.from(a as string), Buffer.from(b as string));
    case 4:
    case 6: {
      // Sets compare as their sorted element lists.
      const x = a instanceof ExpectedSet ? a.items : (a as unknown[]);
      const y = b instanceof ExpectedSet ? b.items : (b as unknown[]);
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i], y[i]);
        if (c) return c;
      }
      return x.length - y.length;
    }
    default: {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      const kx = Object.keys(x).sort(compareValues);
      const ky = Object.keys(y).sort(compareValues);
      for (let i = 0; i < Math.min(kx.length, ky.length); i++) {
        const c = compareValues(kx[i], ky[i]) || compareValues(x[kx[i]!], y[ky[i]!]);
        if (c) return c;
      }
      return kx.length - ky.length;
    }
  }
}

/** The corpus's encodings, with sets still marked as sets (sorted in OPA's order). */
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('set!' in o && Object.keys(o).length === 1) {
      return new ExpectedSet((o['set!'] as unknown[]).map(decode).sort(compareValues));
    }
    if ('object!' in o && Object.keys(o).length === 1) {
      const out: Record<string, unknown> = {};
      for (const { key, value } of o['object!'] as Array<{ key: unknown; value: unknown }>) {
        const k = toJson(decode(key));
        out[typeof k === 'string' ? k : JSON.stringify(k)] = decode(value);
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(o)) out[k] = decode(val);
    return out;
  }
  return v;
}

/** What the runtime's JSON output looks like: sets become arrays. */
function toJson(v: unknown): unknown {
  if (v instanceof ExpectedSet) return v.items.map(toJson);
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = toJson(val);
    return out;
  }
  return v;
}

/** Turns the corpus's `set!`/`object!` encodings into what the runtime's JSON output looks like. */
export function normaliseExpected(v: unknown): unknown {
  return toJson(decode(v));
}

// ---- the query's shape decides the result shape

function termHasBinding(t: Term): boolean {
  switch (t.type) {
    case 'var':
      return !t.name.startsWith('$') && t.name !== 'input' && t.name !== 'data';
    case 'ref':
      return termHasBinding(t.head) || t.path.some(termHasBinding);
    case 'array':
    case 'set':
      return t.items.some(termHasBinding);
    case 'object':
      return t.entries.some(([k, v]) => termHasBinding(k) || termHasBinding(v));
    case 'call':
      return t.args.some(termHasBinding);
    default:
      // Comprehension variables are local to the comprehension.
      return false;
  }
}

function queryHasBindings(body: Body): boolean {
  return body.some((e) => {
    switch (e.type) {
      case 'term':
        return termHasBinding(e.term);
      case 'unify':
      case 'assign':
        return termHasBinding(e.left) || termHasBinding(e.right);
      case 'some':
        return e.vars.some((v) => !v.name.startsWith('$'));
      case 'somein':
        return (e.key ? termHasBinding(e.key) : false) || termHasBinding(e.value);
      default:
        return false;
    }
  });
}

/** JSON with object keys sorted: key order carries no meaning in Rego objects. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function sameList(actual: unknown[], expected: unknown[]): boolean {
  if (canonical(actual) === canonical(expected)) return true;
  // Solutions may come in another order than regorus's; the set of solutions is what OPA defines.
  const sort = (xs: unknown[]) => canonical([...xs].sort(compareValues));
  return actual.length === expected.length && sort(actual) === sort(expected);
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0]!;
  return String(e);
}

/** The case compiled, linked and loaded, with the host builtins it needs unless opts.host is false. */
async function loadCase(c: ConformanceCase, opts: { v1: boolean; host?: boolean }): Promise<{ policy: LoadedPolicy; plan: Plan; query: Body; host: string[] }> {
  const strict = c.strict !== false;
  const modules = (c.modules ?? []).map((src, i) => parseModule(`rego_${i}`, src, { v0: !opts.v1 }));
  const query = parseQuery(c.query, { v0: !opts.v1, file: 'query' });
  const plan = compileQuery(modules, query, { strict });
  const wasm = linkPolicy(plan);
  const host = opts.host === false ? [] : plan.builtins.map((b) => b.name).filter((name) => BUILTINS[name]?.impl !== 'native');
  const policy = host.length === 0 ? await loadPolicy(wasm) : await loadPolicy(wasm, undefined, hostBuiltins({ strict }));
  if (c.data !== undefined) policy.setData(c.data as object);
  return { policy, plan, query, host };
}

function caseInputs(c: ConformanceCase): unknown[] {
  const input = c.input as { 'many!'?: unknown[] } | undefined;
  return input && typeof input === 'object' && 'many!' in input ? input['many!']! : [c.input];
}

/** A member no case reads, added to every object input (and as the input of cases without one). */
const UNREAD = { palisade_unread: { a: [1, '}'], b: null } };

/**
 * Input projection against the whole input: each input of the case (an object, or none), with a
 * member no case reads added, is cut down to the keys the compiler says the query can read; the
 * query's result (or error) on it must be its result on the whole one: a query that observes the
 * whole input (counts it, iterates it, compares it …) shows the difference unless the compiler
 * said so. Returns how many inputs were projected and the differences; a case that does not
 * compile projects nothing.
 */
export async function projectionDiff(c: ConformanceCase, opts: { v1: boolean }): Promise<{ projected: number; differences: string[] }> {
  let loaded: Awaited<ReturnType<typeof loadCase>>;
  try {
    loaded = await loadCase(c, opts);
  } catch {
    return { projected: 0, differences: [] };
  }
  const keys = inputKeysByEntrypoint(loaded.plan)['query'];
  const out = { projected: 0, differences: [] as string[] };
  if (!keys) return out;
  const enc = new TextEncoder();
  const outcome = (input: Uint8Array | ProjectedJson): string => {
    try {
      return JSON.stringify(evaluateJson(loaded.policy, input, 'query'));
    } catch (e) {
      return `error: ${describeError(e)}`;
    }
  };
  for (const inp of caseInputs(c)) {
    if (inp !== undefined && (inp === null || typeof inp !== 'object' || Array.isArray(inp))) continue;
    const bytes = enc.encode(JSON.stringify({ ...(inp as object | undefined), ...UNREAD }));
    const projected = projectJson(bytes, new Set(keys));
    if (projected === bytes) continue;
    out.projected++;
    const whole = outcome(bytes);
    const part = outcome(projected);
    if (whole !== part) out.differences.push(`keys ${JSON.stringify(keys)}: ${part.slice(0, 200)} instead of ${whole.slice(0, 200)}`);
  }
  return out;
}

/**
 * A module whose builtins are all native loads in stock opa-wasm with no custom builtins, as any
 * embedder would load it, so every such case proves the module standalone; only a module that
 * calls a host builtin gets Palisade's (opts.host false: never).
 */
export async function runCase(c: ConformanceCase, opts: { v1: boolean; host?: boolean }): Promise<Outcome> {
  let results: unknown[] = [];
  // A case that fails to compile never needs a builtin from anyone: it counts as standalone.
  let stock = true;
  let host: string[] = [];
  try {
    const loaded = await loadCase(c, opts);
    const { policy, query } = loaded;
    host = loaded.host;
    stock = host.length === 0;
    const bindings = queryHasBindings(query);
    for (const inp of caseInputs(c)) {
      const rs = policy.evaluate(inp) as Array<{ result: unknown }>;
      const values = rs.map((r) => r.result);
      if (values.length === 1 && !bindings && query.length > 1) results.push(...(values[0] as unknown[]));
      else results.push(...values);
    }
  } catch (e) {
    if (c.error !== undefined) return { ok: true, stock, host };
    return { ok: false, reason: `error: ${describeError(e)}`, stock };
  }
  if (c.error !== undefined) return { ok: false, reason: `expected an error containing ${JSON.stringify(c.error)}, got ${JSON.stringify(results).slice(0, 200)}`, stock };
  if (c.no_result) {
    return results.length === 0 ? { ok: true, stock, host } : { ok: false, reason: `expected no result, got ${JSON.stringify(results).slice(0, 200)}`, stock };
  }
  const want = c.want_result as { 'many!'?: unknown[] } | undefined;
  const expected = (want && typeof want === 'object' && !Array.isArray(want) && 'many!' in want ? want['many!']! : [c.want_result]).map(normaliseExpected);
  if (sameList(results, expected)) return { ok: true, stock, host };
  return { ok: false, reason: `got ${JSON.stringify(results).slice(0, 300)}, want ${JSON.stringify(expected).slice(0, 300)}`, stock };
}
