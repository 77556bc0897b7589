// Compiled programs by pattern, so a policy pays for parsing and compiling a pattern once. The
// SDK frees the whole heap between evaluations, so programs are copied into an area reserved
// while the module loads (below the heap base the SDK records, so it survives every reset); when
// it is full, programs live on the heap for the rest of the evaluation only (evalEntry calls
// resetEvalCache before anything else runs). Keys are
// bytes with a kind (a regex pattern, or a glob's delimiters and pattern). Must not compile.

import { alloc, pin } from "../../mem";
import { List, newList, push } from "./syntax";

const STATIC_SIZE: usize = 65536;
let area: usize = 0;
let used: usize = 0;
let evalEntries: List = changetype<List>(0);

// static entry: [hash, kind, key length, program size], key (padded to 8), program
// heap entry: [hash, kind, key length, program pointer], key
const ENTRY: usize = 16;

function hash(kind: u32, key: usize, n: u32): u32 {
  let h: u32 = 2166136261 ^ kind;
  for (let i: u32 = 0; i < n; i++) h = (h ^ <u32>load<u8>(key + i)) * 16777619;
  return h;
}

@inline function same(e: usize, h: u32, kind: u32, key: usize, n: u32): bool {
  return load<u32>(e) == h && load<u32>(e, 4) == kind && load<u32>(e, 8) == n && memory.compare(e + ENTRY, key, n) == 0;
}

/** Called while the module loads, when its plan calls a regex or glob builtin. */
export function reserveProgramCache(): void {
  if (area == 0) area = alloc(STATIC_SIZE);
}

/** Called at the start of every evaluation: the heap entries of the last one are gone. */
export function resetEvalCache(): void { evalEntries = changetype<List>(0); }

/** The cached program of (kind, key), or 0. */
export function cacheGet(kind: u32, key: usize, n: u32): usize {
  const h = hash(kind, key, n);
  for (let e = area; e < area + used; ) {
    const kn = <usize>load<u32>(e, 8);
    const at = e + ENTRY + ((kn + 7) & ~7);
    if (same(e, h, kind, key, n)) return at;
    e = at + <usize>load<u32>(e, 12);
  }
  if (changetype<usize>(evalEntries) == 0) return 0;
  for (let i: u32 = 0; i < evalEntries.n; i++) {
    const e = <usize>load<u32>(evalEntries.ptr + (<usize>i << 2));
    if (same(e, h, kind, key, n)) return <usize>load<u32>(e, 12);
  }
  return 0;
}

/** Caches prog (a block of load<u32>(prog) bytes) under (kind, key); returns the copy to use. */
export function cachePut(kind: u32, key: usize, n: u32, prog: usize): usize {
  const h = hash(kind, key, n);
  const size = <usize>load<u32>(prog);
  const need = ENTRY + ((<usize>n + 7) & ~7) + size;
  if (area != 0 && used + need <= STATIC_SIZE) {
    const e = area + used;
    store<u32>(e, h); store<u32>(e, kind, 4); store<u32>(e, n, 8); store<u32>(e, <u32>size, 12);
    memory.copy(e + ENTRY, key, n);
    const at = e + ENTRY + ((<usize>n + 7) & ~7);
    memory.copy(at, prog, size);
    used += need;
    return at;
  }
  if (changetype<usize>(evalEntries) == 0) evalEntries = newList();
  const e = alloc(ENTRY + <usize>n);
  store<u32>(e, h); store<u32>(e, kind, 4); store<u32>(e, n, 8); store<u32>(e, <u32>prog, 12);
  memory.copy(e + ENTRY, key, n);
  push(evalEntries, e);
  // The entry, and the program below it, must survive the function call that compiled them.
  pin();
  return prog;
}
