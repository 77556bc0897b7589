// The Rego parser: tokens → the AST of ./ast.ts, for Rego v1 (OPA 1.x) and, on request, Rego v0.
// It owns syntax only: operator precedence, the `{ … }` disambiguation, rule-head forms, keyword
// imports, and the syntactic rules OPA enforces while parsing (v1's `if`/`contains`, default
// values, else placement). It must not resolve names, check safety, or look at other modules;
// those are the checker's job. METADATA comments are handed to ./annotations.ts.
//
// The structure follows OPA's own recursive-descent parser so that what parses, and how it
// associates, is the same: precedence from loosest to tightest is `in`, then `== != < <= > >=`,
// then `|`, `&`, `+ -`, `* / %`; all left-associative. `:=` and `=` only appear at the top of an
// expression. Blanks end a ref (`x [0]` is not a ref, `f (x)` not a call), newlines separate body
// expressions, and newlines inside brackets or around infix operators are just whitespace.
//
// Representation choices the AST contract leaves open, fixed here:
// - An import's path is always a `ref` term (`import input` → ref with an empty path).
// - `.5` is normalised to `0.5` in `raw` (OPA accepts the spelling; JSON does not).
// - Unary minus is only allowed on number literals (`-x` is a parse error), as in OPA.
// - v1 `p[x] if …` without a value is a ref-head rule `p[x]` whose value is true (value absent);
//   v0 `p[x] { … }` is the partial set `p contains x`.
//
// Errors: the first error in a statement abandons that statement (an exception unwinds to the
// statement loop), the parser skips to the next line starting in column 1 and goes on, so one run
// reports one error per broken statement. Speculative parses (OPA's save/restore) discard the
// errors they made.

import type { Body, ElseClause, Expr, Import, Module, Operand, Rule, RuleHead, Span, Term, WithModifier } from './ast.js';
import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { LineIndex } from './source.js';
import { lex, Tok, TOKEN_NAMES, type LexError, type Token } from './lexer.js';
import { attachAnnotations, type StatementRef } from './annotations.js';

export interface ParseModuleOptions {
  /** Parse Rego v0 syntax (like OPA's `--v0-compatible`). */
  v0?: boolean;
}

export interface ParseQueryOptions {
  v0?: boolean;
  /** File name used in diagnostics; defaults to `<query>`. */
  file?: string;
}

const BASE_KEYWORDS = ['as', 'default', 'else', 'false', 'import', 'not', 'null', 'package', 'some', 'true', 'with'];
const FUTURE_KEYWORDS = ['contains', 'every', 'if', 'in'];
/** OPA's opt-in keywords: not part of v0 or v1 syntax, and `import rego.v1` does not enable them. */
const OPT_IN_KEYWORDS = ['and', 'not', 'or'];
const ROOTS = new Set(['data', 'input']);
const DOCS = 'https://www.openpolicyagent.org/docs/policy-language';
const GENERIC_FIX = `correct the Rego syntax at this position (grammar: ${DOCS}#grammar)`;
const MAX_DEPTH = 500;

const BINARY_FN: Partial<Record<Tok, string>> = {
  [Tok.Equal]: 'equal',
  [Tok.Neq]: 'neq',
  [Tok.Lt]: 'lt',
  [Tok.Lte]: 'lte',
  [Tok.Gt]: 'gt',
  [Tok.Gte]: 'gte',
  [Tok.Or]: 'or',
  [Tok.And]: 'and',
  [Tok.Add]: 'plus',
  [Tok.Sub]: 'minus',
  [Tok.Mul]: 'mul',
  [Tok.Quo]: 'div',
  [Tok.Rem]: 'rem',
};

/** Thrown to abandon the current statement once its error is recorded. Never escapes the parser. */
const BAIL = Symbol('bail');

interface SavePoint {
  pos: number;
  wildcard: number;
  errors: number;
}

interface ParseErr {
  offset: number;
  message: string;
  fix: string;
}

/** Parse one Rego module. Throws PalisadeError (rego_parse_error) listing every problem found. */
export function parseModule(file: string, source: string, opts: ParseModuleOptions = {}): Module {
  const p = new Parser(file, source, opts.v0 === true);
  const mod = p.module();
  p.throwIfErrors();
  return mod;
}

/** Parse a query: expressions separated by newlines or `;`, as given to `opa eval`. */
export function parseQuery(source: string, opts: ParseQueryOptions = {}): Body {
  const p = new Parser(opts.file ?? '<query>', source, opts.v0 === true);
  const body = p.query();
  p.throwIfErrors();
  return body;
}

class Parser {
  private toks: Token[];
  private readonly lexErrors: LexError[];
  private readonly comments: ReturnType<typeof lex>['comments'];
  private pos = 0;
  private wildcard = 0;
  private depth = 0;
  private readonly errors: ParseErr[] = [];
  private readonly keywords: Set<string>;
  /** v1 syntax rules apply: a v1 module, or a v0 module that imports rego.v1. */
  private v1Rules: boolean;
  /** `import future.keywords.not`: `not (…)`, `not { … }` and negation evaluated whole. */
  private futureNot = false;

  constructor(
    private readonly file: string,
    private readonly source: string,
    private readonly v0: boolean,
  ) {
    const r = lex(source);
    this.toks = r.tokens;
    this.lexErrors = r.errors;
    this.comments = r.comments;
    this.keywords = new Set(v0 ? BASE_KEYWORDS : [...BASE_KEYWORDS, ...FUTURE_KEYWORDS]);
    this.v1Rules = !v0;
  }

  throwIfErrors(): void {
    if (this.errors.length === 0) return;
    const idx = new LineIndex(this.source);
    const seen = new Set<string>();
    const diags: Diagnostic[] = [];
    for (const e of [...this.errors].sort((a, b) => a.offset - b.offset)) {
      const { line, col } = idx.lineCol(e.offset);
      const key = `${line}:${col}:${e.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diags.push({ file: this.file, line, col, code: 'rego_parse_error', message: e.message, fix: e.fix });
    }
    throw new PalisadeError(diags);
  }

  // ---------------------------------------------------------------- token helpers

  private get tok(): Token {
    return this.toks[this.pos]!;
  }

  /** The current token kind, as a call so that TypeScript does not narrow it across `next()`. */
  private kind(): Tok {
    return this.toks[this.pos]!.kind;
  }

  private peek(n = 1): Token {
    return this.toks[Math.min(this.pos + n, this.toks.length - 1)]!;
  }

  private next(): void {
    if (this.pos < this.toks.length - 1) this.pos++;
  }

  private get lastEnd(): number {
    return this.pos > 0 ? this.toks[this.pos - 1]!.end : 0;
  }

  /** The current token is the keyword `name` (keywords depend on version and imports). */
  private kw(name: string): boolean {
    const t = this.tok;
    return t.kind === Tok.Ident && t.value === name && this.keywords.has(name) && !this.refFollows();
  }

  private isKeyword(t: Token): boolean {
    return t.kind === Tok.Ident && this.keywords.has(t.value);
  }

  /** A keyword glued to `.` or `[` is a name in a ref (`input.in`, `every[0]`), as OPA allows. */
  private refFollows(): boolean {
    const n = this.peek();
    return !n.ws && (n.kind === Tok.Dot || n.kind === Tok.LBrack);
  }

  private save(): SavePoint {
    return { pos: this.pos, wildcard: this.wildcard, errors: this.errors.length };
  }

  private restore(s: SavePoint): void {
    this.pos = s.pos;
    this.wildcard = s.wildcard;
    this.errors.length = s.errors;
  }

  private describe(t: Token): string {
    if (t.kind === Tok.Ident) return this.keywords.has(t.value) ? `${t.value} keyword` : 'identifier token';
    if (t.kind === Tok.EOF) return 'end of file';
    return `${TOKEN_NAMES[t.kind]} token`;
  }

  private fail(offset: number, message: string, fix = GENERIC_FIX): never {
    this.errors.push({ offset, message, fix });
    throw BAIL;
  }

  /** Record a problem that does not stop parsing (v1 keyword rules, annotations). */
  private report(offset: number, message: string, fix = GENERIC_FIX): void {
    this.errors.push({ offset, message, fix });
  }

  /** `unexpected X token: note` at the current token, or the lexer's own message for a bad token. */
  private illegal(note?: string, fix?: string): never {
    const t = this.tok;
    if (t.kind === Tok.Illegal) {
      const le = this.lexErrors.find((e) => e.offset >= t.start && e.offset <= t.end);
      this.fail(le?.offset ?? t.start, le?.message ?? 'illegal token', 'remove or fix the malformed token');
    }
    // In v0, `x in xs` without the import fails on the `in`: say so, as OPA's hints do.
    if (t.kind === Tok.Ident && FUTURE_KEYWORDS.includes(t.value) && !this.keywords.has(t.value)) {
      fix = `\`${t.value}\` is a keyword only in Rego v1: add \`import future.keywords.${t.value}\` (or \`import rego.v1\`) to this v0 module`;
    }
    this.fail(t.start, `unexpected ${this.describe(t)}${note ? `: ${note}` : ''}`, fix);
  }

  private expect(kind: Tok, note: string): void {
    if (this.kind() !== kind) this.illegal(note);
    this.next();
  }

  private var(name: string, span: Span): Term {
    if (name === '_') return { type: 'var', name: `$_${this.wildcard++}`, span };
    return { type: 'var', name, span };
  }

  // ---------------------------------------------------------------- module

  module(): Module {
    const mod: Module = {
      file: this.file,
      source: this.source,
      package: [],
      packageSpan: { start: 0, end: 0 },
      imports: [],
      rules: [],
      annotations: [],
      v0: this.v0,
    };
    const stmts: StatementRef[] = [];
    if (!this.kw('package')) {
      this.report(this.tok.start, this.kind() === Tok.EOF ? 'empty module: package expected' : 'package expected', 'start the module with a package declaration, e.g. `package policy.k8s`');
      return mod;
    }
    try {
      this.packageDecl(mod);
      stmts.push({ kind: 'package', start: mod.packageSpan.start });
    } catch (e) {
      if (e !== BAIL) throw e;
      this.recover();
    }
    while (this.kind() !== Tok.EOF) {
      const start = this.tok.start;
      try {
        if (this.kw('package')) {
          this.fail(start, 'unexpected package keyword: a module has exactly one package declaration', 'move these rules to a separate file for the other package');
        } else if (this.kw('import')) {
          mod.imports.push(this.importDecl());
          stmts.push({ kind: 'import', start });
        } else {
          const rules = this.rules();
          stmts.push({ kind: 'rule', start, rule: rules[0] });
          mod.rules.push(...rules);
        }
      } catch (e) {
        if (e !== BAIL) throw e;
        this.recover();
      }
    }
    for (const e of attachAnnotations(this.source, this.comments, stmts, mod)) this.report(e.offset, e.message, e.fix);
    if (this.futureNot) mod.futureNot = true;
    return mod;
  }

  /** Skip to the next token that starts a line in column 1: most likely the next statement. */
  private recover(): void {
    if (this.errors.length > 50) {
      this.pos = this.toks.length - 1;
      return;
    }
    this.next();
    while (this.kind() !== Tok.EOF) {
      const s = this.tok.start;
      if (this.tok.nl && (s === 0 || this.source.charCodeAt(s - 1) === 10)) return;
      this.next();
    }
  }

  private packageDecl(mod: Module): void {
    const start = this.tok.start;
    this.next();
    if (this.kind() !== Tok.Ident) this.illegal('expected package name');
    const t = this.term();
    const path: string[] = [];
    if (t.type === 'var') {
      path.push(t.name);
    } else if (t.type === 'ref' && t.head.type === 'var') {
      path.push(t.head.name);
      for (const el of t.path) {
        if (el.type !== 'string') this.fail(el.span.start, `unexpected ${el.type} token: expecting string`, 'a package path is made of names, e.g. `package a.b["c-d"]`');
        path.push(el.value);
      }
    } else {
      this.fail(t.span.start, 'package name expected', 'write `package <name>`');
    }
    mod.package = path;
    mod.packageSpan = { start, end: this.lastEnd };
  }

  private importDecl(): Import {
    const start = this.tok.start;
    this.next();
    if (this.kind() !== Tok.Ident) this.illegal('expected import path');
    const pathStart = this.tok.start;
    const head = this.tok.value;
    const t = this.term();
    let path: Term;
    if (t.type === 'var') {
      path = { type: 'ref', head: t, path: [], span: t.span };
    } else if (t.type === 'ref' && t.head.type === 'var') {
      for (const el of t.path) {
        if (el.type !== 'string') this.fail(el.span.start, `unexpected ${el.type} token: expecting string`, 'an import path is made of names, e.g. `import data.lib.k8s`');
      }
      path = t;
    } else {
      this.fail(pathStart, 'expected import path', 'write `import data.<path>` or `import input.<path>`');
    }
    if (!ROOTS.has(head) && head !== 'future' && head !== 'rego') {
      this.fail(pathStart, `unexpected import path, must begin with one of: {data, future, input, rego}, got: ${head}`, 'import a path under `data` or `input`, or one of `future.keywords` / `rego.v1`');
    }
    let alias: string | undefined;
    if (this.kw('as')) {
      this.next();
      if (this.kind() !== Tok.Ident || this.isKeyword(this.tok)) this.illegal('expected var', 'give the import a plain name: `import data.lib.k8s as k8s`');
      alias = this.tok.value;
      this.next();
    }
    const segs = path.type === 'ref' ? path.path.map((s) => (s.type === 'string' ? s.value : '')) : [];
    if (head === 'future') this.futureImport(pathStart, segs, alias);
    else if (head === 'rego') this.regoImport(pathStart, segs, alias);
    else if (alias === undefined) {
      const last = segs.length > 0 ? segs[segs.length - 1]! : head;
      // As in OPA, judged by the module's Rego version, not by which keywords were imported.
      if (BASE_KEYWORDS.includes(last) || (!this.v0 && FUTURE_KEYWORDS.includes(last))) {
        this.report(pathStart, `unexpected import path, must not end with a keyword, got: ${last}`, 'import a different path or use an alias (`as`)');
      }
    }
    return alias === undefined ? { path, span: { start, end: this.lastEnd } } : { path, alias, span: { start, end: this.lastEnd } };
  }

  private futureImport(offset: number, segs: string[], alias: string | undefined): void {
    if (segs[0] !== 'keywords') this.fail(offset, 'invalid import, must be `future.keywords`', 'write `import future.keywords` or `import future.keywords.in`');
    if (alias !== undefined) this.fail(offset, '`future` imports cannot be aliased', 'remove the `as …` alias');
    if (segs.length > 2) this.fail(offset, 'invalid import, must be `future.keywords.x`, e.g. `import future.keywords.in`', 'import one keyword at a time');
    if (segs.length === 2) {
      const kw = segs[1]!;
      if (!FUTURE_KEYWORDS.includes(kw) && !OPT_IN_KEYWORDS.includes(kw)) {
        this.fail(offset, `unexpected keyword, must be one of [${[...FUTURE_KEYWORDS, ...OPT_IN_KEYWORDS].sort().join(' ')}]`, 'import one of the future keywords, or `future.keywords` for all');
      }
      if (kw === 'not') this.futureNot = true;
      else this.keywords.add(kw);
      if (kw === 'every') this.keywords.add('in');
    } else {
      // OPA's keyword page: `import future.keywords` enables `and`/`or` too; `not`'s new
      // semantics are documented only for `future.keywords.not` (and rego.v2), so not here.
      for (const k of [...FUTURE_KEYWORDS, 'and', 'or']) this.keywords.add(k);
    }
  }

  private regoImport(offset: number, segs: string[], alias: string | undefined): void {
    if (segs.length !== 1 || segs[0] !== 'v1') this.fail(offset, `invalid import \`rego.${segs.join('.')}\`, must be \`rego.v1\``, 'write `import rego.v1`');
    if (alias !== undefined) this.fail(offset, '`rego` imports cannot be aliased', 'remove the `as …` alias');
    for (const k of FUTURE_KEYWORDS) this.keywords.add(k);
    this.v1Rules = true;
  }

  // ---------------------------------------------------------------- rules

  private rules(): Rule[] {
    const start = this.tok.start;
    let isDefault = false;
    if (this.kw('default')) {
      isDefault = true;
      this.next();
    }
    const nameTok = this.tok;
    if (nameTok.kind !== Tok.Ident || (this.isKeyword(nameTok) && !this.refFollows())) {
      this.illegal(isDefault ? 'expected rule name after default' : undefined, isDefault ? 'write `default <name> := <value>`' : 'a statement must be a rule, e.g. `allow if { … }`, or an import');
    }
    const head = this.ruleHead();
    const name = refText(head.ref, this.source);

    if (isDefault) return [this.defaultRule(start, head, name)];

    const hasIf = this.kw('if');
    // OPA's back-compat rule: without `if`, `p[x]` (and `p.x`) with no value is a partial set.
    let setFromBrackets = false;
    if (!hasIf && head.contains === undefined && head.args === undefined && head.ref.length === 2 && head.value === undefined) {
      head.contains = head.ref[1]!;
      head.ref = [head.ref[0]!];
      setFromBrackets = true;
    }

    let body: Body = [];
    let braceBody = false;
    if (hasIf) {
      this.next();
      body = this.ifBody();
    } else if (this.kind() === Tok.LBrace) {
      body = this.block();
      braceBody = true;
    } else if (head.contains === undefined && head.value === undefined) {
      if (head.ref.length === 1 && head.args === undefined) {
        this.fail(start, `rule ${name} must have a value assignment and/or a body`, `write \`${name} := <value>\` or \`${name} if { … }\``);
      }
      // `f(1, "a")` alone is a call statement, which OPA turns into a function returning true
      // (ParseRuleFromCallExpr) without marking body or value as generated, so v1 accepts it.
      if (this.v1Rules && !head.args) {
        this.report(start, 'rule must have value assignment and/or body declaration', `write \`${name} := <value>\` or \`${name} if { … }\``);
      }
    }
    const rule: Rule = { head, body, default: false, else: [], annotations: [], span: { start, end: this.lastEnd } };

    if (this.v1Rules) {
      if (braceBody) {
        this.report(start, `\`if\` keyword is required before ${head.args ? 'function' : 'rule'} body`, 'write `if` before the body (Rego v1), or parse this module as Rego v0');
      }
      if (setFromBrackets) {
        this.report(start, '`contains` keyword is required for partial set rules', `write \`${name} contains <value> if { … }\` (Rego v1), or parse this module as Rego v0`);
      }
    }

    if (this.kw('else')) {
      if (head.ref.length > 1 && !head.ref.slice(1).every(isGround)) {
        this.fail(this.tok.start, 'else keyword cannot be used on rules with variables in head', 'move the variable part of the head into the body');
      }
      if (head.contains !== undefined) this.fail(this.tok.start, 'else keyword cannot be used on multi-value rules', 'remove the else branch; partial set rules collect every value instead');
      rule.else = this.elseChain();
      rule.span.end = this.lastEnd;
    }

    const out = [rule];
    // v0 allows several bodies after one head: `p { a } { b }` means two rules.
    while (this.kind() === Tok.LBrace) {
      if (rule.else.length > 0) this.illegal('expected else keyword');
      const bstart = this.tok.start;
      const b = this.block();
      const copy: RuleHead = { ...head, ref: [...head.ref] };
      if (head.args) copy.args = head.args.map((a) => (a.type === 'var' && a.name.startsWith('$_') ? this.var('_', a.span) : a));
      out.push({ head: copy, body: b, default: false, else: [], annotations: [], span: { start: bstart, end: this.lastEnd } });
    }
    return out;
  }

  /** `name(.x|[t])*` then optional `(args)`, then `contains t` or `:=|= value`. */
  private ruleHead(): RuleHead {
    const start = this.tok.start;
    const first = this.tok;
    this.next();
    const ref: Term[] = [this.var(first.value, { start: first.start, end: first.end })];
    let args: Term[] | undefined;
    // Blanks are allowed between the name and its first selector (`p [x] { … }`), not later.
    let glued = true;
    for (;;) {
      const t = this.tok;
      if (!glued && t.ws) break;
      glued = false;
      if (t.kind === Tok.Dot) {
        this.next();
        if (this.tok.ws || this.kind() !== Tok.Ident) this.illegal('expected a name after `.`');
        ref.push({ type: 'string', value: this.tok.value, span: { start: this.tok.start, end: this.tok.end } });
        this.next();
      } else if (t.kind === Tok.LBrack) {
        this.next();
        ref.push(this.infix(true));
        this.expect(Tok.RBrack, 'expected ]');
      } else if (t.kind === Tok.LParen) {
        this.next();
        args = this.termList(Tok.RParen, []);
        if (!this.tok.ws && (this.kind() === Tok.Dot || this.kind() === Tok.LBrack)) this.illegal('a function head cannot continue after its arguments');
        break;
      } else {
        break;
      }
    }
    if (BINARY_FN[this.kind()] !== undefined && this.kind() !== Tok.Unify) this.illegal();
    const head: RuleHead = { ref, span: { start, end: this.lastEnd } };
    if (args) head.args = args;
    const name = refText(ref, this.source);
    if (this.kw('contains')) {
      if (args) this.illegal(`the contains keyword can only be used with multi-value rule definitions (e.g., ${name} contains <VALUE> { ... })`);
      this.next();
      if (!this.canStartTerm()) this.illegal(`expected rule key term (e.g., ${name} contains <VALUE> { ... })`);
      head.contains = this.infix(true);
    } else if (this.kind() === Tok.Assign || this.kind() === Tok.Unify) {
      head.assign = this.kind() === Tok.Assign ? ':=' : '=';
      this.next();
      if (!this.canStartTerm()) {
        const what = args ? `function value term (e.g., ${name}(...) := <VALUE> { ... })` : `rule value term (e.g., ${name} := <VALUE> { ... })`;
        this.illegal(`expected ${what}`);
      }
      head.value = this.infix(true);
    }
    head.span.end = this.lastEnd;
    return head;
  }

  private defaultRule(start: number, head: RuleHead, name: string): Rule {
    if (head.value === undefined) {
      this.fail(start, 'illegal default rule (must have a value)', `write \`default ${name} := <value>\``);
    }
    const bad = nonGround(head.value);
    if (bad) this.fail(bad.span.start, `illegal default rule (value cannot contain ${bad.what})`, 'a default value must be a constant: no variables, references or calls');
    if (head.args) {
      const seen = new Set<string>();
      for (const a of head.args) {
        if (a.type !== 'var') this.fail(start, `illegal default rule (arguments cannot contain ${a.type})`, 'default function arguments must be plain variables or `_`');
        if (seen.has(a.name)) this.fail(start, `illegal default rule (arguments cannot be repeated ${a.name})`, 'give each argument its own name');
        seen.add(a.name);
      }
    }
    return { head, body: [], default: true, else: [], annotations: [], span: { start, end: this.lastEnd } };
  }

  /**
   * After `if`: a single literal, or a `{ … }` block. `{ x }` parses as a set literal first; a set
   * is always true so OPA reads it as a block, and so do we.
   */
  private ifBody(): Body {
    const s = this.save();
    const startsBrace = this.kind() === Tok.LBrace;
    try {
      const lit = this.literal();
      if (!(lit.type === 'term' && lit.term.type === 'set' && !lit.negated)) return [lit];
    } catch (e) {
      if (e !== BAIL || !startsBrace) throw e;
    }
    this.restore(s);
    return this.block();
  }

  /** `{ query }`, consuming both braces. */
  private block(): Body {
    this.next();
    const body = this.body(Tok.RBrace);
    this.next();
    return body;
  }

  private elseChain(): ElseClause[] {
    const out: ElseClause[] = [];
    while (this.kw('else')) {
      const start = this.tok.start;
      this.next();
      const clause: ElseClause = { body: [], span: { start, end: start } };
      if (this.kind() === Tok.Assign || this.kind() === Tok.Unify) {
        clause.assign = this.kind() === Tok.Assign ? ':=' : '=';
        this.next();
        if (!this.canStartTerm()) this.illegal('expected else value term');
        clause.value = this.infix(true);
      } else if (this.kind() !== Tok.LBrace && !this.kw('if')) {
        this.illegal('expected else value term or rule body');
      }
      const hasIf = this.kw('if');
      if (hasIf) this.next();
      if (this.kind() === Tok.LBrace) {
        if (!hasIf && this.v1Rules) this.report(start, '`if` keyword is required before rule body', 'write `else := <value> if { … }` (Rego v1)');
        clause.body = this.block();
      } else if (hasIf) {
        if (this.kind() === Tok.EOF) this.illegal('rule body expected');
        clause.body = [this.literal()];
      }
      clause.span.end = this.lastEnd;
      out.push(clause);
    }
    return out;
  }

  // ---------------------------------------------------------------- bodies and literals

  /** A top-level query, up to the end of the input. */
  query(): Body {
    try {
      const body = this.body(Tok.EOF);
      return body;
    } catch (e) {
      if (e !== BAIL) throw e;
      return [];
    }
  }

  private body(end: Tok): Body {
    if (this.kind() === end) this.fail(this.tok.start, 'found empty body', 'put at least one expression in the body, e.g. `true`');
    const body: Body = [];
    const opener = this.pos > 0 ? this.toks[this.pos - 1]! : this.tok;
    for (;;) {
      body.push(this.literal());
      if (this.kind() === Tok.Semicolon) {
        this.next();
        continue;
      }
      if (this.kind() === end) return body;
      if (this.kind() === Tok.EOF) {
        const { line, col } = new LineIndex(this.source).lineCol(opener.start);
        this.illegal(`expected ${TOKEN_NAMES[end]}`, `close the block that starts at line ${line}, column ${col} (after \`${opener.value}\`)`);
      }
      if (!this.tok.nl) {
        const endName = end === Tok.EOF ? 'end of input' : TOKEN_NAMES[end];
        this.illegal(`expected \\n or ; or ${endName}`, 'separate expressions with a newline or `;`');
      }
    }
  }

  private literal(): Expr {
    if (!this.futureNot && !this.keywords.has('and') && !this.keywords.has('or')) {
      const e = this.literalCore();
      this.withs(e);
      return e;
    }
    return this.logicalLiteral();
  }

  /** One body expression without its `with` modifiers. */
  private literalCore(): Expr {
    const start = this.tok.start;
    let negated = false;
    if (this.kw('not')) {
      this.next();
      negated = true;
    }
    if (this.kw('some')) {
      if (negated) this.illegal("illegal negation of 'some'");
      return this.some(start);
    }
    if (this.kw('every')) {
      if (negated) this.illegal("illegal negation of 'every'");
      return this.every(start);
    }
    const lhs = this.infix(true);
    if (this.kind() === Tok.Assign || this.kind() === Tok.Unify) {
      const type = this.kind() === Tok.Assign ? 'assign' : 'unify';
      this.next();
      const right = this.infix(true);
      return { type, left: lhs, right, negated, with: [], span: { start, end: this.lastEnd } };
    }
    return { type: 'term', term: lhs, negated, with: [], span: { start, end: this.lastEnd } };
  }

  // ---------------------------------------------------------------- and / or (opt-in keywords)
  // Precedence from OPA's keyword page, tightest first: any other expression, `not`, `and`, `or`,
  // then `with`, which applies to the whole expression unless it sits inside a group `( … )` or
  // an explicit body `{ … }`. Both operators are left-associative; a newline after (or before)
  // the operator is whitespace, since neither keyword can start an expression.

  private logicalLiteral(): Expr {
    const start = this.tok.start;
    const s = this.save();
    const op = this.logicalOr();
    // A lone `{ … }` is not an operand: parse it as before (a set literal term).
    if (op.explicit) {
      this.restore(s);
      const e = this.literalCore();
      this.withs(e);
      return e;
    }
    const e = op.body[0]!;
    const single = e.type !== 'logical';
    this.withs(e);
    if (e.with.length > 0 && (this.kw('or') || this.kw('and'))) {
      if (single) this.fail(e.with[0]!.span.start, '`with` may not be applied to a single-expression operand of `and`/`or`', `group the operand: \`(${this.source.slice(e.span.start, e.span.end)})\``);
      this.fail(this.tok.start, 'a trailing `with` must come last in an `and`/`or` expression', 'group the operand the `with` is meant for: `a or (b with input as x)`');
    }
    return e;
  }

  private logicalOr(): Operand {
    return this.logicalChain('or', () => this.logicalAnd());
  }

  private logicalAnd(): Operand {
    return this.logicalChain('and', () => this.operand());
  }

  /** `x op y op z`, left-associative, as one n-ary expression; a single operand is returned as is. */
  private logicalChain(op: 'and' | 'or', operand: () => Operand): Operand {
    const start = this.tok.start;
    const first = operand();
    if (!this.kw(op)) return first;
    const ops = [first];
    while (this.kw(op)) {
      this.next();
      ops.push(operand());
    }
    return implicit(logicalOf(op, ops, { start, end: this.lastEnd }));
  }

  /**
   * A single expression, a group `( … )` (which may hold `and`/`or` and its own `with`), or an
   * explicit body `{ … }`. A group or body is tried only where the expression does not parse (or
   * is a bare set literal, always true, which OPA also reads as a body after `if`).
   */
  private operand(): Operand {
    const start = this.tok.start;
    if (this.kw('not') && this.futureNot && (this.peek().kind === Tok.LParen || this.peek().kind === Tok.LBrace)) {
      this.next();
      return implicit(negate(this.operand(), { start, end: this.lastEnd }));
    }
    const k = this.kind();
    if (k !== Tok.LParen && k !== Tok.LBrace) return implicit(this.literalCore());
    const s = this.save();
    let lit: Expr | undefined;
    try {
      lit = this.literalCore();
    } catch (e) {
      if (e !== BAIL) throw e;
    }
    const afterLit = this.save();
    if (lit && !(k === Tok.LBrace && lit.type === 'term' && lit.term.type === 'set' && !lit.negated)) return implicit(lit);
    this.restore(s);
    try {
      if (k === Tok.LBrace) return { body: this.block(), explicit: true, span: { start, end: this.lastEnd } };
      this.next();
      const inner = this.logicalOr();
      const e = inner.explicit ? logicalOf('and', [inner], inner.span) : inner.body[0]!;
      this.withs(e);
      if (this.kind() !== Tok.RParen) this.illegal('non-terminated expression: expected )', 'close the parenthesis');
      this.next();
      return implicit({ ...e, span: { start, end: this.lastEnd } });
    } catch (e) {
      if (e !== BAIL || !lit) throw e;
      this.restore(afterLit);
      return implicit(lit);
    }
  }

  private withs(expr: Expr): void {
    while (this.kw('with')) {
      const start = this.tok.start;
      this.next();
      if (this.kind() !== Tok.Ident) this.illegal('expected ident', 'write `with input.x as <value>` or `with data.p as <value>`');
      const target = this.term();
      if (target.type !== 'ref' && target.type !== 'var') this.fail(target.span.start, 'unexpected with target: expected a path such as input.x or data.p', 'use a reference as the with target');
      if (!this.kw('as')) this.illegal('expected as keyword', 'write `with <target> as <value>`');
      this.next();
      const value = this.infix(true);
      const w: WithModifier = { target, value, span: { start, end: this.lastEnd } };
      expr.with.push(w);
      expr.span.end = this.lastEnd;
    }
  }

  private some(start: number): Expr {
    const s = this.save();
    this.next();
    let t: Term | undefined;
    try {
      t = this.infix(true);
    } catch (e) {
      // Not `some x in xs`: retried below as a declaration `some x, y`.
      if (e !== BAIL) throw e;
    }
    if (t) {
      const arity = memberArity(t);
      if (arity && t.type === 'call') {
        const expr: Expr =
          arity === 3
            ? { type: 'somein', key: t.args[0]!, value: t.args[1]!, collection: t.args[2]!, negated: false, with: [], span: { start, end: this.lastEnd } }
            : { type: 'somein', value: t.args[0]!, collection: t.args[1]!, negated: false, with: [], span: { start, end: this.lastEnd } };
        this.withs(expr);
        return expr;
      }
      if (t.type === 'call') this.fail(t.span.start, 'unexpected call: expected `x in xs` or `x, y in xs` expression', 'write `some x in xs`, `some k, v in xs`, or `some x, y`');
    }
    this.restore(s);
    const vars: Array<{ name: string; span: Span }> = [];
    for (;;) {
      this.next();
      if (this.kind() !== Tok.Ident || this.isKeyword(this.tok)) this.illegal('expected var', 'write `some x`, `some x, y` or `some x in xs`');
      const v = this.var(this.tok.value, { start: this.tok.start, end: this.tok.end });
      vars.push({ name: v.type === 'var' ? v.name : '', span: v.span });
      this.next();
      if (this.kind() !== Tok.Comma) break;
    }
    // `some k, v in <broken>`: parse the collection again so that its own error is the one reported.
    if (this.kw('in')) {
      this.next();
      this.relation();
    }
    return { type: 'some', vars, negated: false, with: [], span: { start, end: this.lastEnd } };
  }

  private every(start: number): Expr {
    this.next();
    const t = this.infix(true);
    const arity = memberArity(t);
    if (!arity || t.type !== 'call') this.fail(t.span.start, 'expected `x[, y] in xs { ... }` expression', 'write `every x in xs { … }` or `every k, v in xs { … }`');
    const key = arity === 3 ? t.args[0]! : undefined;
    const value = arity === 3 ? t.args[1]! : t.args[0]!;
    const domain = arity === 3 ? t.args[2]! : t.args[1]!;
    if (key && key.type !== 'var') this.fail(key.span.start, 'expected key to be a variable', 'every binds plain variables: `every k, v in xs { … }`');
    if (value.type !== 'var') this.fail(value.span.start, 'expected value to be a variable', 'every binds plain variables: `every x in xs { … }`');
    if (this.kind() !== Tok.LBrace) this.illegal('missing body', 'write the condition in braces: `every x in xs { … }`');
    const body = this.block();
    const expr: Expr = key
      ? { type: 'every', key, value, domain, body, negated: false, with: [], span: { start, end: this.lastEnd } }
      : { type: 'every', value, domain, body, negated: false, with: [], span: { start, end: this.lastEnd } };
    this.withs(expr);
    return expr;
  }

  // ---------------------------------------------------------------- terms and operators

  /** The loosest level: `x in xs` and, when keyVal, `k, v in xs`. */
  private infix(keyVal: boolean): Term {
    let lhs = this.relation();
    if (keyVal && this.kind() === Tok.Comma) {
      const s = this.save();
      this.next();
      try {
        const mhs = this.relation();
        if (this.kw('in')) {
          const opTok = this.tok;
          this.next();
          const rhs = this.relation();
          lhs = memberCall([lhs, mhs, rhs], opTok, lhs.span.start, this.lastEnd);
          return this.inTail(lhs);
        }
      } catch (e) {
        if (e !== BAIL) throw e;
      }
      this.restore(s);
    }
    return this.inTail(lhs);
  }

  private inTail(lhs: Term): Term {
    while (this.kw('in')) {
      const opTok = this.tok;
      this.next();
      const rhs = this.relation();
      lhs = memberCall([lhs, rhs], opTok, lhs.span.start, this.lastEnd);
    }
    return lhs;
  }

  private relation(): Term {
    let lhs = this.or();
    while (isRelational(this.kind())) lhs = this.binary(lhs, () => this.or());
    return lhs;
  }

  private or(): Term {
    let lhs = this.and();
    while (this.kind() === Tok.Or) lhs = this.binary(lhs, () => this.and());
    return lhs;
  }

  private and(): Term {
    let lhs = this.arith();
    while (this.kind() === Tok.And) lhs = this.binary(lhs, () => this.arith());
    return lhs;
  }

  private arith(): Term {
    let lhs = this.factor();
    while (this.kind() === Tok.Add || this.kind() === Tok.Sub) lhs = this.binary(lhs, () => this.factor());
    return lhs;
  }

  private factor(): Term {
    let lhs = this.term();
    while (this.kind() === Tok.Mul || this.kind() === Tok.Quo || this.kind() === Tok.Rem) lhs = this.binary(lhs, () => this.term());
    return lhs;
  }

  private binary(lhs: Term, operand: () => Term): Term {
    const op = this.tok;
    this.next();
    const rhs = operand();
    const fn: Term = { type: 'var', name: BINARY_FN[op.kind]!, span: { start: op.start, end: op.end } };
    return { type: 'call', fn, args: [lhs, rhs], span: { start: lhs.span.start, end: this.lastEnd } };
  }

  private canStartTerm(): boolean {
    const t = this.tok;
    switch (t.kind) {
      case Tok.Ident:
        return !this.keywords.has(t.value) || ['true', 'false', 'null', 'contains'].includes(t.value) || this.refFollows();
      case Tok.Number:
      case Tok.String:
      case Tok.Template:
      case Tok.LBrack:
      case Tok.LBrace:
      case Tok.LParen:
      case Tok.Sub:
      case Tok.Dot:
        return true;
      default:
        return false;
    }
  }

  /**
   * `$"a {x} b"` → internal.template_string(["a ", x, " b"]): literal texts are string terms, each
   * hole one expression parsed from its own tokens; name resolution lowers the call.
   */
  private template(t: Token, span: Span): Term {
    const items: Term[] = [];
    for (const part of t.parts ?? []) {
      if ('text' in part) {
        items.push({ type: 'string', value: part.text, span });
        continue;
      }
      const r = lex(this.source.slice(part.start, part.end));
      for (const e of r.errors) this.fail(e.offset + part.start, e.message);
      const saved = { toks: this.toks, pos: this.pos };
      this.toks = r.tokens.map((x) => ({ ...x, start: x.start + part.start, end: x.end + part.start }));
      this.pos = 0;
      try {
        if (this.kind() === Tok.EOF) this.fail(part.start, 'empty template expression', 'put one expression between the braces, or write \\{ for a literal brace');
        items.push(this.infix(false));
        if (this.kind() !== Tok.EOF) this.fail(this.tok.start, 'a template expression must be a single expression', 'put one expression between the braces');
      } finally {
        this.toks = saved.toks;
        this.pos = saved.pos;
      }
    }
    return { type: 'call', fn: { type: 'var', name: 'internal.template_string', span }, args: [{ type: 'array', items, span }], span };
  }

  /** One operand: a scalar, var, composite, comprehension or parenthesised expression, then any ref/call suffix. */
  private term(): Term {
    if (++this.depth > MAX_DEPTH) this.fail(this.tok.start, 'expression nested too deeply', 'split the expression into several smaller ones');
    try {
      const t = this.tok;
      const span = { start: t.start, end: t.end };
      let head: Term;
      switch (t.kind) {
        case Tok.Ident:
          if (t.value === 'true' || t.value === 'false') {
            this.next();
            head = { type: 'boolean', value: t.value === 'true', span };
          } else if (t.value === 'null') {
            this.next();
            head = { type: 'null', span };
          } else {
            if (this.keywords.has(t.value) && t.value !== 'contains' && !this.refFollows()) this.illegal();
            this.next();
            head = this.var(t.value, span);
          }
          break;
        case Tok.Number:
        case Tok.Sub:
        case Tok.Dot:
          head = this.number();
          break;
        case Tok.String:
          this.next();
          head = { type: 'string', value: t.value, span };
          break;
        case Tok.Template:
          this.next();
          head = this.template(t, span);
          break;
        case Tok.LBrack:
          head = this.array();
          break;
        case Tok.LBrace:
          head = this.setOrObject();
          break;
        case Tok.LParen: {
          this.next();
          const inner = this.infix(true);
          if (this.kind() !== Tok.RParen) this.illegal('non-terminated expression: expected )', 'close the parenthesis');
          this.next();
          head = { ...inner, span: { start: t.start, end: this.lastEnd } } as Term;
          break;
        }
        default:
          this.illegal();
      }
      const n = this.tok;
      if (!n.ws && (n.kind === Tok.Dot || n.kind === Tok.LBrack || n.kind === Tok.LParen)) return this.ref(head);
      return head;
    } finally {
      this.depth--;
    }
  }

  private number(): Term {
    const start = this.tok.start;
    let prefix = '';
    if (this.kind() === Tok.Sub) {
      prefix = '-';
      this.next();
      if (this.kind() !== Tok.Number && this.kind() !== Tok.Dot) {
        this.illegal('expected number (unary minus applies to number literals only)', 'write `0 - x` to negate a value');
      }
    }
    if (this.kind() === Tok.Dot) {
      prefix += '0.';
      this.next();
      if (this.kind() !== Tok.Number || this.tok.ws) this.illegal('expected number');
    }
    if (this.kind() !== Tok.Number) this.illegal();
    const lit = this.tok.value;
    if (!prefix.endsWith('.') && lit.length > 1 && lit[0] === '0' && lit[1] !== '.' && !(lit.length > 2 && (lit[1] === 'e' || lit[1] === 'E'))) {
      this.illegal('expected number without leading zero', 'remove the leading zeros');
    }
    const raw = prefix + lit;
    if (prefix.endsWith('.') && lit.includes('.')) this.illegal('invalid float');
    const exp = /[eE]([+-]?\d+)$/.exec(raw);
    if (exp && Math.abs(Number(exp[1])) > 100_000) this.fail(this.tok.start, 'number too big', 'use a smaller exponent');
    this.next();
    return { type: 'number', raw, span: { start, end: this.lastEnd } };
  }

  /** Selectors glued to a head: `.name`, `[term]`, `(args)`. */
  private ref(head: Term): Term {
    switch (head.type) {
      case 'var':
      case 'array':
      case 'object':
      case 'set':
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr':
      case 'call':
        break;
      default:
        this.fail(head.span.start, `illegal ref (head cannot be ${head.type})`, 'only variables, calls, collections and comprehensions can be indexed');
    }
    const path: Term[] = [];
    const start = head.span.start;
    for (;;) {
      const t = this.tok;
      if (t.ws) break;
      if (t.kind === Tok.Dot) {
        this.next();
        if (this.tok.ws) this.fail(t.end, 'unexpected whitespace after `.`: expected a name', 'remove the blank between `.` and the name');
        if (this.kind() !== Tok.Ident) this.illegal('expected a name after `.`');
        path.push({ type: 'string', value: this.tok.value, span: { start: this.tok.start, end: this.tok.end } });
        this.next();
      } else if (t.kind === Tok.LBrack) {
        this.next();
        path.push(this.infix(true));
        if (this.kind() !== Tok.RBrack) this.illegal('expected ]', 'close the bracket');
        this.next();
      } else if (t.kind === Tok.LParen) {
        const fn: Term = path.length === 0 ? head : { type: 'ref', head, path, span: { start, end: t.start } };
        if (head.type !== 'var') this.fail(t.start, `illegal call (function name cannot be ${head.type})`, 'call a function by its name, e.g. `count(xs)`');
        this.next();
        let call: Term;
        if (this.kind() === Tok.RParen && fn.type === 'var' && fn.name === 'set') {
          this.next();
          call = { type: 'set', items: [], span: { start, end: this.lastEnd } };
        } else {
          const args = this.termList(Tok.RParen, []);
          call = { type: 'call', fn, args, span: { start, end: this.lastEnd } };
        }
        const n = this.tok;
        if (!n.ws && (n.kind === Tok.Dot || n.kind === Tok.LBrack)) return this.ref(call);
        return call;
      } else {
        break;
      }
    }
    return { type: 'ref', head, path, span: { start, end: this.lastEnd } };
  }

  private array(): Term {
    const start = this.tok.start;
    this.next();
    if (this.kind() === Tok.RBrack) {
      this.next();
      return { type: 'array', items: [], span: { start, end: this.lastEnd } };
    }
    let potential = true;
    if (this.kind() === Tok.Comma) {
      potential = false;
      this.next();
    }
    const s = this.save();
    // A single term first: `[x | …]` is a comprehension, never `x | …` (set union).
    const head = this.term();
    switch (this.kind()) {
      case Tok.RBrack:
        this.next();
        return { type: 'array', items: [head], span: { start, end: this.lastEnd } };
      case Tok.Comma: {
        this.next();
        const items = this.termList(Tok.RBrack, [head]);
        return { type: 'array', items, span: { start, end: this.lastEnd } };
      }
      case Tok.Or:
        if (potential) {
          const body = this.tryComprehensionBody(Tok.RBrack);
          if (body) return { type: 'arraycompr', term: head, body, span: { start, end: this.lastEnd } };
        }
        break;
    }
    this.restore(s);
    const items = this.termList(Tok.RBrack, []);
    return { type: 'array', items, span: { start, end: this.lastEnd } };
  }

  /**
   * After `head |`: the comprehension body and its closing bracket. When the body fails at a comma
   * (`[a | b, c]`), the caller falls back to a plain collection; any other failure is an error.
   */
  private tryComprehensionBody(end: Tok): Body | undefined {
    this.next();
    try {
      const body = this.body(end);
      this.next();
      return body;
    } catch (e) {
      if (e !== BAIL || this.kind() !== Tok.Comma) throw e;
      return undefined;
    }
  }

  private setOrObject(): Term {
    const start = this.tok.start;
    this.next();
    if (this.kind() === Tok.RBrace) {
      this.next();
      return { type: 'object', entries: [], span: { start, end: this.lastEnd } };
    }
    let potential = true;
    if (this.kind() === Tok.Comma) {
      potential = false;
      this.next();
    }
    const s = this.save();
    let head = this.term();
    switch (this.kind()) {
      case Tok.Or:
        if (potential) return this.set(start, s, head, true);
        break;
      case Tok.RBrace:
      case Tok.Comma:
        return this.set(start, s, head, potential);
      case Tok.Colon:
        return this.object(start, head, potential);
    }
    this.restore(s);
    head = this.infix(false);
    switch (this.kind()) {
      case Tok.RBrace:
      case Tok.Comma:
        return this.set(start, s, head, false);
      case Tok.Colon:
        // Still possibly a comprehension: `{ a + 1: b | … }`.
        return this.object(start, head, potential);
    }
    this.illegal('non-terminated set', 'separate set elements with `,` and close with `}`');
  }

  private set(start: number, s: SavePoint, head: Term, potential: boolean): Term {
    switch (this.kind()) {
      case Tok.RBrace:
        this.next();
        return { type: 'set', items: [head], span: { start, end: this.lastEnd } };
      case Tok.Comma: {
        this.next();
        const items = this.termList(Tok.RBrace, [head]);
        return { type: 'set', items, span: { start, end: this.lastEnd } };
      }
    }
    // `{ head | … }`
    if (potential) {
      const body = this.tryComprehensionBody(Tok.RBrace);
      if (body) return { type: 'setcompr', term: head, body, span: { start, end: this.lastEnd } };
    }
    this.restore(s);
    const items = this.termList(Tok.RBrace, []);
    return { type: 'set', items, span: { start, end: this.lastEnd } };
  }

  private object(start: number, key: Term, potential: boolean): Term {
    this.next(); // the colon
    const s = this.save();
    const v = this.term();
    if (potential) {
      const k = this.kind();
      if (k === Tok.RBrace || k === Tok.Comma) return this.objectFinish(start, key, v);
      if (k === Tok.Or) {
        const body = this.tryComprehensionBody(Tok.RBrace);
        if (body) return { type: 'objectcompr', key, value: v, body, span: { start, end: this.lastEnd } };
      }
    }
    this.restore(s);
    const value = this.infix(false);
    if (this.kind() === Tok.RBrace || this.kind() === Tok.Comma) return this.objectFinish(start, key, value);
    this.illegal('non-terminated object', 'separate object entries with `,` and close with `}`');
  }

  private objectFinish(start: number, key: Term, value: Term): Term {
    const entries: Array<[Term, Term]> = [[key, value]];
    if (this.kind() === Tok.Comma) {
      this.next();
      while (this.kind() !== Tok.RBrace) {
        const k = this.infix(false);
        if (this.kind() !== Tok.Colon) this.illegal('expected ":"', 'write object entries as `key: value`');
        this.next();
        const v = this.infix(false);
        entries.push([k, v]);
        if (this.kind() === Tok.RBrace) break;
        if (this.kind() !== Tok.Comma) this.illegal('expected "," or "}"');
        this.next();
      }
    }
    this.next();
    return { type: 'object', entries, span: { start, end: this.lastEnd } };
  }

  /** Comma-separated terms up to `end` (consumed); a trailing comma is allowed. */
  private termList(end: Tok, items: Term[]): Term[] {
    while (this.kind() !== end) {
      items.push(this.infix(false));
      if (this.kind() === end) break;
      if (this.kind() !== Tok.Comma) this.illegal(`expected "," or "${TOKEN_NAMES[end]}"`);
      this.next();
    }
    this.next();
    return items;
  }
}

// ---------------------------------------------------------------- helpers

function isRelational(k: Tok): boolean {
  return k === Tok.Equal || k === Tok.Neq || k === Tok.Lt || k === Tok.Lte || k === Tok.Gt || k === Tok.Gte;
}

function memberCall(args: Term[], op: Token, start: number, end: number): Term {
  const opSpan = { start: op.start, end: op.end };
  const fn: Term = {
    type: 'ref',
    head: { type: 'var', name: 'internal', span: opSpan },
    path: [{ type: 'string', value: args.length === 3 ? 'member_3' : 'member_2', span: opSpan }],
    span: opSpan,
  };
  return { type: 'call', fn, args, span: { start, end } };
}

/** 2 or 3 when the term is `x in xs` / `k, v in xs`, else 0. */
function memberArity(t: Term): 0 | 2 | 3 {
  if (t.type !== 'call' || t.fn.type !== 'ref' || t.fn.head.type !== 'var' || t.fn.head.name !== 'internal') return 0;
  const last = t.fn.path[0];
  if (t.fn.path.length !== 1 || last?.type !== 'string') return 0;
  if (last.value === 'member_2' && t.args.length === 2) return 2;
  if (last.value === 'member_3' && t.args.length === 3) return 3;
  return 0;
}

function isGround(t: Term): boolean {
  switch (t.type) {
    case 'null':
    case 'boolean':
    case 'number':
    case 'string':
      return true;
    case 'array':
    case 'set':
      return t.items.every(isGround);
    case 'object':
      return t.entries.every(([k, v]) => isGround(k) && isGround(v));
    default:
      return false;
  }
}

/** The first var/ref/call in a default value, skipping comprehensions (as OPA does). */
function nonGround(t: Term): { what: string; span: Span } | undefined {
  switch (t.type) {
    case 'var':
      return { what: t.name === 'input' || t.name === 'data' ? 'ref' : 'var', span: t.span };
    case 'ref':
    case 'call':
      return { what: t.type, span: t.span };
    case 'array':
    case 'set':
      for (const i of t.items) {
        const r = nonGround(i);
        if (r) return r;
      }
      return undefined;
    case 'object':
      for (const [k, v] of t.entries) {
        const r = nonGround(k) ?? nonGround(v);
        if (r) return r;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** `a.b[x]` as written, for messages. */
function refText(ref: Term[], source: string): string {
  let out = '';
  for (const el of ref) {
    if (out === '' && el.type === 'var') out = el.name;
    else if (el.type === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(el.value)) out += `.${el.value}`;
    else out += `[${source.slice(el.span.start, el.span.end)}]`;
  }
  return out;
}

function implicit(e: Expr): Operand {
  return { body: [e], explicit: false, span: e.span };
}

function logicalOf(op: 'and' | 'or', operands: Operand[], span: Span): Expr {
  return { type: 'logical', op, operands, negated: false, with: [], span };
}

/** `not` over a group or body: a plain expression is negated as usual, anything else as a body. */
function negate(op: Operand, span: Span): Expr {
  const e = op.body[0]!;
  if (!op.explicit && !e.negated && e.with.length === 0 && (e.type === 'term' || e.type === 'unify')) return { ...e, negated: true, span };
  if (!op.explicit && e.type === 'logical' && !e.negated && e.with.length === 0) return { ...e, negated: true, span };
  return { ...logicalOf('and', [op], span), negated: true };
}
