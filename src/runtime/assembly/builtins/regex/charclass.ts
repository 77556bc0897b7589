// Character classes of the regex engine as Go's regexp/syntax builds them: sorted, merged [lo, hi]
// rune ranges, with Perl (\d \s \w), POSIX ([:alpha:]) and Unicode (\pL, \p{Greek}) groups, case
// folding over SimpleFold orbits, and negation. Owns range arithmetic and the table lookups; must
// not parse pattern syntax (syntax.ts) or match input (vm.ts). Everything lives on the bump heap.

import { alloc, realloc } from "../../mem";
import { toLower, toUpper } from "../unicode";
import { UNI_NAMES, UNI_OFFSETS, UNI_DATA, FOLD_EXTRA, FOLD_EXTRA_N } from "./tables";

export const MAX_RUNE: u32 = 0x10ffff;
// The runes involved in case folding (Go's minFold, maxFold).
const MIN_FOLD: u32 = 0x41;
const MAX_FOLD: u32 = 0x1e943;

/** A growable list of [lo, hi] u32 pairs. */
@unmanaged export class Ranges {
  ptr: usize;
  n: u32; // number of ranges
  cap: u32;
}

export function newRanges(cap: u32): Ranges {
  const r = changetype<Ranges>(alloc(offsetof<Ranges>()));
  r.ptr = alloc(<usize>cap << 3);
  r.n = 0;
  r.cap = cap;
  return r;
}

@inline export function rlo(r: Ranges, i: u32): u32 { return load<u32>(r.ptr + (<usize>i << 3)); }
@inline export function rhi(r: Ranges, i: u32): u32 { return load<u32>(r.ptr + (<usize>i << 3), 4); }

/** Appends [lo, hi], widening the last range when they touch (Go's appendRange, one step). */
export function addRange(r: Ranges, lo: u32, hi: u32): void {
  if (r.n > 0) {
    const p = r.ptr + (<usize>(r.n - 1) << 3);
    const plo = load<u32>(p), phi = load<u32>(p, 4);
    if (lo <= phi + 1 && plo <= hi + 1) {
      if (lo < plo) store<u32>(p, lo);
      if (hi > phi) store<u32>(p, hi, 4);
      return;
    }
  }
  if (r.n == r.cap) {
    const ncap = r.cap * 2 + 4;
    r.ptr = realloc(r.ptr, <usize>r.cap << 3, <usize>ncap << 3);
    r.cap = ncap;
  }
  const q = r.ptr + (<usize>r.n << 3);
  store<u32>(q, lo);
  store<u32>(q, hi, 4);
  r.n++;
}

export function addAll(r: Ranges, x: Ranges): void {
  for (let i: u32 = 0; i < x.n; i++) addRange(r, rlo(x, i), rhi(x, i));
}

/** Sorts by lo and merges overlapping or abutting ranges (Go's cleanClass). */
export function clean(r: Ranges): void {
  const n = r.n;
  if (n < 2) return;
  // Shell sort on u64 keys (lo in the high half): classes are small or nearly sorted.
  const p = r.ptr;
  let gap: u32 = 1;
  while (gap < n / 3) gap = gap * 3 + 1;
  for (; gap > 0; gap = gap / 3) {
    for (let i = gap; i < n; i++) {
      const lo = load<u32>(p + (<usize>i << 3)), hi = load<u32>(p + (<usize>i << 3), 4);
      let j = i;
      while (j >= gap) {
        const q = p + (<usize>(j - gap) << 3);
        const qlo = load<u32>(q), qhi = load<u32>(q, 4);
        if (qlo < lo || (qlo == lo && qhi >= hi)) break;
        store<u32>(p + (<usize>j << 3), qlo);
        store<u32>(p + (<usize>j << 3), qhi, 4);
        j -= gap;
      }
      store<u32>(p + (<usize>j << 3), lo);
      store<u32>(p + (<usize>j << 3), hi, 4);
    }
  }
  let w: u32 = 1;
  for (let i: u32 = 1; i < n; i++) {
    const lo = rlo(r, i), hi = rhi(r, i);
    const last = p + (<usize>(w - 1) << 3);
    if (lo <= load<u32>(last, 4) + 1) {
      if (hi > load<u32>(last, 4)) store<u32>(last, hi, 4);
      continue;
    }
    store<u32>(p + (<usize>w << 3), lo);
    store<u32>(p + (<usize>w << 3), hi, 4);
    w++;
  }
  r.n = w;
}

/** The complement of a clean class, as a new list. */
export function negated(x: Ranges): Ranges {
  const r = newRanges(x.n + 1);
  let next: u32 = 0;
  for (let i: u32 = 0; i < x.n; i++) {
    const lo = rlo(x, i);
    if (lo > next) addRange(r, next, lo - 1);
    next = rhi(x, i) + 1;
  }
  if (next <= MAX_RUNE) addRange(r, next, MAX_RUNE);
  return r;
}

function foldExtra(c: u32, r: Ranges): void {
  let lo: i32 = 0, hi: i32 = FOLD_EXTRA_N - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const a = load<u32>(FOLD_EXTRA + (<usize>mid << 3));
    if (a < c) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = lo; i < FOLD_EXTRA_N; i++) {
    const p = FOLD_EXTRA + (<usize>i << 3);
    if (load<u32>(p) != c) break;
    addRange(r, load<u32>(p, 4), load<u32>(p, 4));
  }
}

/** Adds c and every rune in its SimpleFold orbit. */
export function addFolded(r: Ranges, c: u32): void {
  addRange(r, c, c);
  // İ and ı case-map to i and I but fold to nothing else (their SimpleFold orbits are themselves)
  if (c < MIN_FOLD || c > MAX_FOLD || c == 0x130 || c == 0x131) return;
  const l = toLower(c), u = toUpper(c);
  if (l != c) { addRange(r, l, l); const lu = toUpper(l); if (lu != c && lu != u) addRange(r, lu, lu); }
  if (u != c) { addRange(r, u, u); const ul = toLower(u); if (ul != c && ul != l) addRange(r, ul, ul); }
  foldExtra(c, r);
}

/** Adds [lo, hi] and its case-fold equivalents (Go's appendFoldedRange). */
export function addFoldedRange(r: Ranges, lo: u32, hi: u32): void {
  if ((lo <= MIN_FOLD && hi >= MAX_FOLD) || hi < MIN_FOLD || lo > MAX_FOLD) { addRange(r, lo, hi); return; }
  if (lo < MIN_FOLD) { addRange(r, lo, MIN_FOLD - 1); lo = MIN_FOLD; }
  if (hi > MAX_FOLD) { addRange(r, MAX_FOLD + 1, hi); hi = MAX_FOLD; }
  for (let c = lo; c <= hi; c++) addFolded(r, c);
}

/** x with every range closed under case folding, clean. */
export function folded(x: Ranges): Ranges {
  const r = newRanges(x.n * 2 + 4);
  for (let i: u32 = 0; i < x.n; i++) addFoldedRange(r, rlo(x, i), rhi(x, i));
  clean(r);
  return r;
}

// ---- named groups

const PERL_D: u32[] = [0x30, 0x39];
const PERL_S: u32[] = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20];
const PERL_W: u32[] = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];

function fromList(l: u32[]): Ranges {
  const r = newRanges(<u32>l.length >> 1);
  for (let i = 0; i < l.length; i += 2) addRange(r, unchecked(l[i]), unchecked(l[i + 1]));
  return r;
}

/** \d \s \w (lower-case letter c), ASCII as in Go; null for any other letter. */
export function perlGroup(c: u32): Ranges | null {
  if (c == 0x64) return fromList(PERL_D);
  if (c == 0x73) return fromList(PERL_S);
  if (c == 0x77) return fromList(PERL_W);
  return null;
}

const POSIX_NAMES: string[] = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"];
// per POSIX_NAMES entry: the number of ranges, then the (lo, hi) pairs
const POSIX_RANGES: usize = memory.data<u32>([
  3, 0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a,
  2, 0x41, 0x5a, 0x61, 0x7a,
  1, 0x00, 0x7f,
  2, 0x09, 0x09, 0x20, 0x20,
  2, 0x00, 0x1f, 0x7f, 0x7f,
  1, 0x30, 0x39,
  1, 0x21, 0x7e,
  1, 0x61, 0x7a,
  1, 0x20, 0x7e,
  4, 0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e,
  2, 0x09, 0x0d, 0x20, 0x20,
  1, 0x41, 0x5a,
  4, 0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a,
  3, 0x30, 0x39, 0x41, 0x46, 0x61, 0x66,
]);

function bytesAre(p: usize, n: u32, s: string): bool {
  if (n != <u32>s.length) return false;
  for (let i: u32 = 0; i < n; i++) if (<u32>load<u8>(p + i) != <u32>s.charCodeAt(<i32>i)) return false;
  return true;
}

/** A POSIX class by name (the bytes between `[:` and `:]`, without `^`), or null. */
export function posixGroup(p: usize, n: u32): Ranges | null {
  let at = POSIX_RANGES;
  for (let i = 0; i < POSIX_NAMES.length; i++) {
    const k = load<u32>(at);
    if (bytesAre(p, n, unchecked(POSIX_NAMES[i]))) {
      const r = newRanges(k);
      for (let j: u32 = 0; j < k; j++) addRange(r, load<u32>(at + 4 + (<usize>j << 3)), load<u32>(at + 8 + (<usize>j << 3)));
      return r;
    }
    at += 4 + (<usize>k << 3);
  }
  return null;
}

function addTable(r: Ranges, t: i32): void {
  let p = UNI_DATA + <usize>load<u32>(UNI_OFFSETS + (<usize>t << 3));
  const n = load<u32>(UNI_OFFSETS + (<usize>t << 3), 4);
  let prev: i32 = -1;
  for (let i: u32 = 0; i < n; i++) {
    let gap: u32 = 0, shift: u32 = 0, b: u32;
    do { b = load<u8>(p++); gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    let span: u32 = 0; shift = 0;
    do { b = load<u8>(p++); span |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    const lo = <u32>(prev + 1) + gap;
    addRange(r, lo, lo + span);
    prev = <i32>(lo + span);
  }
}

/**
 * A Unicode class by name, as Go's unicodeTable: Any, a general category (one letter: the union
 * of its two-letter ones; C without Cn, as Go has it), or a script. Null when unknown.
 */
export function unicodeGroup(p: usize, n: u32): Ranges | null {
  if (bytesAre(p, n, "Any")) { const r = newRanges(1); addRange(r, 0, MAX_RUNE); return r; }
  if (n == 0) return null;
  const r = newRanges(64);
  if (n == 1) {
    const c = <u32>load<u8>(p);
    for (let t = 0; t < UNI_NAMES.length; t++) {
      const name = unchecked(UNI_NAMES[t]);
      if (name.length == 2 && <u32>name.charCodeAt(0) == c) addTable(r, t);
    }
    if (r.n == 0) return null;
    clean(r);
    return r;
  }
  for (let t = 0; t < UNI_NAMES.length; t++) {
    if (bytesAre(p, n, unchecked(UNI_NAMES[t]))) { addTable(r, t); return r; }
  }
  return null;
}

/** Whether rune c is in the clean class at p (n ranges of u32 pairs): binary search. */
export function inClass(p: usize, n: u32, c: u32): bool {
  let lo: i32 = 0, hi: i32 = <i32>n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const q = p + (<usize>mid << 3);
    if (c < load<u32>(q)) hi = mid - 1;
    else if (c > load<u32>(q, 4)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Go's unicode.IsDigit (category Nd), for builtins outside the regex engine (units.*). */
export function isDigitRune(c: u32): bool {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  const r = newRanges(64);
  addTable(r, ND);
  return inClass(r.ptr, r.n, c);
}
const ND: i32 = 12; // index of "Nd" in UNI_NAMES
