// METADATA annotations: `# METADATA` comment blocks → typed `Annotation`s attached to the package or
// to the rule that follows them, with OPA's rules for scopes. It owns the YAML reading and the
// OPA-known fields; Palisade's own policy fields (id, severity, remediation …) pass through in
// `custom` and are validated later by the policy-metadata checker, not here. It never throws:
// problems come back as errors with offsets for the parser to report as rego_parse_error.

import { parseDocument, isMap } from 'yaml';
import type { Annotation, AnnotationScope, Module, Rule } from './ast.js';
import type { Comment } from './lexer.js';
import { LineIndex } from './source.js';

export interface StatementRef {
  kind: 'package' | 'import' | 'rule';
  /** Offset of the statement's first token. */
  start: number;
  rule?: Rule | undefined;
}

export interface AnnotationError {
  offset: number;
  message: string;
  fix: string;
}

const SCOPES: readonly AnnotationScope[] = ['rule', 'document', 'package', 'subpackages'];
const KNOWN = new Set(['scope', 'title', 'description', 'organizations', 'related_resources', 'authors', 'schemas', 'entrypoint', 'custom']);
const FIX_YAML = 'fix the YAML in the METADATA block (each line is `# ` followed by YAML)';

interface Block {
  comments: Comment[];
  /** The YAML text: each continuation comment minus `#` and one leading blank. */
  text: string;
  start: number;
  end: number;
}

/**
 * Groups comments into METADATA blocks: a comment whose text starts with `METADATA` opens a block,
 * and the comments on the following lines, each starting in column 1, continue it (as in OPA).
 */
export function metadataBlocks(source: string, comments: Comment[]): Block[] {
  if (!comments.some((c) => c.text.trimStart().startsWith('METADATA'))) return [];
  const idx = new LineIndex(source);
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let prevLine = -1;
  for (const c of comments) {
    const { line, col } = idx.lineCol(c.start);
    if (cur && line === prevLine + 1 && col === 1) {
      cur.comments.push(c);
      cur.text += `${c.text.startsWith(' ') ? c.text.slice(1) : c.text}\n`;
      cur.end = c.end;
      prevLine = line;
      continue;
    }
    cur = undefined;
    if (c.text.trim().startsWith('METADATA')) {
      cur = { comments: [c], text: '', start: c.start, end: c.end };
      blocks.push(cur);
    }
    prevLine = line;
  }
  return blocks;
}

/** Parses every METADATA block of a module and attaches it; returns the problems found. */
export function attachAnnotations(source: string, comments: Comment[], stmts: StatementRef[], mod: Module): AnnotationError[] {
  const errors: AnnotationError[] = [];
  for (const block of metadataBlocks(source, comments)) {
    const parsed = parseBlock(block);
    if ('error' in parsed) {
      errors.push(parsed.error);
      continue;
    }
    const ann = parsed.annotation;
    const stmt = stmts.find((s) => s.start >= block.end);
    const explicit = ann.scope as AnnotationScope | '';
    let scope: AnnotationScope;
    if (explicit) {
      scope = explicit;
    } else if (stmt?.kind === 'rule') {
      scope = ann.entrypoint ? 'document' : 'rule';
    } else if (stmt?.kind === 'package') {
      scope = 'package';
    } else {
      errors.push({
        offset: block.start,
        message: stmt ? `invalid annotation scope 'import': a METADATA block cannot annotate an import` : 'METADATA block is not followed by a package or rule',
        fix: 'move the METADATA block directly above the package or rule it describes',
      });
      continue;
    }
    ann.scope = scope;
    const wants = scope === 'rule' || scope === 'document' ? 'rule' : 'package';
    if (stmt?.kind !== wants) {
      errors.push({
        offset: block.start,
        message: `annotation scope '${scope}' must be applied to ${wants} (have ${stmt?.kind ?? 'nothing'})`,
        fix: `move the METADATA block directly above the ${wants}, or change its scope`,
      });
      continue;
    }
    if (ann.entrypoint && scope !== 'document' && scope !== 'package') {
      errors.push({
        offset: block.start,
        message: `annotation entrypoint applied to non-document or package scope '${scope}'`,
        fix: 'use `scope: document` (or no scope) on an entrypoint rule, or put the entrypoint on the package',
      });
      continue;
    }
    if (wants === 'rule') stmt.rule?.annotations.push(ann);
    else mod.annotations.push(ann);
  }
  return errors;
}

function parseBlock(block: Block): { annotation: Annotation } | { error: AnnotationError } {
  const at = (line: number | undefined, message: string, fix = FIX_YAML) => {
    // YAML line N is the comment N below the `# METADATA` line.
    const c = line !== undefined ? (block.comments[Math.min(line, block.comments.length - 1)] ?? block.comments[0]!) : block.comments[0]!;
    return { error: { offset: c.start, message, fix } };
  };
  if (block.text.trim() === '') return at(undefined, 'expected METADATA block, found whitespace', 'write YAML after `# METADATA`, e.g. `# title: …`');
  const doc = parseDocument(block.text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return at(e.linePos?.[0]?.line, `invalid METADATA YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  if (!isMap(doc.contents)) return at(undefined, 'invalid METADATA: expected a YAML mapping of fields (title, description, custom …)');
  const raw = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  const ann: Annotation = { scope: '' as AnnotationScope, span: { start: block.start, end: block.end } };
  const problem = (field: string, what: string) => at(undefined, `invalid METADATA field ${field}: ${what}`, `see ${'https://www.openpolicyagent.org/docs/policy-language#metadata'}`);

  if (raw.scope !== undefined) {
    if (typeof raw.scope !== 'string' || !SCOPES.includes(raw.scope as AnnotationScope)) {
      return at(undefined, `invalid annotation scope '${String(raw.scope)}'. Use one of 'rule', 'document', 'package', or 'subpackages'`, 'set scope to rule, document, package or subpackages');
    }
    ann.scope = raw.scope as AnnotationScope;
  }
  for (const f of ['title', 'description'] as const) {
    const v = raw[f];
    if (v === undefined || v === null) continue;
    if (typeof v === 'object') return problem(f, 'expected a string');
    ann[f] = String(v);
  }
  if (raw.organizations !== undefined && raw.organizations !== null) {
    if (!Array.isArray(raw.organizations) || raw.organizations.some((o) => typeof o === 'object')) return problem('organizations', 'expected a list of strings');
    ann.organizations = raw.organizations.map(String);
  }
  if (raw.related_resources !== undefined && raw.related_resources !== null) {
    if (!Array.isArray(raw.related_resources)) return problem('related_resources', 'expected a list');
    const out: NonNullable<Annotation['relatedResources']> = [];
    for (const r of raw.related_resources) {
      if (typeof r === 'string' && r.trim() !== '') out.push({ ref: r.trim() });
      else if (r && typeof r === 'object' && !Array.isArray(r) && typeof (r as Record<string, unknown>).ref === 'string') {
        const o = r as Record<string, unknown>;
        out.push(o.description !== undefined ? { ref: String(o.ref), description: String(o.description) } : { ref: String(o.ref) });
      } else return problem('related_resources', 'each entry must be a URL or an object with a `ref` URL');
    }
    ann.relatedResources = out;
  }
  if (raw.authors !== undefined && raw.authors !== null) {
    if (!Array.isArray(raw.authors)) return problem('authors', 'expected a list');
    const out: NonNullable<Annotation['authors']> = [];
    for (const a of raw.authors) {
      const parsed = typeof a === 'string' ? authorFromString(a) : a && typeof a === 'object' && !Array.isArray(a) ? authorFromObject(a as Record<string, unknown>) : undefined;
      if (!parsed) return problem('authors', 'each entry must be "Name <email>" or an object with name and/or email');
      out.push(parsed);
    }
    ann.authors = out;
  }
  if (raw.schemas !== undefined && raw.schemas !== null) {
    if (!Array.isArray(raw.schemas) || raw.schemas.some((s) => !s || typeof s !== 'object' || Array.isArray(s) || Object.keys(s).length !== 1)) {
      return problem('schemas', 'expected a list of `- <path>: <schema>` entries');
    }
    ann.schemas = raw.schemas;
  }
  if (raw.entrypoint !== undefined && raw.entrypoint !== null) {
    if (typeof raw.entrypoint !== 'boolean') return problem('entrypoint', 'expected true or false');
    ann.entrypoint = raw.entrypoint;
  }
  // Unknown top-level fields are kept beside `custom` (which wins on a clash) so that nothing an
  // author wrote is silently dropped; the metadata checker decides what is allowed.
  const custom: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!KNOWN.has(k)) custom[k] = v;
  if (raw.custom !== undefined && raw.custom !== null) {
    if (typeof raw.custom !== 'object' || Array.isArray(raw.custom)) return problem('custom', 'expected a mapping');
    Object.assign(custom, raw.custom);
  }
  if (Object.keys(custom).length > 0) ann.custom = custom;
  return { annotation: ann };
}

function authorFromString(s: string): { name?: string; email?: string } | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const m = /^(.*?)\s*<([^<>\s]+)>$/.exec(t);
  if (m) return m[1] ? { name: m[1], email: m[2]! } : { email: m[2]! };
  return { name: t };
}

function authorFromObject(o: Record<string, unknown>): { name?: string; email?: string } | undefined {
  const name = typeof o.name === 'string' && o.name.trim() !== '' ? o.name.trim() : undefined;
  const email = typeof o.email === 'string' && o.email.trim() !== '' ? o.email.trim() : undefined;
  if (!name && !email) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}
