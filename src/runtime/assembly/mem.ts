// The heap: one bump pointer that the OPA SDK controls through opa_heap_ptr_get/set and the
// heapPtr argument of opa_eval. Everything an evaluation allocates lives above the base the SDK
// saved after loading, so resetting the pointer frees it all; that is how memory stays flat.
// Inside an evaluation the interpreter moves the pointer back when a call returns (eval.ts:
// settle), within the pins and the memory budget kept here.
// This module must not keep any other allocator (AssemblyScript's managed runtime is unused).

@external("env", "opa_abort")
declare function opa_abort(addr: usize): void;

@external("env", "opa_println")
export declare function opa_println(addr: usize): void;

export let heapPtr: usize = (__heap_base + 7) & ~7;

@inline export function align8(p: usize): usize {
  return (p + 7) & ~7;
}

// Growth is geometric (at least doubling) so that an evaluation that allocates a little at a time
// grows memory O(log n) times, not once per request: every memory.grow makes the embedder
// re-create its views of the buffer (and V8 may collect), which dominated large plans. When the
// embedder's maximum refuses the doubling, the exact need is tried before giving up.
function grow(top: usize): void {
  const havePages = memory.size();
  const have = <usize>havePages << 16;
  if (top <= have) return;
  const need = <i32>((top - have + 0xffff) >>> 16);
  const want = need > havePages ? need : havePages;
  if (memory.grow(want) >= 0) return;
  // The message cannot go on the heap: the heap is what just ran out.
  if (memory.grow(need) < 0) { scratchReset(); scratchStr("out of memory"); scratchAbort(); }
}

// The memory budget (palisade_set_memory_budget; 0 = none, the default): how many bytes one
// evaluation may allocate beyond its input. The embedder's maximum pages cap the whole memory,
// input included, so a large plan could exhaust them before any policy ran; the budget counts
// only what the policy itself holds. `limit` is where the heap must stop while evaluating.
let budget: usize = 0;
let limit: usize = usize.MAX_VALUE;

export function setMemoryBudget(n: f64): void {
  budget = n >= 1 && n < 4294967296 ? <usize>n : 0;
}

/** Starts counting at the current heap (the input is parsed): called as an evaluation starts. */
export function startBudget(): void {
  limit = budget != 0 && budget < usize.MAX_VALUE - heapPtr ? heapPtr + budget : usize.MAX_VALUE;
}

export function endBudget(): void { limit = usize.MAX_VALUE; textGuard = false; }

// In-place parsing of an evaluation's input (json.ts): the heap grows up toward the unread text
// above it, and `limit` is where that text starts. The parser keeps the heap below it at every
// allocation it makes; reaching it anyway would overwrite input not yet read, so it stops hard.
let textGuard = false;

export function guardText(at: usize): void { textGuard = true; limit = at; }

export function unguardText(): void { textGuard = false; limit = usize.MAX_VALUE; }

/** Makes the memory at least `top` bytes long (geometric growth, as for allocations). */
export function reserveMemory(top: usize): void { grow(top); }

function overMemoryBudget(): void {
  scratchReset();
  if (textGuard) { scratchStr("internal error: the input's parse overran its text (please report)"); scratchAbort(); }
  scratchStr("out of memory: the evaluation needed more than ");
  scratchU64(<u64>(budget >>> 20));
  scratchStr(" MiB beyond its input");
  scratchAbort();
}

/** Bump allocation, 8-aligned. Memory is NOT zeroed (the SDK reuses it between evaluations). */
export function alloc(n: usize): usize {
  const p = align8(heapPtr);
  const top = p + n;
  if (top > limit) overMemoryBudget();
  if (top > (<usize>memory.size() << 16)) grow(top);
  heapPtr = top;
  return p;
}

export function allocZero(n: usize): usize {
  const p = alloc(n);
  memory.fill(p, 0, n);
  return p;
}

/** Grows the block at `p` (size `old`) to `n` bytes: in place when it is the top of the heap. */
export function realloc(p: usize, old: usize, n: usize): usize {
  if (p + old == heapPtr) {
    const top = p + n;
    if (top > limit) overMemoryBudget();
    if (top > (<usize>memory.size() << 16)) grow(top);
    heapPtr = top;
    return p;
  }
  const q = alloc(n);
  memory.copy(q, p, old);
  return q;
}

export function setHeapPtr(p: usize): void {
  heapPtr = p;
  grow(p);
}

// Reclaiming inside an evaluation (eval.ts): a function call's frame and temporaries are freed
// when it returns, unless something made during the call outlives it. `pinned` is the heap
// pointer at the last such escape (a memoised rule value, a cached program): nothing below it
// may be freed until the evaluation ends. Reset by evalEntry.
export let pinned: usize = 0;

/** Everything allocated so far stays until the evaluation ends. */
export function pin(): void { pinned = heapPtr; }

export function unpinAll(): void { pinned = 0; }

/** A NUL-terminated copy of an ASCII AssemblyScript string literal (no managed allocation). */
export function cstr(s: string): usize {
  const n = <usize>s.length;
  const p = alloc(n + 1);
  for (let i: usize = 0; i < n; i++) store<u8>(p + i, <u8>s.charCodeAt(<i32>i));
  store<u8>(p + n, 0);
  return p;
}

// A fixed area below the heap for abort messages that must not allocate (out of memory, budget
// exceeded: the heap may be at the end of the memory the embedder allows).
const SCRATCH_SIZE: usize = 128;
const scratch: usize = memory.data(<i32>SCRATCH_SIZE, 8);
let scratchLen: usize = 0;

export function scratchReset(): void { scratchLen = 0; }

export function scratchStr(s: string): void {
  for (let i = 0; i < s.length && scratchLen < SCRATCH_SIZE - 1; i++) store<u8>(scratch + scratchLen++, <u8>s.charCodeAt(i));
}

export function scratchU64(n: u64): void {
  let digits: usize = 1;
  for (let m = n / 10; m != 0; m /= 10) digits++;
  if (scratchLen + digits >= SCRATCH_SIZE) return;
  for (let i = digits; i > 0; i--) { store<u8>(scratch + scratchLen + i - 1, <u8>(48 + n % 10)); n /= 10; }
  scratchLen += digits;
}

export function scratchAbort(): void {
  store<u8>(scratch + scratchLen, 0);
  opa_abort(scratch);
  unreachable();
}

/** Aborts the evaluation: the SDK turns opa_abort into a thrown string. */
export function fatal(msg: string): void {
  opa_abort(cstr(msg));
  unreachable();
}

/** Aborts with a message assembled in memory (ptr,len of UTF-8 bytes). */
export function fatalBytes(p: usize, len: usize): void {
  const c = alloc(len + 1);
  memory.copy(c, p, len);
  store<u8>(c + len, 0);
  opa_abort(c);
  unreachable();
}

// Wired with `--use abort=...`: AssemblyScript's own assertions end here instead of env.abort.
export function asAbort(message: string | null, file: string | null, line: u32, col: u32): void {
  fatal("internal error: runtime assertion failed (please report)");
}
