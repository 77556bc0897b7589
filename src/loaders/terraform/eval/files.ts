// Terraform's file functions — file, filebase64, fileexists, templatefile — over a reader the
// caller gives through the Scope (the loader's edge reads only inside the scanned root). A path
// the reader cannot serve (outside the root, or no reader at all) makes the result unknown, as a
// value a plan could not show; a missing file inside the root is an evaluation error, as in
// Terraform (fileexists says false). Must not read files itself.

import { parseTemplate } from '../hcl/parser.js';
import type { TemplatePart } from '../hcl/ast.js';
import { EvalError, hasUnknown, isObj, materialize, toStr, UNKNOWN, type Value } from './values.js';

/** The bytes of a file named in the configuration; 'outside' when it is not the scan's to read. */
export type ReadFile = (path: string) => Uint8Array | 'outside' | undefined;

export const FILE_FUNCTIONS = new Set(['file', 'filebase64', 'fileexists', 'templatefile']);

/** `render` evaluates a parsed template with only the given variables in scope. */
export function callFileFunction(name: string, args: Value[], read: ReadFile | undefined, render: (parts: TemplatePart[], vars: Record<string, Value>) => Value): Value {
  const plain = args.map((a) => materialize(a));
  if (!read || plain.some(hasUnknown)) return UNKNOWN;
  const path = toStr(plain[0] ?? null);
  const bytes = read(path);
  if (bytes === 'outside') return UNKNOWN;
  if (name === 'fileexists') return bytes !== undefined;
  if (bytes === undefined) throw new EvalError(`${name}: no file ${path} in the scanned configuration`);
  if (name === 'filebase64') return Buffer.from(bytes).toString('base64');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (name === 'file') return text;
  const vars = plain[1] ?? {};
  if (!isObj(vars)) throw new EvalError('templatefile: the second argument must be an object of template variables');
  const parsed = parseTemplate(text, 0);
  if (parsed.error) throw new EvalError(`templatefile: ${path}: ${parsed.error.message}`);
  return render(parsed.parts, vars as Record<string, Value>);
}
