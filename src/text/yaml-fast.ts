// A lean YAML front end for the block-style documents Kubernetes manifests are: one pass over the
// characters gives each document's data (what `yaml`'s compose + toJS build under the options of
// src/loaders/yaml/stream.ts: YAML 1.2 core schema, last duplicate wins) and, on request, a compact
// location tree with the offsets `yaml` would give its nodes. Profiled, `yaml`'s lexer, parser and
// node classes were over half of a Kubernetes scan; this pass costs a fraction of them.
//
// It accepts only a subset it can decode exactly: block mappings and sequences, plain and
// single-line quoted scalars, literal block scalars (`|`, `|-`), single-line flow collections,
// comments. Anything else — anchors, aliases, tags, merge keys, folded or multi-line quoted scalars,
// directives, tabs, CRLF, repeated keys, errors of any kind — makes it give up on the document
// (BAIL) so the caller takes the `yaml` path, whose data, errors and warnings are the reference.
// `src/text/yaml-fast.test.ts` holds it to `yaml` on every YAML file of the fixtures and corpora
// and on generated documents. Must not report problems itself: it only ever says "not mine".

/** A node's offsets as `yaml` gives them: `s`/`e` are its range[0]/range[1]. */
export type FastNode = FastScalar | FastMap | FastSeq;
export interface FastScalar {
  t: 0;
  s: number;
  e: number;
  /** A literal block scalar (`|`): a route may go on into its lines. */
  literal: boolean;
}
export interface FastMap {
  t: 1;
  s: number;
  e: number;
  keys: string[];
  keyStart: number[];
  keyEnd: number[];
  values: FastNode[];
}
export interface FastSeq {
  t: 2;
  s: number;
  e: number;
  items: FastNode[];
}

/** One document of the stream: its position among the stream's documents (empty ones count), and its content when it has some. */
export interface FastDocument {
  index: number;
  /** Undefined for an empty document. */
  content?: { data: unknown; start: number; end: number; commentBefore: string | undefined };
}

/** A block collection: its data, `yaml`'s range[1] (`e`) and range[2] (`r2`), its location tree when asked for. */
type Collection = { value: unknown; e: number; r2: number; loc?: FastNode };

/** Thrown inside the scanner when the text leaves the subset; caught at the document boundary. */
const BAIL = Symbol('not in the fast subset');

const NL = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Characters a plain scalar cannot start with (YAML 1.2 c-indicator), besides `-?:` handled apart. */
const INDICATOR = new Set('[]{},#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));
const FLOW_END = new Set(',[]{}'.split('').map((c) => c.charCodeAt(0)));

/** Tab, CR, other controls, NEL, BOM, line/paragraph separators: `yaml` treats these specially, so the fast path does not. */
function unusual(c: number): boolean {
  return c < SPACE || c === 0x7f || c === 0x85 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** The core schema's resolution of a plain scalar, as `yaml` 2 does it (schema/core, in its order). */
export function coreScalar(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most plain scalars are words: nothing but a string can start with these letters.
  if ((c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) || (c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70)) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return c === 116 || c === 84;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** A mapping key's name as the data has it (toJS: null is "", numbers and booleans their String). */
const keyName = (v: unknown): string => (v === null ? '' : String(v));

function setKey(out: Record<string, unknown>, name: string, v: unknown): void {
  // Repeated keys warn on the `yaml` path: leave them to it.
  if (Object.hasOwn(out, name)) throw BAIL;
  // toJS defines `__proto__` as an own property rather than setting the prototype.
  if (name === '__proto__') Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
  else out[name] = v;
}

/**
 * The documents of a YAML stream one by one, or BAIL from `next()` at the first document the
 * subset does not cover (the caller then hands the rest of the stream, from that document's
 * index on, to `yaml`). `locate(start)` rebuilds the location tree of the document whose
 * content starts at `start`, so the tree is made only for documents that have findings.
 */
export class FastYaml {
  private p = 0;
  /** Start of the line `p` is on. */
  private ls = 0;
  /** After nextLine(): indent of the next content line, -1 at the end of the document. */
  private ind = -1;
  /** After nextLine(): whether it skipped a comment line, and where the lines it skipped start. */
  private comment = false;
  private skipped = 0;
  private loc = false;
  private index = 0;
  /** A `---` opened a document that has no content yet. */
  private open = false;
  /** Comments before the first `---` (the document's commentBefore in `yaml`), if any. */
  private prelude: string | undefined;
  private done = false;
  private readonly maxDepth: number;

  constructor(
    private readonly text: string,
    maxDepth: number,
  ) {
    // Past this the recursion would be deep; `yaml` (with its own guards) decides such text.
    this.maxDepth = Math.min(maxDepth, 200);
    if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) this.done = true;
  }

  /** Whether the whole stream left the subset before it started (BOM, CRLF). */
  get refused(): boolean {
    return this.done && this.p === 0 && this.index === 0;
  }

  /** The next document, undefined at the end, or BAIL. */
  next(): FastDocument | undefined | typeof BAIL {
    if (this.done) return this.p === 0 && this.index === 0 && this.text.length > 0 ? BAIL : undefined;
    try {
      return this.document();
    } catch (e) {
      if (e !== BAIL) throw e;
      this.done = true;
      return BAIL;
    }
  }

  /** The location tree of the document whose content starts at `start` (an offset next() returned). */
  locate(start: number): FastNode {
    const saved = { p: this.p, ls: this.ls, ind: this.ind, comment: this.comment };
    this.loc = true;
    try {
      this.p = start;
      this.ls = start;
      return this.top().loc!;
    } finally {
      this.loc = false;
      Object.assign(this, saved);
    }
  }

  private document(): FastDocument | undefined {
    const t = this.text;
    for (;;) {
      // Comments and blank lines before the content or the next marker.
      const comments: string[] = [];
      let lineStart = this.p;
      while (lineStart < t.length) {
        let q = lineStart;
        while (t.charCodeAt(q) === SPACE) q++;
        const c = t.charCodeAt(q);
        if (c === NL) {
          if (comments.length) {
            // Two empty lines in a row among comments: not mirrored here.
            if (comments[comments.length - 1] === '') throw BAIL;
            comments.push('');
          }
          lineStart = q + 1;
          continue;
        }
        if (c === HASH) {
          if (q !== lineStart) throw BAIL;
          const eol = lineEnd(t, q);
          comments.push(t.slice(q + 1, eol) || ' ');
          lineStart = eol + 1;
          continue;
        }
        break;
      }
      this.p = lineStart;
      this.ls = lineStart;
      if (lineStart >= t.length) {
        this.done = true;
        if (this.open) {
          this.open = false;
          return { index: this.index++ };
        }
        return undefined;
      }
      if (t.startsWith('---', lineStart) && endsLine(t, lineStart + 3)) {
        if (!this.open && this.index === 0 && comments.length) {
          // Comments before the first marker (a licence header): `yaml` keeps them apart, as the
          // document's commentBefore, without the empty lines that end them.
          if (this.prelude !== undefined) throw BAIL;
          this.prelude = withoutLastEmpty(comments).join('\n');
        } else if (comments.length && !this.open) throw BAIL; // comments between documents: yaml's placement varies
        const wasOpen = this.open;
        this.open = true;
        this.p = lineEnd(t, lineStart) + 1;
        this.ls = this.p;
        if (t.charCodeAt(skipSpaces(t, lineStart + 3)) === HASH) throw BAIL;
        if (wasOpen) {
          if (comments.length) throw BAIL;
          return { index: this.index++ };
        }
        continue;
      }
      if (t.startsWith('...', lineStart) || t.startsWith('---', lineStart) || t.charCodeAt(lineStart) === 37 /* % */ || lineStart !== this.p) throw BAIL;
      if (t.charCodeAt(lineStart) === SPACE) throw BAIL;
      let commentBefore: string | undefined;
      if (this.open) {
        // After a marker, the comments are the content's commentBefore, blank lines kept as empty lines.
        commentBefore = comments.length ? comments.join('\n') : this.prelude;
      } else if (comments.length) {
        // Before a first document with no marker, `yaml` gives comments right above the content to
        // its first key, and otherwise those up to the last empty line to the document (a licence
        // header): its commentBefore.
        if (this.index > 0) throw BAIL;
        if (comments[comments.length - 1] === '') commentBefore = withoutLastEmpty(comments).join('\n');
      }
      this.prelude = undefined;
      this.open = false;
      const start = lineStart;
      const r = this.top();
      return { index: this.index++, content: { data: r.value, start, end: r.end, commentBefore } };
    }
  }

  /** The document's root collection at `this.p` (column 0), through to the document's end. */
  private top(): { value: unknown; end: number; loc?: FastNode } {
    const t = this.text;
    const c = t.charCodeAt(this.p);
    const r = c === DASH && endsToken(t, this.p + 1) ? this.seq(0, 1) : this.map(0, 1);
    if (this.ind !== -1) throw BAIL;
    return { value: r.value, end: r.e, loc: r.loc };
  }

  /**
   * From the start of a line, skips blank and comment lines; `p` is then at the first character
   * of the next content line and `ind` its indent, or -1 when the document ends there (end of
   * text or a document marker).
   */
  private nextLine(from: number): void {
    const t = this.text;
    let lineStart = from;
    this.comment = false;
    this.skipped = from;
    while (lineStart < t.length) {
      let q = lineStart;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === NL) {
        lineStart = q + 1;
        continue;
      }
      if (c === HASH) {
        this.comment = true;
        lineStart = lineEnd(t, q) + 1;
        continue;
      }
      if (q >= t.length) break;
      if (q === lineStart && (t.startsWith('---', q) || t.startsWith('...', q)) && endsLine(t, q + 3)) break;
      this.p = q;
      this.ls = lineStart;
      this.ind = q - lineStart;
      return;
    }
    this.p = Math.min(lineStart, t.length);
    this.ls = this.p;
    this.ind = -1;
  }

  /** A block mapping whose first key is at `this.p`, in column `col`. */
  private map(col: number, depth: number): Collection {
    if (depth > this.maxDepth) throw BAIL;
    const t = this.text;
    const out: Record<string, unknown> = {};
    const node: FastMap | undefined = this.loc ? { t: 1, s: this.p, e: 0, keys: [], keyStart: [], keyEnd: [], values: [] } : undefined;
    let end = this.p;
    for (;;) {
      // The key.
      const ks = this.p;
      let name: string;
      let ke: number;
      const c = t.charCodeAt(ks);
      if (c === 34 || c === 39) {
        const q = this.quoted(ks);
        name = q.value;
        ke = q.end;
        if (t.charCodeAt(ke) !== COLON) throw BAIL;
      } else {
        if (!plainStart(t, ks)) throw BAIL;
        let q = ks;
        for (;;) {
          const d = t.charCodeAt(q);
          if (d === COLON && endsToken(t, q + 1)) break;
          if (q >= t.length || d === NL || unusual(d) || (d === HASH && t.charCodeAt(q - 1) === SPACE)) throw BAIL;
          q++;
        }
        ke = q;
        while (t.charCodeAt(ke - 1) === SPACE) ke--;
        if (ke - ks > 1000) throw BAIL;
        const raw = t.slice(ks, ke);
        if (raw === '<<') throw BAIL; // a merge key
        name = keyName(coreScalar(raw));
      }
      // The value, after the colon (`key : value` has spaces before it).
      const v = this.value((this.p = skipSpaces(t, ke)) + 1, col, true, depth);
      setKey(out, name, v.value);
      if (node) {
        node.keys.push(name);
        node.keyStart.push(ks);
        node.keyEnd.push(ke);
        node.values.push(v.loc!);
      }
      end = v.r2;
      // Where the next line goes: another key of this map, or out of it.
      if (this.ind === col && !(t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1))) continue;
      if (this.ind > col) throw BAIL;
      break;
    }
    if (node) node.e = end;
    return { value: out, e: end, r2: this.trailing(col, end), loc: node };
  }

  /** A block sequence whose first `-` is at `this.p`, in column `col`. */
  private seq(col: number, depth: number): Collection {
    if (depth > this.maxDepth) throw BAIL;
    const t = this.text;
    const out: unknown[] = [];
    const node: FastSeq | undefined = this.loc ? { t: 2, s: this.p, e: 0, items: [] } : undefined;
    let end = this.p;
    for (;;) {
      const v = this.value(this.p + 1, col, false, depth);
      out.push(v.value);
      node?.items.push(v.loc!);
      end = v.r2;
      if (this.ind === col && t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1)) continue;
      if (this.ind > col) throw BAIL;
      break;
    }
    if (node) node.e = end;
    return { value: out, e: end, r2: this.trailing(col, end), loc: node };
  }

  /**
   * The value that starts at `from` (just after a key's colon, or a `-`), on the line of a key or
   * `-` in column `col`. Leaves nextLine()'s state for the line after it. `r2` is `yaml`'s
   * range[2] of the value: where the enclosing collection's range ends if it is the last.
   */
  private value(from: number, col: number, inMap: boolean, depth: number): { value: unknown; r2: number; loc?: FastNode } {
    const t = this.text;
    const p = skipSpaces(t, from);
    if (p === from && p < t.length && t.charCodeAt(p) !== NL) throw BAIL; // `key:x` is not a pair; `-x` not an item
    const c = t.charCodeAt(p);
    if (p >= t.length || c === NL || c === HASH) {
      // Nothing on this line: a nested block on the next ones, or an empty value.
      const eol = lineEnd(t, p);
      this.nextLine(eol + 1);
      const n = this.ind;
      const dash = n !== -1 && t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1);
      if (n > col || (inMap && n === col && dash)) {
        if (dash) return this.block(this.seq(n, depth + 1));
        return this.block(this.map(n, depth + 1));
      }
      if (c === HASH || this.comment) throw BAIL; // an empty value with comments: yaml's offsets then vary
      return { value: null, r2: p, loc: this.loc ? { t: 0, s: p, e: p, literal: false } : undefined };
    }
    if (c === 124 /* | */) return this.literal(p, col);
    if (c === 91 || c === 123) {
      const f = this.flow(p, depth + 1);
      return { value: f.value, r2: this.endOfValue(f.e), loc: f.loc };
    }
    if (c === 34 || c === 39) {
      const q = this.quoted(p);
      const r2 = this.endOfValue(q.end);
      return { value: q.value, r2, loc: this.loc ? { t: 0, s: p, e: q.end, literal: false } : undefined };
    }
    if (!plainStart(t, p)) throw BAIL;
    // A plain scalar to the end of the line or a comment; in a sequence, `- key: value` opens a mapping.
    const q = plainLine(t, p);
    if (q < 0) {
      if (inMap) throw BAIL;
      this.p = p;
      return this.block(this.map(p - this.ls, depth + 1));
    }
    let e = trimEnd(t, q);
    let text = t.slice(p, e);
    if (t.charCodeAt(q) === NL) {
      const more = this.continuation(q + 1, col);
      if (more) {
        text += more.text;
        e = more.e;
      }
    }
    return { value: coreScalar(text), r2: this.endOfValue(e), loc: this.loc ? { t: 0, s: p, e, literal: false } : undefined };
  }

  /**
   * The lines after a plain scalar's first that continue it (more indented than `col`), folded
   * as YAML folds them: a space between lines, a line break for each empty line between. Long
   * descriptions in CRDs are written this way.
   */
  private continuation(from: number, col: number): { text: string; e: number } | undefined {
    const t = this.text;
    let text = '';
    let e = -1;
    let blanks = 0;
    let lineStart = from;
    while (lineStart < t.length) {
      const q = skipSpaces(t, lineStart);
      const c = t.charCodeAt(q);
      if (c === NL) {
        blanks++;
        lineStart = q + 1;
        continue;
      }
      if (q >= t.length || q - lineStart <= col || c === HASH) break;
      // A line that would start a node of its own is an error there: leave it to yaml.
      if (INDICATOR.has(c) || ((c === DASH || c === 63 || c === COLON) && endsToken(t, q + 1))) throw BAIL;
      const end = plainLine(t, q);
      if (end < 0) throw BAIL;
      e = trimEnd(t, end);
      text += (blanks ? '\n'.repeat(blanks) : ' ') + t.slice(q, e);
      blanks = 0;
      if (t.charCodeAt(end) !== NL) break;
      lineStart = end + 1;
    }
    return e < 0 ? undefined : { text, e };
  }

  private block(r: Collection): { value: unknown; r2: number; loc?: FastNode } {
    return { value: r.value, r2: r.r2, loc: r.loc };
  }

  /**
   * range[2] of a block collection in column `col` whose range[1] is `end`, from the comment lines
   * nextLine() skipped after it: `yaml` counts comment lines in the collection's own column into
   * it, and those more indented into its last value's range (BAIL: rare, and not mirrored here).
   */
  private trailing(col: number, end: number): number {
    if (!this.comment) return end;
    const t = this.text;
    let r2 = end;
    let other = false;
    for (let lineStart = this.skipped; lineStart < this.ls; ) {
      const q = skipSpaces(t, lineStart);
      const eol = lineEnd(t, q);
      if (t.charCodeAt(q) === HASH) {
        const n = q - lineStart;
        if (n > col) throw BAIL;
        if (n === col) {
          if (other) throw BAIL;
          r2 = Math.min(eol + 1, t.length);
        } else other = true;
      } else if (q < t.length) other = true; // a blank line
      lineStart = eol + 1;
    }
    return r2;
  }

  /** After a value ending at `e`: only spaces and a comment may follow on its line. Moves to the next content line; returns the value's range[2]. */
  private endOfValue(e: number): number {
    const t = this.text;
    const q = skipSpaces(t, e);
    const c = t.charCodeAt(q);
    if (q < t.length && c !== NL) {
      if (c !== HASH || q === e) throw BAIL;
    }
    const eol = lineEnd(t, q);
    const r2 = Math.min(eol + 1, t.length);
    this.nextLine(r2);
    return r2;
  }

  /** A literal block scalar `|` or `|-` at `p`, under a key or `-` in column `col`. */
  private literal(p: number, col: number): { value: unknown; r2: number; loc?: FastNode } {
    const t = this.text;
    let h = p + 1;
    const strip = t.charCodeAt(h) === DASH;
    if (strip) h++;
    if (t.charCodeAt(h) !== NL) throw BAIL; // keep (+), indentation indicators, header comments
    let lineStart = h + 1;
    let indent = -1;
    const lines: string[] = [];
    let contentEnd = lineStart; // after the last content line's newline
    let blanks = 0;
    while (lineStart < t.length) {
      let q = lineStart;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === NL || q >= t.length) {
        // An empty line: part of the scalar only if content follows it.
        if (indent === -1 ? false : q - lineStart > indent) throw BAIL;
        if (indent === -1 && q - lineStart > col + 1) throw BAIL;
        blanks++;
        lineStart = q + 1;
        continue;
      }
      const n = q - lineStart;
      if (indent === -1) {
        if (n <= col) break;
        indent = n;
      } else if (n < indent) break;
      for (; blanks > 0; blanks--) lines.push('');
      const eol = lineEnd(t, q);
      for (let i = q; i < eol; i++) {
        const d = t.charCodeAt(i);
        if (d !== 9 && unusual(d)) throw BAIL;
      }
      lines.push(t.slice(lineStart + indent, eol));
      lineStart = eol + 1;
      contentEnd = Math.min(lineStart, t.length);
    }
    if (indent === -1) throw BAIL;
    const text = lines.join('\n');
    this.nextLine(contentEnd);
    if (this.ind > col) throw BAIL;
    const value = strip ? text : text + '\n';
    return { value, r2: contentEnd, loc: this.loc ? { t: 0, s: p, e: contentEnd, literal: true } : undefined };
  }

  /** A quoted scalar at `p` that ends on its line; its value and the offset after the closing quote. */
  private quoted(p: number): { value: string; end: number } {
    const t = this.text;
    const quote = t.charCodeAt(p);
    let q = p + 1;
    let escapes = false;
    for (;;) {
      const c = t.charCodeAt(q);
      if (q >= t.length || c === NL || unusual(c)) throw BAIL;
      if (c === quote) {
        if (quote === 39 && t.charCodeAt(q + 1) === 39) {
          escapes = true;
          q += 2;
          continue;
        }
        break;
      }
      if (c === 92 && quote === 34) {
        escapes = true;
        q += 2;
        continue;
      }
      q++;
    }
    const raw = t.slice(p + 1, q);
    if (!escapes) return { value: raw, end: q + 1 };
    if (quote === 39) return { value: raw.replaceAll("''", "'"), end: q + 1 };
    return { value: unescapeDouble(raw), end: q + 1 };
  }

  /** A flow collection at `p` that closes on its line. */
  private flow(p: number, depth: number): { value: unknown; e: number; loc?: FastNode } {
    if (depth > this.maxDepth) throw BAIL;
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    let q = skipSpaces(t, p + 1);
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    const node: FastNode | undefined = this.loc ? (isMap ? { t: 1, s: p, e: 0, keys: [], keyStart: [], keyEnd: [], values: [] } : { t: 2, s: p, e: 0, items: [] }) : undefined;
    if (t.charCodeAt(q) === close) {
      if (node) node.e = q + 1;
      return { value: isMap ? map : seq, e: q + 1, loc: node };
    }
    for (;;) {
      if (isMap) {
        const k = this.flowItem(q, depth, true);
        if (t.charCodeAt(k.end) !== COLON || t.charCodeAt(k.end + 1) !== SPACE || k.loc?.t || typeof k.value === 'object' && k.value !== null) throw BAIL;
        const v = this.flowItem(skipSpaces(t, k.end + 1), depth, false);
        const name = keyName(k.value);
        setKey(map, name, v.value);
        if (node?.t === 1) {
          node.keys.push(name);
          node.keyStart.push(k.start);
          node.keyEnd.push(k.textEnd);
          node.values.push(v.loc!);
        }
        q = skipSpaces(t, v.end);
      } else {
        const v = this.flowItem(q, depth, false);
        seq.push(v.value);
        if (node?.t === 2) node.items.push(v.loc!);
        q = skipSpaces(t, v.end);
      }
      const c = t.charCodeAt(q);
      if (c === close) break;
      if (c !== 44) throw BAIL;
      q = skipSpaces(t, q + 1);
      if (t.charCodeAt(q) === close) throw BAIL; // a trailing comma
    }
    if (node) node.e = q + 1;
    return { value: isMap ? map : seq, e: q + 1, loc: node };
  }

  /** One item of a flow collection at `p`: `end` is where what follows it starts (spaces skipped for plain scalars' trailing spaces). */
  private flowItem(p: number, depth: number, key: boolean): { value: unknown; start: number; textEnd: number; end: number; loc?: FastNode } {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 91 || c === 123) {
      if (key) throw BAIL;
      const f = this.flow(p, depth + 1);
      return { value: f.value, start: p, textEnd: f.e, end: f.e, loc: f.loc };
    }
    if (c === 34 || c === 39) {
      const q = this.quoted(p);
      return { value: q.value, start: p, textEnd: q.end, end: q.end, loc: this.loc ? { t: 0, s: p, e: q.end, literal: false } : undefined };
    }
    if (!plainStart(t, p) || FLOW_END.has(c)) throw BAIL;
    let q = p;
    for (;;) {
      const d = t.charCodeAt(q);
      if (q >= t.length || d === NL || unusual(d)) throw BAIL;
      if (FLOW_END.has(d)) break;
      if (d === HASH && t.charCodeAt(q - 1) === SPACE) throw BAIL;
      if (d === COLON) {
        const n = t.charCodeAt(q + 1);
        if (n === SPACE || FLOW_END.has(n) || n === NL) {
          if (!key) throw BAIL; // `[a: b]`, `{a: b: c}`
          break;
        }
      }
      q++;
    }
    let e = q;
    while (t.charCodeAt(e - 1) === SPACE) e--;
    if (e === p) throw BAIL;
    return { value: coreScalar(t.slice(p, e)), start: p, textEnd: e, end: e, loc: this.loc ? { t: 0, s: p, e, literal: false } : undefined };
  }
}

/** Where a block plain scalar's text on this line stops (line end, end of text, a ` #` comment), or -1 at a `: ` that makes it a key. */
function plainLine(t: string, p: number): number {
  let q = p;
  for (;;) {
    const d = t.charCodeAt(q);
    if (q >= t.length || d === NL || (d === HASH && t.charCodeAt(q - 1) === SPACE)) return q;
    if (unusual(d)) throw BAIL;
    if (d === COLON && endsToken(t, q + 1)) return -1;
    q++;
  }
}

function trimEnd(t: string, q: number): number {
  while (t.charCodeAt(q - 1) === SPACE) q--;
  return q;
}

/** Comment lines without the empty line that ends them (there is at most one: two in a row are not taken). */
const withoutLastEmpty = (lines: string[]) => (lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines);

function skipSpaces(t: string, p: number): number {
  while (t.charCodeAt(p) === SPACE) p++;
  return p;
}

function lineEnd(t: string, p: number): number {
  const e = t.indexOf('\n', p);
  return e === -1 ? t.length : e;
}

/** Whether `p` ends a token: a space, a line break or the end of the text. */
function endsToken(t: string, p: number): boolean {
  const c = t.charCodeAt(p);
  return p >= t.length || c === SPACE || c === NL;
}

/** Whether only spaces follow `p` on its line. */
function endsLine(t: string, p: number): boolean {
  const q = skipSpaces(t, p);
  return q >= t.length || t.charCodeAt(q) === NL;
}

/** Whether a plain scalar may start at `p`: not an indicator, and `-?:` only before a non-space. */
function plainStart(t: string, p: number): boolean {
  const c = t.charCodeAt(p);
  if (p >= t.length || unusual(c) || c === SPACE || INDICATOR.has(c)) return false;
  if (c === DASH || c === 63 || c === COLON) return !endsToken(t, p + 1) && !FLOW_END.has(t.charCodeAt(p + 1));
  return true;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

/** A double-quoted scalar's content with its escapes; only the common escapes, BAIL for the rest. */
function unescapeDouble(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = raw.indexOf('\\'); i !== -1; i = raw.indexOf('\\', from)) {
    out += raw.slice(from, i);
    const e = raw[i + 1]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      from = i + 2;
      continue;
    }
    if (e === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw BAIL;
      const code = parseInt(hex, 16);
      if (code >= 0xd800 && code <= 0xdfff) throw BAIL;
      out += String.fromCharCode(code);
      from = i + 6;
      continue;
    }
    throw BAIL;
  }
  return out + raw.slice(from);
}

export { BAIL as FAST_BAIL };
