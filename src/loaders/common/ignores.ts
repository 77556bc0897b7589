// Inline suppression comments (`# palisade:ignore <policy-id> <reason…>`), found in the raw text of
// any format whose comments start with `#` (and `//` for HCL). Each format says which lines a
// comment covers through `extent`; this module only finds comments. It must not decide whether an
// ignore applies to a finding: the waiver stage does that with the lines recorded here.

import type { Diagnostic } from '../../diagnostics.js';
import type { InlineIgnore } from '../types.js';
import { at } from './diag.js';
import type { LineIndex } from '../../text/line-index.js';
import { globProblem } from '../../waivers/glob.js';

const MARK = 'palisade:ignore';

export interface CommentStyle {
  /** Comment openers recognised before the marker. */
  openers: readonly string[];
  /** The last line covered when the comment sits alone above `line` (default: that line only). */
  extent?: (line: number) => number;
}

export interface IgnoreScan {
  ignores: InlineIgnore[];
  diagnostics: Diagnostic[];
}

function isCommentOnly(text: string, lines: LineIndex, line: number, openers: readonly string[]): boolean {
  const s = text.slice(lines.lineStart(line), lines.lineEnd(line)).trimStart();
  return s === '' || openers.some((o) => s.startsWith(o));
}

export function scanIgnores(path: string, text: string, lines: LineIndex, style: CommentStyle): IgnoreScan {
  const out: IgnoreScan = { ignores: [], diagnostics: [] };
  // Memoised per line: a file of thousands of ignore comments in a row must stay linear, so the
  // "next line that is not a comment" and each extent are computed once, not once per comment.
  const nextContent = new Map<number, number>();
  const contentAfter = (line: number): number => {
    let next = line + 1;
    const run: number[] = [];
    while (next <= lines.lineCount && !nextContent.has(next) && isCommentOnly(text, lines, next, style.openers)) run.push(next++);
    const found = nextContent.get(next) ?? next;
    for (const l of run) nextContent.set(l, found);
    return found;
  };
  const extents = new Map<number, number>();
  const extentOf = (line: number): number => {
    let e = extents.get(line);
    if (e === undefined) extents.set(line, (e = style.extent ? Math.max(line, style.extent(line)) : line));
    return e;
  };
  for (let i = text.indexOf(MARK); i !== -1; i = text.indexOf(MARK, i + MARK.length)) {
    const { line } = lines.lineCol(i);
    const ls = lines.lineStart(line);
    const le = lines.lineEnd(line);
    const before = text.slice(ls, i);
    // The marker must directly follow a comment opener (spaces allowed), else it is data, e.g. a string.
    let opener = -1;
    for (const o of style.openers) {
      const m = before.trimEnd();
      if (m.endsWith(o)) opener = Math.max(opener, ls + m.length - o.length);
    }
    if (opener === -1) continue;
    const lead = text.slice(ls, opener);
    if (lead.trim() !== '' && !/\s$/.test(lead)) continue;
    const trailing = lead.trim() !== '';
    const rest = text.slice(i + MARK.length, le).trim();
    const m = /^(\S+)\s*(.*)$/.exec(rest);
    const where = lines.lineCol(opener);
    if (!m) {
      out.diagnostics.push(
        at(path, where, 'waiver_error', 'inline ignore names no policy', 'write `palisade:ignore <policy-id> <reason>`, e.g. `# palisade:ignore k8s/privileged-container needed by the CNI`', 'warning'),
      );
      continue;
    }
    const reason = m[2] ?? '';
    if (reason === '') {
      out.diagnostics.push(
        at(path, where, 'waiver_error', `inline ignore of ${m[1]} gives no reason`, 'add a reason after the policy id so reviewers and audits know why', 'warning'),
      );
    }
    if (globProblem(m[1]!)) {
      out.diagnostics.push(at(path, where, 'waiver_error', `inline ignore of "${m[1]}": ${globProblem(m[1]!)}`, 'name the policy id exactly, or write the range low to high (`[a-z]`)', 'warning'));
    }
    const start = line;
    let end = line;
    if (!trailing) {
      const next = contentAfter(line);
      if (next <= lines.lineCount) end = extentOf(next);
    }
    out.ignores.push({
      policyId: m[1]!,
      reason,
      lines: { start, end },
      region: lines.region(opener, le),
    });
  }
  return out;
}

/** Extent for indentation-structured text (YAML): the line plus every following line indented deeper. */
export function indentExtent(text: string, lines: LineIndex): (line: number) => number {
  const indentOf = (l: number): number => {
    const s = text.slice(lines.lineStart(l), lines.lineEnd(l));
    return s.length - s.trimStart().length;
  };
  return (line) => {
    const base = indentOf(line);
    let last = line;
    for (let l = line + 1; l <= lines.lineCount; l++) {
      const s = text.slice(lines.lineStart(l), lines.lineEnd(l)).trim();
      if (s === '' || s.startsWith('#')) continue;
      if (s === '---' || s === '...') break;
      if (indentOf(l) <= base) break;
      last = l;
    }
    return last;
  };
}
