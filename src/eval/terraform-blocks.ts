// Where a KICS Terraform label sits in its `.tf` file, for the peer scorer: the block whose
// opening line it names (KICS reports a wrong or missing attribute on its resource's line, where
// Palisade points at the attribute itself), and whether it lies inside a module call the scan
// could not load (a registry or git module that `terraform init` never downloaded into the case).
// Reads nothing and decides nothing about policies; the HCL parser is the project's own.

import { parseHcl } from '../loaders/terraform/hcl/parser.js';
import type { Block } from '../loaders/terraform/hcl/ast.js';
import { LineIndex } from '../text/line-index.js';

export interface BlockExtent {
  type: string;
  startLine: number;
  endLine: number;
  /** Nesting depth: 0 for top-level blocks (resource, module, …). */
  depth: number;
}

/** Every block of a `.tf` text with its line extent, nested blocks included. */
export function blockExtents(text: string): BlockExtent[] {
  const lines = new LineIndex(text);
  const out: BlockExtent[] = [];
  const visit = (blocks: Block[], depth: number) => {
    for (const b of blocks) {
      out.push({ type: b.type, startLine: lines.lineCol(b.s).line, endLine: lines.lineCol(Math.max(b.s, b.e - 1)).line, depth });
      visit(b.body.blocks, depth + 1);
    }
  };
  visit(parseHcl(text).body.blocks, 0);
  return out;
}

/** The last line of the block opening on `line`, if one does (the innermost, for one-line nests). */
export function blockEndingFrom(extents: BlockExtent[], line: number): number | undefined {
  const opening = extents.filter((b) => b.startLine === line);
  return opening.length ? Math.min(...opening.map((b) => b.endLine)) : undefined;
}

/** The top-level block around `line` when it is one of the module calls in `unloaded` (their opening lines). */
export function unloadedModuleAround(extents: BlockExtent[], line: number, unloaded: ReadonlySet<number>): BlockExtent | undefined {
  return extents.find((b) => b.depth === 0 && b.type === 'module' && unloaded.has(b.startLine) && b.startLine <= line && line <= b.endLine);
}
