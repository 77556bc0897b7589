// The loaded plan: reads the binary format of src/rego/plan/encode.ts once, at instantiation,
// into tables the interpreter indexes directly (constants as values, functions, entrypoints,
// builtin dispatch). Statements stay where they are and are executed in place, Switch tables
// included (the encoder lays them out for binary search), so loading never walks the code. Everything built here sits below the heap base the SDK saves, so it survives resets.
// Must not evaluate anything.

import { alloc, fatal } from "./mem";
import {
  NULL_V, TRUE_V, FALSE_V, mkArray, mkObject, mkSet, arrPush, setAdd, objPut, mkString, mkInt,
  compare, T_STRING,
} from "./value";
import { parseNumberText } from "./json";
import { nativeId } from "./builtins/index";

export const CONST_FLAG: u32 = 0x80000000;
/** The format this runtime executes (PLAN_VERSION in src/rego/plan/encode.ts). */
const PLAN_VERSION: u32 = 2;
/** Byte offset of a Switch's (constant, case offset) table from its opcode. */
export const SWITCH_TABLE: usize = 20;

export let strict: bool = false;
export let nConsts: u32 = 0;
export let consts: usize = 0;     // u32 value pointers
export let nBuiltins: u32 = 0;
export let builtinTab: usize = 0; // per builtin: name value, arity, native id (-1 host), host id
export let nFuncs: u32 = 0;
export let funcTab: usize = 0;    // per func: name (its Str in the plan), params, locals, result, memo, body
export let nEntries: u32 = 0;
export let entryTab: usize = 0;   // per entry: name value, locals, body
export let entrypointsObj: usize = 0;
export let builtinsObj: usize = 0;
export let resultKey: usize = 0;

export const BI_SIZE: usize = 16;
export const FN_SIZE: usize = 24;
export const EP_SIZE: usize = 12;

let pc: usize = 0;

@inline function word(): u32 { const w = load<u32>(pc); pc += 4; return w; }

function readStr(): usize {
  const n = word();
  const v = mkString(pc, n);
  pc += (<usize>n + 3) & ~3;
  return v;
}

/** Steps over a Str and returns its address. */
function skipStr(): usize {
  const at = pc;
  pc += 4 + ((<usize>load<u32>(pc) + 3) & ~3);
  return at;
}

function readConst(): usize {
  const t = word();
  switch (t) {
    case 0: return NULL_V;
    case 1: return FALSE_V;
    case 2: return TRUE_V;
    case 3: {
      const n = word();
      const v = parseNumberText(pc, pc + n);
      if (v == 0) fatal("plan: invalid number constant");
      pc += (<usize>n + 3) & ~3;
      return v;
    }
    case 4: {
      // The constant's own words become the string value (tag, length, bytes): no copy, and the
      // plan stays where it is for as long as the module lives.
      const v = skipStr() - 4;
      store<u32>(v, T_STRING);
      return v;
    }
    case 5: {
      const n = word();
      const a = mkArray(n);
      for (let i: u32 = 0; i < n; i++) arrPush(a, readConst());
      return a;
    }
    case 6: {
      const n = word();
      const o = mkObject(n);
      for (let i: u32 = 0; i < n; i++) { const k = readConst(); objPut(o, k, readConst()); }
      return o;
    }
    case 7: {
      const n = word();
      const s = mkSet(n);
      for (let i: u32 = 0; i < n; i++) setAdd(s, readConst());
      return s;
    }
  }
  fatal("plan: invalid constant tag");
  return 0;
}

@inline export function constant(i: u32): usize { return <usize>load<u32>(consts + (<usize>i << 2)); }

/** The address just past the Block at b (its first word is its size in words). */
@inline export function skipBlock(b: usize): usize { return b + 4 + (<usize>load<u32>(b) << 2); }

// ---- Switch tables: the encoder writes each in `compare` order when it can be sure of it; the
// others are sorted here, in place, the first time their Switch runs, so loading walks no code.

/** Sorts the (constant, case offset) table of the Switch at p by case value; stable, like the encoder's. */
export function sortSwitch(p: usize): void {
  const n = load<u32>(p, 8);
  const tab = p + SWITCH_TABLE;
  for (let i: u32 = 1; i < n; i++) {
    const e = load<u64>(tab + (<usize>i << 3));
    const v = constant(<u32>e);
    let j = i;
    while (j > 0 && compare(constant(load<u32>(tab + (<usize>(j - 1) << 3))), v) > 0) {
      store<u64>(tab + (<usize>j << 3), load<u64>(tab + (<usize>(j - 1) << 3)));
      j--;
    }
    store<u64>(tab + (<usize>j << 3), e);
  }
  store<u32>(p, 1, 12);
}

/** Loads the plan at [p, p+n) (it must stay there: statements are executed in place). */
export function loadPlan(p: usize, n: usize): void {
  pc = p;
  if (word() != 0x31444c50) fatal("plan: bad magic (not a Palisade plan)");
  const version = word();
  if (version < PLAN_VERSION) fatal("plan: format version older than this runtime's: recompile the policies with this Palisade");
  if (version > PLAN_VERSION) fatal("plan: format version newer than this runtime's: rebuild the runtime (npm run build) or use the Palisade that compiled the policies");
  strict = (word() & 1) != 0;
  nConsts = word();
  nBuiltins = word();
  nFuncs = word();
  nEntries = word();
  consts = alloc(<usize>nConsts << 2);
  for (let i: u32 = 0; i < nConsts; i++) store<u32>(consts + (<usize>i << 2), <u32>readConst());

  builtinTab = alloc(<usize>nBuiltins * BI_SIZE);
  builtinsObj = mkObject(0);
  let hostIds: i64 = 0;
  for (let i: u32 = 0; i < nBuiltins; i++) {
    const e = builtinTab + <usize>i * BI_SIZE;
    const arity = word();
    const name = readStr();
    const id = nativeId(name);
    store<u32>(e, <u32>name);
    store<u32>(e, arity, 4);
    store<i32>(e, id, 8);
    if (id < 0) {
      store<u32>(e, <u32>hostIds, 12);
      objPut(builtinsObj, name, mkInt(hostIds));
      hostIds++;
    }
  }

  funcTab = alloc(<usize>nFuncs * FN_SIZE);
  for (let i: u32 = 0; i < nFuncs; i++) {
    const e = funcTab + <usize>i * FN_SIZE;
    // Evaluation never needs a function's name: it stays in the plan, unread.
    store<u32>(e, <u32>skipStr());
    store<u32>(e, word(), 4);
    store<u32>(e, word(), 8);
    store<u32>(e, word(), 12);
    store<u32>(e, word(), 16);
    store<u32>(e, <u32>pc, 20);
    pc = skipBlock(pc);
  }

  entryTab = alloc(<usize>nEntries * EP_SIZE);
  entrypointsObj = mkObject(0);
  for (let i: u32 = 0; i < nEntries; i++) {
    const e = entryTab + <usize>i * EP_SIZE;
    const name = readStr();
    store<u32>(e, <u32>name);
    store<u32>(e, word(), 4);
    store<u32>(e, <u32>pc, 8);
    objPut(entrypointsObj, name, mkInt(<i64>i));
    pc = skipBlock(pc);
  }
  if (pc != p + n) fatal("plan: trailing bytes");

  resultKey = mkString(memory.data<u8>([0x72, 0x65, 0x73, 0x75, 0x6c, 0x74]), 6);
}
