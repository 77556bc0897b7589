// The HCL2 native-syntax parser: a character-level recursive descent over bodies (attributes and
// blocks) and expressions (templates with `${}`/`%{}` directives, heredocs, for-expressions,
// splats, conditionals, operators, calls, index and attribute access), every node with its exact
// offsets. Newlines end an attribute only outside brackets, as in HCL. A syntax error stops the
// block it is in, is reported with its offset and a fix, and parsing resumes at the next
// top-level block, so one typo does not hide the rest of the file. Must not evaluate anything.

import type { Attribute, Block, Body, Expr, ObjectItem, Span, Step, TemplatePart } from './ast.js';

export interface HclError {
  offset: number;
  message: string;
  fix: string;
}

export interface ParsedHcl {
  body: Body;
  errors: HclError[];
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isId = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;

const BINARY: Array<string[]> = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];
/** Deepest expression nesting accepted: a guard against stack exhaustion on hostile input. */
const MAX_DEPTH = 500;

class Parser {
  i = 0;
  /** > 0 inside brackets, where newlines are plain whitespace. */
  private nest = 0;
  private depth = 0;
  constructor(readonly t: string) {}

  fail(offset: number, message: string, fix: string): never {
    throw new Fail(offset, message, fix);
  }

  /** Skips blanks and comments; newlines too inside brackets or when `nl`. */
  ws(nl = this.nest > 0): void {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 13 || (nl && c === 10)) this.i++;
      else if (c === 35 || (c === 47 && t.charCodeAt(this.i + 1) === 47)) {
        const n = t.indexOf('\n', this.i);
        this.i = n === -1 ? t.length : n;
      } else if (c === 47 && t.charCodeAt(this.i + 1) === 42) {
        const e = t.indexOf('*/', this.i + 2);
        if (e === -1) this.fail(this.i, 'unterminated /* comment', 'close the comment with */');
        this.i = e + 2;
      } else return;
    }
  }

  peek(s: string): boolean {
    return this.t.startsWith(s, this.i);
  }

  expect(s: string, what: string): void {
    this.ws();
    if (!this.peek(s)) this.fail(this.i, `expected ${what}, found ${this.found()}`, `add the missing ${s}`);
    this.i += s.length;
  }

  found(): string {
    if (this.i >= this.t.length) return 'end of file';
    const c = this.t[this.i]!;
    if (c === '\n') return 'end of line';
    return `\`${this.t.slice(this.i, this.i + 12).split('\n')[0]}\``;
  }

  ident(): string | undefined {
    const t = this.t;
    if (!isIdStart(t.charCodeAt(this.i))) return undefined;
    const s = this.i;
    while (isId(t.charCodeAt(this.i))) this.i++;
    return t.slice(s, this.i);
  }

  // ── bodies ────────────────────────────────────────────────────────────────────────────────────

  body(s: number, closing: boolean, errors: HclError[] | undefined): Body {
    const out: Body = { s, e: s, attrs: [], blocks: [] };
    const saved = this.nest;
    this.nest = 0;
    for (;;) {
      this.ws(true);
      if (this.i >= this.t.length) {
        if (closing) this.fail(this.i, 'unexpected end of file inside a block', 'add the missing }');
        break;
      }
      if (this.t.charCodeAt(this.i) === 125) {
        if (closing) break;
        if (!errors) this.fail(this.i, 'unexpected }', 'remove the extra }');
      }
      const start = this.i;
      try {
        this.item(out);
      } catch (e) {
        if (!errors || !(e instanceof Fail)) throw e;
        errors.push({ offset: e.offset, message: e.message, fix: e.fix });
        this.nest = 0;
        this.depth = 0;
        this.recover(Math.max(start, e.offset));
      }
    }
    out.e = this.i;
    this.nest = saved;
    return out;
  }

  /** After an error at top level: the next line that starts a block or attribute in column 1. */
  recover(from: number): void {
    const t = this.t;
    let n = t.indexOf('\n', from);
    for (;;) {
      if (n === -1) {
        this.i = t.length;
        return;
      }
      if (isIdStart(t.charCodeAt(n + 1))) {
        this.i = n + 1;
        return;
      }
      n = t.indexOf('\n', n + 1);
    }
  }

  item(out: Body): void {
    const start = this.i;
    const name = this.ident();
    if (name === undefined) this.fail(this.i, `expected an attribute or block, found ${this.found()}`, 'start each line of a body with `name = value` or `type "label" {`');
    const nameEnd = this.i;
    this.ws(false);
    const c = this.t.charCodeAt(this.i);
    if (c === 61 && this.t.charCodeAt(this.i + 1) !== 61) {
      this.i++;
      const expr = this.expr();
      out.attrs.push({ name, nameEnd, expr, s: start, e: expr.e } satisfies Attribute);
      this.endOfLine();
      return;
    }
    const labels: string[] = [];
    const labelSpans: Span[] = [];
    for (;;) {
      this.ws(false);
      const d = this.t.charCodeAt(this.i);
      if (d === 34) {
        const ls = this.i;
        const x = this.quoted();
        const lit = x.parts.every((p) => p.t === 'str') ? x.parts.map((p) => (p.t === 'str' ? p.v : '')).join('') : undefined;
        if (lit === undefined) this.fail(ls, 'a block label cannot contain interpolation', 'write the label as a plain string');
        labels.push(lit);
        labelSpans.push({ s: ls, e: this.i });
      } else if (isIdStart(d)) {
        const ls = this.i;
        labels.push(this.ident()!);
        labelSpans.push({ s: ls, e: this.i });
      } else break;
    }
    if (this.t.charCodeAt(this.i) !== 123) {
      this.fail(this.i, `expected \`=\` or \`{\` after \`${name}\`, found ${this.found()}`, labels.length ? `open the block with { after its labels` : `write \`${name} = <value>\` for an attribute or \`${name} {\` for a block`);
    }
    this.i++;
    const body = this.body(this.i, true, undefined);
    this.i++; // the closing brace
    out.blocks.push({ type: name, labels, labelSpans, body, s: start, e: this.i } satisfies Block);
    this.endOfLine();
  }

  /** An attribute or block must be followed by a newline (or the body's closing brace). */
  endOfLine(): void {
    this.ws(false);
    const c = this.t.charCodeAt(this.i);
    if (c === 10 || c === 125 || this.i >= this.t.length) return;
    this.fail(this.i, `unexpected ${this.found()} after the value`, 'put each attribute and block on its own line, or close the brackets that are still open');
  }

  // ── expressions ─────────────────────────────────────────────────────────────────────────────

  expr(): Expr {
    if (++this.depth > MAX_DEPTH) this.fail(this.i, `expression nested deeper than ${MAX_DEPTH} levels`, 'simplify the expression');
    try {
      const c = this.binary(0);
      this.ws();
      if (this.t.charCodeAt(this.i) !== 63) return c;
      this.i++;
      const a = this.expr();
      this.expect(':', '`:` of the conditional');
      const b = this.expr();
      return { t: 'cond', c, a, b, s: c.s, e: b.e };
    } finally {
      this.depth--;
    }
  }

  binary(level: number): Expr {
    if (level === BINARY.length) return this.unary();
    let l = this.binary(level + 1);
    for (;;) {
      this.ws();
      // Two-character operators are listed first at their level; `<` and `>` must not swallow `<=`/`>=`.
      const op = BINARY[level]!.find((o) => this.peek(o) && !(o.length === 1 && (o === '<' || o === '>') && this.t[this.i + 1] === '='));
      if (op === undefined) return l;
      this.i += op.length;
      const r = this.binary(level + 1);
      l = { t: 'bin', op, l, r, s: l.s, e: r.e };
    }
  }

  unary(): Expr {
    this.ws();
    const c = this.t.charCodeAt(this.i);
    if (c === 33 || (c === 45 && !isDigit(this.t.charCodeAt(this.i + 1)))) {
      const s = this.i++;
      const x = this.unary();
      return { t: 'un', op: c === 33 ? '!' : '-', x, s, e: x.e };
    }
    return this.postfix(this.primary());
  }

  postfix(x: Expr): Expr {
    for (;;) {
      const save = this.i;
      this.ws();
      const c = this.t.charCodeAt(this.i);
      if (c === 46 && this.t.charCodeAt(this.i + 1) !== 46) {
        if (this.t.charCodeAt(this.i + 1) === 42) {
          this.i += 2;
          x = this.splat(x, false);
          continue;
        }
        this.i++;
        const step = this.dotStep();
        x = { t: 'get', obj: x, step, s: x.s, e: this.i };
        continue;
      }
      if (c === 91) {
        this.i++;
        this.nest++;
        this.ws();
        if (this.t.charCodeAt(this.i) === 42) {
          this.i++;
          this.expect(']', '`]` of the splat');
          this.nest--;
          x = this.splat(x, true);
          continue;
        }
        const key = this.expr();
        this.expect(']', '`]` of the index');
        this.nest--;
        x = { t: 'get', obj: x, step: { t: 'index', key }, s: x.s, e: this.i };
        continue;
      }
      this.i = save;
      return x;
    }
  }

  dotStep(): Step {
    const s = this.i;
    if (isDigit(this.t.charCodeAt(this.i))) {
      while (isDigit(this.t.charCodeAt(this.i))) this.i++;
      return { t: 'index', key: { t: 'lit', v: Number(this.t.slice(s, this.i)), s, e: this.i } };
    }
    const name = this.ident();
    if (name === undefined) this.fail(this.i, `expected an attribute name after \`.\`, found ${this.found()}`, 'write the attribute name after the dot');
    return { t: 'attr', name };
  }

  /** The steps after `[*]` (full) or `.*` (attribute-only) apply to every element. */
  splat(obj: Expr, full: boolean): Expr {
    const steps: Step[] = [];
    for (;;) {
      const save = this.i;
      this.ws();
      const c = this.t.charCodeAt(this.i);
      if (c === 46 && this.t.charCodeAt(this.i + 1) !== 42 && this.t.charCodeAt(this.i + 1) !== 46) {
        this.i++;
        steps.push(this.dotStep());
        continue;
      }
      if (full && c === 91 && this.t.charCodeAt(this.i + 1) !== 42) {
        this.i++;
        this.nest++;
        const key = this.expr();
        this.expect(']', '`]` of the index');
        this.nest--;
        steps.push({ t: 'index', key });
        continue;
      }
      this.i = save;
      return { t: 'splat', obj, steps, full, s: obj.s, e: this.i };
    }
  }

  primary(): Expr {
    this.ws();
    const t = this.t;
    const s = this.i;
    const c = t.charCodeAt(s);
    if (isDigit(c) || (c === 45 && isDigit(t.charCodeAt(s + 1)))) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(s, s + 64))!;
      this.i += m[0].length;
      return { t: 'lit', v: Number(m[0]), s, e: this.i };
    }
    if (c === 34) return this.quoted();
    if (c === 60 && t.charCodeAt(s + 1) === 60) return this.heredoc();
    if (c === 40) {
      this.i++;
      this.nest++;
      const x = this.expr();
      this.expect(')', '`)`');
      this.nest--;
      return { t: 'paren', x, s, e: this.i };
    }
    if (c === 91) return this.tuple();
    if (c === 123) return this.object();
    const name = this.ident();
    if (name === undefined) this.fail(s, `expected an expression, found ${this.found()}`, 'write a value: a string, number, bool, list, object, reference or function call');
    if (name === 'true' || name === 'false') return { t: 'lit', v: name === 'true', s, e: this.i };
    if (name === 'null') return { t: 'lit', v: null, s, e: this.i };
    const save = this.i;
    this.ws(false);
    // Provider-namespaced functions: provider::aws::arn_parse(...)
    let fname = name;
    while (this.peek('::')) {
      this.i += 2;
      const part = this.ident();
      if (part === undefined) this.fail(this.i, 'expected a function name after `::`', 'write the full function name');
      fname += `::${part}`;
      this.ws(false);
    }
    if (t.charCodeAt(this.i) === 40) {
      this.i++;
      this.nest++;
      const args: Expr[] = [];
      let expand = false;
      this.ws();
      while (t.charCodeAt(this.i) !== 41) {
        args.push(this.expr());
        this.ws();
        if (this.peek('...')) {
          this.i += 3;
          expand = true;
          this.ws();
        }
        if (t.charCodeAt(this.i) === 44) {
          this.i++;
          this.ws();
        } else if (t.charCodeAt(this.i) !== 41) this.fail(this.i, `expected \`,\` or \`)\` in the call to ${fname}, found ${this.found()}`, 'separate arguments with commas and close the call with )');
      }
      this.i++;
      this.nest--;
      return { t: 'call', name: fname, args, expand, s, e: this.i };
    }
    if (fname !== name) this.fail(this.i, `expected \`(\` after the function name ${fname}`, 'call the function with its arguments in parentheses');
    this.i = save;
    return { t: 'var', name, s, e: this.i };
  }

  /** At `[` or `{`: a for-expression when the next word is `for` followed by a name. */
  isFor(): boolean {
    const m = /^[[{]\s*for\s+[A-Za-z_]/.exec(this.t.slice(this.i, this.i + 64));
    return m !== null;
  }

  tuple(): Expr {
    const s = this.i;
    if (this.isFor()) return this.forExpr(false);
    this.i++;
    this.nest++;
    const items: Expr[] = [];
    this.ws();
    while (this.t.charCodeAt(this.i) !== 93) {
      items.push(this.expr());
      this.ws();
      if (this.t.charCodeAt(this.i) === 44) {
        this.i++;
        this.ws();
      } else if (this.t.charCodeAt(this.i) !== 93) this.fail(this.i, `expected \`,\` or \`]\` in the list, found ${this.found()}`, 'separate list items with commas and close the list with ]');
    }
    this.i++;
    this.nest--;
    return { t: 'tuple', items, s, e: this.i };
  }

  object(): Expr {
    const s = this.i;
    if (this.isFor()) return this.forExpr(true);
    this.i++;
    this.nest++;
    const items: ObjectItem[] = [];
    this.ws();
    while (this.t.charCodeAt(this.i) !== 125) {
      const ks = this.i;
      let key: Expr;
      const save = this.i;
      const name = this.ident();
      this.ws();
      if (name !== undefined && (this.peek('=') || this.peek(':')) && !this.peek('==') && !this.peek('::')) {
        key = { t: 'tpl', parts: [{ t: 'str', v: name }], s: ks, e: ks + name.length };
      } else {
        this.i = save;
        key = this.expr();
        this.ws();
      }
      if (!(this.peek('=') || this.peek(':')) || this.peek('==')) this.fail(this.i, `expected \`=\` or \`:\` after the object key, found ${this.found()}`, 'write object items as `key = value`');
      this.i++;
      const value = this.expr();
      items.push({ key, value, s: ks, e: value.e });
      this.ws();
      if (this.t.charCodeAt(this.i) === 44) {
        this.i++;
        this.ws();
      } else if (this.t.charCodeAt(this.i) !== 125 && this.t.charCodeAt(this.i - 1) !== 10 && !this.newlineSince(value.e)) {
        this.fail(this.i, `expected \`,\`, a new line or \`}\` in the object, found ${this.found()}`, 'separate object items with commas or new lines and close the object with }');
      }
    }
    this.i++;
    this.nest--;
    return { t: 'object', items, s, e: this.i };
  }

  newlineSince(from: number): boolean {
    return this.t.slice(from, this.i).includes('\n');
  }

  forExpr(object: boolean): Expr {
    const s = this.i;
    this.i++;
    this.nest++;
    this.ws();
    this.i += 3; // for
    this.ws();
    let key: string | undefined;
    let val = this.ident()!;
    this.ws();
    if (this.t.charCodeAt(this.i) === 44) {
      this.i++;
      this.ws();
      key = val;
      const v = this.ident();
      if (v === undefined) this.fail(this.i, 'expected a value variable name after `,` in the for expression', 'write `for k, v in collection`');
      val = v;
      this.ws();
    }
    if (this.ident() !== 'in') this.fail(this.i, 'expected `in` in the for expression', 'write `for v in collection : ...`');
    const coll = this.expr();
    this.expect(':', '`:` after the for expression collection');
    let keyExpr: Expr | undefined;
    let valExpr = this.expr();
    if (object) {
      this.expect('=>', '`=>` in the object for expression');
      keyExpr = valExpr;
      valExpr = this.expr();
    }
    this.ws();
    let group = false;
    if (this.peek('...')) {
      this.i += 3;
      group = true;
      this.ws();
    }
    let cond: Expr | undefined;
    const save = this.i;
    if (this.ident() === 'if') cond = this.expr();
    else this.i = save;
    this.expect(object ? '}' : ']', object ? '`}` closing the for expression' : '`]` closing the for expression');
    this.nest--;
    const out: Expr = { t: 'for', val, coll, valExpr, group, object, s, e: this.i };
    if (key !== undefined) out.key = key;
    if (keyExpr) out.keyExpr = keyExpr;
    if (cond) out.cond = cond;
    return out;
  }

  // ── templates ───────────────────────────────────────────────────────────────────────────────

  quoted(): Expr & { t: 'tpl' } {
    const s = this.i;
    this.i++;
    const parts = this.template('"', true);
    this.i++;
    return { t: 'tpl', parts, s, e: this.i };
  }

  /**
   * Template parts up to `end` (`"` for quoted strings, '' for a heredoc's whole content), or up to
   * a `%{` directive keyword the caller is waiting for (returned via `this.directive`).
   */
  private directive: string | undefined;

  template(end: string, escapes: boolean, limit = this.t.length): TemplatePart[] {
    const t = this.t;
    const parts: TemplatePart[] = [];
    let lit = '';
    let stripNext = false;
    const flush = (stripRight: boolean) => {
      let v = lit;
      if (stripNext) v = v.replace(/^\s+/, '');
      if (stripRight) v = v.replace(/\s+$/, '');
      if (v !== '') parts.push({ t: 'str', v });
      lit = '';
      stripNext = false;
    };
    for (;;) {
      if (this.i >= limit) {
        if (end === '"') this.fail(this.i, 'unterminated string', 'close the string with "');
        flush(false);
        return parts;
      }
      const c = t.charCodeAt(this.i);
      if (end === '"' && c === 34) {
        flush(false);
        return parts;
      }
      if (end === '"' && c === 10) this.fail(this.i, 'unterminated string: a quoted string cannot span lines', 'close the string with " on the same line, or use a heredoc (<<EOT) for multi-line text');
      if (escapes && c === 92) {
        const n = t[this.i + 1];
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (n !== undefined && map[n] !== undefined) {
          lit += map[n];
          this.i += 2;
        } else if (n === 'u' || n === 'U') {
          const len = n === 'u' ? 4 : 8;
          const hex = t.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail(this.i, `invalid escape \\${n}${hex}`, `write \\${n} followed by ${len} hex digits`);
          lit += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
        } else this.fail(this.i, `invalid escape sequence \\${n ?? ''}`, 'escape a backslash as \\\\; valid escapes are \\n \\r \\t \\" \\\\ \\uNNNN');
        continue;
      }
      if ((c === 36 || c === 37) && t.charCodeAt(this.i + 1) === c && t.charCodeAt(this.i + 2) === 123) {
        lit += t[this.i] + '{';
        this.i += 3;
        continue;
      }
      if ((c === 36 || c === 37) && t.charCodeAt(this.i + 1) === 123) {
        const open = this.i;
        this.i += 2;
        const stripLeft = t[this.i] === '~';
        if (stripLeft) this.i++;
        if (c === 36) {
          flush(stripLeft);
          const saved = this.nest;
          this.nest = 1;
          const x = this.expr();
          this.ws();
          stripNext = this.closeTemplate(open);
          this.nest = saved;
          parts.push({ t: 'interp', x });
          continue;
        }
        flush(stripLeft);
        const saved = this.nest;
        this.nest = 1;
        this.ws();
        const kwAt = this.i;
        const kw = this.ident();
        if (kw === 'if') {
          const cond = this.expr();
          this.ws();
          const strip = this.closeTemplate(open);
          const then = this.inner(end, escapes, limit, strip);
          let els: TemplatePart[] = [];
          if (this.directive === 'else') els = this.inner(end, escapes, limit, this.lastStrip);
          if (this.directive !== 'endif') this.fail(kwAt, '%{ if } without a matching %{ endif }', 'close the directive with %{ endif }');
          this.directive = undefined;
          parts.push({ t: 'if', cond, then, else: els });
          stripNext = this.lastStrip;
        } else if (kw === 'for') {
          this.ws();
          let key: string | undefined;
          let val = this.ident();
          this.ws();
          if (t[this.i] === ',') {
            this.i++;
            this.ws();
            key = val;
            val = this.ident();
            this.ws();
          }
          if (val === undefined || this.ident() !== 'in') this.fail(this.i, 'expected `%{ for v in collection }`', 'write the directive as %{ for item in collection }');
          const coll = this.expr();
          this.ws();
          const strip = this.closeTemplate(open);
          const body = this.inner(end, escapes, limit, strip);
          if (this.directive !== 'endfor') this.fail(kwAt, '%{ for } without a matching %{ endfor }', 'close the directive with %{ endfor }');
          this.directive = undefined;
          const part: TemplatePart = { t: 'for', val, coll, body };
          if (key !== undefined) part.key = key;
          parts.push(part);
          stripNext = this.lastStrip;
        } else if (kw === 'else' || kw === 'endif' || kw === 'endfor') {
          this.ws();
          this.lastStrip = this.closeTemplate(open);
          this.directive = kw;
          this.nest = saved;
          return parts;
        } else this.fail(kwAt, `unknown template directive %{ ${kw ?? ''} }`, 'use %{ if }, %{ else }, %{ endif }, %{ for }, %{ endfor }');
        this.nest = saved;
        continue;
      }
      lit += t[this.i];
      this.i++;
    }
  }

  private lastStrip = false;

  /** The parts inside a directive, up to its else/end keyword (left in `this.directive`). */
  inner(end: string, escapes: boolean, limit: number, stripFirst: boolean): TemplatePart[] {
    this.directive = undefined;
    const parts = this.template(end, escapes, limit);
    if (this.directive === undefined) return parts;
    if (stripFirst && parts[0]?.t === 'str') {
      const v = parts[0].v.replace(/^\s+/, '');
      if (v === '') parts.shift();
      else parts[0] = { t: 'str', v };
    }
    return parts;
  }

  /** At the closing `}` of `${…}` or `%{…}`, with an optional `~`: whether it strips what follows. */
  closeTemplate(open: number): boolean {
    const strip = this.t[this.i] === '~';
    if (strip) this.i++;
    if (this.t[this.i] !== '}') this.fail(this.i, `expected \`}\` closing the template sequence opened at offset ${open}, found ${this.found()}`, 'close the interpolation with }');
    this.i++;
    return strip;
  }

  heredoc(): Expr {
    const s = this.i;
    const t = this.t;
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(t.slice(s, s + 256));
    if (!m) this.fail(s, 'malformed heredoc: expected <<MARKER or <<-MARKER followed by a new line', 'start a heredoc with <<EOT on its own, content on the next lines, and EOT alone on the last line');
    const marker = m[2]!;
    const contentStart = s + m[0].length;
    let j = contentStart;
    let closeLine = -1;
    while (j <= t.length) {
      const nl = t.indexOf('\n', j);
      const lineEnd = nl === -1 ? t.length : nl;
      if (t.slice(j, lineEnd).trim() === marker) {
        closeLine = j;
        break;
      }
      if (nl === -1) break;
      j = nl + 1;
    }
    if (closeLine === -1) this.fail(s, `heredoc <<${m[1]}${marker} is never closed`, `end the heredoc with ${marker} alone on a line`);
    this.i = contentStart;
    const saved = this.nest;
    const parts = this.template('', false, closeLine);
    this.nest = saved;
    this.i = t.indexOf(marker, closeLine) + marker.length;
    if (m[1] === '-') dedent(parts, t.slice(contentStart, closeLine));
    return { t: 'tpl', parts, heredoc: true, s, e: this.i };
  }
}

/** `<<-` heredocs drop the smallest indentation of their non-blank lines from every line. */
function dedent(parts: TemplatePart[], raw: string): void {
  let min = Infinity;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    min = Math.min(min, /^[ \t]*/.exec(line)![0].length);
  }
  if (!Number.isFinite(min) || min === 0) return;
  const re = new RegExp(`(^|\\n)[ \\t]{0,${min}}`, 'g');
  let atLineStart = true;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.t !== 'str') {
      atLineStart = false;
      continue;
    }
    let v = p.v.replace(re, (_, nl: string) => nl);
    if (!atLineStart) {
      // The first line of this literal continues a line that began before an interpolation.
      const first = p.v.indexOf('\n');
      v = first === -1 ? p.v : p.v.slice(0, first) + p.v.slice(first).replace(re, (_, nl: string) => nl);
    }
    parts[k] = { t: 'str', v };
    atLineStart = v.endsWith('\n');
  }
}

/** Parses a whole HCL file; errors are collected, never thrown. */
export function parseHcl(text: string): ParsedHcl {
  const p = new Parser(text);
  const errors: HclError[] = [];
  let body: Body;
  try {
    body = p.body(0, false, errors);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    errors.push({ offset: e.offset, message: e.message, fix: e.fix });
    body = { s: 0, e: text.length, attrs: [], blocks: [] };
  }
  // A stray top-level `}` is skipped by recovery; report it once.
  return { body, errors };
}

/** Parses one expression (a `-var` value, a `TF_VAR_` value of a complex type). */
export function parseHclExpression(text: string): { expr?: Expr; error?: HclError } {
  const p = new Parser(text);
  try {
    const x = p.expr();
    p.ws(true);
    if (p.i < text.length) return { error: { offset: p.i, message: `unexpected ${p.found()} after the expression`, fix: 'pass a single value' } };
    return { expr: x };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { error: { offset: e.offset, message: e.message, fix: e.fix } };
  }
}

/** Parses template text (a `.tf.json` string, where `${…}` is interpolation). */
export function parseTemplate(text: string, base: number): { parts: TemplatePart[]; error?: HclError } {
  const p = new Parser(text);
  try {
    const parts = p.template('', false);
    return { parts: shift(parts, base) };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { parts: [{ t: 'str', v: text }], error: { offset: base + e.offset, message: e.message, fix: e.fix } };
  }
}

/** Moves every offset inside template parts by `base` (for text parsed out of a JSON string). */
function shift(parts: TemplatePart[], base: number): TemplatePart[] {
  if (base === 0) return parts;
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.s === 'number' && typeof o.e === 'number') {
        o.s = (o.s as number) + base;
        o.e = (o.e as number) + base;
      }
      for (const v of Object.values(o)) if (v && typeof v === 'object') walk(v);
    }
  };
  walk(parts);
  return parts;
}
