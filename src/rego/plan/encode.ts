// The binary plan format: how a `Plan` (../ir.ts) travels from the TypeScript compiler into the
// WebAssembly runtime, which executes it in place (src/runtime/assembly/plan.ts reads it). Owns
// the layout only; it must not interpret the plan or depend on the runtime.
//
// Every field is a little-endian u32 word, so the runtime reads it with aligned loads and no
// decoding pass. Strings are (byte length, UTF-8 bytes, zero padding to 4).
//
//   Plan      := MAGIC VERSION flags(bit0 = strict) nConst nBuiltin nFunc nEntry
//                Const*nConst Builtin*nBuiltin Func*nFunc Entry*nEntry
//   Const     := 0 null | 1 false | 2 true | 3 Str(decimal text) | 4 Str
//              | 5 n Const*n (array) | 6 n (Const Const)*n (object) | 7 n Const*n (set)
//   Builtin   := arity Str(name)
//   Func      := Str(name) params locals result memo Block
//   Entry     := Str(name) locals Block
//   Block     := nWords Stmt*           (nWords = size of the statements, so a block is skippable)
//   Operand   := local index | 0x80000000 + constant index
//   Stmt      := opcode fields…, in the order of the IR (see OPCODES below); lists are
//                count-prefixed; -1 slots (Scan key/value) are 0xFFFFFFFF; Switch has one
//                extra word the runtime fills with its lookup table when it loads the plan.

import type { Block, Constant, Operand, Plan, Stmt } from '../ir.js';

export const PLAN_MAGIC = 0x31444c50; // "PLD1"
export const PLAN_VERSION = 1;
export const CONST_FLAG = 0x80000000;

export const OPCODES = {
  Dot: 1, Scan: 2, LoadInput: 3, LoadData: 4, Assign: 5, AssignOnce: 6, Reset: 7, IsDefined: 8,
  IsUndefined: 9, Equal: 10, NotEqual: 11, NotFalse: 12, IsArray: 13, IsObject: 14, IsSet: 15,
  Len: 16, Not: 17, Call: 18, CallFunc: 19, Blocks: 20, Break: 21, Switch: 22, MakeArray: 23,
  ArrayAppend: 24, MakeObject: 25, ObjectInsert: 26, ObjectInsertOnce: 27, ObjectInsertPath: 28,
  MakeSet: 29, SetAdd: 30, ResultAdd: 31, WithInput: 32, WithData: 33, WithFuncValue: 34,
  WithFuncReplace: 35, Abort: 36,
} as const satisfies Record<Stmt['op'], number>;

class Words {
  private buf = new Uint32Array(1024);
  length = 0;
  push(w: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = w >>> 0;
  }
  set(at: number, w: number): void {
    this.buf[at] = w >>> 0;
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, 0, this.length * 4).slice();
  }
}

const utf8 = new TextEncoder();

function str(w: Words, s: string): void {
  const b = utf8.encode(s);
  w.push(b.length);
  const padded = new Uint8Array((b.length + 3) & ~3);
  padded.set(b);
  const view = new DataView(padded.buffer);
  for (let i = 0; i < padded.length; i += 4) w.push(view.getUint32(i, true));
}

function constant(w: Words, c: Constant): void {
  switch (c.t) {
    case 'null': w.push(0); return;
    case 'boolean': w.push(c.v ? 2 : 1); return;
    case 'number': w.push(3); str(w, c.v); return;
    case 'string': w.push(4); str(w, c.v); return;
    case 'array': w.push(5); w.push(c.v.length); c.v.forEach((x) => constant(w, x)); return;
    case 'object': w.push(6); w.push(c.v.length); for (const [k, v] of c.v) { constant(w, k); constant(w, v); } return;
    case 'set': w.push(7); w.push(c.v.length); c.v.forEach((x) => constant(w, x)); return;
  }
}

function operand(w: Words, o: Operand): void {
  w.push('local' in o ? o.local : CONST_FLAG + o.const);
}

function operands(w: Words, os: Operand[]): void {
  w.push(os.length);
  os.forEach((o) => operand(w, o));
}

function block(w: Words, b: Block): void {
  const at = w.length;
  w.push(0);
  b.forEach((s) => stmt(w, s));
  w.set(at, w.length - at - 1);
}

function stmt(w: Words, s: Stmt): void {
  w.push(OPCODES[s.op]);
  switch (s.op) {
    case 'Dot': operand(w, s.src); operand(w, s.key); w.push(s.dst); return;
    case 'Scan': operand(w, s.src); w.push(s.key); w.push(s.value); block(w, s.block); return;
    case 'LoadInput': case 'LoadData': case 'Reset': case 'MakeArray': case 'MakeObject': case 'MakeSet':
      w.push(s.dst); return;
    case 'Assign': operand(w, s.src); w.push(s.dst); return;
    case 'AssignOnce': operand(w, s.src); w.push(s.dst); w.push(s.message); return;
    case 'IsDefined': case 'IsUndefined': w.push(s.local); return;
    case 'Equal': case 'NotEqual': operand(w, s.a); operand(w, s.b); return;
    case 'NotFalse': case 'IsArray': case 'IsObject': case 'IsSet': operand(w, s.a); return;
    case 'Len': operand(w, s.a); w.push(s.dst); return;
    case 'Not': block(w, s.block); return;
    case 'Call': w.push(s.builtin); w.push(s.dst); operands(w, s.args); return;
    case 'CallFunc': w.push(s.func); w.push(s.dst); operands(w, s.args); return;
    case 'Blocks': w.push(s.blocks.length); s.blocks.forEach((b) => block(w, b)); return;
    case 'Break': w.push(s.levels); return;
    case 'Switch':
      operand(w, s.src);
      w.push(0); // lookup table, filled by the runtime at load
      w.push(s.cases.length);
      for (const c of s.cases) { w.push(c.value); block(w, c.block); }
      w.push(s.always ? 1 : 0);
      if (s.always) block(w, s.always);
      return;
    case 'ArrayAppend': w.push(s.array); operand(w, s.value); return;
    case 'ObjectInsert': w.push(s.object); operand(w, s.key); operand(w, s.value); return;
    case 'ObjectInsertOnce': w.push(s.object); operand(w, s.key); operand(w, s.value); w.push(s.message); return;
    case 'ObjectInsertPath':
      w.push(s.object); operand(w, s.value); w.push(s.set ? 1 : 0); w.push(s.message); operands(w, s.path); return;
    case 'SetAdd': w.push(s.set); operand(w, s.value); return;
    case 'ResultAdd': operand(w, s.value); return;
    case 'WithInput': case 'WithData':
      operand(w, s.value); w.push(s.path.length); s.path.forEach((p) => w.push(p)); block(w, s.block); return;
    case 'WithFuncValue': w.push(s.func); operand(w, s.value); block(w, s.block); return;
    case 'WithFuncReplace': w.push(s.func); w.push(s.replacement); block(w, s.block); return;
    case 'Abort': w.push(s.message); return;
  }
}

/** Encodes a plan in the runtime's binary format (see the header of this file). */
export function encodePlan(plan: Plan): Uint8Array {
  const w = new Words();
  w.push(PLAN_MAGIC);
  w.push(PLAN_VERSION);
  w.push(plan.strict ? 1 : 0);
  w.push(plan.constants.length);
  w.push(plan.builtins.length);
  w.push(plan.funcs.length);
  w.push(plan.entrypoints.length);
  plan.constants.forEach((c) => constant(w, c));
  for (const b of plan.builtins) { w.push(b.arity); str(w, b.name); }
  for (const f of plan.funcs) {
    str(w, f.name); w.push(f.params); w.push(f.locals); w.push(f.result); w.push(f.memo ? 1 : 0);
    block(w, f.body);
  }
  for (const e of plan.entrypoints) { str(w, e.name); w.push(e.locals); block(w, e.body); }
  return w.bytes();
}
