// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in plain TypeScript. Owns only the digest:
// finding fingerprints and shard assignment hash short strings, and loading `node:crypto` for
// them costs ~3 ms of every CLI start (it brings a dozen internal modules), more than all the
// hashing a one-file scan does. Must not be used where an attacker picks inputs to collide with
// a secret (nothing here is constant-time) nor for large buffers (native hashing is faster there).
// The tests compare it with node:crypto on arbitrary strings.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = new TextEncoder();
const W = new Int32Array(64);
const H = new Int32Array(8);
// Reused across calls (the input plus padding); grown for a longer string.
let buf = new Uint8Array(1024);

function compress(b: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++, at += 4) W[i] = (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!;
    const y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = H[0]!, b2 = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b2) ^ (a & c) ^ (b2 & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b2;
    b2 = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + b2) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}

/** The digest as eight big-endian 32-bit words (valid until the next call). */
export function sha256Words(text: string): Int32Array {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; 72 more cover the padding.
  const need = text.length * 3 + 72;
  if (buf.length < need) buf = new Uint8Array(Math.max(need, buf.length * 2));
  const n = encoder.encodeInto(text, buf).written;
  const blocks = (n + 72) >>> 6;
  const end = blocks * 64;
  buf[n] = 0x80;
  buf.fill(0, n + 1, end - 8);
  // Length in bits, big-endian in the last 8 bytes (the high word is 0 below 512 MiB).
  const bits = n * 8;
  buf[end - 8] = buf[end - 7] = buf[end - 6] = 0;
  buf[end - 5] = Math.floor(n / 0x20000000);
  buf[end - 4] = bits >>> 24;
  buf[end - 3] = bits >>> 16;
  buf[end - 2] = bits >>> 8;
  buf[end - 1] = bits;
  H.set(H0);
  for (let at = 0; at < end; at += 64) compress(buf, at);
  return H;
}

// Number#toString(16) is slow enough to cost more than the hashing: bytes go through a table.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The digest of `text`'s UTF-8 bytes as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const h = sha256Words(text);
  let out = '';
  for (let i = 0; i < 8; i++) {
    const w = h[i]!;
    out += HEX[w >>> 24]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
  }
  return out;
}
