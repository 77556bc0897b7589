// A Terraform root module evaluated without a plan, as one document of kind `terraform-plan` with
// the plan's shape: `resource_changes` (every managed resource instance to create, its `after`
// values and `after_unknown`), `planned_values` and `configuration` (expressions with their
// references), so every Terraform policy runs on it unchanged. `locate` maps a route to the exact
// attribute, object key or list element in the .tf file that produced it — inside modules and
// dynamic blocks too. Must not read files.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../diagnostics.js';
import type { LoadOptions } from '../../common/options.js';
import type { Document, LoadResult, Location, Route } from '../../types.js';
import { at } from '../../common/diag.js';
import type { Block, Body, Span } from '../hcl/ast.js';
import { literalString } from '../hcl/ast.js';
import { parseHclExpression } from '../hcl/parser.js';
import { evaluate, references, type Scope } from '../eval/expr.js';
import { EvalError, isObj, isUnknown, Lazy, materialize, type Value } from '../eval/values.js';
import { treeView } from '../address.js';
import { resourceForRoute, sourceIgnores } from '../plan.js';
import { fileOf } from './override.js';
import { Evaluator, type ModuleDecl, type ModuleResult, type ResourceInstance, type SrcNode } from './module.js';
import { isVarsFile, SourceSet } from './sources.js';

/** A variable value given on the command line: `-var name=value` or `-var-file path`, in order. */
export type TerraformVarOption = { name: string; value: string } | { file: string };

export interface TerraformConfigOptions extends LoadOptions {
  /** `-var` / `-var-file` values, applied in order after the .tfvars files. */
  terraformVars?: TerraformVarOption[];
  /** The environment, for `TF_VAR_name` values (the lowest precedence, as in Terraform). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Reads a file that file(), templatefile(), fileexists() or filebase64() names, by its path
   * relative to the scan root, only inside the root (the caller's edge: read.ts). Absent: their
   * values are unknown.
   */
  readFile?: (rel: string) => Uint8Array | undefined;
}

const EMPTY: Scope = { lookup: () => undefined };
type Obj = Record<string, unknown>;

/** Evaluates the root module in `dir` (its .tf files and the modules it calls, all in `sources`). */
export function loadTerraformConfig(dir: string, sources: ReadonlyMap<string, string> | SourceSet, opts: TerraformConfigOptions = {}): LoadResult {
  const set = sources instanceof SourceSet ? sources : new SourceSet(sources);
  const before = set.diagnostics.length;
  const ev = new Evaluator(set, dir, opts.readFile);
  const diagnostics: Diagnostic[] = [];
  const decl = ev.decl(dir);
  if (!decl) return { documents: [], diagnostics };
  const vars = rootVariables(decl, set, dir, opts, diagnostics);
  const result = ev.run(vars)!;
  diagnostics.push(...set.diagnostics.slice(before));
  for (const n of ev.notices) diagnostics.push(at(n.file, set.lineIndex(n.file).lineCol(n.offset), 'input_unresolved', n.message, n.fix, n.severity));
  for (const p of ev.outsidePaths) {
    diagnostics.push(at(decl.files[0]!, { line: 0, col: 0 }, 'input_unresolved', `"${p}" (read by a file function) is outside the scanned root: not read, so what depends on it is unknown`, 'scan from a root that contains the file, or accept that these values are not checked', 'note'));
  }

  const all: ResourceInstance[] = [];
  const usedFiles = new Set<string>();
  const visit = (m: ModuleResult) => {
    all.push(...m.resources);
    m.decl.files.forEach((f) => usedFiles.add(f));
    m.children.forEach(visit);
  };
  visit(result);

  const managed = all.filter((r) => r.mode === 'managed');
  const data = {
    format_version: '1.2',
    variables: Object.fromEntries([...vars].filter(([, v]) => !hasUnknownDeep(v)).map(([k, v]) => [k, { value: plain(v).after ?? null }])),
    planned_values: { root_module: plannedModule(result) },
    resource_changes: managed.map((r) => {
      const p = plain(r.value);
      const rc: Obj = { address: r.address };
      if (r.module) rc.module_address = r.module;
      Object.assign(rc, { mode: 'managed', type: r.type, name: r.name });
      if (r.index !== undefined) rc.index = r.index;
      rc.provider_name = providerName(r.type);
      rc.change = { actions: ['create'], before: null, after: p.after ?? {}, after_unknown: p.unknown ?? {}, before_sensitive: false, after_sensitive: {} };
      return rc;
    }),
    configuration: { root_module: configModule(ev, decl) },
  };
  const view = treeView(data);

  // Source maps: instance addresses, and base addresses (for `configuration` routes).
  const byAddress = new Map<string, SrcNode>();
  for (const r of all) byAddress.set(r.address, r.src);
  const staticByBase = new Map<string, SrcNode>();
  const visitDecl = (d: ModuleDecl, prefix: string, seen: string[]) => {
    for (const r of d.resources) staticByBase.set(`${prefix}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`, staticSrc(r.block.body, r.file, r.block));
    for (const c of d.calls) {
      const cd = ev.moduleDir(c, d.dir, [...seen, c.name]);
      const sub = cd === undefined ? undefined : ev.decl(cd);
      if (sub && seen.length < 32 && cd !== d.dir) visitDecl(sub, `${prefix}module.${c.name}.`, [...seen, c.name]);
    }
  };
  visitDecl(decl, '', []);

  const firstFile = decl.files[0]!;
  const whole = (route: Route): Location => ({ file: firstFile, region: set.lineIndex(firstFile).region(0, 0), approximate: { resolved: route.length ? [] : route } });
  const locate = (route: Route): Location => {
    const r = resourceForRoute(view, route);
    if (!r) return locateModuleCall(ev, decl, set, route) ?? whole(route);
    const src = byAddress.get(r.address) ?? staticByBase.get(r.address);
    if (!src) return whole(route);
    let node = src;
    let matched = 0;
    for (const seg of r.attr) {
      const next: SrcNode | undefined = typeof seg === 'number' ? node.items?.[seg] : (node.keys?.[seg] ?? (node.items && node.items.length === 1 ? node.items[0]!.keys?.[seg] : undefined));
      if (!next) break;
      node = next;
      matched++;
    }
    const loc: Location = { file: node.file, region: set.lineIndex(node.file).region(node.s, node.e) };
    const resolvedLen = r.attr.length === 0 ? route.length : r.attrOffset + matched;
    if (resolvedLen < route.length) loc.approximate = { resolved: route.slice(0, resolvedLen) };
    return loc;
  };

  const used = new Map<string, string>();
  for (const f of usedFiles) if (f.endsWith('.tf')) used.set(f, set.texts.get(f) ?? '');
  const doc: Document = {
    kind: 'terraform-plan',
    path: dir,
    index: 0,
    data,
    locate,
    resource: `terraform configuration ${dir}`,
    resourceAt: (route) => resourceForRoute(view, route)?.address,
    source: 'evaluated from .tf files (no plan)',
    ignores: sourceIgnores(used, '.', diagnostics),
  };
  return { documents: [doc], diagnostics };
}

function hasUnknownDeep(v: Value): boolean {
  const m = materialize(v);
  if (isUnknown(m)) return true;
  if (Array.isArray(m)) return m.some(hasUnknownDeep);
  if (isObj(m)) return Object.values(m).some(hasUnknownDeep);
  return false;
}

/** A value as a plan shows it: known parts in `after`, unknown parts flagged in `unknown`. */
export function plain(v: Value): { after?: unknown; unknown?: unknown } {
  const m = v instanceof Lazy ? materialize(v) : v;
  if (isUnknown(m)) return { unknown: true };
  if (Array.isArray(m)) {
    const parts = m.map(plain);
    const out: { after: unknown; unknown?: unknown } = { after: parts.map((p) => p.after ?? null) };
    if (parts.some((p) => p.unknown !== undefined)) out.unknown = parts.map((p) => p.unknown ?? false);
    return out;
  }
  if (isObj(m)) {
    const after: Obj = {};
    const unknown: Obj = {};
    let anyUnknown = false;
    for (const [k, x] of Object.entries(m)) {
      const p = plain(x);
      if (p.after !== undefined) after[k] = p.after;
      if (p.unknown !== undefined) {
        unknown[k] = p.unknown;
        anyUnknown = true;
      }
    }
    return anyUnknown ? { after, unknown } : { after };
  }
  return { after: m };
}

function providerName(type: string): string {
  return `registry.terraform.io/hashicorp/${type.split('_')[0]}`;
}

function plannedModule(m: ModuleResult): Obj {
  const out: Obj = {
    resources: m.resources
      .filter((r) => r.mode === 'managed')
      .map((r) => {
        const o: Obj = { address: r.address, mode: 'managed', type: r.type, name: r.name };
        if (r.index !== undefined) o.index = r.index;
        Object.assign(o, { provider_name: providerName(r.type), schema_version: 0, values: plain(r.value).after ?? {}, sensitive_values: {} });
        return o;
      }),
  };
  if (m.address) out.address = m.address;
  if (m.children.length) out.child_modules = m.children.map(plannedModule);
  return out;
}

/** `configuration` for one module: the expressions as written, with their references. */
function configModule(ev: Evaluator, d: ModuleDecl, keyPath: string[] = [], depth = 0): Obj {
  const out: Obj = {};
  out.resources = d.resources.map((r) => {
    const o: Obj = { address: `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`, mode: r.mode, type: r.type, name: r.name, provider_config_key: r.type.split('_')[0] };
    o.expressions = expressions(r.block.body, new Set(['count', 'for_each', 'provider', 'depends_on']));
    const count = r.block.body.attrs.find((a) => a.name === 'count');
    const forEach = r.block.body.attrs.find((a) => a.name === 'for_each');
    if (count) o.count_expression = expression(count.expr);
    if (forEach) o.for_each_expression = expression(forEach.expr);
    o.schema_version = 0;
    return o;
  });
  const calls: Obj = {};
  for (const c of d.calls) {
    const call: Obj = { source: c.source ?? null, expressions: expressions(c.block.body, new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])) };
    const dir = ev.moduleDir(c, d.dir, [...keyPath, c.name]);
    const sub = dir === undefined ? undefined : ev.decl(dir);
    if (sub && depth < 32 && dir !== d.dir) call.module = configModule(ev, sub, [...keyPath, c.name], depth + 1);
    calls[c.name] = call;
  }
  if (d.calls.length) out.module_calls = calls;
  const variables: Obj = {};
  for (const [name, v] of d.variables) {
    const o: Obj = {};
    const def = v.block.body.attrs.find((a) => a.name === 'default');
    if (def) {
      const p = plain(safe(() => evaluate(def.expr, EMPTY)));
      if (p.after !== undefined) o.default = p.after;
    }
    const desc = v.block.body.attrs.find((a) => a.name === 'description');
    if (desc && literalString(desc.expr) !== undefined) o.description = literalString(desc.expr);
    variables[name] = o;
  }
  if (d.variables.size) out.variables = variables;
  return out;
}

function safe(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    if (e instanceof EvalError) return null;
    throw e;
  }
}

function expression(x: Parameters<typeof references>[0]): Obj {
  const refs = references(x);
  if (refs.length) return { references: refs };
  const p = plain(safe(() => evaluate(x, EMPTY)));
  return p.after !== undefined && p.unknown === undefined ? { constant_value: p.after } : {};
}

function expressions(body: Body, skip: ReadonlySet<string>): Obj {
  const out: Obj = {};
  for (const a of body.attrs) if (!skip.has(a.name)) out[a.name] = expression(a.expr);
  for (const b of body.blocks) {
    if (b.type === 'lifecycle' || b.type === 'provisioner' || b.type === 'connection') continue;
    const dyn = b.type === 'dynamic' && b.labels[0];
    const name = dyn ? b.labels[0]! : b.type;
    const content = dyn ? b.body.blocks.find((x) => x.type === 'content')?.body : b.body;
    if (!content) continue;
    ((out[name] ??= []) as unknown[]).push(expressions(content, new Set()));
  }
  return out;
}

/** The source map of a block as written (for `configuration` routes and zero-instance resources). */
function staticSrc(body: Body, file: string, span: Span): SrcNode {
  const node: SrcNode = { file, s: span.s, e: span.e, keys: {} };
  for (const a of body.attrs) node.keys![a.name] = { file: fileOf(a, file), s: a.s, e: a.e };
  for (const b of body.blocks) {
    const bf = fileOf(b, file);
    const dyn = b.type === 'dynamic' && b.labels[0];
    const name = dyn ? b.labels[0]! : b.type;
    const content = dyn ? b.body.blocks.find((x) => x.type === 'content') : b;
    if (!content) continue;
    const inner = staticSrc(content.body, bf, content);
    const list = node.keys![name];
    if (list?.items) list.items.push(inner);
    else node.keys![name] = { file: bf, s: b.s, e: b.e, items: [inner] };
  }
  return node;
}

/** `configuration…module_calls.<name>…`: the module block. */
function locateModuleCall(ev: Evaluator, root: ModuleDecl, set: SourceSet, route: Route): Location | undefined {
  let d: ModuleDecl | undefined = root;
  let hit: { block: Block; file: string } | undefined;
  const keys: string[] = [];
  for (let k = 0; k < route.length - 1 && d; k++) {
    if (route[k] !== 'module_calls') continue;
    const name = String(route[k + 1]);
    const c: ModuleDecl['calls'][number] | undefined = d.calls.find((x) => x.name === name);
    if (!c) break;
    hit = c;
    keys.push(name);
    const dir = ev.moduleDir(c, d.dir, keys);
    d = dir === undefined ? undefined : ev.decl(dir);
  }
  if (!hit) return undefined;
  return { file: hit.file, region: set.lineIndex(hit.file).region(hit.block.s, hit.block.e) };
}

// ── variables ─────────────────────────────────────────────────────────────────────────────────

/** Root variable values with Terraform's precedence: env < terraform.tfvars < *.auto.tfvars < -var/-var-file. */
function rootVariables(d: ModuleDecl, set: SourceSet, dir: string, opts: TerraformConfigOptions, out: Diagnostic[]): Map<string, Value> {
  const vars = new Map<string, Value>();
  const typeOf = (name: string) => d.variables.get(name)?.block.body.attrs.find((a) => a.name === 'type')?.expr;
  /** A string from the CLI or the environment: literal for string-typed (and untyped) variables, else an HCL expression. */
  const fromString = (name: string, raw: string, where: string): Value => {
    const t = typeOf(name);
    if (!t || (t.t === 'var' && (t.name === 'string' || t.name === 'any'))) return raw;
    const p = parseHclExpression(raw);
    if (!p.expr) {
      out.push(at(where, { line: 0, col: 0 }, 'usage_error', `value of variable "${name}" is not a valid expression: ${p.error!.message}`, `quote it as Terraform expects for a ${t.t === 'var' ? t.name : 'complex'} variable`, 'warning'));
      return raw;
    }
    return safe(() => evaluate(p.expr!, EMPTY));
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (k.startsWith('TF_VAR_') && v !== undefined && d.variables.has(k.slice(7))) vars.set(k.slice(7), fromString(k.slice(7), v, k));
  const fileVars = (file: string) => {
    const body = set.body(file);
    if (!body) {
      out.push(at(file, { line: 0, col: 0 }, 'usage_error', `variable file ${file} was not found among the scanned files`, 'pass a .tfvars path relative to the scan root', 'warning'));
      return;
    }
    for (const a of body.attrs) vars.set(a.name, safe(() => evaluate(a.expr, EMPTY)));
  };
  const inDir = [...set.texts.keys()].filter((p) => posix.dirname(p) === dir && isVarsFile(p));
  for (const f of ['terraform.tfvars', 'terraform.tfvars.json']) if (inDir.includes(posix.join(dir, f))) fileVars(posix.join(dir, f));
  for (const f of inDir.filter((p) => /\.auto\.tfvars(\.json)?$/.test(p)).sort()) fileVars(f);
  for (const o of opts.terraformVars ?? []) {
    if ('file' in o) fileVars(o.file);
    else vars.set(o.name, fromString(o.name, o.value, '-var'));
  }
  return vars;
}

export { SourceSet };
