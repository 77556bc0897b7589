// Offsets ↔ 1-based line:column for one text, shared by the Rego front end and the loaders. Both
// keep integer offsets and build this index only when a diagnostic or finding asks for a
// position, so a clean 100 MB plan (or a large policy) never pays for it.
// Must not know about any input format.

import type { Region } from '../loaders/types.js';

export class LineIndex {
  private starts: Int32Array | undefined;
  constructor(private readonly text: string) {}

  private build(): Int32Array {
    const t = this.text;
    let count = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    return starts;
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
    return { line: lo + 1, col: offset - s[lo]! + 1 };
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
    if (end > 0 && this.text.charCodeAt(end - 1) === 13 && end > this.lineStart(line)) end--;
    return end;
  }

  /** [start, end) offsets → Region (end column exclusive). A span ending right after a newline ends on the previous line. */
  region(start: number, end: number): Region {
    let e = Math.max(end, start);
    while (e > start && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
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
