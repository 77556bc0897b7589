// The OPA Wasm ABI (version 1, minor 2) over the Palisade runtime: exactly the exports that
// @open-policy-agent/opa-wasm calls. The linker (src/runtime/link.ts) adds a start function that
// copies the plan out of a passive data segment and calls palisade_load. Must not hold policy
// logic: that lives in the plan.

import { alloc, heapPtr, setHeapPtr, align8, fatal, setMemoryBudget, endBudget } from "./mem";
import { parseJSON, parseInputInPlace, dumpJSON } from "./json";
import { loadPlan, entrypointsObj, builtinsObj, nEntries } from "./plan";
import { evalEntry, setStepBudget } from "./eval";
import { mkObject, relocate } from "./value";
import { addSeed } from "./builtins/random";

export const opa_wasm_abi_version: i32 = 1;
export const opa_wasm_abi_minor_version: i32 = 2;

export function opa_malloc(n: usize): usize { return alloc(n); }
export function opa_free(p: usize): void {}
export function opa_heap_ptr_get(): usize { return heapPtr; }
// The SDK resets the heap before every evaluation: an evaluation that aborted over its memory
// budget must not leave that limit on the SDK's own allocations (copying the next input in).
export function opa_heap_ptr_set(p: usize): void { endBudget(); setHeapPtr(p); }

export function opa_json_parse(p: usize, n: usize): usize { return parseJSON(p, n); }
export function opa_value_parse(p: usize, n: usize): usize { return parseJSON(p, n); }
export function opa_json_dump(v: usize): usize { return dumpJSON(v); }
export function opa_value_dump(v: usize): usize { return dumpJSON(v); }

export function entrypoints(): usize { return entrypointsObj != 0 ? entrypointsObj : mkObject(0); }
export function builtins(): usize { return builtinsObj != 0 ? builtinsObj : mkObject(0); }

export function palisade_load(p: usize, n: usize): void { loadPlan(p, n); }

/** Palisade's extension: at most n steps per evaluation (0 = unlimited, the default). */
export function palisade_set_step_budget(n: f64): void { setStepBudget(n); }

/** Palisade's extension: at most n bytes allocated per evaluation beyond its input (0 = unlimited, the default). */
export function palisade_set_memory_budget(n: f64): void { setMemoryBudget(n); }

/** Palisade's extension: 64 bits of host entropy for rand.intn and uuid.rfc4122 (optional). */
export function palisade_seed(lo: u32, hi: u32): void { addSeed(lo, hi); }

function checkEntry(id: i32): void {
  if (id < 0 || <u32>id >= nEntries) fatal("invalid entrypoint id");
}

// ---- the ABI 1.2 fast path

export function opa_eval(ctx: usize, entry: i32, data: usize, input: usize, inputLen: usize, heap: usize, format: i32): usize {
  endBudget();
  setHeapPtr(align8(heap));
  checkEntry(entry);
  let inputV: usize = 0;
  if (inputLen > 0) {
    // Palisade's host puts the text above the heap, leaving room for the value below it (parsed
    // in place); the SDK puts it right below the heap.
    const above = input >= align8(heap);
    inputV = above ? parseInputInPlace(input, inputLen) : parseJSON(input, inputLen);
    if (inputV == 0) fatal("invalid input: not a JSON document");
    if (!above) inputV = dropInputText(input, inputLen, align8(heap), inputV);
  }
  return dumpJSON(evalEntry(<u32>entry, data, inputV));
}

// Once parsed, the input's text is dead, and the SDK puts it right below the heap: the parsed
// value is moved down over it, so the evaluation reuses that memory instead of growing past it
// (for a large plan, the text is about as large as what the policies allocate). Only when the
// text is adjacent to the heap: what lies between them would be someone else's.
function dropInputText(input: usize, inputLen: usize, from: usize, v: usize): usize {
  const to = align8(input);
  if (align8(input + inputLen) != from || to >= from) return v;
  const top = heapPtr;
  const delta = from - to;
  memory.copy(to, from, top - from);
  setHeapPtr(top - delta);
  if (v < from) return v;
  relocate(v - delta, from, top, delta);
  return v - delta;
}

// ---- the context API (ABI 1.0/1.1 callers)
// ctx: +0 input, +4 data, +8 entrypoint, +12 result

export function opa_eval_ctx_new(): usize {
  const c = alloc(16);
  memory.fill(c, 0, 16);
  return c;
}
export function opa_eval_ctx_set_input(c: usize, v: usize): void { store<u32>(c, <u32>v); }
export function opa_eval_ctx_set_data(c: usize, v: usize): void { store<u32>(c, <u32>v, 4); }
export function opa_eval_ctx_set_entrypoint(c: usize, id: i32): void { store<i32>(c, id, 8); }
export function opa_eval_ctx_get_result(c: usize): usize { return <usize>load<u32>(c, 12); }

export function eval(c: usize): i32 {
  const id = load<i32>(c, 8);
  checkEntry(id);
  const data = <usize>load<u32>(c, 4);
  store<u32>(c, <u32>evalEntry(<u32>id, data != 0 ? data : mkObject(0), <usize>load<u32>(c)), 12);
  return 0;
}
