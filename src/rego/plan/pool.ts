// The plan's shared tables: the constant pool (deduplicated, composite literals folded in) and
// the builtin table, plus the per-function frame that hands out local slots and tracks block
// depth for `Break`. It knows nothing about Rego; the planner decides what goes in.

import type { Block, Constant, Operand, Stmt } from '../ir.js';
import { builtin } from '../builtins.js';
import { InternalError } from '../../diagnostics.js';

export class Pool {
  readonly constants: Constant[] = [];
  readonly builtins: Array<{ name: string; arity: number }> = [];
  private readonly constIndex = new Map<string, number>();
  private readonly builtinIndex = new Map<string, number>();

  constant(c: Constant): number {
    // Scalars are most constants: key them without serialising.
    const key = c.t === 'string' ? `s${c.v}` : c.t === 'number' ? `n${c.v}` : c.t === 'boolean' ? `b${c.v}` : c.t === 'null' ? 'z' : JSON.stringify(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.constants.length;
      this.constants.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  op(c: Constant): Operand {
    return { const: this.constant(c) };
  }

  str(s: string): number {
    return this.constant({ t: 'string', v: s });
  }

  builtin(name: string): number {
    let i = this.builtinIndex.get(name);
    if (i === undefined) {
      const spec = builtin(name);
      if (!spec) throw new InternalError(`planner: unknown builtin ${name} reached the planner`);
      i = this.builtins.length;
      this.builtins.push({ name, arity: spec.arity });
      this.builtinIndex.set(name, i);
    }
    return i;
  }
}

/** One function (or entrypoint) being planned: its locals, the block being written, its depth. */
export class Frame {
  locals: number;
  cur: Block = [];
  /** Number of blocks open around `cur` (the function body is depth 0). */
  depth = 0;
  /** Rego var → where its value is. Copied at each branch, so a binding never leaks sideways. */
  vars = new Map<string, Operand>();

  constructor(params: number) {
    this.locals = params;
  }

  local(): number {
    return this.locals++;
  }

  emit(s: Stmt): void {
    this.cur.push(s);
  }

  /** Runs `fn` writing into `block` one level deeper; bindings made inside do not leak out. */
  nest(block: Block, fn: () => void): Block {
    const saved = { cur: this.cur, vars: this.vars };
    this.cur = block;
    this.vars = new Map(this.vars);
    this.depth++;
    try {
      fn();
    } finally {
      this.depth--;
      this.cur = saved.cur;
      this.vars = saved.vars;
    }
    return block;
  }

  /** A Break from the current depth that stops every block up to and including the one at `target`. */
  breakTo(target: number): Stmt {
    if (this.depth < target) throw new InternalError('planner: break target is not enclosing');
    return { op: 'Break', levels: this.depth - target };
  }
}
