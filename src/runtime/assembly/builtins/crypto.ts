// crypto.md5, crypto.sha1 and crypto.sha256: the lowercase hex digest of a string's bytes, as OPA
// returns it (fmt.Sprintf("%x", md5.Sum(...)) and the like). The three Merkle-Damgård hashes share
// the padding (a 64-byte block, the length in bits at the end: little-endian for MD5).
// Must not encode anything else (encoding.ts).

import { T_STRING, tag, len, mkString } from "../value";
import { newBuf, putByte } from "../buf";
import { alloc } from "../mem";
import { mustBe } from "./error";

const MD5 = 0, SHA1 = 1, SHA256 = 2;

// MD5 per-round shifts and sines; SHA-256 round constants
const MD5_S: usize = memory.data<u32>([7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]);
const MD5_K: usize = memory.data<u32>([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);
const SHA256_K: usize = memory.data<u32>([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

@inline function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
@inline function rotr(x: u32, n: u32): u32 { return (x >>> n) | (x << (32 - n)); }
@inline function be32(p: usize): u32 { return bswap<u32>(load<u32>(p)); }

function md5Block(h: usize, p: usize): void {
  let a = load<u32>(h), b = load<u32>(h, 4), c = load<u32>(h, 8), d = load<u32>(h, 12);
  for (let i: u32 = 0; i < 64; i++) {
    let f: u32, g: u32;
    if (i < 16) { f = (b & c) | (~b & d); g = i; }
    else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
    else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
    else { f = c ^ (b | ~d); g = (7 * i) & 15; }
    const t = d;
    d = c; c = b;
    b = b + rotl(a + f + load<u32>(MD5_K + (<usize>i << 2)) + load<u32>(p + (<usize>g << 2)), load<u32>(MD5_S + (<usize>(((i >> 4) << 2) + (i & 3)) << 2)));
    a = t;
  }
  store<u32>(h, load<u32>(h) + a); store<u32>(h, load<u32>(h, 4) + b, 4);
  store<u32>(h, load<u32>(h, 8) + c, 8); store<u32>(h, load<u32>(h, 12) + d, 12);
}

function sha1Block(h: usize, p: usize, w: usize): void {
  for (let i: u32 = 0; i < 16; i++) store<u32>(w + (<usize>i << 2), be32(p + (<usize>i << 2)));
  for (let i: u32 = 16; i < 80; i++) {
    const x = load<u32>(w + (<usize>(i - 3) << 2)) ^ load<u32>(w + (<usize>(i - 8) << 2)) ^ load<u32>(w + (<usize>(i - 14) << 2)) ^ load<u32>(w + (<usize>(i - 16) << 2));
    store<u32>(w + (<usize>i << 2), rotl(x, 1));
  }
  let a = load<u32>(h), b = load<u32>(h, 4), c = load<u32>(h, 8), d = load<u32>(h, 12), e = load<u32>(h, 16);
  for (let i: u32 = 0; i < 80; i++) {
    let f: u32, k: u32;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    const t = rotl(a, 5) + f + e + k + load<u32>(w + (<usize>i << 2));
    e = d; d = c; c = rotl(b, 30); b = a; a = t;
  }
  store<u32>(h, load<u32>(h) + a); store<u32>(h, load<u32>(h, 4) + b, 4); store<u32>(h, load<u32>(h, 8) + c, 8);
  store<u32>(h, load<u32>(h, 12) + d, 12); store<u32>(h, load<u32>(h, 16) + e, 16);
}

function sha256Block(h: usize, p: usize, w: usize): void {
  for (let i: u32 = 0; i < 16; i++) store<u32>(w + (<usize>i << 2), be32(p + (<usize>i << 2)));
  for (let i: u32 = 16; i < 64; i++) {
    const x = load<u32>(w + (<usize>(i - 15) << 2)), y = load<u32>(w + (<usize>(i - 2) << 2));
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    store<u32>(w + (<usize>i << 2), load<u32>(w + (<usize>(i - 16) << 2)) + s0 + load<u32>(w + (<usize>(i - 7) << 2)) + s1);
  }
  let a = load<u32>(h), b = load<u32>(h, 4), c = load<u32>(h, 8), d = load<u32>(h, 12);
  let e = load<u32>(h, 16), f = load<u32>(h, 20), g = load<u32>(h, 24), hh = load<u32>(h, 28);
  for (let i: u32 = 0; i < 64; i++) {
    const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + load<u32>(SHA256_K + (<usize>i << 2)) + load<u32>(w + (<usize>i << 2));
    const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  store<u32>(h, load<u32>(h) + a); store<u32>(h, load<u32>(h, 4) + b, 4); store<u32>(h, load<u32>(h, 8) + c, 8);
  store<u32>(h, load<u32>(h, 12) + d, 12); store<u32>(h, load<u32>(h, 16) + e, 16); store<u32>(h, load<u32>(h, 20) + f, 20);
  store<u32>(h, load<u32>(h, 24) + g, 24); store<u32>(h, load<u32>(h, 28) + hh, 28);
}

function block(alg: i32, h: usize, p: usize, w: usize): void {
  if (alg == MD5) md5Block(h, p);
  else if (alg == SHA1) sha1Block(h, p, w);
  else sha256Block(h, p, w);
}

const HEX = "0123456789abcdef";

/** The hex digest of the bytes of string value s. */
export function digest(s: usize, alg: i32): usize {
  if (tag(s) != T_STRING) return mustBe(1, "string", s);
  const n = len(s), p = s + 8;
  const h = alloc(32), w = alloc(320), last = alloc(128);
  const words = alg == MD5 ? 4 : alg == SHA1 ? 5 : 8;
  if (alg == MD5) { store<u32>(h, 0x67452301); store<u32>(h, 0xefcdab89, 4); store<u32>(h, 0x98badcfe, 8); store<u32>(h, 0x10325476, 12); }
  else if (alg == SHA1) {
    store<u32>(h, 0x67452301); store<u32>(h, 0xefcdab89, 4); store<u32>(h, 0x98badcfe, 8); store<u32>(h, 0x10325476, 12); store<u32>(h, 0xc3d2e1f0, 16);
  } else {
    store<u32>(h, 0x6a09e667); store<u32>(h, 0xbb67ae85, 4); store<u32>(h, 0x3c6ef372, 8); store<u32>(h, 0xa54ff53a, 12);
    store<u32>(h, 0x510e527f, 16); store<u32>(h, 0x9b05688c, 20); store<u32>(h, 0x1f83d9ab, 24); store<u32>(h, 0x5be0cd19, 28);
  }
  const full = n & ~63;
  for (let i: u32 = 0; i < full; i += 64) block(alg, h, p + i, w);
  // padding: 0x80, zeros, the bit length in the last 8 bytes of one or two blocks
  const rest = n - full;
  memory.fill(last, 0, 128);
  memory.copy(last, p + full, rest);
  store<u8>(last + rest, 0x80);
  const tail: u32 = rest < 56 ? 64 : 128;
  const bits = <u64>n << 3;
  if (alg == MD5) store<u64>(last + tail - 8, bits);
  else store<u64>(last + tail - 8, bswap<u64>(bits));
  block(alg, h, last, w);
  if (tail == 128) block(alg, h, last + 64, w);
  const out = newBuf(words * 8);
  for (let i = 0; i < words * 4; i++) {
    // MD5's state is little-endian words, SHA's big-endian
    const byte = alg == MD5 ? <u32>load<u8>(h + i) : (load<u32>(h + ((i >> 2) << 2)) >>> (24 - ((i & 3) << 3))) & 255;
    putByte(out, HEX.charCodeAt(byte >> 4)); putByte(out, HEX.charCodeAt(byte & 15));
  }
  return mkString(out.ptr, <u32>out.len);
}
