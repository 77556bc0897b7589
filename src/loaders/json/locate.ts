// Route → source span for a JSON text, computed lazily: nothing is indexed until a finding asks,
// and then only the containers on the route are read. Object members resolve to key-start..value-
// end; array elements to the element. Duplicate keys resolve to the last occurrence, matching
// JSON.parse. Must not parse values: the data came from JSON.parse (or was validated).
//
// Memory: only large containers (a plan's resource lists, its root) keep an index of their
// children, built once; a small one is read again on each visit. Indexing every container on
// every finding's route held more than the findings themselves on a large plan (about 1.5 KB per
// finding: each resource's members, change, after).

import type { Route } from '../types.js';
import { skipWs, stringEnd, stringValue, valueEnd } from './scan.js';

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
/** An indexed container: members by key, or the elements' spans as flat [start, end, …] pairs. */
type Children = { kind: 'object'; members: Map<string, Child> } | { kind: 'array'; items: number[] };

/** Containers at least this long (in characters) are indexed; reading a smaller one again costs less than keeping it. */
const INDEX_MIN = 4096;

export class JsonLocator {
  private readonly cache = new Map<number, Children>();
  private rootSpan: Span | undefined;
  constructor(private readonly text: string, private readonly rootOffset = 0) {}

  /** The text this locator indexes. */
  get source(): string {
    return this.text;
  }

  /** The root value's span. */
  root(): Span {
    if (!this.rootSpan) {
      const s = skipWs(this.text, this.rootOffset);
      this.rootSpan = { start: s, end: valueEnd(this.text, s) };
    }
    return this.rootSpan;
  }

  /** Calls `visit` for each member of the object at `start` (key start, decoded key, value span). */
  private members(start: number, visit: (keyStart: number, key: string, value: Span) => void): void {
    const t = this.text;
    let i = skipWs(t, start + 1);
    while (t.charCodeAt(i) === 34) {
      const ke = stringEnd(t, i);
      if (ke === -1) break;
      const key = stringValue(t, i, ke);
      let v = skipWs(t, ke);
      if (t.charCodeAt(v) !== 58) break;
      v = skipWs(t, v + 1);
      const ve = valueEnd(t, v);
      visit(i, key, { start: v, end: ve });
      i = skipWs(t, ve);
      if (t.charCodeAt(i) !== 44) break;
      i = skipWs(t, i + 1);
    }
  }

  /** Calls `visit` for each element of the array at `start` until it returns true. */
  private items(start: number, visit: (index: number, start: number, end: number) => boolean): void {
    const t = this.text;
    let i = skipWs(t, start + 1);
    for (let k = 0; i < t.length && t.charCodeAt(i) !== 93; k++) {
      const ve = valueEnd(t, i);
      if (visit(k, i, ve)) return;
      i = skipWs(t, ve);
      if (t.charCodeAt(i) !== 44) break;
      i = skipWs(t, i + 1);
    }
  }

  private indexed(start: number, c: number): Children {
    const hit = this.cache.get(start);
    if (hit) return hit;
    let out: Children;
    if (c === 123) {
      const members = new Map<string, Child>();
      this.members(start, (keyStart, key, v) => members.set(key, { start: v.start, end: v.end, keyStart }));
      out = { kind: 'object', members };
    } else {
      const items: number[] = [];
      this.items(start, (_k, s, e) => (items.push(s, e), false));
      out = { kind: 'array', items };
    }
    this.cache.set(start, out);
    return out;
  }

  /**
   * The child of the container spanning `span` under `seg`: an object's member (by String(seg)),
   * an array's element (a number, or with `numericStrings` a string of digits too).
   */
  private child(span: Span, seg: string | number, numericStrings: boolean): Child | undefined {
    const c = this.text.charCodeAt(span.start);
    if (c !== 123 && c !== 91) return undefined;
    const big = span.end - span.start >= INDEX_MIN;
    if (c === 123) {
      const key = String(seg);
      if (big) {
        const ch = this.indexed(span.start, c);
        return ch.kind === 'object' ? ch.members.get(key) : undefined;
      }
      let found: Child | undefined;
      this.members(span.start, (keyStart, k, v) => {
        if (k === key) found = { start: v.start, end: v.end, keyStart };
      });
      return found;
    }
    const idx = typeof seg === 'number' ? seg : numericStrings && /^\d+$/.test(seg) ? Number(seg) : -1;
    if (!Number.isInteger(idx) || idx < 0) return undefined;
    if (big) {
      const ch = this.indexed(span.start, c);
      if (ch.kind !== 'array' || 2 * idx + 1 >= ch.items.length) return undefined;
      return { start: ch.items[2 * idx]!, end: ch.items[2 * idx + 1]! };
    }
    let found: Child | undefined;
    this.items(span.start, (k, s, e) => {
      if (k === idx) found = { start: s, end: e };
      return k === idx;
    });
    return found;
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
    if (this.text.charCodeAt(node.start) !== 34) return undefined;
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
