// Terraform's override files (`override.tf`, `*_override.tf`, and their `.tf.json` forms), merged
// into a module's declarations as Terraform merges them: after every other file, in lexical
// order; an override block's arguments replace the original's one by one, and its nested blocks
// replace all of the original's nested blocks of the same type (a `dynamic "x"` counts as type
// x); `locals` replace by name; `lifecycle` merges argument by argument. Merged-in attributes and
// blocks carry the override file's name so findings land in the file that set the value.
// Must not evaluate anything or read files.

import type { Attribute, Block } from '../hcl/ast.js';

/** The name of the file an attribute or block was merged in from, when not its enclosing block's. */
export type FromFile<T> = T & { file?: string };

export const isOverrideFile = (name: string): boolean => /(^|_)override\.tf(\.json)?$/.test(name);

/** The type a nested block stands for: a dynamic block generates blocks of its label's type. */
const nestedType = (b: Block): string => (b.type === 'dynamic' && b.labels[0] ? b.labels[0] : b.type);

const fromFile = <T extends Attribute | Block>(node: T, file: string): FromFile<T> => ({ ...node, file });

/** `base` with `over` (a block of the same type and labels, from override file `file`) merged in. */
export function mergeBlock(base: Block, over: Block, file: string): Block {
  const attrs = new Map<string, Attribute>(base.body.attrs.map((a) => [a.name, a]));
  for (const a of over.body.attrs) attrs.set(a.name, fromFile(a, file));
  const replaced = new Set(over.body.blocks.filter((b) => b.type !== 'lifecycle').map(nestedType));
  const blocks = base.body.blocks.filter((b) => b.type !== 'lifecycle' && !replaced.has(nestedType(b)));
  const lifecycle = [...base.body.blocks, ...over.body.blocks].filter((b) => b.type === 'lifecycle');
  if (lifecycle.length) {
    const first = base.body.blocks.includes(lifecycle[0]!) ? lifecycle[0]! : fromFile(lifecycle[0]!, file);
    blocks.push(lifecycle.slice(1).reduce((acc, b) => mergeBlock(acc, b, file), first));
  }
  for (const b of over.body.blocks) if (b.type !== 'lifecycle') blocks.push(fromFile(b, file));
  return { ...base, body: { ...base.body, attrs: [...attrs.values()], blocks } };
}

/** The file a merged-in node came from, else the file of the block that holds it. */
export const fileOf = (node: Attribute | Block, enclosing: string): string => (node as FromFile<Attribute | Block>).file ?? enclosing;
