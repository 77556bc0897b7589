// Low-level JSON scanning over UTF-8 bytes by byte offsets: skip whitespace, strings and whole
// values without building them. Shared by the validator (syntax errors with positions, duplicate
// keys, depth) and the lazy locator. Every structural character of JSON is ASCII and no byte of a
// multi-byte UTF-8 sequence is below 0x80, so the bytes are scanned as they are, never decoded
// except for a string that is asked for. Must not allocate per value on the skip paths: it runs
// over 100 MB plans.

const QUOTE = 34;
const BACKSLASH = 92;

/** The bytes as a Buffer (no copy), for its native search and decoding. */
export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export function skipWs(t: Uint8Array, i: number): number {
  for (;;) {
    const c = t[i];
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** `i` at an opening quote; returns the offset after the closing quote, or -1 when unterminated. */
export function stringEnd(t: Buffer, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = t.indexOf(QUOTE, j);
    if (q === -1) return -1;
    let k = q - 1;
    while (t[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** The decoded value of the string token [i, end). */
export function stringValue(t: Buffer, i: number, end: number): string {
  if (!hasEscape(t, i, end)) return t.toString('utf8', i + 1, end - 1);
  try {
    return JSON.parse(t.toString('utf8', i, end)) as string;
  } catch {
    return t.toString('utf8', i + 1, end - 1);
  }
}

/** Whether the string token [i, end) holds a backslash (a bounded loop: indexOf would search on past the token). */
export function hasEscape(t: Uint8Array, i: number, end: number): boolean {
  for (let k = i + 1; k < end - 1; k++) if (t[k] === BACKSLASH) return true;
  return false;
}

/**
 * `i` at the first byte of a value; returns the offset just after it. Lenient: on malformed
 * input it stops somewhere sensible rather than throwing (the validator reports syntax).
 */
export function valueEnd(t: Buffer, i: number): number {
  const c = t[i];
  const n = t.length;
  if (c === QUOTE) {
    const e = stringEnd(t, i);
    return e === -1 ? n : e;
  }
  if (c === 123 /* { */ || c === 91 /* [ */) {
    let depth = 0;
    let j = i;
    while (j < n) {
      const d = t[j];
      if (d === QUOTE) {
        const e = stringEnd(t, j);
        if (e === -1) return n;
        j = e;
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return n;
  }
  let j = i;
  while (j < n) {
    const d = t[j];
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
    j++;
  }
  return j;
}
