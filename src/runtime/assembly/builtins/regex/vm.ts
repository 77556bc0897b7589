// The Pike VM: runs a compiled program over UTF-8 text in one pass, keeping at most one thread per
// instruction, so time is O(text × program) whatever the pattern (RE2's guarantee; no
// backtracking). Threads are kept in priority order and a match cuts the lower-priority ones:
// leftmost-first (Perl) semantics with submatches, as Go's regexp. Owns matching only; the
// machine's memory is allocated once per builtin call and reused for every search of that call.

import { alloc } from "../../mem";
import { runeAt, runeLen } from "../text";
import { inClass } from "./charclass";
import {
  HEADER, P_ANCHORED, I_MATCH, I_RUNE, I_CLASS, I_ANY, I_ANYNL, I_SPLIT, I_NOP, I_SAVE, I_ASSERT,
} from "./compile";
import { A_BOL, A_EOL, A_BOT, A_EOT, A_WORD, A_NOWORD } from "./syntax";

/** A set of threads: sparse/dense arrays indexed by pc, and the slots of each thread. */
@unmanaged class Queue {
  n: u32;
  sparse: usize;
  dense: usize;
  caps: usize;
}

@unmanaged export class Machine {
  prog: usize;
  insts: usize;
  data: usize;
  slots: u32;   // capture slots recorded: 0 (match only), 2 (bounds) or 2 × groups
  q0: Queue;
  q1: Queue;
  stack: usize;
  work: usize;  // slots of the thread being added
  match: usize; // slots of the match found by the last run
  anchored: bool;
  start: u32;
}

function newQueue(n: u32, slots: u32): Queue {
  const q = changetype<Queue>(alloc(offsetof<Queue>()));
  q.n = 0;
  // sparse needs no clearing: a pc is in the set only if dense[sparse[pc]] points back at it
  q.sparse = alloc(<usize>n << 2);
  q.dense = alloc(<usize>n << 2);
  q.caps = alloc(<usize>n * <usize>slots << 2);
  return q;
}

/** A machine for prog recording `slots` capture slots (0: only whether there is a match). */
export function newMachine(prog: usize, slots: u32): Machine {
  const m = changetype<Machine>(alloc(offsetof<Machine>()));
  const n = load<u32>(prog, 4);
  m.prog = prog;
  m.insts = prog + HEADER;
  m.data = prog + <usize>load<u32>(prog, 16);
  m.slots = slots;
  m.q0 = newQueue(n, slots);
  m.q1 = newQueue(n, slots);
  m.stack = alloc((<usize>n * 2 + 2) << 3);
  m.work = alloc(<usize>(slots + 1) << 2);
  m.match = alloc(<usize>(slots + 1) << 2);
  m.anchored = (load<u32>(prog, 24) & P_ANCHORED) != 0;
  m.start = load<u32>(prog, 12);
  return m;
}

/** Groups of the program, group 0 included. */
export function groups(prog: usize): u32 { return load<u32>(prog, 8); }

@inline function isWord(r: i32): bool {
  return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || r == 0x5f;
}

function assertOk(kind: u32, prev: i32, cur: i32): bool {
  if (kind & A_BOT && prev != -1) return false;
  if (kind & A_EOT && cur != -1) return false;
  if (kind & A_BOL && prev != -1 && prev != 10) return false;
  if (kind & A_EOL && cur != -1 && cur != 10) return false;
  if (kind & A_WORD && isWord(prev) == isWord(cur)) return false;
  if (kind & A_NOWORD && isWord(prev) != isWord(cur)) return false;
  return true;
}

/**
 * Adds the thread at pc and everything it reaches without consuming input, in priority order.
 * prev/cur are the runes around the position (-1 at the text's edges) for the assertions.
 */
function add(m: Machine, q: Queue, pc0: u32, at: i32, caps: usize, prev: i32, cur: i32): void {
  const st = m.stack;
  const slots = m.slots;
  let top: usize = 0;
  store<u32>(st, pc0);
  top = 1;
  while (top > 0) {
    top--;
    const e = load<u32>(st + (top << 3));
    if (e & 0x80000000) { // restore a slot the subtree above overwrote
      store<i32>(caps + (<usize>(e & 0x7fffffff) << 2), load<i32>(st + (top << 3), 4));
      continue;
    }
    const pc = e;
    const d = load<u32>(q.sparse + (<usize>pc << 2));
    if (d < q.n && load<u32>(q.dense + (<usize>d << 2)) == pc) continue;
    store<u32>(q.sparse + (<usize>pc << 2), q.n);
    store<u32>(q.dense + (<usize>q.n << 2), pc);
    const idx = q.n++;
    const ip = m.insts + (<usize>pc << 4);
    const op = load<u32>(ip);
    if (op == I_NOP) { store<u32>(st + (top++ << 3), load<u32>(ip, 4)); continue; }
    if (op == I_SPLIT) {
      store<u32>(st + (top++ << 3), load<u32>(ip, 8));
      store<u32>(st + (top++ << 3), load<u32>(ip, 4));
      continue;
    }
    if (op == I_SAVE) {
      const slot = load<u32>(ip, 8);
      if (slot < slots) {
        const p = st + (top++ << 3);
        store<u32>(p, slot | 0x80000000);
        store<i32>(p, load<i32>(caps + (<usize>slot << 2)), 4);
        store<i32>(caps + (<usize>slot << 2), at);
      }
      store<u32>(st + (top++ << 3), load<u32>(ip, 4));
      continue;
    }
    if (op == I_ASSERT) {
      if (assertOk(load<u32>(ip, 8), prev, cur)) store<u32>(st + (top++ << 3), load<u32>(ip, 4));
      continue;
    }
    // a thread waiting for input (or a match): keep its slots
    if (slots) memory.copy(q.caps + ((<usize>idx * <usize>slots) << 2), caps, <usize>slots << 2);
  }
}

/** The rune ending at byte offset at (> 0), for the assertions before a search that starts there. */
function runeBefore(s: usize, at: u32): i32 {
  let q = at - 1;
  while (q > 0 && at - q < 4 && (load<u8>(s + q) & 0xc0) == 0x80) q--;
  const r = runeAt(s + q, s + at);
  return q + runeLen == at ? <i32>r : 0xfffd;
}

/**
 * Searches text [s, s+n) from byte offset `from` (earlier text still counts for ^ and \b).
 * True when there is a match; its slots (byte offsets, -1 when unset) are then at m.match.
 */
export function run(m: Machine, s: usize, n: u32, from: u32): bool {
  if (m.anchored && from > 0) return false;
  const slots = m.slots;
  let clist = m.q0, nlist = m.q1;
  clist.n = 0;
  nlist.n = 0;
  let matched = false;
  let at = from;
  let prev: i32 = at > 0 ? runeBefore(s, at) : -1;
  let cur: i32 = -1, w: u32 = 0;
  if (at < n) { cur = <i32>runeAt(s + at, s + n); w = runeLen; }
  for (;;) {
    if (!matched && (!m.anchored || at == 0)) {
      for (let i: u32 = 0; i < slots; i++) store<i32>(m.work + (<usize>i << 2), -1);
      add(m, clist, m.start, <i32>at, m.work, prev, cur);
    }
    if (clist.n == 0) break;
    const next = at + w;
    let ncur: i32 = -1, nw: u32 = 0;
    if (next < n) { ncur = <i32>runeAt(s + next, s + n); nw = runeLen; }
    for (let i: u32 = 0; i < clist.n; i++) {
      const pc = load<u32>(clist.dense + (<usize>i << 2));
      const ip = m.insts + (<usize>pc << 4);
      const op = load<u32>(ip);
      let go = false;
      if (op == I_RUNE) go = cur == load<i32>(ip, 8);
      else if (op == I_CLASS) go = cur >= 0 && inClass(m.data + <usize>load<u32>(ip, 8), load<u32>(ip, 12), <u32>cur);
      else if (op == I_ANYNL) go = cur >= 0 && cur != 10;
      else if (op == I_ANY) go = cur >= 0;
      else if (op == I_MATCH) {
        if (slots == 0) return true;
        memory.copy(m.match, clist.caps + ((<usize>i * <usize>slots) << 2), <usize>slots << 2);
        matched = true;
        break; // lower-priority threads lose to this match
      }
      if (go) add(m, nlist, load<u32>(ip, 4), <i32>next, clist.caps + ((<usize>i * <usize>slots) << 2), cur, ncur);
    }
    const t = clist; clist = nlist; nlist = t;
    nlist.n = 0;
    if (at >= n) break;
    at = next;
    prev = cur;
    cur = ncur;
    w = nw;
  }
  return matched;
}
