// Input projection, the compiler's half: which top-level keys of `input` the code an entrypoint
// can reach may observe. The engine then writes only those members of a large JSON document into
// the module's memory (src/runtime/evaluate.ts), so a Terraform plan's `planned_values` and
// `prior_state`, which no built-in policy reads, are neither copied nor parsed.
//
// Soundness over precision: the answer must be a superset of what any evaluation could observe,
// or "the whole input" (undefined). The whole input value enters a frame only through LoadInput
// (and Assign copies of it, followed here); every use of such a local other than a lookup with a
// constant string key — passed to a function or builtin, iterated, compared, counted, stored,
// returned, used as a key — means "every key". `with input.a… as v` adds `a`: the patched input
// is built from the original one. Works on the IR (../ir.ts) only, after planning; it must not
// change the plan.

import type { Block, Operand, Plan, Stmt } from '../ir.js';

/** What one function (or entrypoint body) reads of the input directly, and whom it may call. */
interface Use {
  keys: Set<string>;
  all: boolean;
  calls: Set<number>;
}

/**
 * Entrypoint name → the sorted top-level input keys it may read; entrypoints that may observe the
 * whole input (or could not be proven not to) are absent.
 */
export function inputKeysByEntrypoint(plan: Plan): Record<string, string[]> {
  const uses = plan.funcs.map((f) => directUse(plan, f.body, f.result));
  const out: Record<string, string[]> = {};
  for (const ep of plan.entrypoints) {
    const keys = reachableKeys(directUse(plan, ep.body, -1), uses);
    if (keys) out[ep.name] = [...keys].sort();
  }
  return out;
}

/** The union of the keys read by `start` and every function it can reach; undefined when one reads all. */
function reachableKeys(start: Use, uses: Use[]): Set<string> | undefined {
  const keys = new Set<string>();
  const seen = new Set<number>();
  const todo: Use[] = [start];
  for (let u = todo.pop(); u; u = todo.pop()) {
    if (u.all) return undefined;
    for (const k of u.keys) keys.add(k);
    for (const f of u.calls) {
      if (seen.has(f)) continue;
      seen.add(f);
      const next = uses[f];
      // A call to a function the plan does not hold cannot be reasoned about.
      if (!next) return undefined;
      todo.push(next);
    }
  }
  return keys;
}

/** Every statement of a block and of the blocks nested in it. */
function* statements(block: Block): Generator<Stmt> {
  for (const s of block) {
    yield s;
    switch (s.op) {
      case 'Scan':
      case 'Not':
      case 'WithInput':
      case 'WithData':
      case 'WithFuncValue':
      case 'WithFuncReplace':
        yield* statements(s.block);
        break;
      case 'Blocks':
        for (const b of s.blocks) yield* statements(b);
        break;
      case 'Switch':
        for (const c of s.cases) yield* statements(c.block);
        if (s.always) yield* statements(s.always);
        break;
    }
  }
}

/** What one body reads of the input itself; `result` is the slot it returns (-1: none). */
function directUse(plan: Plan, body: Block, result: number): Use {
  const use: Use = { keys: new Set(), all: false, calls: new Set() };
  const all = [...statements(body)];
  // Locals that may hold the whole input: LoadInput targets, then their copies, to a fixpoint
  // (a slot written by anything else as well only makes the answer larger).
  const whole = new Set<number>();
  for (const s of all) if (s.op === 'LoadInput') whole.add(s.dst);
  for (let grew = whole.size > 0; grew; ) {
    grew = false;
    for (const s of all) {
      if (s.op === 'Assign' && isWhole(s.src, whole) && !whole.has(s.dst)) {
        whole.add(s.dst);
        grew = true;
      }
    }
  }
  if (whole.has(result)) use.all = true;
  const read = (o: Operand | number): void => {
    if (isWhole(o, whole)) use.all = true;
  };
  for (const s of all) {
    switch (s.op) {
      case 'Dot': {
        read(s.key);
        if (!isWhole(s.src, whole)) break;
        const key = 'const' in s.key ? plan.constants[s.key.const] : undefined;
        if (key?.t === 'string') use.keys.add(key.v);
        else use.all = true;
        break;
      }
      case 'WithInput': {
        read(s.value);
        const first = s.path[0] === undefined ? undefined : plan.constants[s.path[0]];
        if (first?.t === 'string') use.keys.add(first.v);
        else if (first) use.all = true;
        break;
      }
      case 'Assign': // followed above
      case 'LoadInput':
      case 'LoadData':
      case 'Reset':
      case 'MakeArray':
      case 'MakeObject':
      case 'MakeSet':
      case 'Not':
      case 'Blocks':
      case 'Break':
      case 'Abort':
      // Projection keeps definedness and the type (an object stays an object; anything else is
      // written whole), so these observe nothing a projection changes.
      case 'IsDefined':
      case 'IsUndefined':
      case 'IsArray':
      case 'IsObject':
      case 'IsSet':
        break;
      case 'Scan':
      case 'NotFalse':
      case 'Len':
      case 'ResultAdd':
        read(s.op === 'Scan' ? s.src : s.op === 'ResultAdd' ? s.value : s.a);
        break;
      case 'AssignOnce':
        read(s.src);
        read(s.dst);
        break;
      case 'Equal':
      case 'NotEqual':
        read(s.a);
        read(s.b);
        break;
      case 'Call':
        s.args.forEach(read);
        break;
      case 'CallFunc':
        s.args.forEach(read);
        use.calls.add(s.func);
        break;
      case 'Switch':
        read(s.src);
        break;
      case 'ArrayAppend':
        read(s.array);
        read(s.value);
        break;
      case 'ObjectInsert':
      case 'ObjectInsertOnce':
        read(s.object);
        read(s.key);
        read(s.value);
        break;
      case 'ObjectInsertPath':
        read(s.object);
        s.path.forEach(read);
        read(s.value);
        break;
      case 'SetAdd':
        read(s.set);
        read(s.value);
        break;
      case 'WithData':
        read(s.value);
        break;
      case 'WithFuncValue':
        read(s.value);
        use.calls.add(s.func);
        break;
      case 'WithFuncReplace':
        use.calls.add(s.func);
        use.calls.add(s.replacement);
        break;
      default: {
        // A new statement kind must be classified here before it can be projected.
        const unknown: never = s;
        void unknown;
        use.all = true;
      }
    }
  }
  return use;
}

function isWhole(o: Operand | number, whole: Set<number>): boolean {
  return typeof o === 'number' ? whole.has(o) : 'local' in o && whole.has(o.local);
}
