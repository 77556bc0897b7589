// crypto.md5, crypto.sha1 and crypto.sha256: the lowercase hex digest of a string's bytes, as OPA
// returns it (fmt.Sprintf("%x", md5.Sum(...)) and the like); crypto.hmac.md5/sha1/sha256/sha512
// (Go's crypto/hmac over the same hashes, key second) and crypto.hmac.equal. The Merkle-Damgård
// hashes share the padding (a 64-byte block, the length in bits at the end: little-endian for
// MD5; SHA-512 has 128-byte blocks and a 16-byte length). Must not encode anything else (encoding.ts).

import { T_STRING, tag, len, mkString, boolV } from "../value";
import { newBuf, putByte } from "../buf";
import { alloc } from "../mem";
import { mustBe } from "./error";

const MD5 = 0, SHA1 = 1, SHA256 = 2, SHA512 = 3;
const SHA512_K: usize = memory.data<u64>([
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
  0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
  0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
  0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
  0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
  0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
  0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
  0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
  0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
  0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
  0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
  0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
  0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]);
const SHA512_IV: usize = memory.data<u64>([
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]);

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

// SHA-256 and SHA-512 share their rounds: words of type T, round constants K, and these rotation
// and shift amounts (σ0: 3, σ1: 3, Σ1: 3, Σ0: 3).
const SHA256_R: usize = memory.data<u32>([7, 18, 3, 17, 19, 10, 6, 11, 25, 2, 13, 22]);
const SHA512_R: usize = memory.data<u32>([1, 8, 7, 19, 61, 6, 14, 18, 41, 28, 34, 39]);

@inline function rot<T>(x: T, n: u32): T { return rotr<T>(x, <T>n); }

function sha2Block<T>(h: usize, p: usize, w: usize, k: usize, rounds: u32, r: usize): void {
  const W = sizeof<T>();
  for (let i: u32 = 0; i < 16; i++) store<T>(w + <usize>i * W, bswap<T>(load<T>(p + <usize>i * W)));
  const r0 = load<u32>(r), r1 = load<u32>(r, 4), r2 = load<u32>(r, 8), r3 = load<u32>(r, 12), r4 = load<u32>(r, 16), r5 = load<u32>(r, 20);
  const r6 = load<u32>(r, 24), r7 = load<u32>(r, 28), r8 = load<u32>(r, 32), r9 = load<u32>(r, 36), r10 = load<u32>(r, 40), r11 = load<u32>(r, 44);
  for (let i: u32 = 16; i < rounds; i++) {
    const x = load<T>(w + <usize>(i - 15) * W), y = load<T>(w + <usize>(i - 2) * W);
    const s0 = rot<T>(x, r0) ^ rot<T>(x, r1) ^ (x >>> <T>r2);
    const s1 = rot<T>(y, r3) ^ rot<T>(y, r4) ^ (y >>> <T>r5);
    store<T>(w + <usize>i * W, load<T>(w + <usize>(i - 16) * W) + s0 + load<T>(w + <usize>(i - 7) * W) + s1);
  }
  let a = load<T>(h), b = load<T>(h + W), c = load<T>(h + 2 * W), d = load<T>(h + 3 * W);
  let e = load<T>(h + 4 * W), f = load<T>(h + 5 * W), g = load<T>(h + 6 * W), hh = load<T>(h + 7 * W);
  for (let i: u32 = 0; i < rounds; i++) {
    const t1 = hh + (rot<T>(e, r6) ^ rot<T>(e, r7) ^ rot<T>(e, r8)) + ((e & f) ^ (~e & g)) + load<T>(k + <usize>i * W) + load<T>(w + <usize>i * W);
    const t2 = (rot<T>(a, r9) ^ rot<T>(a, r10) ^ rot<T>(a, r11)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  store<T>(h, load<T>(h) + a); store<T>(h + W, load<T>(h + W) + b); store<T>(h + 2 * W, load<T>(h + 2 * W) + c);
  store<T>(h + 3 * W, load<T>(h + 3 * W) + d); store<T>(h + 4 * W, load<T>(h + 4 * W) + e); store<T>(h + 5 * W, load<T>(h + 5 * W) + f);
  store<T>(h + 6 * W, load<T>(h + 6 * W) + g); store<T>(h + 7 * W, load<T>(h + 7 * W) + hh);
}

function block(alg: i32, h: usize, p: usize, w: usize): void {
  if (alg == MD5) md5Block(h, p);
  else if (alg == SHA1) sha1Block(h, p, w);
  else if (alg == SHA256) sha2Block<u32>(h, p, w, SHA256_K, 64, SHA256_R);
  else sha2Block<u64>(h, p, w, SHA512_K, 80, SHA512_R);
}

@inline function blockSize(alg: i32): u32 { return alg == SHA512 ? 128 : 64; }
@inline function digestSize(alg: i32): u32 { return alg == MD5 ? 16 : alg == SHA1 ? 20 : alg == SHA256 ? 32 : 64; }

const HEX = "0123456789abcdef";

/**
 * The raw digest of [p1, p1+n1) followed by [p2, p2+n2) (HMAC hashes a pad then the data), as
 * big-endian bytes (little-endian for MD5) at out.
 */
function hash(alg: i32, p1: usize, n1: u32, p2: usize, n2: u32, out: usize): void {
  const bs = blockSize(alg);
  const h = alloc(64), w = alloc(640), buf = alloc(<usize>bs * 2);
  if (alg == MD5) { store<u32>(h, 0x67452301); store<u32>(h, 0xefcdab89, 4); store<u32>(h, 0x98badcfe, 8); store<u32>(h, 0x10325476, 12); }
  else if (alg == SHA1) {
    store<u32>(h, 0x67452301); store<u32>(h, 0xefcdab89, 4); store<u32>(h, 0x98badcfe, 8); store<u32>(h, 0x10325476, 12); store<u32>(h, 0xc3d2e1f0, 16);
  } else if (alg == SHA256) {
    store<u32>(h, 0x6a09e667); store<u32>(h, 0xbb67ae85, 4); store<u32>(h, 0x3c6ef372, 8); store<u32>(h, 0xa54ff53a, 12);
    store<u32>(h, 0x510e527f, 16); store<u32>(h, 0x9b05688c, 20); store<u32>(h, 0x1f83d9ab, 24); store<u32>(h, 0x5be0cd19, 28);
  } else memory.copy(h, SHA512_IV, 64);
  // whole blocks straight from the input, the rest gathered in buf
  let fill: u32 = 0;
  for (let part = 0; part < 2; part++) {
    let p = part == 0 ? p1 : p2;
    let n = part == 0 ? n1 : n2;
    while (n > 0) {
      if (fill == 0 && n >= bs) { block(alg, h, p, w); p += bs; n -= bs; continue; }
      const k = bs - fill < n ? bs - fill : n;
      memory.copy(buf + fill, p, k);
      fill += k; p += k; n -= k;
      if (fill == bs) { block(alg, h, buf, w); fill = 0; }
    }
  }
  // padding: 0x80, zeros, the bit length at the end of one or two blocks
  const total = <u64>n1 + <u64>n2;
  memory.fill(buf + fill, 0, <usize>(bs * 2 - fill));
  store<u8>(buf + fill, 0x80);
  const lenBytes: u32 = alg == SHA512 ? 16 : 8;
  const tail: u32 = fill < bs - lenBytes ? bs : bs * 2;
  if (alg == MD5) store<u64>(buf + tail - 8, total << 3);
  else store<u64>(buf + tail - 8, bswap<u64>(total << 3));
  block(alg, h, buf, w);
  if (tail > bs) block(alg, h, buf + bs, w);
  const ds = digestSize(alg);
  for (let i: u32 = 0; i < ds; i++) {
    // MD5's state is little-endian words, SHA-1/256's big-endian 32-bit words, SHA-512's 64-bit ones
    const byte = alg == MD5 ? load<u8>(h + i)
      : alg == SHA512 ? <u8>(load<u64>(h + ((i >> 3) << 3)) >>> (56 - ((<u64>i & 7) << 3)))
      : <u8>(load<u32>(h + ((i >> 2) << 2)) >>> (24 - ((i & 3) << 3)));
    store<u8>(out + i, byte);
  }
}

function hex(p: usize, n: u32): usize {
  const out = newBuf(<usize>n * 2);
  for (let i: u32 = 0; i < n; i++) {
    const byte = <u32>load<u8>(p + i);
    putByte(out, HEX.charCodeAt(byte >> 4)); putByte(out, HEX.charCodeAt(byte & 15));
  }
  return mkString(out.ptr, <u32>out.len);
}

/** The hex digest of the bytes of string value s. */
export function digest(s: usize, alg: i32): usize {
  if (tag(s) != T_STRING) return mustBe(1, "string", s);
  const out = alloc(64);
  hash(alg, s + 8, len(s), 0, 0, out);
  return hex(out, digestSize(alg));
}

/** crypto.hmac.<alg>(x, key): Go's hmac.New(alg, key) over x, hex-encoded. */
export function hmac(x: usize, key: usize, alg: i32): usize {
  if (tag(x) != T_STRING) return mustBe(1, "string", x);
  if (tag(key) != T_STRING) return mustBe(2, "string", key);
  const bs = blockSize(alg), ds = digestSize(alg);
  const k = alloc(<usize>bs), pad = alloc(<usize>bs), inner = alloc(64), out = alloc(64);
  memory.fill(k, 0, <usize>bs);
  // a key longer than a block is hashed first
  if (len(key) > bs) hash(alg, key + 8, len(key), 0, 0, k);
  else memory.copy(k, key + 8, len(key));
  for (let i: u32 = 0; i < bs; i++) store<u8>(pad + i, load<u8>(k + i) ^ 0x36);
  hash(alg, pad, bs, x + 8, len(x), inner);
  for (let i: u32 = 0; i < bs; i++) store<u8>(pad + i, load<u8>(k + i) ^ 0x5c);
  hash(alg, pad, bs, inner, ds, out);
  return hex(out, ds);
}

/** crypto.hmac.equal: Go's hmac.Equal on the strings' bytes (constant time for equal lengths). */
export function hmacEqual(a: usize, b: usize): usize {
  if (tag(a) != T_STRING) return mustBe(1, "string", a);
  if (tag(b) != T_STRING) return mustBe(2, "string", b);
  const n = len(a);
  if (n != len(b)) return boolV(false);
  let diff: u32 = 0;
  for (let i: u32 = 0; i < n; i++) diff |= <u32>(load<u8>(a + 8 + i) ^ load<u8>(b + 8 + i));
  return boolV(diff == 0);
}
