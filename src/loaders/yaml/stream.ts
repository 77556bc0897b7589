// A YAML stream → one parsed entry per non-empty document, with data, diagnostics and lazy
// positions, shared by the generic YAML, Kubernetes and GitHub loaders. The `yaml` package keeps
// node ranges on its Document, which is our source map: nothing extra is built until a finding
// asks for a location.
//
// Semantics chosen, because users' tools disagree: YAML 1.2 core schema (so `on:` in a workflow
// stays the string "on", as GitHub reads it); `<<` merge keys are honoured (Kubernetes users rely
// on them); duplicate keys keep the LAST value (as kubectl's decoder, PyYAML and JSON.parse do)
// and produce a warning. Must not know about Kubernetes or GitHub.

import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  Parser,
  visit,
  type Document as YDocument,
  type Node as YNode,
} from 'yaml';
import type { Diagnostic } from '../../diagnostics.js';
import { at, fileDiagnostic } from '../common/diag.js';
import { indentExtent, scanIgnores } from '../common/ignores.js';
import { LineIndex } from '../../text/line-index.js';
import { boundedToJS, guardedParse, parserCrash, unparsable, yamlLineBreaks, type YamlProblem } from '../../text/yaml-bounded.js';
import { FAST_BAIL, FastYaml, type FastNode } from '../../text/yaml-fast.js';
import { toLocation } from '../common/location.js';
import type { Limits } from '../common/options.js';
import type { InlineIgnore, Location, Route } from '../types.js';

export interface YamlEntry {
  /** Position of this document among the stream's documents (empty documents count too). */
  index: number;
  /** The `yaml` tree, or undefined when the fast front end decoded the document (see `fast`). */
  doc: YDocument.Parsed | undefined;
  /** The fast front end that decoded it, which rebuilds its location tree on the first locate. */
  fast?: { yaml: FastYaml; tree?: FastNode };
  data: unknown;
  /** Comment before the content (Helm writes `# Source: chart/templates/x.yaml` there). */
  commentBefore: string | undefined;
  /** Offsets [start, end) of the document's content. */
  start: number;
  end: number;
}

export interface YamlStream {
  path: string;
  text: string;
  lines: LineIndex;
  entries: YamlEntry[];
  ignores: InlineIgnore[];
  diagnostics: Diagnostic[];
}

type Found = { key?: YNode; node: YNode | null };

function keyText(n: unknown): string | undefined {
  // With merge keys on, `yaml` gives `<<` a symbol value.
  if (isScalar(n)) return n.value === null ? '' : typeof n.value === 'symbol' ? '<<' : String(n.value);
  return undefined;
}

/** The pair for `key` in a map, following `<<` merges; last occurrence wins, like toJS. */
function member(doc: YDocument.Parsed, map: YNode, key: string, seen = new Set<YNode>()): Found | undefined {
  if (!isMap(map) || seen.has(map)) return undefined;
  seen.add(map);
  let found: Found | undefined;
  const merges: YNode[] = [];
  for (const p of map.items) {
    if (!isPair(p)) continue;
    const k = keyText(p.key);
    if (k === key) found = { key: p.key as YNode, node: (p.value as YNode | null) ?? null };
    else if (k === '<<' && p.value) merges.push(p.value as YNode);
  }
  if (found) return found;
  for (const m of merges) {
    const targets = isSeq(m) ? (m.items as YNode[]) : [m];
    for (const t of targets) {
      const r = member(doc, resolve(doc, t), key, seen);
      if (r) return r;
    }
  }
  return undefined;
}

function resolve(doc: YDocument.Parsed, n: YNode): YNode {
  let cur: YNode = n;
  for (let i = 0; i < 64 && isAlias(cur); i++) {
    const r = cur.resolve(doc) as YNode | undefined;
    if (!r) break;
    cur = r;
  }
  return cur;
}

/** Offsets of line `n` (0-based) of a literal block scalar's content, from its first non-blank. */
function blockLine(text: string, from: number, to: number, n: number): [number, number] | undefined {
  let p = text.indexOf('\n', from) + 1;
  for (let i = 0; i < n && p > 0; i++) p = text.indexOf('\n', p) + 1;
  if (p <= 0 || p >= to) return undefined;
  const eol = text.indexOf('\n', p);
  const lineEnd = eol < 0 ? text.length : eol;
  let start = p;
  while (start < lineEnd && (text[start] === ' ' || text[start] === '\t')) start++;
  return [start, Math.max(start, lineEnd)];
}

/**
 * Location of `route` inside entry: object members span key start through value end; sequence
 * items span the item; a number after a literal block string selects one of its lines. Through
 * an alias, the span is inside the anchored node, where the value is written. A route that does
 * not exist resolves to its nearest existing ancestor.
 */
export function locateIn(stream: YamlStream, entry: YamlEntry, route: Route): Location {
  const { doc } = entry;
  if (!doc) return locateFast(stream, entry, route);
  let node: YNode | null = (doc.contents as YNode | null) ?? null;
  let start = entry.start;
  let end = entry.end;
  let matched = 0;
  for (const seg of route) {
    if (!node) break;
    // A number after a literal block string (`run: |`) selects a line of it, so a finding about
    // one line of a script lands on that line. Other scalars fold or escape their lines: the
    // route stops at the string there.
    if (isScalar(node) && node.type === 'BLOCK_LITERAL' && typeof seg === 'number' && node.range) {
      const line = blockLine(stream.text, node.range[0], node.range[1], seg);
      if (!line) break;
      [start, end] = line;
      matched++;
      break;
    }
    const container = resolve(doc, node);
    let next: Found | undefined;
    if (isMap(container)) next = member(doc, container, String(seg));
    else if (isSeq(container)) {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const item = container.items[i] as YNode | undefined;
      if (item !== undefined) next = { node: item };
    }
    if (!next) break;
    const kr = next.key?.range;
    const vr = next.node?.range;
    if (!kr && !vr) break;
    start = kr ? kr[0] : vr![0];
    end = vr ? Math.max(vr[1], start) : kr![1];
    node = next.node;
    matched++;
  }
  return toLocation(stream.path, stream.lines, start, end, route, matched);
}

/** locateIn over the fast front end's location tree: the same spans from the same offsets. */
function locateFast(stream: YamlStream, entry: YamlEntry, route: Route): Location {
  const fast = entry.fast!;
  let node: FastNode | undefined = (fast.tree ??= fast.yaml.locate(entry.start));
  let start = entry.start;
  let end = entry.end;
  let matched = 0;
  for (const seg of route) {
    if (!node) break;
    if (node.t === 0) {
      if (node.literal && typeof seg === 'number') {
        const line = blockLine(stream.text, node.s, node.e, seg);
        if (line) {
          [start, end] = line;
          matched++;
        }
      }
      break;
    }
    let next: FastNode | undefined;
    if (node.t === 1) {
      const i = node.keys.lastIndexOf(String(seg));
      if (i === -1) break;
      next = node.values[i]!;
      start = node.keyStart[i]!;
    } else {
      const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      next = node.items[i];
      if (!next) break;
      start = next.s;
    }
    end = Math.max(next.e, start);
    node = next;
    matched++;
  }
  return toLocation(stream.path, stream.lines, start, end, route, matched);
}

/** Duplicate keys, as warnings. Runs after the depth budget, so the tree is known to be shallow. */
function checkDuplicates(doc: YDocument.Parsed, path: string, lines: LineIndex, out: Diagnostic[]): void {
  const stack: YNode[] = [];
  if (doc.contents) stack.push(doc.contents as YNode);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isMap(n) || isSeq(n)) {
      if (isMap(n)) {
        const seen = new Set<string>();
        for (const p of n.items) {
          const k = keyText(p.key);
          if (k !== undefined && k !== '<<') {
            if (seen.has(k)) {
              out.push(
                at(path, lines.lineCol((p.key as YNode).range?.[0] ?? 0), 'input_duplicate_key', `key "${k}" appears more than once in this mapping; the last one wins`, 'remove the duplicate so the file says one thing', 'warning'),
              );
            } else seen.add(k);
          }
          if (p.value) stack.push(p.value as YNode);
        }
      } else {
        for (const it of n.items) if (it) stack.push(it as YNode);
      }
    }
  }
}

const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, merge: true } as const;

function streamOf(path: string, source: string): YamlStream {
  const text = yamlLineBreaks(source);
  return { path, text, lines: new LineIndex(text), entries: [], ignores: [], diagnostics: [] };
}

function parseFailed(stream: YamlStream, p: YamlProblem): void {
  stream.diagnostics.push(at(stream.path, stream.lines.lineCol(p.offset), p.kind === 'syntax' ? 'input_parse_error' : 'input_limit_error', p.message, 'flatten the data; Palisade refuses inputs that would exhaust the parser'));
}

/** The entry for the stream's `index`th document, or undefined (its problems then in `stream.diagnostics`). */
function entryOf(stream: YamlStream, doc: YDocument.Parsed, index: number, lim: Limits): YamlEntry | undefined {
  const { path, lines } = stream;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      if (e.code === 'RESOURCE_EXHAUSTION') {
        stream.diagnostics.push(
          at(path, lines.lineCol(e.pos[0]), 'input_limit_error', 'YAML is nested too deeply to parse', 'flatten the data; Palisade refuses inputs that would exhaust the parser'),
        );
        continue;
      }
      stream.diagnostics.push(
        at(path, lines.lineCol(e.pos[0]), 'input_parse_error', `invalid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML at this position (indentation, quoting or a missing `:` are the usual causes)'),
      );
    }
    return undefined;
  }
  // An empty document (`---` with nothing after it) has a null scalar with an empty range.
  const c0 = doc.contents as YNode | null;
  if (c0 === null || (isScalar(c0) && c0.value === null && (c0.range?.[0] ?? 0) === (c0.range?.[1] ?? 0))) return undefined;
  const decoded = boundedToJS(doc, lim);
  if (!decoded.ok) {
    const p = decoded.problem;
    const fix =
      p.kind === 'aliases'
        ? 'use fewer YAML aliases, or raise limits.maxAliasCount in the Palisade config if the file is trusted'
        : p.kind === 'depth'
          ? 'flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended'
          : 'check the file with a YAML linter (e.g. `yamllint`)';
    stream.diagnostics.push(at(path, lines.lineCol(p.offset), p.kind === 'syntax' ? 'input_parse_error' : 'input_limit_error', p.message, fix));
    return undefined;
  }
  if (decoded.duplicates) checkDuplicates(doc, path, lines, stream.diagnostics);
  const r = (doc.contents as YNode).range ?? [0, 0, 0];
  const c = doc.contents as YNode & { commentBefore?: string | null };
  return { index, doc, data: decoded.data, commentBefore: c.commentBefore ?? doc.commentBefore ?? undefined, start: r[0], end: r[1] };
}

/**
 * The stream's entries one by one, each handed on before the documents after the next one are
 * parsed (`yaml` composes a document before it yields the one before it), so a file of many
 * documents never holds all their trees at once: scanning 25,000
 * documents written 50 to a file peaked at ~245 MB RSS with the whole file parsed first, ~175 MB
 * with the same documents 10 to a file. Undefined when the text has `palisade:ignore` comments:
 * telling a comment from a `#` inside a scalar needs every document's scalars, so such a file
 * takes parseYamlStream. The stream's diagnostics are complete once the entries are. One
 * difference from parseYamlStream, on hostile text only: if the `yaml` package itself throws
 * part way (the nesting pre-check exists so that it does not), the entries before that point
 * have already been handed on.
 */
export function yamlEntries(path: string, source: string, lim: Limits): { stream: YamlStream; entries: Iterable<YamlEntry> } | undefined {
  if (source.includes('palisade:ignore')) return undefined;
  const stream = streamOf(path, source);
  function* entries(): Generator<YamlEntry> {
    const refused = unparsable(stream.text);
    if (refused) return parseFailed(stream, refused);
    // The fast front end takes documents while they are in its subset; `yaml` takes the rest of
    // the stream from the first one that is not (earlier ones were decided identically).
    const yaml = new FastYaml(stream.text, lim.maxDepth);
    let taken = 0;
    for (;;) {
      const d = yaml.next();
      if (d === undefined) return;
      if (d === FAST_BAIL) break;
      taken = d.index + 1;
      const c = d.content;
      if (c) yield { index: d.index, doc: undefined, fast: { yaml }, data: c.data, commentBefore: c.commentBefore, start: c.start, end: c.end };
    }
    let index = 0;
    try {
      for (const doc of new Composer(PARSE_OPTIONS).compose(new Parser().parse(stream.text)) as Iterable<YDocument.Parsed>) {
        if (index < taken) {
          index++;
          continue;
        }
        const entry = entryOf(stream, doc, index++, lim);
        if (entry) yield entry;
      }
    } catch (e) {
      parseFailed(stream, parserCrash(e));
    }
  }
  return { stream, entries: entries() };
}

export function parseYamlStream(path: string, source: string, lim: Limits): YamlStream {
  const stream = streamOf(path, source);
  const { text, lines } = stream;
  const parsed = guardedParse(text, () => parseAllDocuments(text, PARSE_OPTIONS) as Array<YDocument.Parsed>);
  if (!parsed.ok) {
    parseFailed(stream, parsed.problem);
    return stream;
  }
  let docs = parsed.value;
  // parseAllDocuments returns an EmptyStream (with no documents) for empty text.
  if (!Array.isArray(docs)) docs = [];
  docs.forEach((doc, index) => {
    const entry = entryOf(stream, doc, index, lim);
    if (entry) stream.entries.push(entry);
  });
  if (text.indexOf('palisade:ignore') === -1) return stream;
  const ig = scanIgnores(path, text, lines, { openers: ['#'], extent: indentExtent(text, lines) });
  // A `# palisade:ignore` inside a block or quoted scalar (a script in a ConfigMap) is data, not a comment.
  const literal: Array<[number, number]> = [];
  for (const d of docs) {
    visit(d, {
      Scalar(_, n) {
        if (n.type !== 'PLAIN' && n.range) literal.push([n.range[0], n.range[1]]);
      },
    });
  }
  // Sorted, then binary-searched: a file of many ignores and many scalars stays n log n.
  literal.sort((x, y) => x[0] - y[0]);
  const isData = (line: number, col: number) => {
    const o = lines.lineStart(line) + col - 1;
    let lo = 0;
    let hi = literal.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (literal[mid]![0] <= o) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Scalars do not nest, so only the last one starting at or before `o` can hold it.
    return best !== -1 && o < literal[best]![1];
  };
  stream.ignores = ig.ignores.filter((g) => !isData(g.region.startLine, g.region.startColumn));
  stream.diagnostics.push(...ig.diagnostics.filter((d) => !isData(d.line, d.col)));
  return stream;
}

/** The ignores that cover lines of this entry. */
export function ignoresFor(stream: YamlStream, entry: YamlEntry): InlineIgnore[] {
  if (stream.ignores.length === 0) return [];
  const first = stream.lines.lineCol(entry.start).line;
  const last = stream.lines.lineCol(Math.max(entry.start, entry.end - 1)).line;
  return stream.ignores.filter((ig) => ig.lines.end >= first && ig.lines.start <= last);
}

/** `# Source: chart/templates/x.yaml` from Helm's rendered output, if present. */
export function helmSource(entry: YamlEntry): string | undefined {
  const m = /^\s*Source:\s*(\S.*?)\s*$/m.exec(entry.commentBefore ?? '');
  return m?.[1];
}
