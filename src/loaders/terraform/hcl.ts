// A small HCL structure scanner: finds blocks (`resource "type" "name" {`), nested blocks and
// `attr =` lines with their offsets, handling strings with `${…}`/`%{…}` templates, heredocs
// (`<<EOF`, `<<-EOF`), and `#`, `//`, `/* */` comments. It does not evaluate anything: it exists
// so a plan finding can point at the .tf line a developer edits. Must not read files.

export interface HclAttr {
  name: string;
  /** Offsets of the attribute name and the end of its expression. */
  start: number;
  end: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  /** Offset of the block type keyword and one past its closing brace. */
  start: number;
  end: number;
  attrs: HclAttr[];
  blocks: HclBlock[];
}

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isId = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === 45;

class Scanner {
  constructor(readonly t: string) {}

  /** Skips spaces, tabs and comments; newlines too when `lines`. */
  skip(i: number, lines: boolean): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || (lines && c === 10)) i++;
      else if (c === 35 || (c === 47 && t.charCodeAt(i + 1) === 47)) {
        const nl = t.indexOf('\n', i);
        i = nl === -1 ? t.length : nl;
      } else if (c === 47 && t.charCodeAt(i + 1) === 42) {
        const e = t.indexOf('*/', i + 2);
        i = e === -1 ? t.length : e + 2;
      } else return i;
    }
  }

  /** `i` at `"`: offset after the closing quote, templates included. */
  string(i: number): number {
    const t = this.t;
    let j = i + 1;
    while (j < t.length) {
      const c = t.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 34) return j + 1;
      else if ((c === 36 || c === 37) && t.charCodeAt(j + 1) === 123) j = this.expr(j + 2, true);
      else if (c === 10) return j; // unterminated on this line: HCL strings are single-line
      else j++;
    }
    return j;
  }

  /** `i` just after `<<` or `<<-`: offset after the heredoc's closing marker line. */
  heredoc(i: number): number {
    const t = this.t;
    const m = /^-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(t.slice(i, i + 128));
    if (!m) return i;
    const marker = m[1]!;
    let j = i + m[0].length;
    while (j < t.length) {
      const nl = t.indexOf('\n', j);
      const end = nl === -1 ? t.length : nl;
      if (t.slice(j, end).trim() === marker) return end;
      j = end + 1;
    }
    return t.length;
  }

  /**
   * Skips an expression. At top level it ends at a newline or `}` outside brackets; inside a
   * template (`inTemplate`) it ends after the matching `}`.
   */
  expr(i: number, inTemplate: boolean): number {
    const t = this.t;
    let depth = 0;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 34) i = this.string(i);
      else if (c === 60 && t.charCodeAt(i + 1) === 60 && (isIdStart(t.charCodeAt(i + 2)) || t.charCodeAt(i + 2) === 45)) i = this.heredoc(i + 2);
      else if (c === 35 || (c === 47 && (t.charCodeAt(i + 1) === 47 || t.charCodeAt(i + 1) === 42))) {
        if (c === 47 && t.charCodeAt(i + 1) === 42) i = this.skip(i, false);
        else {
          const nl = t.indexOf('\n', i);
          i = nl === -1 ? t.length : nl;
        }
      } else if (c === 40 || c === 91 || c === 123) {
        depth++;
        i++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) return inTemplate && c === 125 ? i + 1 : i;
        depth--;
        i++;
      } else if (c === 10 && depth === 0 && !inTemplate) return i;
      else i++;
    }
    return i;
  }

  body(i: number, out: { attrs: HclAttr[]; blocks: HclBlock[] }): number {
    const t = this.t;
    for (;;) {
      i = this.skip(i, true);
      if (i >= t.length) return i;
      const c = t.charCodeAt(i);
      if (c === 125) return i;
      if (!isIdStart(c)) {
        // Not something we understand (e.g. a stray token): skip the line rather than fail.
        i = this.expr(i, false);
        if (t.charCodeAt(i) === 125) i++;
        continue;
      }
      const start = i;
      while (isId(t.charCodeAt(i))) i++;
      const name = t.slice(start, i);
      let j = this.skip(i, false);
      if (t.charCodeAt(j) === 61 && t.charCodeAt(j + 1) !== 61) {
        let end = this.expr(this.skip(j + 1, false), false);
        while (end > start && /\s/.test(t[end - 1]!)) end--;
        out.attrs.push({ name, start, end });
        i = end;
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        const d = t.charCodeAt(j);
        if (d === 34) {
          const e = this.string(j);
          labels.push(t.slice(j + 1, e - 1));
          j = this.skip(e, false);
        } else if (isIdStart(d)) {
          const s = j;
          while (isId(t.charCodeAt(j))) j++;
          labels.push(t.slice(s, j));
          j = this.skip(j, false);
        } else break;
      }
      if (t.charCodeAt(j) !== 123) {
        i = this.expr(j, false);
        continue;
      }
      const block: HclBlock = { type: name, labels, start, end: j, attrs: [], blocks: [] };
      const close = this.body(j + 1, block);
      block.end = Math.min(t.length, close + 1);
      out.blocks.push(block);
      i = block.end;
    }
  }
}

/** Top-level blocks of an HCL file; never throws, whatever the input. */
export function scanHcl(text: string): HclBlock[] {
  const out = { attrs: [] as HclAttr[], blocks: [] as HclBlock[] };
  const s = new Scanner(text);
  let i = 0;
  while (i < text.length) {
    i = s.body(i, out);
    if (i < text.length) i++; // a stray `}` at top level
  }
  return out.blocks;
}

/**
 * The narrowest span for an attribute path inside a block: string segments name attributes or
 * nested blocks, a number after a block name picks the n-th block of that type (as the plan's
 * JSON lists them). Returns how many segments were matched.
 */
export function findInBlock(block: HclBlock, path: Array<string | number>): { start: number; end: number; matched: number } {
  let cur = block;
  let span = { start: block.start, end: block.end };
  let matched = 0;
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (typeof seg !== 'string') break;
    const attr = cur.attrs.find((a) => a.name === seg);
    if (attr) return { start: attr.start, end: attr.end, matched: matched + 1 };
    const nested = cur.blocks.filter((b) => b.type === seg);
    if (nested.length === 0) break;
    const next = path[k + 1];
    let pick = nested[0]!;
    if (typeof next === 'number') {
      if (!nested[next]) {
        span = { start: nested[0]!.start, end: nested[0]!.end };
        matched++;
        break;
      }
      pick = nested[next];
      k++;
      matched++;
    }
    cur = pick;
    span = { start: pick.start, end: pick.end };
    matched++;
  }
  return { ...span, matched };
}
