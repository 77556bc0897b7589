// Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) as the same syntax tree the native parser
// builds, with exact offsets. Strings are templates (`"${var.x}"` interpolates), as Terraform
// reads them. Terraform decides block-versus-attribute from the provider schema, which is not
// available offline: inside a resource, an object or a list of objects is a nested block unless
// its name is one of the map-typed arguments every provider uses (tags, labels …). Must not
// evaluate anything.

import type { Block, Body, Expr, ObjectItem } from './ast.js';
import { literalString } from './ast.js';
import type { HclError } from './parser.js';
import { parseTemplate } from './parser.js';

/** Map-typed arguments, written as JSON objects but never blocks. */
const MAP_ARGS = new Set(['tags', 'tags_all', 'labels', 'metadata', 'annotations', 'variables', 'environment', 'parameters', 'triggers', 'default_tags', 'policy', 'assume_role_policy', 'inputs', 'values', 'settings', 'options', 'attributes']);
/** Top-level block types and how many labels each takes (their nested object levels). */
const TOP: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0, moved: 0, import: 0, check: 1 };

class JsonParser {
  i = 0;
  constructor(readonly t: string) {}

  fail(message: string): never {
    throw Object.assign(new Error(message), { offset: this.i });
  }

  ws(): void {
    while (this.i < this.t.length && ' \t\r\n'.includes(this.t[this.i]!)) this.i++;
  }

  value(): Expr {
    this.ws();
    const s = this.i;
    const c = this.t[this.i];
    if (c === '{') {
      this.i++;
      const items: ObjectItem[] = [];
      this.ws();
      while (this.t[this.i] !== '}') {
        this.ws();
        const ks = this.i;
        if (this.t[this.i] !== '"') this.fail('expected a "key"');
        const key = this.rawString();
        this.ws();
        if (this.t[this.i] !== ':') this.fail('expected : after the key');
        this.i++;
        const value = this.value();
        items.push({ key: { t: 'tpl', parts: [{ t: 'str', v: key }], s: ks, e: ks + 1 }, value, s: ks, e: value.e });
        this.ws();
        if (this.t[this.i] === ',') this.i++;
        else if (this.t[this.i] !== '}') this.fail('expected , or }');
        this.ws();
      }
      this.i++;
      return { t: 'object', items, s, e: this.i };
    }
    if (c === '[') {
      this.i++;
      const items: Expr[] = [];
      this.ws();
      while (this.t[this.i] !== ']') {
        items.push(this.value());
        this.ws();
        if (this.t[this.i] === ',') this.i++;
        else if (this.t[this.i] !== ']') this.fail('expected , or ]');
        this.ws();
      }
      this.i++;
      return { t: 'tuple', items, s, e: this.i };
    }
    if (c === '"') {
      const text = this.rawString();
      const tpl = parseTemplate(text, s + 1);
      return { t: 'tpl', parts: tpl.parts, s, e: this.i };
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.t.slice(this.i, this.i + 64));
    if (!m) this.fail(`unexpected ${this.i >= this.t.length ? 'end of file' : `\`${c}\``}`);
    this.i += m[0].length;
    const v = m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
    return { t: 'lit', v, s, e: this.i };
  }

  rawString(): string {
    const s = this.i;
    this.i++;
    while (this.i < this.t.length && this.t[this.i] !== '"') {
      if (this.t[this.i] === '\\') this.i++;
      if (this.t[this.i] === '\n') this.fail('unterminated string');
      this.i++;
    }
    if (this.i >= this.t.length) this.fail('unterminated string');
    this.i++;
    return JSON.parse(this.t.slice(s, this.i)) as string;
  }
}

/** A `.tf.json` file as a body of blocks; a `.tfvars.json` file as a body of attributes. */
export function parseHclJson(text: string, kind: 'config' | 'vars'): { body: Body; errors: HclError[] } {
  const p = new JsonParser(text);
  const empty: Body = { s: 0, e: text.length, attrs: [], blocks: [] };
  let root: Expr;
  try {
    root = p.value();
  } catch (e) {
    const err = e as Error & { offset: number };
    return { body: empty, errors: [{ offset: err.offset, message: `invalid JSON: ${err.message}`, fix: 'fix the JSON syntax' }] };
  }
  if (root.t !== 'object') return { body: empty, errors: [{ offset: root.s, message: 'expected a JSON object at the top level', fix: 'write the configuration as a JSON object' }] };
  if (kind === 'vars') return { body: { s: root.s, e: root.e, attrs: root.items.map(toAttr), blocks: [] }, errors: [] };
  const body: Body = { s: root.s, e: root.e, attrs: [], blocks: [] };
  for (const it of root.items) {
    const type = literalString(it.key)!;
    const labels = TOP[type];
    if (labels === undefined) continue;
    blocks(type, labels, [], it, body.blocks);
  }
  return { body, errors: [] };
}

function toAttr(it: ObjectItem) {
  const name = literalString(it.key)!;
  return { name, nameEnd: it.key.e, expr: it.value, s: it.s, e: it.e };
}

/** Unwraps `labels` levels of objects into blocks of `type` (a list value means several blocks). */
function blocks(type: string, labels: number, got: string[], it: ObjectItem, out: Block[]): void {
  const v = it.value;
  if (labels > 0) {
    if (v.t !== 'object') return;
    for (const inner of v.items) blocks(type, labels - 1, [...got, literalString(inner.key)!], inner, out);
    return;
  }
  const bodies = v.t === 'tuple' ? v.items : [v];
  for (const b of bodies) if (b.t === 'object') out.push({ type, labels: got, labelSpans: got.map(() => ({ s: it.s, e: it.key.e })), body: toBody(b, type === 'locals' || type === 'variable' || type === 'output'), s: it.s, e: it.e });
}

/** An object as a block body: nested objects (or lists of objects) become blocks unless `flat`. */
function toBody(o: Expr & { t: 'object' }, flat: boolean): Body {
  const body: Body = { s: o.s, e: o.e, attrs: [], blocks: [] };
  for (const it of o.items) {
    const name = literalString(it.key)!;
    const v = it.value;
    const nested = !flat && !MAP_ARGS.has(name) && (v.t === 'object' || (v.t === 'tuple' && v.items.length > 0 && v.items.every((x) => x.t === 'object')));
    if (!nested) {
      body.attrs.push(toAttr(it));
      continue;
    }
    if (name === 'dynamic' && v.t === 'object') {
      for (const d of v.items) for (const b of d.value.t === 'tuple' ? d.value.items : [d.value]) if (b.t === 'object') body.blocks.push({ type: 'dynamic', labels: [literalString(d.key)!], labelSpans: [{ s: d.s, e: d.key.e }], body: toBody(b, false), s: d.s, e: d.e });
      continue;
    }
    for (const b of v.t === 'tuple' ? v.items : [v]) if (b.t === 'object') body.blocks.push({ type: name, labels: [], labelSpans: [], body: toBody(b, false), s: it.s, e: it.e });
  }
  return body;
}
