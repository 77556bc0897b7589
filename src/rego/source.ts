// Offsets → 1-based line:column, computed lazily: the parser stores only integer offsets, and a
// position is resolved only when a diagnostic or annotation needs one.

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }
  /** 1-based line and column (columns count UTF-16 code units, as editors and SARIF do). */
  lineCol(offset: number): { line: number; col: number } {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - s[lo]! + 1 };
  }
}

const cache = new WeakMap<object, LineIndex>();

/** The LineIndex of a module (or anything holding a source), built once per object. */
export function lineIndexFor(mod: { source: string }): LineIndex {
  let idx = cache.get(mod);
  if (!idx) {
    idx = new LineIndex(mod.source);
    cache.set(mod, idx);
  }
  return idx;
}
