// rand.intn and uuid.rfc4122 inside the module, so a module calling them needs nothing beyond
// stock opa-wasm. Owns the module's randomness: a per-evaluation seed and the keyed generator.
// Must not keep results in memory: a result is a function of (evaluation seed, builtin, arguments),
// which gives OPA's guarantee ("for any given argument pair the output is consistent throughout a
// query evaluation") without a cache, and a new seed per evaluation gives new values.
// Entropy: Palisade's host calls palisade_seed with the system's CSPRNG (randomFillSync) before each evaluation.
// A host that never calls it (stock opa-wasm) still gets well-distributed values that change from
// one evaluation to the next (a per-instance counter and the input's hash), but predictable ones:
// never for secrets, as OPA also warns.

import { T_STRING, tag, len, mkInt, mkStringRaw } from "../value";
import { dumpJSON } from "../json";
import { mustBe } from "./error";
import { intOperand } from "./strings";

const GOLDEN: u64 = 0x9e3779b97f4a7c15;

/** splitmix64's finaliser: a bijection that spreads every input bit over the output. */
@inline function mix(z: u64): u64 {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

/** Folds n bytes at p into h, eight at a time, then the tail and the length (so "a" ≠ "a\0"). */
function hashBytes(h: u64, p: usize, n: u32): u64 {
  let i: u32 = 0;
  for (; i + 8 <= n; i += 8) h = mix(h ^ load<u64>(p + i)) + GOLDEN;
  let t: u64 = 0;
  for (; i < n; i++) t = (t << 8) | <u64>load<u8>(p + i);
  return mix(mix(h ^ t) + <u64>n);
}

let hostSeed: u64 = 0;
let evaluations: u64 = 0;
let evalInput: usize = 0;
let evalSeed: u64 = 0;
let seedReady = false;

/** Palisade's extension: 64 bits of host entropy, mixed into every later evaluation's seed. */
export function addSeed(lo: u32, hi: u32): void {
  hostSeed = mix(hostSeed ^ ((<u64>hi << 32) | <u64>lo)) + GOLDEN;
}

/** Called at the start of every evaluation; the seed is derived on first use only. */
export function beginEvaluation(input: usize): void {
  evaluations++;
  evalInput = input;
  seedReady = false;
}

/** Folds a value's JSON text into h. */
function hashValue(h: u64, v: usize): u64 {
  const p = dumpJSON(v);
  let n: u32 = 0;
  while (load<u8>(p + n) != 0) n++; // JSON text escapes NUL, so the first one ends it
  return hashBytes(h, p, n);
}

function seed(): u64 {
  if (seedReady) return evalSeed;
  const h = mix(hostSeed + evaluations * GOLDEN);
  evalSeed = evalInput != 0 ? hashValue(h, evalInput) : h;
  seedReady = true;
  return evalSeed;
}

// splitmix64 as a stream generator, started from the hash of (seed, builtin, arguments)
let state: u64 = 0;
@inline function next(): u64 {
  state += GOLDEN;
  return mix(state);
}

const RAND_INTN: u64 = 1, UUID: u64 = 2;

/** rand.intn(str, n): an integer in [0, |n|), the same for the same (str, |n|) in one evaluation. */
export function randIntn(s: usize, nv: usize): usize {
  if (tag(s) != T_STRING) return mustBe(1, "string", s);
  if (!intOperand(nv, 2)) return 0;
  const n = load<i64>(nv, 8);
  if (n == 0) return mkInt(0);
  // |n| as unsigned, so even the most negative i64 has a bound
  const bound: u64 = n < 0 ? <u64>(-n) : <u64>n;
  state = mix(hashBytes(seed() ^ RAND_INTN, s + 8, len(s)) ^ bound);
  // rejection keeps every value in [0, bound) equally likely: drop the top 2^64 mod bound draws
  const cut = (0 - bound) % bound;
  let r = next();
  while (r < cut) r = next();
  return mkInt(<i64>(r % bound));
}

const HEX = "0123456789abcdef";

/** uuid.rfc4122(key): a version-4 UUID, the same for the same key in one evaluation. */
export function uuidRfc4122(k: usize): usize {
  if (tag(k) != T_STRING) return mustBe(1, "string", k);
  state = hashBytes(seed() ^ UUID, k + 8, len(k));
  const hi = next(), lo = next();
  const out = mkStringRaw(36);
  const p = out + 8;
  let o: u32 = 0;
  for (let i: u32 = 0; i < 16; i++) {
    let b = <u32>((i < 8 ? hi >> (<u64>(56 - 8 * i)) : lo >> (<u64>(56 - 8 * (i - 8)))) & 0xff);
    if (i == 6) b = (b & 0x0f) | 0x40; // version 4
    if (i == 8) b = (b & 0x3f) | 0x80; // RFC 4122 variant
    if (i == 4 || i == 6 || i == 8 || i == 10) store<u8>(p + o++, 0x2d);
    store<u8>(p + o++, <u8>HEX.charCodeAt(<i32>(b >> 4)));
    store<u8>(p + o++, <u8>HEX.charCodeAt(<i32>(b & 15)));
  }
  return out;
}
