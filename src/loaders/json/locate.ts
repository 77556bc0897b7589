// Route → source span for a JSON document held as UTF-8 bytes (byte offsets), computed lazily:
// nothing is indexed until a finding asks, and then only the containers on the route are read.
// Object members resolve to key-start..value-end; array elements to the element. Duplicate keys
// resolve to the last occurrence, matching JSON.parse. Keys are compared as UTF-8 bytes, decoded
// only when a key holds an escape. Must not parse values: the data came from JSON.parse (or was
// validated), and must not decode the whole text: a plan's is 100 MB.
//
// Time: the validator's structure (when given) says where the root and every large container
// end, so indexing a container reads only its small children, never a big one to its end.
//
// Memory: each container on a route is indexed once, as offsets in a shared arena of Int32
// chunks (an object's members as [key start, key end, value start, value end], an array's
// elements as [start, end], after a [kind, count] header); the cache maps a container's start to
// its slot. A map of decoded keys and an object per member held more than the findings
// themselves on a large plan (about 1.5 KB per finding), and a typed array per container more in
// headers and backing stores than its offsets (100k containers for 67k findings). A large
// object also gets a map by key, so a lookup does not compare every key.

import type { Route } from '../types.js';
import { asBuffer, hasEscape, skipWs, stringEnd, stringValue, valueEnd } from './scan.js';
import type { JsonStructure } from './validate.js';

export interface Span {
  start: number;
  end: number;
}

export interface JsonSpanResult {
  span: Span;
  /** How many route segments matched; less than route.length when approximate. */
  matched: number;
}

/** A child's value span, and where its key starts for an object member. */
type Child = Span & { keyStart?: number };

/** Int32 slots per arena chunk (256 KB); a container with more offsets gets a chunk of its own. */
const CHUNK = 1 << 16;

function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Objects at least this long (in bytes) get a map by key as well. */
const MAP_MIN = 4096;

export class JsonLocator {
  private readonly cache = new Map<number, number>();
  private readonly arena: Int32Array[] = [];
  private used = CHUNK;
  private readonly byKey = new Map<number, Map<string, number>>();
  private rootSpan: Span | undefined;
  private readonly text: Buffer;
  /** `structure`, when given, must be what checkJson recorded for these bytes. */
  constructor(bytes: Uint8Array, private readonly structure?: JsonStructure) {
    this.text = asBuffer(bytes);
  }

  /** The bytes this locator indexes. */
  get source(): Buffer {
    return this.text;
  }

  /** The root value's span. */
  root(): Span {
    if (!this.rootSpan) {
      if (this.structure) this.rootSpan = { ...this.structure.root };
      else {
        const s = skipWs(this.text, 0);
        this.rootSpan = { start: s, end: valueEnd(this.text, s) };
      }
    }
    return this.rootSpan;
  }

  /** Where the value starting at `i` ends: recorded by the validator for a large container, else scanned. */
  private end(i: number): number {
    const st = this.structure;
    const c = this.text[i];
    if (st && (c === 123 || c === 91)) {
      const s = st.bigStarts;
      let lo = 0;
      let hi = s.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = s[mid]!;
        if (v === i) return st.bigEnds[mid]!;
        if (v < i) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return valueEnd(this.text, i);
  }

  /** The offsets of the object's members ([key start, key end, value start, value end] each) or the array's elements. */
  private offsets(start: number, c: number): number[] {
    const t = this.text;
    const out: number[] = [];
    let i = skipWs(t, start + 1);
    if (c === 123) {
      while (t[i] === 34) {
        const ke = stringEnd(t, i);
        if (ke === -1) break;
        let v = skipWs(t, ke);
        if (t[v] !== 58) break;
        v = skipWs(t, v + 1);
        const ve = this.end(v);
        out.push(i, ke, v, ve);
        i = skipWs(t, ve);
        if (t[i] !== 44) break;
        i = skipWs(t, i + 1);
      }
      return out;
    }
    while (i < t.length && t[i] !== 93) {
      const ve = this.end(i);
      out.push(i, ve);
      i = skipWs(t, ve);
      if (t[i] !== 44) break;
      i = skipWs(t, i + 1);
    }
    return out;
  }

  /** The arena slot of the index of the container spanning `span` (built on the first visit), or -1 for a scalar. */
  private children(span: Span): number {
    const c = this.text[span.start]!;
    if (c !== 123 && c !== 91) return -1;
    let h = this.cache.get(span.start);
    if (h === undefined) {
      const offsets = this.offsets(span.start, c);
      const need = offsets.length + 2;
      if (this.used + need > CHUNK) {
        this.arena.push(new Int32Array(Math.max(CHUNK, need)));
        this.used = 0;
      }
      const a = this.arena[this.arena.length - 1]!;
      h = (this.arena.length - 1) * CHUNK + this.used;
      a[this.used] = c;
      a[this.used + 1] = offsets.length;
      a.set(offsets, this.used + 2);
      this.used += need;
      this.cache.set(span.start, h);
      if (c === 123 && span.end - span.start >= MAP_MIN) {
        // Later members overwrite earlier ones: the last duplicate wins, as in JSON.parse.
        const byKey = new Map<string, number>();
        for (let m = 0; m < offsets.length; m += 4) byKey.set(stringValue(this.text, offsets[m]!, offsets[m + 1]!), m);
        this.byKey.set(span.start, byKey);
      }
    }
    return h;
  }

  /**
   * Whether the key token [ks, ke) decodes to `key`; `utf8` is the key's UTF-8 bytes when it is
   * not ASCII (an ASCII key is compared code by code, without encoding it).
   */
  private keyIs(ks: number, ke: number, key: string, utf8: Buffer | undefined): boolean {
    const t = this.text;
    if (hasEscape(t, ks, ke)) return stringValue(t, ks, ke) === key;
    if (utf8) return ke - ks - 2 === utf8.length && t.compare(utf8, 0, utf8.length, ks + 1, ke - 1) === 0;
    if (ke - ks - 2 !== key.length) return false;
    for (let j = 0; j < key.length; j++) if (t[ks + 1 + j] !== key.charCodeAt(j)) return false;
    return true;
  }

  /**
   * The child of the container spanning `span` under `seg`: an object's member (by String(seg)),
   * an array's element (a number, or with `numericStrings` a string of digits too).
   */
  private child(span: Span, seg: string | number, numericStrings: boolean): Child | undefined {
    const h = this.children(span);
    if (h === -1) return undefined;
    const a = this.arena[Math.floor(h / CHUNK)]!;
    const p = h % CHUNK;
    const n = a[p + 1]!;
    const o = p + 2;
    if (a[p] === 123) {
      const key = String(seg);
      let m = -1;
      const byKey = this.byKey.get(span.start);
      if (byKey) m = byKey.get(key) ?? -1;
      else {
        const utf8 = isAsciiText(key) ? undefined : Buffer.from(key, 'utf8');
        for (let k = n - 4; k >= 0 && m === -1; k -= 4) if (this.keyIs(a[o + k]!, a[o + k + 1]!, key, utf8)) m = k;
      }
      return m === -1 ? undefined : { start: a[o + m + 2]!, end: a[o + m + 3]!, keyStart: a[o + m]! };
    }
    const idx = typeof seg === 'number' ? seg : numericStrings && /^\d+$/.test(seg) ? Number(seg) : -1;
    if (!Number.isInteger(idx) || idx < 0 || 2 * idx + 1 >= n) return undefined;
    return { start: a[o + 2 * idx]!, end: a[o + 2 * idx + 1]! };
  }

  /**
   * The value under `seg` in the value spanning `node`: an object's member, or an array's element
   * for a number segment (as a JavaScript walk over the parsed value would go).
   */
  step(node: Span, seg: string | number): Span | undefined {
    return this.child(node, seg, false);
  }

  /** The decoded string spanning `node`, or undefined when the value there is not a string. */
  string(node: Span): string | undefined {
    if (this.text[node.start] !== 34) return undefined;
    const e = stringEnd(this.text, node.start);
    return e === -1 ? undefined : stringValue(this.text, node.start, e);
  }

  /** Span of the value at `route` (without its key), and how much of the route matched. */
  value(route: Route): JsonSpanResult & { keyStart?: number } {
    let cur: Span = this.root();
    let keyStart: number | undefined;
    let matched = 0;
    for (const seg of route) {
      const next = this.child(cur, seg, true);
      if (!next) break;
      cur = { start: next.start, end: next.end };
      keyStart = next.keyStart;
      matched++;
    }
    return { span: cur, matched, keyStart };
  }

  /** The finding span: key start (for object members) through value end. */
  locate(route: Route): JsonSpanResult {
    const r = this.value(route);
    return { span: { start: r.keyStart ?? r.span.start, end: r.span.end }, matched: r.matched };
  }
}
