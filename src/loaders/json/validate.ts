// A strict JSON validator that reports what JSON.parse cannot: where a syntax error is (file:line:
// col), duplicate keys (JSON.parse keeps the last one silently, as do jq and Go's encoding/json,
// so Palisade keeps the last too and warns), and nesting deeper than the limit. It builds no values.
// Must not be used as the parser: JSON.parse is several times faster for the data itself.

import type { Diagnostic } from '../../diagnostics.js';
import { at } from '../common/diag.js';
import { LineIndex } from '../../text/line-index.js';
import { skipWs, stringEnd, stringValue } from './scan.js';

class Stop {
  constructor(readonly offset: number, readonly message: string, readonly limit = false) {}
}

export interface JsonCheck {
  /** Fatal: the file is not JSON, or is deeper than allowed. */
  error?: Diagnostic;
  /** Non-fatal: duplicate keys. */
  warnings: Diagnostic[];
}

// The characters JSON allows after a backslash, besides u: " \\ / b f n r t.
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

export function checkJson(path: string, t: string, opts: { maxDepth: number; duplicates: boolean }): JsonCheck {
  const dups: Array<{ offset: number; key: string }> = [];
  const describe = (i: number): string => (i >= t.length ? 'end of file' : `'${t[i]}'`);

  const value = (i: number, depth: number): number => {
    i = skipWs(t, i);
    const c = t.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (depth >= opts.maxDepth) throw new Stop(i, `nesting deeper than ${opts.maxDepth} levels`, true);
      return c === 123 ? object(i, depth + 1) : array(i, depth + 1);
    }
    if (c === 34) return str(i);
    if (t.startsWith('true', i)) return i + 4;
    if (t.startsWith('false', i)) return i + 5;
    if (t.startsWith('null', i)) return i + 4;
    const n = numberEnd(t, i);
    if (n !== -1) return n;
    throw new Stop(i, `unexpected ${describe(i)}, expected a value`);
  };
  const str = (i: number): number => {
    const e = stringEnd(t, i);
    if (e === -1) throw new Stop(i, 'unterminated string');
    for (let k = i + 1; k < e - 1; k++) {
      const c = t.charCodeAt(k);
      if (c < 0x20) throw new Stop(k, 'control character inside a string (escape it, e.g. \\n)');
      if (c === 92) k = escape(k);
    }
    return e;
  };
  // `k` at a backslash: the offset of the escape's last character. JSON.parse rejects any other.
  const escape = (k: number): number => {
    const c = t.charCodeAt(k + 1);
    if (c === 117 /* u */) {
      if (!/^[0-9A-Fa-f]{4}$/.test(t.slice(k + 2, k + 6))) throw new Stop(k, 'invalid \\u escape: expected four hexadecimal digits');
      return k + 5;
    }
    if (!ESCAPES.has(c)) throw new Stop(k, `invalid escape \\${t[k + 1]} (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
    return k + 1;
  };
  const object = (i: number, depth: number): number => {
    i = skipWs(t, i + 1);
    if (t.charCodeAt(i) === 125) return i + 1;
    const seen = opts.duplicates ? new Set<string>() : undefined;
    for (;;) {
      if (t.charCodeAt(i) !== 34) throw new Stop(i, `unexpected ${describe(i)}, expected a "quoted" property name`);
      const ke = str(i);
      if (seen) {
        const key = stringValue(t, i, ke);
        if (seen.has(key)) dups.push({ offset: i, key });
        else seen.add(key);
      }
      i = skipWs(t, ke);
      if (t.charCodeAt(i) !== 58) throw new Stop(i, `unexpected ${describe(i)}, expected ':' after the property name`);
      i = skipWs(t, value(i + 1, depth));
      const c = t.charCodeAt(i);
      if (c === 125) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe(i)}, expected ',' or '}'`);
      i = skipWs(t, i + 1);
      if (t.charCodeAt(i) === 125) throw new Stop(i, 'trailing comma before }');
    }
  };
  const array = (i: number, depth: number): number => {
    i = skipWs(t, i + 1);
    if (t.charCodeAt(i) === 93) return i + 1;
    for (;;) {
      i = skipWs(t, value(i, depth));
      const c = t.charCodeAt(i);
      if (c === 93) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe(i)}, expected ',' or ']'`);
      if (t.charCodeAt(skipWs(t, i + 1)) === 93) throw new Stop(i, 'trailing comma before ]');
      i = i + 1;
    }
  };

  let lines: LineIndex | undefined;
  const pos = (o: number) => (lines ??= new LineIndex(t)).lineCol(o);
  try {
    const end = skipWs(t, value(0, 0));
    if (end < t.length) throw new Stop(end, `unexpected ${describe(end)} after the end of the JSON value`);
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
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `i` at what may be a number: the offset after the longest JSON number there
 * (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?), or -1. Not a regular expression: V8 keeps the
 * last string a regular expression ran on alive, and here that is the whole file.
 */
function numberEnd(t: string, i: number): number {
  if (t.charCodeAt(i) === 45) i++;
  const first = t.charCodeAt(i);
  if (first === 48) i++;
  else if (first > 48 && first <= 57) while (isDigit(t.charCodeAt(++i)));
  else return -1;
  if (t.charCodeAt(i) === 46 && isDigit(t.charCodeAt(i + 1))) {
    i++;
    while (isDigit(t.charCodeAt(++i)));
  }
  const e = t.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    if (t.charCodeAt(j) === 43 || t.charCodeAt(j) === 45) j++;
    if (isDigit(t.charCodeAt(j))) {
      while (isDigit(t.charCodeAt(++j)));
      i = j;
    }
  }
  return i;
}

/**
 * Nesting depth check for files too large for checkJson: brackets outside strings only. Returns
 * the offset of the first bracket beyond maxDepth, or -1. A plain charCode loop: measured at about
 * a sixth of JSON.parse's time on plan-shaped data, where a regex scan cost more than half.
 */
export function firstTooDeep(t: string, maxDepth: number): number {
  let depth = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = t.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** firstTooDeep over UTF-8 bytes (quotes and brackets are ASCII, never inside a multi-byte sequence); true when too deep. */
export function tooDeepBytes(b: Uint8Array, maxDepth: number): boolean {
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
      if (++depth > maxDepth) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
