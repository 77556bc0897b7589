// Offsets ↔ 1-based line:column for one text, shared by the Rego front end and the loaders. Both
// keep integer offsets and build this index only when a diagnostic or finding asks for a
// position, so a clean 100 MB plan (or a large policy) never pays for it.
// The text is a string (offsets in UTF-16 code units) or UTF-8 bytes (offsets in bytes, so a plan
// is never decoded to find its positions); either way columns count UTF-16 code units.
// Must not know about any input format.

import { isAscii } from 'node:buffer';
import type { Region } from '../loaders/types.js';

/** Bytes per block of the UTF-16 prefix table of a non-ASCII byte text. */
const BLOCK = 1024;

/** UTF-16 code units encoded by the UTF-8 bytes [from, to): one per lead byte, two for a 4-byte sequence (an astral character is a surrogate pair). */
function utf16Units(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

export class LineIndex {
  private starts: Int32Array | undefined;
  /** Byte text only: whether it is all ASCII (columns are then byte differences). */
  private ascii: boolean | undefined;
  /** Byte text only: UTF-16 code units before each BLOCK-byte block, filled up to `filled` blocks as positions ask. */
  private prefix: Float64Array | undefined;
  private filled = 0;
  constructor(private readonly text: string | Uint8Array) {}

  private code(i: number): number {
    const t = this.text;
    return typeof t === 'string' ? t.charCodeAt(i) : t[i]!;
  }

  private build(): Int32Array {
    const t = this.text;
    // Buffer's indexOf is a native byte search; a Uint8Array's is an element loop.
    const find: (from: number) => number =
      typeof t === 'string' ? (from) => t.indexOf('\n', from) : ((b: Buffer) => (from: number) => b.indexOf(10, from))(Buffer.from(t.buffer, t.byteOffset, t.byteLength));
    let count = 1;
    for (let i = find(0); i !== -1; i = find(i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = find(0); i !== -1; i = find(i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    return starts;
  }

  /** UTF-16 code units before byte `offset` of a byte text. */
  private unitsBefore(b: Uint8Array, offset: number): number {
    const block = Math.floor(offset / BLOCK);
    const prefix = (this.prefix ??= new Float64Array(Math.floor(b.length / BLOCK) + 1));
    for (; this.filled < block; this.filled++) {
      const from = this.filled * BLOCK;
      const chunk = b.subarray(from, from + BLOCK);
      prefix[this.filled + 1] = prefix[this.filled]! + (isAscii(chunk) ? BLOCK : utf16Units(b, from, from + BLOCK));
    }
    return prefix[block]! + utf16Units(b, block * BLOCK, offset);
  }

  /** The 1-based column of `offset` on the line starting at `lineStart`, in UTF-16 code units. */
  private column(lineStart: number, offset: number): number {
    const t = this.text;
    if (typeof t === 'string' || offset <= lineStart) return offset - lineStart + 1;
    if ((this.ascii ??= isAscii(t))) return offset - lineStart + 1;
    // A short line is counted directly; a long one (a minified plan is one line) through the table.
    if (offset - lineStart <= 4 * BLOCK) return utf16Units(t, lineStart, offset) + 1;
    return this.unitsBefore(t, offset) - this.unitsBefore(t, lineStart) + 1;
  }

  get lineCount(): number {
    return (this.starts ?? this.build()).length;
  }

  /** 1-based line and column; columns count UTF-16 code units, as SARIF and editors do by default. */
  lineCol(offset: number): { line: number; col: number } {
    const s = this.starts ?? this.build();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: this.column(s[lo]!, offset) };
  }

  /** Offset of the first character of a 1-based line (the text length past the last line). */
  lineStart(line: number): number {
    const s = this.starts ?? this.build();
    if (line < 1) return 0;
    if (line > s.length) return this.text.length;
    return s[line - 1]!;
  }

  /** Offset just past the last character of a 1-based line, excluding its newline (and a CR before it). */
  lineEnd(line: number): number {
    const s = this.starts ?? this.build();
    let end = line < s.length ? s[line]! - 1 : this.text.length;
    if (end > 0 && this.code(end - 1) === 13 && end > this.lineStart(line)) end--;
    return end;
  }

  /** [start, end) offsets → Region (end column exclusive). A span ending right after a newline ends on the previous line. */
  region(start: number, end: number): Region {
    let e = Math.max(end, start);
    while (e > start && (this.code(e - 1) === 10 || this.code(e - 1) === 13)) e--;
    const a = this.lineCol(start);
    const b = e === start ? a : this.lineCol(e);
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
  }

  /** Region covering whole lines first..last (1-based), from their first to last character. */
  linesRegion(first: number, last: number): Region {
    const end = this.lineEnd(last);
    const endPos = this.lineCol(end);
    return { startLine: first, startColumn: 1, endLine: last, endColumn: endPos.line === last ? endPos.col : 1 };
  }
}
