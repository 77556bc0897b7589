// Test helpers for hand-written plans: constant constructors and a one-builtin plan. Used only by
// the runtime's tests; kept out of the production entry points.

import * as opaWasm from '@open-policy-agent/opa-wasm';
import { BUILTINS } from '../rego/builtins.js';
import type { Constant, Plan, Stmt } from '../rego/ir.js';
import { linkPolicy } from './link.js';

export const S = (v: string): Constant => ({ t: 'string', v });
export const N = (v: string | number): Constant => ({ t: 'number', v: String(v) });
export const B = (v: boolean): Constant => ({ t: 'boolean', v });
export const NULL: Constant = { t: 'null' };

/** A plan whose entrypoint `t/f` returns name(input[0], …, input[arity-1]). */
export function builtinPlan(name: string, arity: number, strict = false): Plan {
  const body: Stmt[] = [{ op: 'LoadInput', dst: 0 }];
  const consts: Constant[] = [];
  for (let i = 0; i < arity; i++) {
    consts.push(N(i));
    body.push({ op: 'Dot', src: { local: 0 }, key: { const: i }, dst: i + 1 });
  }
  body.push({ op: 'Call', builtin: 0, args: Array.from({ length: arity }, (_, i) => ({ local: i + 1 })), dst: arity + 1 });
  body.push({ op: 'ResultAdd', value: { local: arity + 1 } });
  return {
    constants: consts,
    builtins: [{ name, arity }],
    funcs: [],
    entrypoints: [{ name: 't/f', locals: arity + 2, body }],
    strict,
  };
}

// the SDK is CommonJS: its functions sit on `default` when imported from ESM
const opa = (opaWasm as unknown as { default?: typeof opaWasm }).default ?? opaWasm;
const policies = new Map<string, ReturnType<typeof opa.loadPolicySync>>();

/**
 * Calls builtin `name` in a linked module loaded in stock opa-wasm with no custom builtins (what
 * any embedder gets). `args` is the JSON text of the argument array, so that 1.0 stays a float.
 * Returns undefined when the call is undefined; a strict plan's builtin error throws.
 */
export function callStock(name: string, args: string, strict = true): unknown {
  const key = `${name}/${strict}`;
  let p = policies.get(key);
  if (!p) {
    p = opa.loadPolicySync(linkPolicy(builtinPlan(name, BUILTINS[name]!.arity, strict)));
    policies.set(key, p);
  }
  const rs = p.evaluate(new TextEncoder().encode(args).buffer as ArrayBuffer) as Array<{ result: unknown }>;
  return rs.length === 0 ? undefined : rs[0]!.result;
}
