// Input projection, the host's half: which top-level members of a JSON object an entrypoint needs
// (the compiler's answer, src/rego/plan/input-keys.ts), written by src/runtime/evaluate.ts into
// the module's memory as `{`, `"key":value` joined by `,`, `}`, so a plan's `planned_values` and
// `prior_state` are neither copied in nor parsed by a policy that never reads them.
// The members come from the loader when its validation pass recorded them (Document.jsonMembers,
// plans); for other JSON bytes, a scan here finds them. The bytes are a document a loader already
// parsed, so that scan only finds boundaries; it does not validate, and anything it does not
// expect makes it answer "not an object" (the input is then written whole). Every duplicate of a
// kept key stays, in order, so the module's "last duplicate wins" is unchanged.
// Must not decode values or know about policies.

import type { JsonMember } from '../loaders/types.js';

export type { JsonMember };

/** The input as some members of an object, written in order: `{`, `"key":value` joined by `,`, `}`. */
export interface ProjectedJson {
  bytes: Uint8Array;
  members: JsonMember[];
  /** Each kept member's key as JSON text and its colon, encoded once. */
  keys: Uint8Array[];
  /** Length of the object written: braces, keys, values and commas. */
  length: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Byte classes inside a container: 1 a quote, 2 an opening bracket, 3 a closing one, 0 anything else. */
const CLASS = new Uint8Array(256);
CLASS[QUOTE] = 1;
CLASS[0x7b] = CLASS[0x5b] = 2;
CLASS[0x7d] = CLASS[0x5d] = 3;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Index of the quote closing the string that opens at `q`, or -1. */
function stringEnd(bytes: Uint8Array, q: number): number {
  let from = q + 1;
  for (;;) {
    const j = bytes.indexOf(QUOTE, from);
    if (j < 0) return -1;
    let k = j - 1;
    while (bytes[k] === BACKSLASH) k--;
    // An even run of backslashes escapes itself, not the quote.
    if ((j - 1 - k) % 2 === 0) return j;
    from = j + 1;
  }
}

/** End (exclusive) of the JSON value that starts at `p`, or -1. Strings are skipped natively. */
function valueEnd(bytes: Uint8Array, p: number): number {
  const first = bytes[p];
  if (first === QUOTE) {
    const e = stringEnd(bytes, p);
    return e < 0 ? -1 : e + 1;
  }
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let i = p; i < bytes.length; i++) {
      // One table load and one test for the common byte (digits, letters, `:` and `,`).
      const c = CLASS[bytes[i]!]!;
      if (c === 0) continue;
      if (c === 1) {
        i = stringEnd(bytes, i);
        if (i < 0) return -1;
      } else if (c === 2) depth++;
      else if (--depth === 0) return i + 1;
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let i = p;
  while (i < bytes.length && bytes[i] !== 0x2c && bytes[i] !== 0x7d && bytes[i] !== 0x5d && !isSpace(bytes[i])) i++;
  return i > p ? i : -1;
}

function skipSpace(bytes: Uint8Array, p: number): number {
  while (isSpace(bytes[p])) p++;
  return p;
}

function decodeKey(bytes: Uint8Array, start: number, end: number): string | undefined {
  const raw = bytes.subarray(start + 1, end);
  try {
    return raw.includes(BACKSLASH) ? (JSON.parse(decoder.decode(bytes.subarray(start, end + 1))) as string) : decoder.decode(raw);
  } catch {
    return undefined;
  }
}

/** The members of the JSON object in `bytes`, in order (duplicates included); undefined if it is not an object. */
export function topLevelMembers(bytes: Uint8Array): JsonMember[] | undefined {
  let p = skipSpace(bytes, 0);
  if (bytes[p] !== 0x7b) return undefined;
  const members: JsonMember[] = [];
  p = skipSpace(bytes, p + 1);
  if (bytes[p] === 0x7d) return skipSpace(bytes, p + 1) === bytes.length ? members : undefined;
  for (;;) {
    if (bytes[p] !== QUOTE) return undefined;
    const start = p;
    const keyEnd = stringEnd(bytes, p);
    if (keyEnd < 0) return undefined;
    p = skipSpace(bytes, keyEnd + 1);
    if (bytes[p] !== 0x3a) return undefined;
    const valueStart = skipSpace(bytes, p + 1);
    const end = valueEnd(bytes, valueStart);
    const key = decodeKey(bytes, start, keyEnd);
    if (end < 0 || key === undefined) return undefined;
    members.push({ key, start: valueStart, end });
    p = skipSpace(bytes, end);
    if (bytes[p] === 0x2c) p = skipSpace(bytes, p + 1);
    else if (bytes[p] === 0x7d) return skipSpace(bytes, p + 1) === bytes.length ? members : undefined;
    else return undefined;
  }
}

// Per document bytes, computed on first use: one answer serves every bundle and entrypoint, and
// the passes that evaluate a document again (inventory, context).
const membersCache = new WeakMap<Uint8Array, JsonMember[] | null>();

// A key the module might decode otherwise than JavaScript does (a lone surrogate, or U+FFFD that
// may stand for other bytes) is never left out.
const unsure = (key: string) => /[\uFFFD]|\p{Cs}/u.test(key);

/**
 * `bytes` cut down to the members whose key is in `keys` (every duplicate kept, in order, so the
 * module's "last duplicate wins" is unchanged), or `bytes` itself when it is not an object or
 * nothing would be left out. `members` gives them when the loader already knows them (its
 * validation pass); otherwise they are scanned for here.
 */
export function projectJson(bytes: Uint8Array, keys: ReadonlySet<string>, members?: () => JsonMember[]): Uint8Array | ProjectedJson {
  let all = membersCache.get(bytes);
  if (all === undefined) membersCache.set(bytes, (all = (members ? members() : topLevelMembers(bytes)) ?? null));
  // Not an object: no members (the loader's answer) or none at all (the scan's); written whole.
  if (!all) return bytes;
  const kept = all.filter((m) => keys.has(m.key) || unsure(m.key));
  if (kept.length === all.length) return bytes;
  const keyBytes = kept.map((m) => encoder.encode(`${JSON.stringify(m.key)}:`));
  const length = 2 + Math.max(0, kept.length - 1) + kept.reduce((n, m, i) => n + keyBytes[i]!.length + m.end - m.start, 0);
  return { bytes, members: kept, keys: keyBytes, length };
}

/** Writes a projection's object text into `target` at `at` (which must have `length` bytes free). */
export function writeProjected(target: Uint8Array, at: number, p: ProjectedJson): void {
  let q = at;
  target[q++] = 0x7b;
  p.members.forEach((m, i) => {
    if (i > 0) target[q++] = 0x2c;
    target.set(p.keys[i]!, q);
    q += p.keys[i]!.length;
    target.set(p.bytes.subarray(m.start, m.end), q);
    q += m.end - m.start;
  });
  target[q] = 0x7d;
}
