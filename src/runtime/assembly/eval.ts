// The IR interpreter: executes the statements of the loaded plan in place, exactly as the header
// of src/rego/ir.ts defines them (blocks, break levels, frames of locals, evaluation contexts for
// `with`, memoisation). Owns evaluation state; must not parse or print JSON, and must not
// implement builtins (it dispatches to ./builtins and to the host).

import {
  allocZero, alloc, align8, fatal, fatalBytes, scratchReset, scratchStr, scratchU64, scratchAbort, heapPtr,
  setHeapPtr, pinned, pin, unpinAll, startBudget, endBudget,
} from "./mem";
import {
  T_NULL, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET, T_INT, T_BOOL, tag, len, arrGet, objKey, objVal,
  mkArray, mkObject, mkSet, arrPush, objGet, objPut, setAdd, setHas, mkInt, equal, compare,
  cloneColl, dot,
} from "./value";
import {
  CONST_FLAG, strict, builtinTab, funcTab, entryTab, nFuncs, resultKey, BI_SIZE,
  FN_SIZE, EP_SIZE, SWITCH_TABLE, constant, skipBlock, sortSwitch,
} from "./plan";
import { callNative, builtinError, builtinErrorIsType, clearBuiltinError } from "./builtins/index";
import { resetEvalCache } from "./builtins/regex/cache";
import { beginEvaluation } from "./builtins/random";
import { Buf, newBuf, putBytes, putStr, putByte } from "./buf";

@external("env", "opa_builtin0") declare function opa_builtin0(id: i32, ctx: i32): i32;
@external("env", "opa_builtin1") declare function opa_builtin1(id: i32, ctx: i32, a: i32): i32;
@external("env", "opa_builtin2") declare function opa_builtin2(id: i32, ctx: i32, a: i32, b: i32): i32;
@external("env", "opa_builtin3") declare function opa_builtin3(id: i32, ctx: i32, a: i32, b: i32, c: i32): i32;
@external("env", "opa_builtin4") declare function opa_builtin4(id: i32, ctx: i32, a: i32, b: i32, c: i32, d: i32): i32;

// The current evaluation context. `with` swaps these and restores them afterwards.
let ctxInput: usize = 0;
let ctxData: usize = 0;
let ctxMemo: usize = 0;  // u32 per func: 0 not yet, 1 undefined, else the value
let ctxOver: usize = 0;  // 0, or u32 pairs per func: (kind 0 none | 1 value | 2 replace, payload)
let results: usize = 0;
let fp: usize = 0;       // frame of locals of the running function

const MEMO_UNDEF: u32 = 1;

// The step budget: every Scan iteration, function call and builtin call is a step, so any
// long-running evaluation (Rego has no unbounded loops; only iteration and calls make work)
// is counted at the cost of one add and compare. 0 = unlimited, the default.
let steps: u64 = 0;
let stepBudget: u64 = 0;
let stepLimit: u64 = u64.MAX_VALUE;

export function setStepBudget(n: f64): void {
  stepBudget = n >= 1 && n < 1.8e19 ? <u64>n : 0;
  stepLimit = stepBudget != 0 ? stepBudget : u64.MAX_VALUE;
}

function overBudget(): void {
  scratchReset();
  scratchStr("eval_budget_exceeded: the policy ran more than ");
  scratchU64(stepBudget);
  scratchStr(" steps");
  scratchAbort();
}

@inline function step(): void {
  if (++steps > stepLimit) overBudget();
}

@inline function local(i: u32): usize { return <usize>load<u32>(fp + (<usize>i << 2)); }
@inline function setLocal(i: u32, v: usize): void { store<u32>(fp + (<usize>i << 2), <u32>v); }
@inline function opnd(o: u32): usize {
  return o & CONST_FLAG
    ? constant(o & ~CONST_FLAG)
    : <usize>load<u32>(fp + (<usize>o << 2));
}

function abortWith(message: u32): void {
  const m = constant(message);
  if (tag(m) == T_STRING) fatalBytes(m + 8, len(m));
  fatal("eval_conflict_error");
}

function codePoints(s: usize): u32 {
  let n: u32 = 0;
  const p = s + 8, e = p + len(s);
  for (let q = p; q < e; q++) if ((load<u8>(q) & 0xc0) != 0x80) n++;
  return n;
}

/** A copy of `base` with `value` at `path` (constant keys), creating objects on the way. */
function upsert(base: usize, path: usize, n: u32, value: usize): usize {
  if (n == 0) return value;
  const k = constant(load<u32>(path));
  const o = base != 0 && tag(base) == T_OBJECT ? cloneColl(base) : mkObject(1);
  const child = base != 0 && tag(base) == T_OBJECT ? objGet(base, k) : 0;
  objPut(o, k, upsert(child, path + 4, n - 1, value));
  return o;
}

function callHost(b: usize, args: usize, n: u32): usize {
  const id = load<i32>(b, 12);
  let r: i32 = 0;
  switch (n) {
    case 0: r = opa_builtin0(id, 0); break;
    case 1: r = opa_builtin1(id, 0, load<i32>(args)); break;
    case 2: r = opa_builtin2(id, 0, load<i32>(args), load<i32>(args, 4)); break;
    case 3: r = opa_builtin3(id, 0, load<i32>(args), load<i32>(args, 4), load<i32>(args, 8)); break;
    case 4: r = opa_builtin4(id, 0, load<i32>(args), load<i32>(args, 4), load<i32>(args, 8), load<i32>(args, 12)); break;
    default: fatal("host builtins take at most 4 arguments");
  }
  return <usize>r;
}

function builtinFailed(b: usize): void {
  const name = <usize>load<u32>(b);
  const msg = builtinError();
  const out = newBuf(64);
  putStr(out, builtinErrorIsType() ? "eval_type_error: " : "eval_builtin_error: ");
  putBytes(out, name + 8, len(name));
  putStr(out, ": ");
  if (msg) putBytes(out, msg + 8, len(msg));
  fatalBytes(out.ptr, out.len);
}

// Builtin arguments are read before the builtin returns and never kept, and builtins do not call
// back into the interpreter, so one static area serves every call instead of a heap array each.
const ARGS_MAX: u32 = 16;
const argsArea: usize = memory.data(<i32>(ARGS_MAX << 2), 8);

function callBuiltin(p: usize): usize {
  step();
  const b = builtinTab + <usize>load<u32>(p, 4) * BI_SIZE;
  const n = load<u32>(p, 12);
  const args = n <= ARGS_MAX ? argsArea : alloc(<usize>n << 2);
  for (let i: u32 = 0; i < n; i++) {
    const v = opnd(load<u32>(p + 16 + (<usize>i << 2)));
    if (v == 0) return 0;
    store<u32>(args + (<usize>i << 2), <u32>v);
  }
  const native = load<i32>(b, 8);
  if (native < 0) return callHost(b, args, n);
  clearBuiltinError();
  const r = callNative(native, args, n);
  if (r == 0 && strict && builtinError() != 0) builtinFailed(b);
  return r;
}

function callFunc(p: usize): usize {
  step();
  const f = load<u32>(p, 4);
  if (ctxOver) {
    const kind = load<u32>(ctxOver + (<usize>f << 3));
    if (kind == 1) return <usize>load<u32>(ctxOver + (<usize>f << 3), 4);
    if (kind == 2) {
      // As in OPA, no function mock applies inside a replacement, so it can call the original.
      const so = ctxOver, sm = ctxMemo;
      ctxOver = 0;
      ctxMemo = allocZero(<usize>nFuncs << 2);
      const r = callIndex(load<u32>(so + (<usize>f << 3), 4), p);
      ctxOver = so; ctxMemo = sm;
      return r;
    }
  }
  return callIndex(f, p);
}

/** The size of scalar value v, or 0 for a collection. */
function scalarSize(v: usize): usize {
  const t = tag(v);
  if (t == T_STRING) return 8 + <usize>len(v);
  if (t == T_INT || t == T_FLOAT) return 16;
  if (t == T_BIGNUM) return 16 + <usize>len(v);
  if (t == T_NULL || t == T_BOOL) return 8;
  return 0;
}

/**
 * Ends a function call that started with the heap at `mark` and returns `r`: its frame and every
 * temporary are freed, so evaluation memory follows what rules keep, not how many calls ran.
 * Values never change once made and a call can only hand out its result (memoised values and
 * cached programs pin the heap instead), so only `r` can still be reachable: a scalar result
 * made during the call moves down to `mark`; a collection made during the call keeps it all.
 */
function settle(mark: usize, r: usize): usize {
  if (pinned > mark) return r;
  if (r < mark) { setHeapPtr(mark); return r; }
  const size = scalarSize(r);
  if (size == 0) return r;
  const to = align8(mark);
  memory.copy(to, r, size);
  setHeapPtr(to + size);
  return to;
}

/** Calls function `f` with the arguments of the CallFunc statement at `p`. */
function callIndex(f: u32, p: usize): usize {
  const fn = funcTab + <usize>f * FN_SIZE;
  const memo = load<u32>(fn, 16) != 0;
  if (memo) {
    const m = load<u32>(ctxMemo + (<usize>f << 2));
    if (m == MEMO_UNDEF) return 0;
    if (m != 0) return <usize>m;
  }
  const mark = heapPtr;
  const n = load<u32>(p, 12);
  const frame = allocZero(<usize>load<u32>(fn, 8) << 2);
  for (let i: u32 = 0; i < n; i++) {
    const v = opnd(load<u32>(p + 16 + (<usize>i << 2)));
    if (v == 0) return settle(mark, 0);
    store<u32>(frame + (<usize>i << 2), <u32>v);
  }
  const saved = fp;
  fp = frame;
  runBlock(<usize>load<u32>(fn, 20));
  const r = local(load<u32>(fn, 12));
  fp = saved;
  if (memo) {
    store<u32>(ctxMemo + (<usize>f << 2), r ? <u32>r : MEMO_UNDEF);
    pin();
    return r;
  }
  return settle(mark, r);
}

/** Runs a block under a new evaluation context; returns what the block returned. */
function runWith(b: usize, input: usize, data: usize, over: usize): i32 {
  const si = ctxInput, sd = ctxData, sm = ctxMemo, so = ctxOver;
  ctxInput = input; ctxData = data; ctxOver = over;
  ctxMemo = allocZero(<usize>nFuncs << 2);
  const r = runBlock(b);
  ctxInput = si; ctxData = sd; ctxMemo = sm; ctxOver = so;
  return r;
}

function overrideWith(f: u32, kind: u32, payload: usize): usize {
  const sz = <usize>nFuncs << 3;
  const o = alloc(sz);
  if (ctxOver) memory.copy(o, ctxOver, sz); else memory.fill(o, 0, sz);
  store<u32>(o + (<usize>f << 3), kind);
  store<u32>(o + (<usize>f << 3), <u32>payload, 4);
  return o;
}

function insertPath(p: usize): void {
  const obj = local(load<u32>(p, 4));
  const value = opnd(load<u32>(p, 8));
  const isSet = load<u32>(p, 12) != 0;
  const message = load<u32>(p, 16);
  const n = load<u32>(p, 20);
  if (obj == 0 || value == 0) return;
  let cur = obj;
  for (let i: u32 = 0; i + 1 < n; i++) {
    const k = opnd(load<u32>(p + 24 + (<usize>i << 2)));
    let child = objGet(cur, k);
    if (child == 0) { child = mkObject(0); objPut(cur, k, child); }
    else if (tag(child) != T_OBJECT) abortWith(message);
    cur = child;
  }
  const k = opnd(load<u32>(p + 24 + (<usize>(n - 1) << 2)));
  const existing = objGet(cur, k);
  if (isSet) {
    let s = existing;
    if (s == 0) { s = mkSet(0); objPut(cur, k, s); }
    else if (tag(s) != T_SET) abortWith(message);
    setAdd(s, value);
    return;
  }
  if (existing != 0) {
    if (!equal(existing, value)) abortWith(message);
    return;
  }
  objPut(cur, k, value);
}

/**
 * Runs the block at b. Returns -1 when it ran to its end, otherwise the break level of the
 * statement that stopped it (0 = failure); the owner of the block passes level-1 outwards.
 */
export function runBlock(b: usize): i32 {
  let pc = b + 4;
  const end = skipBlock(b);
  while (pc < end) {
    switch (load<u32>(pc)) {
      case 1: { // Dot
        const src = opnd(load<u32>(pc, 4));
        const key = opnd(load<u32>(pc, 8));
        if (src == 0 || key == 0) return 0;
        const r = dot(src, key);
        if (r == 0) return 0;
        setLocal(load<u32>(pc, 12), r);
        pc += 16;
        break;
      }
      case 2: { // Scan
        const src = opnd(load<u32>(pc, 4));
        const ks = load<u32>(pc, 8), vs = load<u32>(pc, 12);
        const blk = pc + 16;
        pc = skipBlock(blk);
        if (src == 0) break;
        const t = tag(src);
        if (t == T_ARRAY) {
          const n = len(src);
          for (let i: u32 = 0; i < n && i < len(src); i++) {
            if (ks != 0xffffffff) setLocal(ks, mkInt(i));
            if (vs != 0xffffffff) setLocal(vs, arrGet(src, i));
            step();
            const r = runBlock(blk);
            if (r > 0) return r - 1;
          }
        } else if (t == T_OBJECT) {
          const n = len(src);
          for (let i: u32 = 0; i < n; i++) {
            if (ks != 0xffffffff) setLocal(ks, objKey(src, i));
            if (vs != 0xffffffff) setLocal(vs, objVal(src, i));
            step();
            const r = runBlock(blk);
            if (r > 0) return r - 1;
          }
        } else if (t == T_SET) {
          const n = len(src);
          for (let i: u32 = 0; i < n; i++) {
            const e = arrGet(src, i);
            if (ks != 0xffffffff) setLocal(ks, e);
            if (vs != 0xffffffff) setLocal(vs, e);
            step();
            const r = runBlock(blk);
            if (r > 0) return r - 1;
          }
        }
        break;
      }
      case 3: // LoadInput
        if (ctxInput == 0) return 0;
        setLocal(load<u32>(pc, 4), ctxInput);
        pc += 8;
        break;
      case 4: // LoadData
        setLocal(load<u32>(pc, 4), ctxData);
        pc += 8;
        break;
      case 5: { // Assign
        const v = opnd(load<u32>(pc, 4));
        if (v == 0) return 0;
        setLocal(load<u32>(pc, 8), v);
        pc += 12;
        break;
      }
      case 6: { // AssignOnce
        const v = opnd(load<u32>(pc, 4));
        if (v == 0) return 0;
        const dst = load<u32>(pc, 8);
        const cur = local(dst);
        if (cur == 0) setLocal(dst, v);
        else if (!equal(cur, v)) abortWith(load<u32>(pc, 12));
        pc += 16;
        break;
      }
      case 7: setLocal(load<u32>(pc, 4), 0); pc += 8; break; // Reset
      case 8: if (local(load<u32>(pc, 4)) == 0) return 0; pc += 8; break; // IsDefined
      case 9: if (local(load<u32>(pc, 4)) != 0) return 0; pc += 8; break; // IsUndefined
      case 10: { // Equal
        const a = opnd(load<u32>(pc, 4)), b2 = opnd(load<u32>(pc, 8));
        if (a == 0 || b2 == 0 || !equal(a, b2)) return 0;
        pc += 12;
        break;
      }
      case 11: { // NotEqual
        const a = opnd(load<u32>(pc, 4)), b2 = opnd(load<u32>(pc, 8));
        if (a == 0 || b2 == 0 || equal(a, b2)) return 0;
        pc += 12;
        break;
      }
      case 12: { // NotFalse
        const a = opnd(load<u32>(pc, 4));
        if (a == 0 || (tag(a) == T_BOOL && load<u32>(a, 4) == 0)) return 0;
        pc += 8;
        break;
      }
      case 13: { const a = opnd(load<u32>(pc, 4)); if (a == 0 || tag(a) != T_ARRAY) return 0; pc += 8; break; }
      case 14: { const a = opnd(load<u32>(pc, 4)); if (a == 0 || tag(a) != T_OBJECT) return 0; pc += 8; break; }
      case 15: { const a = opnd(load<u32>(pc, 4)); if (a == 0 || tag(a) != T_SET) return 0; pc += 8; break; }
      case 16: { // Len
        const a = opnd(load<u32>(pc, 4));
        if (a == 0) return 0;
        const t = tag(a);
        let n: u32;
        if (t == T_ARRAY || t == T_OBJECT || t == T_SET) n = len(a);
        else if (t == T_STRING) n = codePoints(a);
        else return 0;
        setLocal(load<u32>(pc, 8), mkInt(n));
        pc += 12;
        break;
      }
      case 17: { // Not
        const r = runBlock(pc + 4);
        if (r < 0) return 0;
        if (r > 0) return r - 1;
        pc = skipBlock(pc + 4);
        break;
      }
      case 18: { // Call
        const r = callBuiltin(pc);
        if (r == 0) return 0;
        setLocal(load<u32>(pc, 8), r);
        pc += 16 + (<usize>load<u32>(pc, 12) << 2);
        break;
      }
      case 19: { // CallFunc
        const r = callFunc(pc);
        if (r == 0) return 0;
        setLocal(load<u32>(pc, 8), r);
        pc += 16 + (<usize>load<u32>(pc, 12) << 2);
        break;
      }
      case 20: { // Blocks
        const n = load<u32>(pc, 4);
        let q = pc + 8;
        for (let i: u32 = 0; i < n; i++) {
          const r = runBlock(q);
          if (r > 0) return r - 1;
          q = skipBlock(q);
        }
        pc = q;
        break;
      }
      case 21: return <i32>load<u32>(pc, 4); // Break
      case 22: { // Switch: binary search of its (constant, case offset) table, in place
        const sw = pc;
        const src = opnd(load<u32>(sw, 4));
        const n = load<u32>(sw, 8);
        if (load<u32>(sw, 12) == 0) sortSwitch(sw);
        const at = sw + (<usize>load<u32>(sw, 16) << 2);
        const hasAlways = load<u32>(at) != 0;
        const always = at + 4;
        pc = hasAlways ? skipBlock(always) : always;
        if (src != 0) {
          const tab = sw + SWITCH_TABLE;
          let lo: i32 = 0, hi: i32 = <i32>n - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const row = tab + (<usize>mid << 3);
            const c = compare(constant(load<u32>(row)), src);
            if (c == 0) {
              const r = runBlock(sw + (<usize>load<u32>(row, 4) << 2));
              if (r > 0) return r - 1;
              break;
            }
            if (c < 0) lo = mid + 1; else hi = mid - 1;
          }
        }
        if (hasAlways) {
          const r = runBlock(always);
          if (r > 0) return r - 1;
        }
        break;
      }
      case 23: setLocal(load<u32>(pc, 4), mkArray(0)); pc += 8; break;
      case 24: { // ArrayAppend
        const a = local(load<u32>(pc, 4)), v = opnd(load<u32>(pc, 8));
        if (a == 0 || v == 0) return 0;
        arrPush(a, v);
        pc += 12;
        break;
      }
      case 25: setLocal(load<u32>(pc, 4), mkObject(0)); pc += 8; break;
      case 26: { // ObjectInsert
        const o = local(load<u32>(pc, 4)), k = opnd(load<u32>(pc, 8)), v = opnd(load<u32>(pc, 12));
        if (o == 0 || k == 0 || v == 0) return 0;
        objPut(o, k, v);
        pc += 16;
        break;
      }
      case 27: { // ObjectInsertOnce
        const o = local(load<u32>(pc, 4)), k = opnd(load<u32>(pc, 8)), v = opnd(load<u32>(pc, 12));
        if (o == 0 || k == 0 || v == 0) return 0;
        const old = objGet(o, k);
        if (old != 0) { if (!equal(old, v)) abortWith(load<u32>(pc, 16)); }
        else objPut(o, k, v);
        pc += 20;
        break;
      }
      case 28: insertPath(pc); pc += 24 + (<usize>load<u32>(pc, 20) << 2); break;
      case 29: setLocal(load<u32>(pc, 4), mkSet(0)); pc += 8; break;
      case 30: { // SetAdd
        const s = local(load<u32>(pc, 4)), v = opnd(load<u32>(pc, 8));
        if (s == 0 || v == 0) return 0;
        setAdd(s, v);
        pc += 12;
        break;
      }
      case 31: { // ResultAdd
        const v = opnd(load<u32>(pc, 4));
        if (v == 0) return 0;
        const o = mkObject(1);
        objPut(o, resultKey, v);
        setAdd(results, o);
        pc += 8;
        break;
      }
      case 32: case 33: { // WithInput, WithData
        const v = opnd(load<u32>(pc, 4));
        const n = load<u32>(pc, 8);
        const blk = pc + 12 + (<usize>n << 2);
        const isInput = load<u32>(pc) == 32;
        pc = skipBlock(blk);
        if (v == 0) return 0;
        const r = isInput
          ? runWith(blk, upsert(ctxInput, blk - (<usize>n << 2), n, v), ctxData, ctxOver)
          : runWith(blk, ctxInput, upsert(ctxData, blk - (<usize>n << 2), n, v), ctxOver);
        if (r > 0) return r - 1;
        break;
      }
      case 34: case 35: { // WithFuncValue, WithFuncReplace
        const f = load<u32>(pc, 4);
        const isValue = load<u32>(pc) == 34;
        const blk = pc + 12;
        let payload: usize;
        if (isValue) {
          payload = opnd(load<u32>(pc, 8));
          if (payload == 0) return 0;
        } else payload = <usize>load<u32>(pc, 8);
        pc = skipBlock(blk);
        const r = runWith(blk, ctxInput, ctxData, overrideWith(f, isValue ? 1 : 2, payload));
        if (r > 0) return r - 1;
        break;
      }
      case 36: abortWith(load<u32>(pc, 4)); return 0;
      default: fatal("plan: unknown opcode"); return 0;
    }
  }
  return -1;
}

/** Evaluates entrypoint `id` and returns its result set (a set of {"result": value}). */
export function evalEntry(id: u32, data: usize, input: usize): usize {
  const e = entryTab + <usize>id * EP_SIZE;
  // Every piece of evaluation state is set here, so an evaluation aborted half-way (a conflict,
  // out of memory, the step budget) leaves nothing behind for the next one.
  steps = 0;
  unpinAll();
  resetEvalCache();
  beginEvaluation(input);
  ctxInput = input;
  ctxData = data != 0 ? data : mkObject(0);
  ctxOver = 0;
  ctxMemo = allocZero(<usize>nFuncs << 2);
  results = mkSet(0);
  fp = allocZero(<usize>load<u32>(e, 4) << 2);
  startBudget();
  runBlock(<usize>load<u32>(e, 8));
  endBudget();
  return results;
}
