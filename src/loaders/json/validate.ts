// A strict JSON validator over UTF-8 bytes that reports what JSON.parse cannot: where a syntax
// error is (file:line:col), duplicate keys (JSON.parse keeps the last one silently, as do jq and
// Go's encoding/json, so Palisade keeps the last too and warns), and nesting deeper than the limit.
// It builds no values, but records the document's structure the locator needs later: the root's
// span, the top-level members, and the end of every large container, so that locating findings
// never rescans a big container to find where it ends.
// Must not be used as the parser: JSON.parse is several times faster for the data itself.

import type { Diagnostic } from '../../diagnostics.js';
import type { JsonMember } from '../types.js';
import { at } from '../common/diag.js';
import { LineIndex } from '../../text/line-index.js';
import { asBuffer, skipWs, stringEnd, stringValue } from './scan.js';

class Stop {
  constructor(readonly offset: number, readonly message: string, readonly limit = false) {}
}

/**
 * What the validation pass learned about the document's shape, in byte offsets. Containers at
 * least BIG_CONTAINER bytes long are listed (sorted by start) with their ends: at most one per
 * BIG_CONTAINER bytes per nesting level, about a megabyte for a 100 MB plan.
 */
export interface JsonStructure {
  root: { start: number; end: number };
  /** The root object's members as [key start, key end, value start, value end] each (empty when the root is not an object). */
  members: Uint32Array;
  bigStarts: Uint32Array;
  bigEnds: Uint32Array;
}

export interface JsonCheck {
  /** Fatal: the file is not JSON, or is deeper than allowed. */
  error?: Diagnostic;
  /** Non-fatal: duplicate keys. */
  warnings: Diagnostic[];
  /** Present when the text is valid. */
  structure?: JsonStructure;
}

/**
 * Containers this long (bytes) have their end recorded. On a 100 MB plan of ~1 KB resources:
 * 161k containers (1.3 MB) at 512, 12 at 2048, 497k at 128, for the same validation and locating
 * time; the table is what keeps a plan with a few huge resources from being rescanned per level.
 */
export const BIG_CONTAINER = 512;

// The characters JSON allows after a backslash, besides u: " \\ / b f n r t.
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;
const isHex = (c: number | undefined) => c !== undefined && ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102));

/** A growable list of unsigned offsets. */
class Offsets {
  a: Uint32Array<ArrayBuffer> = new Uint32Array(256);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) this.a = grow(this.a);
    this.a[this.n++] = v;
  }
  done(): Uint32Array {
    return this.a.slice(0, this.n);
  }
}

/** Growable parallel lists of container starts and ends. */
class Spans {
  starts: Uint32Array<ArrayBuffer> = new Uint32Array(256);
  ends: Uint32Array<ArrayBuffer> = new Uint32Array(256);
  n = 0;
  push(start: number, end: number): void {
    if (this.n === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.n] = start;
    this.ends[this.n++] = end;
  }
}

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** `bytes` is UTF-8 without a BOM (see decodeInput). */
export function checkJson(path: string, bytes: Uint8Array, opts: { maxDepth: number; duplicates: boolean }): JsonCheck {
  const t = asBuffer(bytes);
  const n = t.length;
  const dups: Array<{ offset: number; key: string }> = [];
  const big = new Spans();
  const members = new Offsets();
  // The first UTF-16 code unit of the character at byte i, as a string's t[i] showed it.
  const describe = (i: number): string => {
    if (i >= n) return 'end of file';
    const c = t[i]!;
    if (c < 0x80) return `'${String.fromCharCode(c)}'`;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return `'${t.toString('utf8', i, i + len)[0]}'`;
  };
  const word = (i: number, w: string): boolean => {
    for (let k = 0; k < w.length; k++) if (t[i + k] !== w.charCodeAt(k)) return false;
    return true;
  };

  const value = (i: number, depth: number): number => {
    i = skipWs(t, i);
    const c = t[i];
    if (c === 123 || c === 91) {
      if (depth >= opts.maxDepth) throw new Stop(i, `nesting deeper than ${opts.maxDepth} levels`, true);
      // Reserve a slot in start order; a small container's descendants are smaller still, so
      // when it turns out small its slot is the last one and is dropped again.
      const slot = big.n;
      big.push(i, 0);
      const end = c === 123 ? object(i, depth + 1) : array(i, depth + 1);
      if (end - i < BIG_CONTAINER) big.n = slot;
      else big.ends[slot] = end;
      return end;
    }
    if (c === 34) return str(i);
    if (word(i, 'true')) return i + 4;
    if (word(i, 'false')) return i + 5;
    if (word(i, 'null')) return i + 4;
    const e = numberEnd(t, i);
    if (e !== -1) return e;
    throw new Stop(i, `unexpected ${describe(i)}, expected a value`);
  };
  const str = (i: number): number => {
    try {
      for (let k = i + 1; k < n; k++) {
        const c = t[k]!;
        if (c === 34) return k + 1;
        if (c === 92) k = escape(k);
        else if (c < 0x20) throw new Stop(k, 'control character inside a string (escape it, e.g. \\n)');
      }
    } catch (e) {
      // A string with no closing quote is reported as such, whatever it holds before the end.
      if (stringEnd(t, i) !== -1) throw e;
    }
    throw new Stop(i, 'unterminated string');
  };
  // `k` at a backslash: the offset of the escape's last byte. JSON.parse rejects any other.
  const escape = (k: number): number => {
    const c = t[k + 1];
    if (c === undefined) throw new Stop(k, 'unterminated string');
    if (c === 117 /* u */) {
      if (!(isHex(t[k + 2]) && isHex(t[k + 3]) && isHex(t[k + 4]) && isHex(t[k + 5]))) throw new Stop(k, 'invalid \\u escape: expected four hexadecimal digits');
      return k + 5;
    }
    if (!ESCAPES.has(c)) throw new Stop(k, `invalid escape \\${describe(k + 1).slice(1, -1)} (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
    return k + 1;
  };
  const object = (i: number, depth: number): number => {
    i = skipWs(t, i + 1);
    if (t[i] === 125) return i + 1;
    const seen = opts.duplicates ? new Set<string>() : undefined;
    for (;;) {
      if (t[i] !== 34) throw new Stop(i, `unexpected ${describe(i)}, expected a "quoted" property name`);
      const ks = i;
      const ke = str(i);
      if (seen) {
        const key = stringValue(t, i, ke);
        if (seen.has(key)) dups.push({ offset: i, key });
        else seen.add(key);
      }
      i = skipWs(t, ke);
      if (t[i] !== 58) throw new Stop(i, `unexpected ${describe(i)}, expected ':' after the property name`);
      const vs = skipWs(t, i + 1);
      const ve = value(vs, depth);
      if (depth === 1) {
        members.push(ks);
        members.push(ke);
        members.push(vs);
        members.push(ve);
      }
      i = skipWs(t, ve);
      const c = t[i];
      if (c === 125) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe(i)}, expected ',' or '}'`);
      i = skipWs(t, i + 1);
      if (t[i] === 125) throw new Stop(i, 'trailing comma before }');
    }
  };
  const array = (i: number, depth: number): number => {
    i = skipWs(t, i + 1);
    if (t[i] === 93) return i + 1;
    for (;;) {
      i = skipWs(t, value(i, depth));
      const c = t[i];
      if (c === 93) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe(i)}, expected ',' or ']'`);
      if (t[skipWs(t, i + 1)] === 93) throw new Stop(i, 'trailing comma before ]');
      i = i + 1;
    }
  };

  let lines: LineIndex | undefined;
  const pos = (o: number) => (lines ??= new LineIndex(t)).lineCol(o);
  let root: JsonStructure['root'];
  try {
    const start = skipWs(t, 0);
    const end = value(start, 0);
    root = { start, end };
    const rest = skipWs(t, end);
    if (rest < n) throw new Stop(rest, `unexpected ${describe(rest)} after the end of the JSON value`);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const error = e.limit
      ? at(path, pos(e.offset), 'input_limit_error', e.message, 'flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended')
      : at(path, pos(e.offset), 'input_parse_error', `invalid JSON: ${e.message}`, 'fix the syntax at this position (a JSON linter such as `jq . file` shows the same spot)');
    return { error, warnings: [] };
  }
  return {
    warnings: dups.map((d) =>
      at(path, pos(d.offset), 'input_duplicate_key', `key "${d.key}" appears more than once in this object; the last one wins`, 'remove the duplicate so the file says one thing', 'warning'),
    ),
    structure: { root, members: members.done(), bigStarts: big.starts.slice(0, big.n), bigEnds: big.ends.slice(0, big.n) },
  };
}

/** The root object's members as decoded keys and their values' byte ranges in `bytes` (Document.jsonMembers). */
export function topMembers(bytes: Uint8Array, structure: JsonStructure): JsonMember[] {
  const t = asBuffer(bytes);
  const m = structure.members;
  const out: JsonMember[] = [];
  for (let k = 0; k < m.length; k += 4) out.push({ key: stringValue(t, m[k]!, m[k + 1]!), start: m[k + 2]!, end: m[k + 3]! });
  return out;
}

/**
 * `i` at what may be a number: the offset after the longest JSON number there
 * (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?), or -1.
 */
function numberEnd(t: Uint8Array, i: number): number {
  if (t[i] === 45) i++;
  const first = t[i];
  if (first === 48) i++;
  else if (first !== undefined && first > 48 && first <= 57) while (isDigit(t[++i]));
  else return -1;
  if (t[i] === 46 && isDigit(t[i + 1])) {
    i++;
    while (isDigit(t[++i]));
  }
  const e = t[i];
  if (e === 101 || e === 69) {
    let j = i + 1;
    if (t[j] === 43 || t[j] === 45) j++;
    if (isDigit(t[j])) {
      while (isDigit(t[++j]));
      i = j;
    }
  }
  return i;
}

/** Nesting depth check for files too large for checkJson, brackets outside strings only: the offset of the first bracket beyond maxDepth, or -1. */
export function firstTooDeep(b: Uint8Array, maxDepth: number): number {
  let depth = 0;
  const n = b.length;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = b[i];
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
