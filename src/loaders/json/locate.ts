// Route → source span for a JSON text, computed lazily: nothing is indexed until a finding asks,
// and then only the containers on the route are indexed (each once, cached by offset). Object
// members resolve to key-start..value-end; array elements to the element. Duplicate keys resolve
// to the last occurrence, matching JSON.parse. Must not parse values: the data came from JSON.parse.

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

type Member = { keyStart: number; valueStart: number; valueEnd: number };
type Children = { kind: 'object'; members: Map<string, Member> } | { kind: 'array'; items: Span[] };

export class JsonLocator {
  private readonly cache = new Map<number, Children>();
  private rootSpan: Span | undefined;
  constructor(private readonly text: string, private readonly rootOffset = 0) {}

  /** The text this locator indexes. */
  get source(): string {
    return this.text;
  }

  private root(): Span {
    if (!this.rootSpan) {
      const s = skipWs(this.text, this.rootOffset);
      this.rootSpan = { start: s, end: valueEnd(this.text, s) };
    }
    return this.rootSpan;
  }

  private children(start: number): Children | undefined {
    const hit = this.cache.get(start);
    if (hit) return hit;
    const t = this.text;
    const c = t.charCodeAt(start);
    let out: Children;
    if (c === 123) {
      const members = new Map<string, Member>();
      let i = skipWs(t, start + 1);
      while (t.charCodeAt(i) === 34) {
        const ke = stringEnd(t, i);
        if (ke === -1) break;
        const key = stringValue(t, i, ke);
        let v = skipWs(t, ke);
        if (t.charCodeAt(v) !== 58) break;
        v = skipWs(t, v + 1);
        const ve = valueEnd(t, v);
        members.set(key, { keyStart: i, valueStart: v, valueEnd: ve });
        i = skipWs(t, ve);
        if (t.charCodeAt(i) !== 44) break;
        i = skipWs(t, i + 1);
      }
      out = { kind: 'object', members };
    } else if (c === 91) {
      const items: Span[] = [];
      let i = skipWs(t, start + 1);
      while (i < t.length && t.charCodeAt(i) !== 93) {
        const ve = valueEnd(t, i);
        items.push({ start: i, end: ve });
        i = skipWs(t, ve);
        if (t.charCodeAt(i) !== 44) break;
        i = skipWs(t, i + 1);
      }
      out = { kind: 'array', items };
    } else return undefined;
    this.cache.set(start, out);
    return out;
  }

  /** Offset of the root value's first character. */
  get rootStart(): number {
    return this.root().start;
  }

  /**
   * Offset of the value under `seg` in the value starting at `start`: an object's member, or an
   * array's element for a number segment (as a JavaScript walk over the parsed value would go).
   */
  child(start: number, seg: string | number): number | undefined {
    const ch = this.children(start);
    if (!ch) return undefined;
    if (ch.kind === 'object') return ch.members.get(String(seg))?.valueStart;
    return typeof seg === 'number' ? ch.items[seg]?.start : undefined;
  }

  /** The decoded string starting at `start`, or undefined when the value there is not a string. */
  string(start: number): string | undefined {
    if (this.text.charCodeAt(start) !== 34) return undefined;
    const e = stringEnd(this.text, start);
    return e === -1 ? undefined : stringValue(this.text, start, e);
  }

  /** Span of the value at `route` (without its key), and how much of the route matched. */
  value(route: Route): JsonSpanResult & { keyStart?: number } {
    let cur = this.root();
    let keyStart: number | undefined;
    let matched = 0;
    for (const seg of route) {
      const ch = this.children(cur.start);
      if (!ch) break;
      if (ch.kind === 'object') {
        const m = ch.members.get(String(seg));
        if (!m) break;
        cur = { start: m.valueStart, end: m.valueEnd };
        keyStart = m.keyStart;
      } else {
        const idx = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
        const it = ch.items[idx];
        if (!it) break;
        cur = it;
        keyStart = undefined;
      }
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
