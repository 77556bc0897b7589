// The one bounded YAML decode: every YAML a repository controls (inputs, the config, waivers,
// policy METADATA, yaml.unmarshal) is turned into data here, under two budgets checked on the
// parsed tree before any value is built: nesting depth, counted through aliases (an alias to a
// deep anchor is as deep as the anchor, so aliases cannot smuggle depth past the limit), and
// alias expansion (the `yaml` package's maxAliasCount, against "billion laughs"). Parser crashes
// on hostile text (stack exhaustion) become problems with a position, never exceptions. Must not
// produce diagnostics itself: each caller words them for its file and code.

import { isAlias, isMap, isPair, isSeq, Scalar, YAMLMap, YAMLSeq, type Document as YDocument, type Node as YNode } from 'yaml';

export interface YamlBudget {
  maxDepth: number;
  maxAliasCount: number;
}

export const DEFAULT_YAML_BUDGET: YamlBudget = { maxDepth: 256, maxAliasCount: 100 };

export type YamlProblem = { kind: 'depth' | 'aliases' | 'syntax'; offset: number; message: string };

/**
 * Deepest nesting of `root`, following aliases, or `limit + 1` as soon as it exceeds `limit`.
 * Memoised per node, so shared anchors are measured once (linear in the tree, whatever the
 * aliasing); recursion never goes deeper than `limit + 1` frames.
 */
function depthOf(doc: YDocument.Parsed, root: YNode, limit: number): { depth: number; at: number } {
  const memo = new Map<YNode, number>();
  let deepAt = 0;
  const visit = (n: YNode | null | undefined, level: number): number => {
    if (!n) return 0;
    let node: YNode | undefined = n;
    for (let hops = 0; node && isAlias(node) && hops < 64; hops++) node = node.resolve(doc) as YNode | undefined;
    if (!node || !(isMap(node) || isSeq(node))) return 0;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (level > limit) {
      deepAt = node.range?.[0] ?? 0;
      return limit + 1;
    }
    memo.set(node, limit + 1); // a cycle (an alias inside its own anchor) counts as too deep
    let deepest = 0;
    for (const item of node.items as unknown[]) {
      const child = (isPair(item) ? item.value : item) as YNode | null;
      const key = isPair(item) ? (item.key as YNode | null) : null;
      deepest = Math.max(deepest, visit(child, level + 1), visit(key, level + 1));
      if (deepest > limit) break;
    }
    const d = Math.min(limit + 1, deepest + 1);
    memo.set(node, d);
    return d;
  };
  const depth = visit(root, 1);
  return { depth, at: deepAt };
}

const BAIL = Symbol('bail');

/**
 * The data of a tree that has no aliases, merge keys, collection keys or non-primitive scalars,
 * no deeper than `maxDepth`, in one walk that also notes whether some mapping repeats a key;
 * BAIL for anything else. For such trees it builds exactly what `doc.toJS()` builds (the same
 * objects, key order and `__proto__` handling, bigints as numbers), and the budgets cannot be
 * exceeded (no aliases to expand, depth checked on the way down), so the separate depth walk and
 * toJS's per-node bookkeeping are skipped. The profile of a Kubernetes scan had them at about a
 * tenth of the YAML cost. Everything else takes the general path below.
 */
function plainToJS(node: unknown, level: number, maxDepth: number, dup: { found: boolean }): unknown {
  if (node === null || node === undefined) return null;
  const proto = Object.getPrototypeOf(node);
  if (proto === Scalar.prototype) {
    const v = (node as Scalar).value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'bigint') return Number(v);
    return BAIL;
  }
  if (level > maxDepth) return BAIL;
  if (proto === YAMLSeq.prototype) {
    const items = (node as YAMLSeq).items;
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = plainToJS(items[i], level + 1, maxDepth, dup);
      if (v === BAIL) return BAIL;
      out[i] = v;
    }
    return out;
  }
  if (proto === YAMLMap.prototype) {
    const out: Record<string, unknown> = {};
    for (const pair of (node as YAMLMap).items) {
      const key = pair.key;
      let name: string;
      if (key === null || key === undefined) name = '';
      else if (Object.getPrototypeOf(key) !== Scalar.prototype) return BAIL;
      else {
        const k = (key as Scalar).value;
        if (k === null) name = '';
        else if (typeof k === 'string') {
          if (k === '<<') return BAIL;
          name = k;
        } else if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint') name = String(typeof k === 'bigint' ? Number(k) : k);
        else return BAIL;
      }
      const v = plainToJS(pair.value, level + 1, maxDepth, dup);
      if (v === BAIL) return BAIL;
      if (Object.hasOwn(out, name)) dup.found = true;
      // toJS defines `__proto__` as an own property rather than setting the prototype.
      if (name === '__proto__') Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  // Aliases, tagged collections (sets, ordered maps) and anything else.
  return BAIL;
}

/**
 * Checks one parsed document against the budget and builds its data; a problem instead of data
 * when over. `duplicates` is false only when no mapping of the tree repeats a key (true when the
 * general path ran and nobody looked).
 */
export function boundedToJS(doc: YDocument.Parsed, budget: YamlBudget = DEFAULT_YAML_BUDGET): { ok: true; data: unknown; duplicates: boolean } | { ok: false; problem: YamlProblem } {
  const root = doc.contents as YNode | null;
  const dup = { found: false };
  let plain: unknown = BAIL;
  try {
    plain = plainToJS(root, 1, budget.maxDepth, dup);
  } catch (e) {
    // Too deep for the stack: the general path words the problem.
    if (!(e instanceof RangeError)) throw e;
  }
  if (plain !== BAIL) return { ok: true, data: plain, duplicates: dup.found };
  if (root) {
    const d = depthOf(doc, root, budget.maxDepth);
    if (d.depth > budget.maxDepth) return { ok: false, problem: { kind: 'depth', offset: d.at, message: `nesting deeper than ${budget.maxDepth} levels (aliases included)` } };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: budget.maxAliasCount }), duplicates: true };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg)) {
      return { ok: false, problem: { kind: 'aliases', offset: root?.range?.[0] ?? 0, message: `document expands more than ${budget.maxAliasCount} aliases (a "billion laughs" pattern)` } };
    }
    if (e instanceof RangeError) return { ok: false, problem: { kind: 'depth', offset: root?.range?.[0] ?? 0, message: 'YAML is nested too deeply to decode' } };
    return { ok: false, problem: { kind: 'syntax', offset: root?.range?.[0] ?? 0, message: `invalid YAML: ${msg.split('\n')[0]}` } };
  }
}

/**
 * Nesting the `yaml` parser is never asked to handle. Past about 700 levels of flow collections or
 * compact sequences it exhausts the stack, and V8 does not always recover from that: a later
 * RegExp compile in the same process can die with a fatal "out of memory". So such text is
 * refused before parsing, by a linear scan that needs no stack.
 */
export const MAX_PARSE_NESTING = 512;

/** Offset where `text` nests flow collections or compact sequences deeper than `limit`, or -1. Conservative: quotes and comments are honoured, block scalars are not. */
export function tooDeepToParse(text: string, limit = MAX_PARSE_NESTING): number {
  let flow = 0;
  let lineStart = true;
  let markers = 0;
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      markers = 0;
      valueStart = true;
      continue;
    }
    if (c === 32 || c === 9) continue;
    const next = text.charCodeAt(i + 1);
    const spaceNext = next === 32 || next === 9 || next === 10 || Number.isNaN(next);
    if (flow === 0 && lineStart && (c === 45 || c === 63) && spaceNext) {
      // `- ` / `? `: each compact marker on a line is one more level.
      if (++markers > limit) return i;
      continue;
    }
    lineStart = false;
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
      const e = text.indexOf('\n', i);
      if (e === -1) break;
      i = e - 1;
      continue;
    }
    if ((c === 34 || c === 39) && (flow > 0 || valueStart)) {
      // A quoted scalar: skip it whole (`\"` escapes in double quotes, `''` in single).
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (c === 34 && d === 92) j++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      i = j;
      valueStart = false;
      continue;
    }
    if ((c === 91 || c === 123) && (flow > 0 || valueStart)) {
      if (++flow > limit) return i;
      valueStart = true;
      continue;
    }
    if ((c === 93 || c === 125) && flow > 0) {
      flow--;
      valueStart = false;
      continue;
    }
    // After `key: ` or `, ` a value starts; anything else is inside a plain scalar.
    valueStart = (c === 58 && spaceNext) || (c === 44 && flow > 0);
  }
  return -1;
}

/**
 * `text` with each lone carriage return as a line feed. YAML (1.2 §5.4) and the parsers of the
 * tools that apply manifests (go-yaml: kubectl, Helm, Actions) take a lone CR as a line break; the
 * `yaml` package does not, so a CR-only manifest would fail to parse here and go unscanned while
 * kubectl applies it. Same length, so every offset (and line:col) stays the file's own.
 */
export function yamlLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Why `text` must not be handed to the `yaml` parser at all (nesting it cannot survive), if so. */
export function unparsable(text: string): YamlProblem | undefined {
  const deep = tooDeepToParse(text);
  return deep === -1 ? undefined : { kind: 'depth', offset: deep, message: `YAML nests deeper than ${MAX_PARSE_NESTING} levels, too deep to parse safely` };
}

/** A crash of the `yaml` parser itself, as a problem. */
export function parserCrash(e: unknown): YamlProblem {
  if (e instanceof RangeError) return { kind: 'depth', offset: 0, message: 'YAML is nested too deeply to parse' };
  return { kind: 'syntax', offset: 0, message: `invalid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
}

/**
 * Runs a `yaml` parse of `text`, refusing nesting the parser cannot survive and turning a crash
 * of the parser itself into a problem.
 */
export function guardedParse<T>(text: string, parse: () => T): { ok: true; value: T } | { ok: false; problem: YamlProblem } {
  const refused = unparsable(text);
  if (refused) return { ok: false, problem: refused };
  try {
    return { ok: true, value: parse() };
  } catch (e) {
    return { ok: false, problem: parserCrash(e) };
  }
}

/** The first error of a parsed document as a problem (RESOURCE_EXHAUSTION is the parser's own depth guard). */
export function docProblem(doc: YDocument.Parsed): YamlProblem | undefined {
  const e = doc.errors[0];
  if (!e) return undefined;
  if (e.code === 'RESOURCE_EXHAUSTION') return { kind: 'depth', offset: e.pos[0], message: 'YAML is nested too deeply to parse' };
  return { kind: 'syntax', offset: e.pos[0], message: `invalid YAML: ${e.message.split('\n')[0]}` };
}
