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
//                count-prefixed; -1 slots (Scan key/value) are 0xFFFFFFFF; except Switch:
//   Switch    := 22 src n ordered alwaysAt (const caseAt)*n Block*n hasAlways [Block]
//                The (const, caseAt) table is the runtime's binary-search table, searched in
//                place: `ordered` = 1 when it is already in the order of the runtime's `compare`
//                (value.ts), 0 when a case constant's order is not certain here and the runtime
//                sorts the table itself the first time the Switch runs. caseAt and alwaysAt are
//                word offsets from the opcode, so neither loading nor dispatch walks the cases.
//
// Version 2 introduced the Switch layout above; the runtime rejects any other version, because
// it executes the statements in place and a layout it does not know would run as garbage.

import type { Block, Constant, Operand, Plan, Stmt } from '../ir.js';

export const PLAN_MAGIC = 0x31444c50; // "PLD1"
export const PLAN_VERSION = 2;
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

// ---- the runtime's order of values, where it is certain on this side: Switch tables are written
// in it, and so are set elements and object keys, which the runtime then appends without a search

/** Integers the runtime reads as exact 64-bit ints (≤ 18 digits), kept within doubles' exact range. */
const EXACT_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;

/** `compare`'s rank (value.ts: null, boolean, number, string) and a key within it, or undefined. */
function orderKey(c: Constant): { rank: number; key: number | Uint8Array } | undefined {
  switch (c.t) {
    case 'null': return { rank: 0, key: 0 };
    case 'boolean': return { rank: 1, key: c.v ? 1 : 0 };
    case 'number': return EXACT_INT.test(c.v) ? { rank: 2, key: Number(c.v) } : undefined;
    case 'string': return { rank: 3, key: utf8.encode(c.v) };
    default: return undefined; // composites: left to the runtime's own sort
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * The indices of `values` in the order the runtime's `compare` puts them (stable, as the
 * runtime's own sorts are, so equal values keep their plan order), or undefined when one
 * value's place in that order is not certain here.
 */
export function compareOrder(values: readonly Constant[]): number[] | undefined {
  const keys = values.map(orderKey);
  if (keys.some((x) => x === undefined)) return undefined;
  const ks = keys as Array<{ rank: number; key: number | Uint8Array }>;
  return [...values.keys()].sort((i, j) => {
    const a = ks[i]!, b = ks[j]!;
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (typeof a.key === 'number') return a.key - (b.key as number);
    return compareBytes(a.key, b.key as Uint8Array);
  });
}

function constant(w: Words, c: Constant): void {
  switch (c.t) {
    case 'null': w.push(0); return;
    case 'boolean': w.push(c.v ? 2 : 1); return;
    case 'number': w.push(3); str(w, c.v); return;
    case 'string': w.push(4); str(w, c.v); return;
    case 'array': w.push(5); w.push(c.v.length); c.v.forEach((x) => constant(w, x)); return;
    case 'object': {
      w.push(6); w.push(c.v.length);
      for (const i of compareOrder(c.v.map(([k]) => k)) ?? c.v.keys()) { constant(w, c.v[i]![0]); constant(w, c.v[i]![1]); }
      return;
    }
    case 'set': {
      w.push(7); w.push(c.v.length);
      for (const i of compareOrder(c.v) ?? c.v.keys()) constant(w, c.v[i]!);
      return;
    }
  }
}

function operand(w: Words, o: Operand): void {
  w.push('local' in o ? o.local : CONST_FLAG + o.const);
}

function operands(w: Words, os: Operand[]): void {
  w.push(os.length);
  os.forEach((o) => operand(w, o));
}

function block(w: Words, b: Block, k: readonly Constant[]): void {
  const at = w.length;
  w.push(0);
  b.forEach((s) => stmt(w, s, k));
  w.set(at, w.length - at - 1);
}

function stmt(w: Words, s: Stmt, k: readonly Constant[]): void {
  const at = w.length;
  w.push(OPCODES[s.op]);
  switch (s.op) {
    case 'Dot': operand(w, s.src); operand(w, s.key); w.push(s.dst); return;
    case 'Scan': operand(w, s.src); w.push(s.key); w.push(s.value); block(w, s.block, k); return;
    case 'LoadInput': case 'LoadData': case 'Reset': case 'MakeArray': case 'MakeObject': case 'MakeSet':
      w.push(s.dst); return;
    case 'Assign': operand(w, s.src); w.push(s.dst); return;
    case 'AssignOnce': operand(w, s.src); w.push(s.dst); w.push(s.message); return;
    case 'IsDefined': case 'IsUndefined': w.push(s.local); return;
    case 'Equal': case 'NotEqual': operand(w, s.a); operand(w, s.b); return;
    case 'NotFalse': case 'IsArray': case 'IsObject': case 'IsSet': operand(w, s.a); return;
    case 'Len': operand(w, s.a); w.push(s.dst); return;
    case 'Not': block(w, s.block, k); return;
    case 'Call': w.push(s.builtin); w.push(s.dst); operands(w, s.args); return;
    case 'CallFunc': w.push(s.func); w.push(s.dst); operands(w, s.args); return;
    case 'Blocks': w.push(s.blocks.length); s.blocks.forEach((b) => block(w, b, k)); return;
    case 'Break': w.push(s.levels); return;
    case 'Switch': {
      operand(w, s.src);
      w.push(s.cases.length);
      const order = compareOrder(s.cases.map((c) => k[c.value]!));
      const rows = order ?? [...s.cases.keys()];
      w.push(order ? 1 : 0);
      const alwaysAt = w.length;
      w.push(0);
      const table = w.length;
      for (const i of rows) { w.push(s.cases[i]!.value); w.push(0); }
      rows.forEach((i, row) => {
        w.set(table + 2 * row + 1, w.length - at);
        block(w, s.cases[i]!.block, k);
      });
      w.set(alwaysAt, w.length - at);
      w.push(s.always ? 1 : 0);
      if (s.always) block(w, s.always, k);
      return;
    }
    case 'ArrayAppend': w.push(s.array); operand(w, s.value); return;
    case 'ObjectInsert': w.push(s.object); operand(w, s.key); operand(w, s.value); return;
    case 'ObjectInsertOnce': w.push(s.object); operand(w, s.key); operand(w, s.value); w.push(s.message); return;
    case 'ObjectInsertPath':
      w.push(s.object); operand(w, s.value); w.push(s.set ? 1 : 0); w.push(s.message); operands(w, s.path); return;
    case 'SetAdd': w.push(s.set); operand(w, s.value); return;
    case 'ResultAdd': operand(w, s.value); return;
    case 'WithInput': case 'WithData':
      operand(w, s.value); w.push(s.path.length); s.path.forEach((p) => w.push(p)); block(w, s.block, k); return;
    case 'WithFuncValue': w.push(s.func); operand(w, s.value); block(w, s.block, k); return;
    case 'WithFuncReplace': w.push(s.func); w.push(s.replacement); block(w, s.block, k); return;
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
    block(w, f.body, plan.constants);
  }
  for (const e of plan.entrypoints) { str(w, e.name); w.push(e.locals); block(w, e.body, plan.constants); }
  return w.bytes();
}
