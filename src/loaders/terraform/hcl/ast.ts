// The HCL2 syntax tree: bodies of attributes and blocks, and expressions, each node carrying the
// offsets of its source text ([s, e), UTF-16 code units) so a finding can land on the exact
// attribute, object key or list element. Plain data: no methods, no evaluation.

export interface Span {
  s: number;
  e: number;
}

export interface Attribute extends Span {
  name: string;
  /** Offset one past the name, for diagnostics on the name alone. */
  nameEnd: number;
  expr: Expr;
}

export interface Block extends Span {
  type: string;
  labels: string[];
  /** Offsets of the label strings (quotes included), parallel to `labels`. */
  labelSpans: Span[];
  body: Body;
}

export interface Body extends Span {
  attrs: Attribute[];
  blocks: Block[];
}

export type TemplatePart =
  | { t: 'str'; v: string }
  | { t: 'interp'; x: Expr }
  | { t: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { t: 'for'; key?: string; val: string; coll: Expr; body: TemplatePart[] };

/** One step of a traversal: `.name`, `[expr]`, or a legacy `.0` index. */
export type Step = { t: 'attr'; name: string } | { t: 'index'; key: Expr };

export interface ObjectItem {
  /** A bare identifier key is the literal name (`{ a = 1 }`); other keys are expressions. */
  key: Expr;
  value: Expr;
  s: number;
  e: number;
}

export type Expr = Span &
  (
    | { t: 'lit'; v: null | boolean | number }
    | { t: 'tpl'; parts: TemplatePart[]; heredoc?: boolean }
    | { t: 'var'; name: string }
    | { t: 'get'; obj: Expr; step: Step }
    | { t: 'splat'; obj: Expr; steps: Step[]; full: boolean }
    | { t: 'call'; name: string; args: Expr[]; expand: boolean }
    | { t: 'tuple'; items: Expr[] }
    | { t: 'object'; items: ObjectItem[] }
    | { t: 'for'; key?: string; val: string; coll: Expr; keyExpr?: Expr; valExpr: Expr; cond?: Expr; group: boolean; object: boolean }
    | { t: 'cond'; c: Expr; a: Expr; b: Expr }
    | { t: 'bin'; op: string; l: Expr; r: Expr }
    | { t: 'un'; op: '!' | '-'; x: Expr }
    | { t: 'paren'; x: Expr }
  );

/** The literal text of a template with no interpolation, else undefined. */
export function literalString(x: Expr): string | undefined {
  if (x.t !== 'tpl') return undefined;
  let out = '';
  for (const p of x.parts) {
    if (p.t !== 'str') return undefined;
    out += p.v;
  }
  return out;
}
