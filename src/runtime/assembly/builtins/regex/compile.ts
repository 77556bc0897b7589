// Compiles a syntax tree into a Thompson-NFA program for the Pike VM, as Go's regexp/syntax
// compiler does after Simplify: x{n,m} expands to n copies and m-n nested optional copies, a star
// over something that can match empty becomes (x+)? so match priorities stay Perl's. The program
// is one position-independent block (offsets, no pointers), so cache.ts can copy it anywhere.
// Must not parse (syntax.ts) or run (vm.ts).
//
// Block layout (u32 words): [0] byte size, [1] instruction count, [2] group count (group 0
// included), [3] start pc, [4] byte offset of the class ranges, [5] byte offset of the group
// names, [6] flags (P_ANCHORED: every match starts at the beginning of the text), [7] unused;
// then 4 words per instruction: op, x, y, z (see I_*); then the ranges; then per group 1.. a
// (byte offset, length) pair for its name, then the name bytes.

import { alloc } from "../../mem";
import {
  Node, List, newList, push, kid, foldedRune, N_EMPTY, N_NOMATCH, N_LIT, N_CLASS, N_ANY, N_ANYNL,
  N_ASSERT, N_CAPTURE, N_STAR, N_PLUS, N_QUEST, N_REPEAT, N_CONCAT, N_ALT, F_FOLD, F_NONGREEDY, A_BOT,
} from "./syntax";
import { Ranges, rlo, rhi } from "./charclass";

export const I_FAIL: u32 = 0;
export const I_MATCH: u32 = 1;
export const I_RUNE: u32 = 2;   // x out, y rune
export const I_CLASS: u32 = 3;  // x out, y byte offset of ranges (from the block), z range count
export const I_ANY: u32 = 4;    // x out
export const I_ANYNL: u32 = 5;  // x out
export const I_SPLIT: u32 = 6;  // x preferred, y other
export const I_NOP: u32 = 7;    // x out
export const I_SAVE: u32 = 8;   // x out, y slot
export const I_ASSERT: u32 = 9; // x out, y A_* kind

export const HEADER: usize = 32;
export const P_ANCHORED: u32 = 1;

let code: List = changetype<List>(0);  // 4 words per instruction
let data: List = changetype<List>(0);  // class ranges, as u32 pairs

// the fragment of the last compile() call: entry pc (0: never matches), its dangling exits as a
// list threaded through the x/y words (pc << 1 | 0 for x, | 1 for y), and whether it can be empty
let fI: u32 = 0;
let fHead: u32 = 0;
let fTail: u32 = 0;
let fNull: bool = false;

function inst(op: u32): u32 {
  const pc = code.n >> 2;
  push(code, op); push(code, 0); push(code, 0); push(code, 0);
  return pc;
}

@inline function wordAt(pc: u32, w: u32): usize { return code.ptr + ((<usize>pc << 4) + (<usize>w << 2)); }

function patch(l: u32, target: u32): void {
  while (l != 0) {
    const p = wordAt(l >> 1, 1 + (l & 1));
    l = load<u32>(p);
    store<u32>(p, target);
  }
}

function appendList(h1: u32, t1: u32, h2: u32, t2: u32): void {
  if (h1 == 0) { fHead = h2; fTail = t2; return; }
  if (h2 == 0) { fHead = h1; fTail = t1; return; }
  store<u32>(wordAt(t1 >> 1, 1 + (t1 & 1)), h2);
  fHead = h1;
  fTail = t2;
}

function frag(i: u32, out: u32, nullable: bool): void {
  fI = i; fHead = out; fTail = out; fNull = nullable;
}

/** A one-instruction fragment; its exit is x, its operands y and z. */
function simple(op: u32, y: u32, z: u32, nullable: bool): void {
  const pc = inst(op);
  store<u32>(wordAt(pc, 2), y);
  store<u32>(wordAt(pc, 3), z);
  frag(pc, pc << 1, nullable);
}

function nop(): void { simple(I_NOP, 0, 0, true); }

function rangesInst(r: Ranges, n: Node | null): void {
  if (r.n == 0) { frag(0, 0, false); return; }
  if (r.n == 1 && rlo(r, 0) == rhi(r, 0)) { simple(I_RUNE, rlo(r, 0), 0, false); return; }
  let at: i32 = n != null ? n.emitted : -1;
  if (at < 0) {
    at = <i32>(data.n << 2);
    for (let i: u32 = 0; i < r.n; i++) { push(data, rlo(r, i)); push(data, rhi(r, i)); }
    if (n != null) n.emitted = at;
  }
  simple(I_CLASS, <u32>at, r.n, false);
}

/** Concatenation of the fragment (i1, h1, t1, n1) with the current one. */
function cat(i1: u32, h1: u32, t1: u32, n1: bool): void {
  if (i1 == 0 || fI == 0) { frag(0, 0, false); return; }
  patch(h1, fI);
  fI = i1;
  fNull = n1 && fNull;
}

function loop(nongreedy: bool): u32 {
  const f = inst(I_SPLIT);
  store<u32>(wordAt(f, nongreedy ? 2 : 1), fI);
  patch(fHead, f);
  return f;
}

function plusOf(nongreedy: bool): void {
  const i = fI, n = fNull;
  const f = loop(nongreedy);
  const out = nongreedy ? f << 1 : f << 1 | 1;
  frag(i, out, n);
}

function questOf(nongreedy: bool): void {
  const i = fI, h = fHead, t = fTail;
  const f = inst(I_SPLIT);
  store<u32>(wordAt(f, nongreedy ? 2 : 1), i);
  const out = nongreedy ? f << 1 : f << 1 | 1;
  appendList(out, out, h, t);
  fI = f;
  fNull = true;
}

function starOf(nongreedy: bool): void {
  // (x+)? when x can be empty (golang.org/issue/46123), so priorities stay right
  if (fNull) { plusOf(nongreedy); questOf(nongreedy); return; }
  const f = loop(nongreedy);
  frag(f, nongreedy ? f << 1 : f << 1 | 1, true);
}

/** What Simplify makes of n for the purpose of collapsing x** into x*: EMPTY for x{0}. */
function simpleOp(n: Node): u32 {
  if (n.op == N_REPEAT && n.a == 0 && n.b == 0) return N_EMPTY;
  return n.op;
}

/** Compiles op (STAR, PLUS, QUEST) over sub, collapsing as Go's simplify1 does. */
function repeatOp(op: u32, nongreedy: bool, sub: Node): void {
  const so = simpleOp(sub);
  if (so == N_EMPTY) { nop(); return; }
  if (so == op && ((sub.flags & F_NONGREEDY) != 0) == nongreedy) { compile(sub); return; }
  compile(sub);
  if (op == N_STAR) starOf(nongreedy);
  else if (op == N_PLUS) plusOf(nongreedy);
  else questOf(nongreedy);
}

function repeatN(n: Node): void {
  const min = n.a, max = n.b;
  const sub = kid(n, 0);
  const ng = (n.flags & F_NONGREEDY) != 0;
  if (min == 0 && max == 0) { nop(); return; }
  if (max == -1) {
    if (min == 0) { repeatOp(N_STAR, ng, sub); return; }
    if (min == 1) { repeatOp(N_PLUS, ng, sub); return; }
    // x{4,} is xxxx+
    compile(sub);
    let i1 = fI, h1 = fHead, t1 = fTail, n1 = fNull;
    for (let k = 1; k < min - 1; k++) {
      compile(sub);
      cat(i1, h1, t1, n1);
      i1 = fI; h1 = fHead; t1 = fTail; n1 = fNull;
    }
    repeatOp(N_PLUS, ng, sub);
    cat(i1, h1, t1, n1);
    return;
  }
  if (min == 1 && max == 1) { compile(sub); return; }
  // x{2,5} is xx(x(x(x)?)?)?: the suffix first, from the inside out
  let hasSuffix = false;
  let si: u32 = 0, sh: u32 = 0, st: u32 = 0, sn = false;
  if (max > min) {
    repeatOp(N_QUEST, ng, sub);
    for (let k = min + 1; k < max; k++) {
      const qi = fI, qh = fHead, qt = fTail, qn = fNull;
      compile(sub);
      const xi = fI, xh = fHead, xt = fTail, xn = fNull;
      frag(qi, 0, qn); fHead = qh; fTail = qt;
      cat(xi, xh, xt, xn);
      questOf(ng);
    }
    hasSuffix = true;
    si = fI; sh = fHead; st = fTail; sn = fNull;
  }
  if (min == 0) {
    if (!hasSuffix) frag(0, 0, false);
    return;
  }
  compile(sub);
  let i1 = fI, h1 = fHead, t1 = fTail, n1 = fNull;
  for (let k = 1; k < min; k++) {
    compile(sub);
    cat(i1, h1, t1, n1);
    i1 = fI; h1 = fHead; t1 = fTail; n1 = fNull;
  }
  if (hasSuffix) {
    frag(si, 0, sn); fHead = sh; fTail = st;
    cat(i1, h1, t1, n1);
  }
}

function compile(n: Node): void {
  switch (n.op) {
    case N_EMPTY: nop(); return;
    case N_NOMATCH: frag(0, 0, false); return;
    case N_LIT: {
      if (n.flags & F_FOLD) rangesInst(foldedRune(<u32>n.a), null);
      else simple(I_RUNE, <u32>n.a, 0, false);
      return;
    }
    case N_CLASS: rangesInst(changetype<Ranges>(n.cls), n); return;
    case N_ANY: simple(I_ANY, 0, 0, false); return;
    case N_ANYNL: simple(I_ANYNL, 0, 0, false); return;
    case N_ASSERT: simple(I_ASSERT, <u32>n.a, 0, true); return;
    case N_CAPTURE: {
      simple(I_SAVE, <u32>n.a << 1, 0, true);
      const bi = fI, bh = fHead, bt = fTail;
      compile(kid(n, 0));
      cat(bi, bh, bt, true);
      const si = fI, sh = fHead, st = fTail, sn = fNull;
      simple(I_SAVE, (<u32>n.a << 1) | 1, 0, true);
      cat(si, sh, st, sn);
      return;
    }
    case N_STAR: case N_PLUS: case N_QUEST:
      repeatOp(n.op, (n.flags & F_NONGREEDY) != 0, kid(n, 0));
      return;
    case N_REPEAT: repeatN(n); return;
    case N_CONCAT: {
      compile(kid(n, 0));
      for (let i: u32 = 1; i < n.nkids; i++) {
        const i1 = fI, h1 = fHead, t1 = fTail, n1 = fNull;
        compile(kid(n, i));
        cat(i1, h1, t1, n1);
      }
      return;
    }
    case N_ALT: {
      compile(kid(n, 0));
      for (let i: u32 = 1; i < n.nkids; i++) {
        const i1 = fI, h1 = fHead, t1 = fTail, n1 = fNull;
        compile(kid(n, i));
        if (i1 == 0) continue;
        if (fI == 0) { frag(i1, 0, n1); fHead = h1; fTail = t1; continue; }
        const i2 = fI, h2 = fHead, t2 = fTail, n2 = fNull;
        const f = inst(I_SPLIT);
        store<u32>(wordAt(f, 1), i1);
        store<u32>(wordAt(f, 2), i2);
        appendList(h1, t1, h2, t2);
        fI = f;
        fNull = n1 || n2;
      }
      return;
    }
  }
}

function anchoredStart(n: Node): bool {
  for (;;) {
    if (n.op == N_ASSERT) return (<u32>n.a & A_BOT) != 0;
    if (n.op == N_CAPTURE || (n.op == N_CONCAT && n.nkids > 0)) { n = kid(n, 0); continue; }
    return false;
  }
}

/**
 * The program of tree `root` with `groups` groups (group 0 included); names: (offset, length)
 * pairs into the pattern at `pattern` for groups 1.., or null.
 */
export function compileProgram(root: Node, groups: i32, names: List | null, pattern: usize): usize {
  code = newList();
  data = newList();
  inst(I_FAIL);
  simple(I_SAVE, 0, 0, true);
  const bi = fI, bh = fHead, bt = fTail;
  compile(root);
  cat(bi, bh, bt, true);
  const si = fI, sh = fHead, st = fTail, sn = fNull;
  simple(I_SAVE, 1, 0, true);
  cat(si, sh, st, sn);
  const m = inst(I_MATCH);
  patch(fHead, m);
  const start = fI;

  let nameBytes: usize = 0;
  const ng = <usize>(groups - 1);
  if (names != null) for (let g: usize = 0; g < ng; g++) nameBytes += <usize>load<u32>(names.ptr + (g << 3), 4);
  const codeBytes = <usize>code.n << 2, dataBytes = <usize>data.n << 2;
  const namesAt = HEADER + codeBytes + dataBytes;
  const size = (namesAt + (ng << 3) + nameBytes + 7) & ~7;
  const p = alloc(size);
  store<u32>(p, <u32>size);
  store<u32>(p, code.n >> 2, 4);
  store<u32>(p, <u32>groups, 8);
  store<u32>(p, start, 12);
  store<u32>(p, <u32>(HEADER + codeBytes), 16);
  store<u32>(p, <u32>namesAt, 20);
  store<u32>(p, anchoredStart(root) ? P_ANCHORED : 0, 24);
  store<u32>(p, 0, 28);
  memory.copy(p + HEADER, code.ptr, codeBytes);
  memory.copy(p + HEADER + codeBytes, data.ptr, dataBytes);
  let at = namesAt + (ng << 3);
  for (let g: usize = 0; g < ng; g++) {
    const off = names != null ? <usize>load<u32>(names.ptr + (g << 3)) : 0;
    const n = names != null ? <usize>load<u32>(names.ptr + (g << 3), 4) : 0;
    store<u32>(p + namesAt + (g << 3), <u32>at);
    store<u32>(p + namesAt + (g << 3), <u32>n, 4);
    memory.copy(p + at, pattern + off, n);
    at += n;
  }
  return p;
}
