// Evaluates a Terraform module tree the way `terraform plan` would, as far as it is knowable
// without providers: variables, locals, count/for_each expansion, dynamic blocks, references
// between resources, and child modules (local folders, or `.terraform/modules` after `terraform
// init`) nested to any depth. Everything is lazy and memoised, so evaluation order follows the
// references, and a reference cycle yields UNKNOWN instead of looping. Attributes no one wrote are
// the provider's to compute: reading one is UNKNOWN. Must not read files (sources come in a map)
// nor shape the output document (document.ts does).

import { posix } from 'node:path';
import type { Attribute, Block, Body, Expr, Span } from '../hcl/ast.js';
import { literalString } from '../hcl/ast.js';
import { child, entries, evaluate, type Scope } from '../eval/expr.js';
import { EvalError, isObj, isUnknown, Lazy, materialize, OPEN, toNum, toStr, UNKNOWN, type Value } from '../eval/values.js';
import { computeDataSource } from './data-sources.js';
import type { ReadFile } from '../eval/files.js';
import { fileOf, mergeBlock } from './override.js';
import type { SourceSet } from './sources.js';

/** Where a value came from in the .tf sources: a span, with children for keys and list items. */
export interface SrcNode extends Span {
  file: string;
  keys?: Record<string, SrcNode>;
  items?: SrcNode[];
}

export interface ResourceInstance {
  address: string;
  /** Module address (`module.a["x"]`), '' at the root. */
  module: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  value: { [k: string]: Value };
  src: SrcNode;
  decl: ResourceDecl;
}

export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: string;
}

export interface ModuleCallDecl {
  name: string;
  block: Block;
  file: string;
  source: string | undefined;
}

export interface ModuleDecl {
  dir: string;
  files: string[];
  variables: Map<string, { block: Block; file: string }>;
  locals: Map<string, { attr: Attribute; file: string }>;
  outputs: Map<string, { block: Block; file: string }>;
  resources: ResourceDecl[];
  calls: ModuleCallDecl[];
}

/** One evaluated module instance and its children, in declaration order. */
export interface ModuleResult {
  address: string;
  decl: ModuleDecl;
  /** The call that made this instance, absent at the root. */
  call?: ModuleCallDecl;
  /** Evaluated call arguments, for `configuration.module_calls`. */
  resources: ResourceInstance[];
  children: ModuleResult[];
}

export type Notice = { file: string; offset: number; message: string; fix: string; severity: 'warning' | 'note' };

const META_ATTRS = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection', 'precondition', 'postcondition']);
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Deepest module nesting followed; deeper calls are reported, not evaluated. */
const MAX_MODULE_DEPTH = 32;

export class Evaluator {
  readonly notices: Notice[] = [];
  private readonly decls = new Map<string, ModuleDecl | undefined>();
  /** Paths file()/templatefile() named outside the scanned root: not read, their values unknown. */
  readonly outsidePaths = new Set<string>();
  /** For the Scope: reads a path as Terraform resolves it (relative to the root module), root-contained. */
  readonly readConfigFile: ReadFile | undefined;

  constructor(
    readonly sources: SourceSet,
    readonly rootDir: string,
    /** Reads a file by its path relative to the scan root; undefined when it is not there (the loader's edge). */
    readFile?: (rel: string) => Uint8Array | undefined,
  ) {
    // One read per file however many instances (count, for_each) call file() on it.
    const cache = new Map<string, Uint8Array | undefined>();
    this.readConfigFile = readFile && ((p) => {
      const rel = posix.isAbsolute(p) ? '..' : posix.normalize(posix.join(this.rootDir, p));
      if (rel === '..' || rel.startsWith('../')) {
        this.outsidePaths.add(p);
        return 'outside';
      }
      if (!cache.has(rel)) cache.set(rel, readFile(rel));
      return cache.get(rel);
    });
  }

  decl(dir: string): ModuleDecl | undefined {
    if (this.decls.has(dir)) return this.decls.get(dir);
    const files = this.sources.configFiles(dir);
    if (files.length === 0) {
      this.decls.set(dir, undefined);
      return undefined;
    }
    const d: ModuleDecl = { dir, files, variables: new Map(), locals: new Map(), outputs: new Map(), resources: [], calls: [] };
    for (const file of files) {
      const body = this.sources.body(file);
      if (!body) continue;
      for (const b of body.blocks) {
        const [l0, l1] = b.labels;
        if (b.type === 'variable' && l0) d.variables.set(l0, { block: b, file });
        else if (b.type === 'output' && l0) d.outputs.set(l0, { block: b, file });
        else if (b.type === 'locals') for (const a of b.body.attrs) d.locals.set(a.name, { attr: a, file });
        else if ((b.type === 'resource' || b.type === 'data') && l0 && l1) d.resources.push({ mode: b.type === 'data' ? 'data' : 'managed', type: l0, name: l1, block: b, file });
        else if (b.type === 'module' && l0) {
          const src = b.body.attrs.find((a) => a.name === 'source');
          d.calls.push({ name: l0, block: b, file, source: src ? literalString(src.expr) : undefined });
        }
      }
    }
    for (const file of this.sources.overrideFiles(dir)) {
      const body = this.sources.body(file);
      if (body) this.applyOverride(d, body.blocks, file);
      d.files.push(file);
    }
    this.decls.set(dir, d);
    return d;
  }

  /** Merges one override file's blocks into the module's declarations (override.ts). */
  private applyOverride(d: ModuleDecl, blocks: Block[], file: string): void {
    for (const b of blocks) {
      const [l0, l1] = b.labels;
      const missing = () =>
        this.notice(file, b.s, `override file: no ${b.type} ${b.labels.map((l) => `"${l}"`).join(' ')} in the other files to override; ignored, as Terraform rejects it`, `declare the ${b.type} in a file that is not an override file, or remove this block`, 'warning');
      if (b.type === 'locals') {
        for (const a of b.body.attrs) d.locals.set(a.name, { attr: a, file });
      } else if ((b.type === 'variable' || b.type === 'output') && l0) {
        const map = b.type === 'variable' ? d.variables : d.outputs;
        const base = map.get(l0);
        if (base) map.set(l0, { block: mergeBlock(base.block, b, file), file: base.file });
        else missing();
      } else if ((b.type === 'resource' || b.type === 'data') && l0 && l1) {
        const base = d.resources.find((r) => r.mode === (b.type === 'data' ? 'data' : 'managed') && r.type === l0 && r.name === l1);
        if (base) base.block = mergeBlock(base.block, b, file);
        else missing();
      } else if (b.type === 'module' && l0) {
        const base = d.calls.find((c) => c.name === l0);
        if (!base) {
          missing();
          continue;
        }
        base.block = mergeBlock(base.block, b, file);
        const src = base.block.body.attrs.find((a) => a.name === 'source');
        base.source = src ? literalString(src.expr) : undefined;
      }
    }
  }

  /** Evaluates the root module with its variable values (already merged from tfvars, -var, env). */
  run(vars: Map<string, Value>): ModuleResult | undefined {
    const d = this.decl(this.rootDir);
    if (!d) return undefined;
    const inst = new ModuleInstance(this, d, '', '', (name) => (vars.has(name) ? vars.get(name)! : undefined), [this.rootDir], 0);
    return inst.collect();
  }

  notice(file: string, offset: number, message: string, fix: string, severity: Notice['severity'] = 'note'): void {
    this.notices.push({ file, offset, message, fix, severity });
  }

  /** The folder of a module call's source: local paths, else what `terraform init` downloaded. */
  moduleDir(call: ModuleCallDecl, fromDir: string, keyPath: string[]): string | undefined {
    const src = call.source;
    if (src !== undefined && (src.startsWith('./') || src.startsWith('../'))) return posix.normalize(posix.join(fromDir, src));
    return this.sources.installedModule(this.rootDir, keyPath);
  }
}

class ModuleInstance {
  private readonly localCache = new Map<string, Value>();
  private readonly resourceCache = new Map<string, ResourceInstance[] | 'busy'>();
  private readonly callCache = new Map<string, ModuleInstance[] | 'busy'>();
  private readonly varCache = new Map<string, Value>();
  private readonly scope: Scope;
  private readonly byType = new Map<string, Map<string, ResourceDecl>>();

  constructor(
    readonly ev: Evaluator,
    readonly decl: ModuleDecl,
    readonly address: string,
    /** Module path for modules.json keys (`a.b`), '' at the root. */
    readonly key: string,
    readonly input: (name: string) => Value | undefined,
    readonly stack: string[],
    readonly depth: number,
    readonly call?: ModuleCallDecl,
  ) {
    for (const r of decl.resources) {
      const k = r.mode === 'data' ? `data.${r.type}` : r.type;
      let m = this.byType.get(k);
      if (!m) this.byType.set(k, (m = new Map()));
      m.set(r.name, r);
    }
    const ns = (what: string, keys: () => string[], get: (n: string) => Value) => new Lazy(get, keys, what);
    const roots: Record<string, Value> = {
      var: ns('var', () => [...decl.variables.keys()], (n) => this.variable(n)),
      local: ns('local', () => [...decl.locals.keys()], (n) => this.local(n)),
      module: ns('module', () => decl.calls.map((c) => c.name), (n) => this.moduleValue(n)),
      data: ns(
        'data',
        () => [...this.byType.keys()].filter((k) => k.startsWith('data.')).map((k) => k.slice(5)),
        (t) => this.typeNs(`data.${t}`),
      ),
      // As Terraform shows them: relative to the root module, where it runs.
      path: { module: posix.relative(ev.rootDir, decl.dir) || '.', root: '.', cwd: '.' },
      terraform: { workspace: 'default' },
    };
    this.scope = {
      readFile: ev.readConfigFile,
      lookup: (name) => {
        if (Object.hasOwn(roots, name)) return roots[name];
        if (this.byType.has(name)) return this.typeNs(name);
        // A resource type declared nowhere in this module: Terraform rejects it, but a partial
        // configuration (files left out of the scan) should not stop the rest.
        if (/^[a-z0-9]+_[a-z0-9_]+$/.test(name)) return new Lazy(() => UNKNOWN, () => [], name);
        return undefined;
      },
    };
  }

  private typeNs(k: string): Value {
    const m = this.byType.get(k);
    if (!m) throw new EvalError(`no ${k} resources are declared`);
    return new Lazy(
      (n) => {
        const r = m.get(n);
        if (!r) throw new EvalError(`no ${k}.${n} is declared`);
        return this.resourceValue(r);
      },
      () => [...m.keys()],
      k,
    );
  }

  private safe(x: Expr, scope: Scope = this.scope): Value {
    try {
      return evaluate(x, scope);
    } catch (e) {
      if (e instanceof EvalError) return UNKNOWN;
      throw e;
    }
  }

  variable(name: string): Value {
    if (this.varCache.has(name)) return this.varCache.get(name)!;
    const d = this.decl.variables.get(name);
    if (!d) throw new EvalError(`no variable "${name}" is declared`);
    this.varCache.set(name, UNKNOWN);
    let v = this.input(name);
    const def = d.block.body.attrs.find((a) => a.name === 'default');
    if (v === undefined || (v === null && this.nullable(d.block) === false)) v = def ? this.safe(def.expr, EMPTY) : UNKNOWN;
    const type = d.block.body.attrs.find((a) => a.name === 'type');
    if (type && v !== null && !isUnknown(v)) v = convertType(type.expr, v);
    this.varCache.set(name, v);
    return v;
  }

  private nullable(b: Block): boolean | undefined {
    const a = b.body.attrs.find((x) => x.name === 'nullable');
    return a && a.expr.t === 'lit' ? a.expr.v === true : undefined;
  }

  local(name: string): Value {
    const c = this.localCache.get(name);
    if (c !== undefined) return c;
    const d = this.decl.locals.get(name);
    if (!d) throw new EvalError(`no local "${name}" is declared`);
    this.localCache.set(name, UNKNOWN); // a cycle reads UNKNOWN
    const v = this.safe(d.attr.expr);
    this.localCache.set(name, v);
    return v;
  }

  /** `aws_s3_bucket.b`: the object, the list (count) or the map (for_each) of its instances. */
  resourceValue(r: ResourceDecl): Value {
    const insts = this.instances(r);
    if (insts === 'busy') return UNKNOWN;
    const has = (n: string) => r.block.body.attrs.some((a) => a.name === n);
    if (has('count')) return insts.map((i) => i.value);
    if (has('for_each')) {
      if (insts.length === 1 && insts[0]!.index === undefined) return UNKNOWN;
      return Object.fromEntries(insts.map((i) => [String(i.index), i.value]));
    }
    return insts[0]?.value ?? UNKNOWN;
  }

  instances(r: ResourceDecl): ResourceInstance[] | 'busy' {
    const key = `${r.mode}.${r.type}.${r.name}`;
    const c = this.resourceCache.get(key);
    if (c !== undefined) return c;
    this.resourceCache.set(key, 'busy');
    const out: ResourceInstance[] = [];
    const base = `${this.address ? `${this.address}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    for (const rep of this.repetition(r.block, r.file)) {
      const scope = child(this.scope, rep.names);
      const { value, src } = this.body(r.block.body, scope, r.file, META_ATTRS, r.block);
      if (r.mode === 'data') computeDataSource(r.type, value);
      OPEN.add(value);
      const inst: ResourceInstance = { address: base + indexSuffix(rep.index), module: this.address, mode: r.mode, type: r.type, name: r.name, value, src, decl: r };
      if (rep.index !== undefined) inst.index = rep.index;
      out.push(inst);
    }
    this.resourceCache.set(key, out);
    return out;
  }

  /**
   * The instances `count` or `for_each` asks for, each with its `count`/`each` names. An unknown
   * count or for_each (Terraform would refuse to plan) gives one instance with unknown keys, so
   * the resource is still checked.
   */
  private repetition(b: Block, file: string): Array<{ index?: string | number; names: Record<string, Value> }> {
    const count = b.body.attrs.find((a) => a.name === 'count');
    const forEach = b.body.attrs.find((a) => a.name === 'for_each');
    if (count) {
      const v = this.safe(count.expr);
      if (isUnknown(v)) return this.unknownRepetition(file, count, 'count', { count: { index: UNKNOWN } });
      let n: number;
      try {
        n = toNum(v);
      } catch {
        this.ev.notice(file, count.s, `count is not a number (${JSON.stringify(materialize(v))}); evaluated as one instance`, 'make count a whole number');
        return [{ names: { count: { index: UNKNOWN } } }];
      }
      return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => ({ index: i, names: { count: { index: i } } }));
    }
    if (forEach) {
      const v = this.safe(forEach.expr);
      if (isUnknown(v) || v === null) return this.unknownRepetition(file, forEach, 'for_each', { each: { key: UNKNOWN, value: UNKNOWN } });
      const m = materialize(v);
      if (Array.isArray(m)) {
        // A set of strings: each.key and each.value are the element; instances are ordered by key.
        const keys = [...new Set(m.filter((x) => !isUnknown(x)).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))))].sort();
        return keys.map((k) => ({ index: k, names: { each: { key: k, value: k } } }));
      }
      if (isObj(m)) return Object.keys(m).sort().map((k) => ({ index: k, names: { each: { key: k, value: m[k]! } } }));
      return [{ names: { each: { key: UNKNOWN, value: UNKNOWN } } }];
    }
    return [{ names: {} }];
  }

  /**
   * `count` / `for_each` not known before apply: `terraform plan` stops there ("Invalid count
   * argument"), so no plan would show these instances. The block is still checked, once, as one
   * representative instance without an index (its own settings do not depend on how many there
   * are), and a note says so.
   */
  private unknownRepetition(file: string, attr: Attribute, name: string, names: Record<string, Value>): Array<{ names: Record<string, Value> }> {
    this.ev.notice(
      file,
      attr.s,
      `${name} is not known before apply (it depends on a value without a default, or one a provider computes); terraform plan would stop here, so the block is checked once, as a single instance`,
      `give the variables it uses a value (--var, --var-file, .tfvars), or scan a plan made with -target`,
    );
    return [{ names }];
  }

  /** A block body as a value (nested blocks as lists, as plans show them) and its source map. */
  body(body: Body, scope: Scope, file: string, skip: ReadonlySet<string>, span: Span): { value: { [k: string]: Value }; src: SrcNode } {
    const value: { [k: string]: Value } = {};
    const src: SrcNode = { file, s: span.s, e: span.e, keys: {} };
    for (const a of body.attrs) {
      if (skip.has(a.name)) continue;
      value[a.name] = this.safe(a.expr, scope);
      src.keys![a.name] = exprSrc(a.expr, fileOf(a, file), a);
    }
    for (const b of body.blocks) {
      if (META_BLOCKS.has(b.type)) continue;
      const bf = fileOf(b, file);
      if (b.type === 'dynamic' && b.labels[0]) {
        this.dynamic(b, scope, bf, value, src);
        continue;
      }
      const r = this.body(b.body, scope, bf, NONE, b);
      push(value, src, b.type, r, b, bf);
    }
    return { value, src };
  }

  private dynamic(b: Block, scope: Scope, file: string, value: { [k: string]: Value }, src: SrcNode): void {
    const label = b.labels[0]!;
    const content = b.body.blocks.find((x) => x.type === 'content');
    const forEach = b.body.attrs.find((a) => a.name === 'for_each');
    const it = b.body.attrs.find((a) => a.name === 'iterator');
    const iter = it ? (it.expr.t === 'var' ? it.expr.name : (literalString(it.expr) ?? label)) : label;
    if (!content || !forEach) return;
    const coll = this.safe(forEach.expr, scope);
    if (isUnknown(coll) || coll === null) {
      if (!(label in value)) {
        value[label] = UNKNOWN;
        src.keys![label] = { file, s: b.s, e: b.e };
      }
      return;
    }
    let pairs: Array<[Value, Value]>;
    try {
      pairs = entries(coll);
    } catch {
      return;
    }
    for (const [k, v] of pairs) {
      const key = Array.isArray(materialize(coll)) ? v : k;
      const r = this.body(content.body, child(scope, { [iter]: { key, value: v } }), file, NONE, content);
      push(value, src, label, r, content, file);
    }
  }

  // ── modules ───────────────────────────────────────────────────────────────────────────────

  moduleValue(name: string): Value {
    const insts = this.moduleInstances(name);
    if (insts === 'busy' || insts === undefined) return UNKNOWN;
    const call = this.decl.calls.find((c) => c.name === name)!;
    const outputs = (m: ModuleInstance) => {
      const o = new Lazy((n) => m.output(n), () => [...m.decl.outputs.keys()], `module.${name}`);
      return o;
    };
    const has = (n: string) => call.block.body.attrs.some((a) => a.name === n);
    if (has('count')) return insts.map(outputs);
    if (has('for_each')) return Object.fromEntries(insts.map((m) => [m.address.slice(m.address.lastIndexOf('[') + 1, -1).replace(/^"|"$/g, ''), outputs(m)]));
    return insts[0] ? outputs(insts[0]) : UNKNOWN;
  }

  output(name: string): Value {
    const o = this.decl.outputs.get(name);
    if (!o) throw new EvalError(`module has no output "${name}"`);
    const v = o.block.body.attrs.find((a) => a.name === 'value');
    return v ? this.safe(v.expr) : null;
  }

  /** Instances of a module call; undefined when its source is not available (one notice). */
  moduleInstances(name: string): ModuleInstance[] | 'busy' | undefined {
    const c = this.callCache.get(name);
    if (c !== undefined) return c;
    const call = this.decl.calls.find((x) => x.name === name);
    if (!call) throw new EvalError(`no module "${name}" is declared`);
    this.callCache.set(name, 'busy');
    const key = this.key ? `${this.key}.${name}` : name;
    const dir = this.ev.moduleDir(call, this.decl.dir, key.split('.'));
    const d = dir === undefined ? undefined : this.ev.decl(dir);
    if (!d || dir === undefined) {
      const local = call.source?.startsWith('./') || call.source?.startsWith('../');
      this.ev.notice(
        call.file,
        call.block.s,
        local ? `module "${name}": no .tf files in ${dir} (source "${call.source}"); its resources are not checked` : `module "${name}" (source "${call.source ?? '?'}") is not downloaded; its resources are not checked`,
        local ? 'fix the module source path, or include the module folder in the scan' : 'run `terraform init` so .terraform/modules holds the module, or scan a plan (`terraform show -json`)',
        local ? 'warning' : 'note',
      );
      this.callCache.set(name, []);
      return undefined;
    }
    if (this.stack.includes(dir) || this.depth >= MAX_MODULE_DEPTH) {
      this.ev.notice(call.file, call.block.s, `module "${name}" (source "${call.source}") calls itself through ${[...this.stack, dir].join(' → ')}; not evaluated again`, 'remove the module cycle');
      this.callCache.set(name, []);
      return undefined;
    }
    const out: ModuleInstance[] = [];
    const prefix = this.address ? `${this.address}.` : '';
    for (const rep of this.repetition(call.block, call.file)) {
      const scope = child(this.scope, rep.names);
      const args = new Map<string, Attribute>();
      for (const a of call.block.body.attrs) if (!MODULE_META.has(a.name)) args.set(a.name, a);
      const cache = new Map<string, Value>();
      const input = (n: string): Value | undefined => {
        const a = args.get(n);
        if (!a) return undefined;
        if (!cache.has(n)) cache.set(n, this.safe(a.expr, scope));
        return cache.get(n);
      };
      out.push(new ModuleInstance(this.ev, d, `${prefix}module.${name}${indexSuffix(rep.index)}`, key, input, [...this.stack, dir], this.depth + 1, call));
    }
    this.callCache.set(name, out);
    return out;
  }

  /** Every resource instance of this module and its children. */
  collect(): ModuleResult {
    const resources: ResourceInstance[] = [];
    for (const r of this.decl.resources) {
      const insts = this.instances(r);
      if (insts !== 'busy') resources.push(...insts);
    }
    const children: ModuleResult[] = [];
    for (const c of this.decl.calls) {
      const insts = this.moduleInstances(c.name);
      if (insts === 'busy' || !insts) continue;
      for (const m of insts) children.push(m.collect());
    }
    const out: ModuleResult = { address: this.address, decl: this.decl, resources, children };
    if (this.call) out.call = this.call;
    return out;
  }
}

const NONE = new Set<string>();
const EMPTY: Scope = { lookup: () => undefined };

function indexSuffix(index: string | number | undefined): string {
  if (index === undefined) return '';
  return typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`;
}

function push(value: { [k: string]: Value }, src: SrcNode, name: string, r: { value: Value; src: SrcNode }, b: Span, file: string): void {
  const list = value[name];
  if (Array.isArray(list)) list.push(r.value);
  else value[name] = [r.value];
  const node = src.keys![name];
  if (node?.items) node.items.push(r.src);
  else src.keys![name] = { file, s: b.s, e: b.e, items: [r.src] };
}

/** An attribute's source node, with children when its value is a literal object or list. */
function exprSrc(x: Expr, file: string, span: Span): SrcNode {
  const node: SrcNode = { file, s: span.s, e: span.e };
  let e = x;
  while (e.t === 'paren') e = e.x;
  if (e.t === 'object') {
    node.keys = {};
    for (const it of e.items) {
      const k = literalString(it.key) ?? (it.key.t === 'paren' ? undefined : undefined);
      if (k !== undefined) node.keys[k] = exprSrc(it.value, file, it);
    }
  } else if (e.t === 'tuple') node.items = e.items.map((i) => exprSrc(i, file, i));
  else if (e.t === 'call' && (e.name === 'jsonencode' || e.name === 'tolist' || e.name === 'toset' || e.name === 'tomap') && e.args[0]) {
    const inner = exprSrc(e.args[0], file, span);
    if (inner.keys) node.keys = inner.keys;
    if (inner.items) node.items = inner.items;
  }
  return node;
}

/** Converts a value to a variable's declared primitive type, as Terraform does on input. */
function convertType(type: Expr, v: Value): Value {
  const t = type.t === 'var' ? type.name : undefined;
  // set(…) holds each element once, in Terraform's order (strings sorted).
  if (type.t === 'call' && type.name === 'set' && Array.isArray(v)) {
    const out = v.filter((x, i) => v.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);
    return out.every((x) => typeof x === 'string') ? [...out].sort() : out;
  }
  try {
    if (t === 'number' && typeof v === 'string') return toNum(v);
    if (t === 'bool' && typeof v === 'string' && (v === 'true' || v === 'false')) return v === 'true';
    if (t === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return toStr(v);
  } catch {
    return v;
  }
  return v;
}
