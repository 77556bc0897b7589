// Low-level JSON scanning over a string by offsets: skip whitespace, strings and whole values
// without building them. Shared by the validator (syntax errors with positions, duplicate keys,
// depth) and the lazy locator. Must not allocate per value on the skip paths: it runs over
// 100 MB plans.

const QUOTE = 34;
const BACKSLASH = 92;

export function skipWs(t: string, i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** `i` at an opening quote; returns the offset after the closing quote, or -1 when unterminated. */
export function stringEnd(t: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = t.indexOf('"', j);
    if (q === -1) return -1;
    let k = q - 1;
    while (t.charCodeAt(k) === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** The decoded value of the string token [i, end). */
export function stringValue(t: string, i: number, end: number): string {
  const raw = t.slice(i + 1, end - 1);
  if (raw.indexOf('\\') === -1) return raw;
  try {
    return JSON.parse(t.slice(i, end)) as string;
  } catch {
    return raw;
  }
}

/**
 * `i` at the first character of a value; returns the offset just after it. Lenient: on malformed
 * input it stops somewhere sensible rather than throwing (the validator reports syntax).
 */
export function valueEnd(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === QUOTE) {
    const e = stringEnd(t, i);
    return e === -1 ? t.length : e;
  }
  if (c === 123 /* { */ || c === 91 /* [ */) {
    let depth = 0;
    let j = i;
    const n = t.length;
    while (j < n) {
      const d = t.charCodeAt(j);
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
  const n = t.length;
  while (j < n) {
    const d = t.charCodeAt(j);
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
    j++;
  }
  return j;
}
