// `rego.metadata.rule()` and `rego.metadata.chain()`, resolved at compile time from the METADATA
// annotations as OPA's compiler does (its RewriteRegoMetadataCalls stage): each call becomes the
// constant the rule's annotations denote, so the module needs no annotations at run time.
// Owns the annotation set (rule, document, package and subpackages scopes by path), the chain's
// order and each annotation's object form. It must not parse METADATA (../annotations.ts does).

import type { Annotation, Module, Rule, Span, Term } from '../ast.js';

export class MetadataIndex {
  private readonly documents = new Map<string, Annotation>();
  private readonly packages = new Map<string, Annotation>();
  private readonly subpackages = new Map<string, Annotation>();

  constructor(modules: Module[]) {
    for (const m of modules) {
      const key = m.package.join('.');
      for (const a of m.annotations) {
        if (a.scope === 'package' && !this.packages.has(key)) this.packages.set(key, a);
        if (a.scope === 'subpackages' && !this.subpackages.has(key)) this.subpackages.set(key, a);
      }
      for (const r of m.rules) {
        for (const a of r.annotations) {
          const path = rulePath(m, r).join('.');
          if (a.scope === 'document' && !this.documents.has(path)) this.documents.set(path, a);
        }
      }
    }
  }

  /** The annotations of the rule's own METADATA block (rule scope, the closest one), or {}. */
  rule(rule: Rule, span: Span): Term {
    const own = ruleScoped(rule);
    return toTerm(own[0] ? annotationObject(own[0]) : {}, span);
  }

  /**
   * The chain from the rule outwards: its rule-scope blocks (closest first, or one entry without
   * annotations), the document scope at its path, its package, then each enclosing package with
   * `subpackages` scope, nearest first. Paths leave out the leading `data`.
   */
  chain(mod: Module, rule: Rule, span: Span): Term {
    const links: Array<{ path: string[]; annotations?: unknown }> = [];
    const path = rulePath(mod, rule);
    const own = ruleScoped(rule);
    if (own.length === 0) links.push({ path });
    for (const a of own) links.push({ path, annotations: annotationObject(a) });
    const doc = this.documents.get(path.join('.'));
    if (doc) links.push({ path, annotations: annotationObject(doc) });
    const pkg = this.packages.get(mod.package.join('.'));
    if (pkg) links.push({ path: mod.package, annotations: annotationObject(pkg) });
    for (let n = mod.package.length; n > 0; n--) {
      const sub = this.subpackages.get(mod.package.slice(0, n).join('.'));
      if (sub) links.push({ path: mod.package.slice(0, n), annotations: annotationObject(sub) });
    }
    return toTerm(links, span);
  }
}

function ruleScoped(rule: Rule): Annotation[] {
  return rule.annotations.filter((a) => a.scope === 'rule').sort((a, b) => b.span.start - a.span.start);
}

/** The rule's ground path under data: the package and the head ref up to its first non-string key. */
function rulePath(mod: Module, rule: Rule): string[] {
  const out = [...mod.package];
  for (const t of rule.head.ref) {
    if (t.type === 'var' && out.length === mod.package.length) out.push(t.name);
    else if (t.type === 'string') out.push(t.value);
    else break;
  }
  return out;
}

/** OPA's object form of an annotation: only the fields that are set. */
function annotationObject(a: Annotation): Record<string, unknown> {
  const o: Record<string, unknown> = { scope: a.scope };
  if (a.title) o.title = a.title;
  if (a.entrypoint) o.entrypoint = true;
  if (a.description) o.description = a.description;
  if (a.organizations?.length) o.organizations = a.organizations;
  if (a.relatedResources?.length) o.related_resources = a.relatedResources;
  if (a.authors?.length) o.authors = a.authors;
  if (a.schemas?.length) {
    o.schemas = a.schemas.map((s) => {
      const [[path, schema]] = Object.entries(s as Record<string, unknown>) as [[string, unknown]];
      const entry: Record<string, unknown> = { path: refArray(path) };
      if (typeof schema === 'string') entry.schema = refArray(schema);
      else entry.definition = schema;
      return entry;
    });
  }
  if (a.custom && Object.keys(a.custom).length > 0) o.custom = a.custom;
  return o;
}

/** `input.x["y"]` → ["input", "x", "y"]: a schema annotation's ref as OPA's array of its terms. */
function refArray(ref: string): string[] {
  const out: string[] = [];
  for (const m of ref.matchAll(/([^.[\]"]+)|\["([^"]*)"\]/g)) out.push(m[1] ?? m[2]!);
  return out;
}

function toTerm(v: unknown, span: Span): Term {
  if (v === null || v === undefined) return { type: 'null', span };
  if (typeof v === 'boolean') return { type: 'boolean', value: v, span };
  if (typeof v === 'number') return { type: 'number', raw: String(v), span };
  if (typeof v === 'string') return { type: 'string', value: v, span };
  if (Array.isArray(v)) return { type: 'array', items: v.map((x) => toTerm(x, span)), span };
  if (v instanceof Date) return { type: 'string', value: v.toISOString(), span };
  return { type: 'object', entries: Object.entries(v as Record<string, unknown>).map(([k, x]) => [toTerm(k, span), toTerm(x, span)] as [Term, Term]), span };
}
