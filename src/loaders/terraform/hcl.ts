// The plan loader's view of HCL: blocks and attributes with their offsets, taken from the HCL2
// parser (hcl/parser.ts, the one HCL front end), so a plan finding can point at the .tf line a
// developer edits. Must not evaluate anything or read files.

import type { Block } from './hcl/ast.js';
import { parseHcl } from './hcl/parser.js';

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

function convert(b: Block): HclBlock {
  return {
    type: b.type,
    labels: b.labels,
    start: b.s,
    end: b.e,
    attrs: b.body.attrs.map((a) => ({ name: a.name, start: a.s, end: a.e })),
    blocks: b.body.blocks.map(convert),
  };
}

/** Top-level blocks of an HCL file (those before a syntax error and after recovery); never throws. */
export function scanHcl(text: string): HclBlock[] {
  return parseHcl(text).body.blocks.map(convert);
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
