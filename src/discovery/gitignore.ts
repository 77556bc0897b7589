// .gitignore matching, implemented from git's documented rules (gitignore(5)): comments, escaped
// `#`/`!`/trailing spaces, negation, directory-only patterns, anchoring by a slash at the start
// or middle, `*`/`?`/`[...]` not crossing `/`, and the three `**` forms; nested .gitignore files
// apply relative to their directory and later (deeper) rules win; nothing inside an excluded
// directory can be re-included. Patterns are matched by the shared linear-time glob engine
// (src/text/glob-engine.ts), never a backtracking RegExp: a repository writes them. Must not
// read files: the walker feeds it rule text.

import { anyChar, classNode, GlobMatcher, literal, notSlash, optional, seq, star, type GlobNode } from '../text/glob-engine.js';

/** More rules than this in one file are not read (each rule is tested against every path). */
export const MAX_RULES_PER_FILE = 10_000;

export interface IgnoreRule {
  /** Directory the rules file sits in, repo-relative ('' for the root). */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  /** Matches a path relative to `base` (the shared linear-time glob engine: .gitignore text is repository content). */
  matcher: GlobMatcher;
  /** The pattern as written, for messages. */
  source: string;
}

// `**/` (and an unanchored pattern's implicit prefix): any leading directories, or none.
const ANY_DIRS = optional(seq(star(anyChar), literal('/')));
const IN_SEGMENT = star(notSlash);

/** Glob body (already stripped of `!`, leading and trailing `/`) → glob tree. */
function globToNode(p: string): GlobNode[] {
  const items: GlobNode[] = [];
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        let j = i;
        while (p[j] === '*') j++;
        const atEnd = j === p.length || p[j] === '/';
        if (atStart && atEnd) {
          if (j === p.length) {
            items.push(star(anyChar));
            i = j;
          } else {
            items.push(ANY_DIRS);
            i = j + 1;
          }
          continue;
        }
        // Other consecutive asterisks are plain `*`.
        items.push(IN_SEGMENT);
        i = j;
        continue;
      }
      items.push(IN_SEGMENT);
      i++;
    } else if (c === '?') {
      items.push(notSlash);
      i++;
    } else if (c === '[') {
      const cls = classNode(p, i, false);
      if (cls) {
        items.push(cls.node);
        i = cls.next;
      } else {
        items.push(literal('['));
        i++;
      }
    } else {
      const at = c === '\\' && i + 1 < p.length ? i + 1 : i;
      const ch = [...p.slice(at, at + 2)][0]!;
      items.push(literal(ch));
      i = at + ch.length;
    }
  }
  return items;
}

/** One line of a .gitignore (or an `ignore` entry of the Palisade config) → a rule, or undefined. */
export function compileRule(line: string, base: string): IgnoreRule | undefined {
  let p = line.replace(/\r$/, '');
  if (p === '' || p.startsWith('#')) return undefined;
  // Trailing spaces are ignored unless escaped with a backslash.
  p = p.replace(/(?<!\\)\s+$/, '');
  p = p.replace(/\\(\s)$/, '$1');
  if (p === '') return undefined;
  let negate = false;
  if (p.startsWith('!')) {
    negate = true;
    p = p.slice(1);
  } else if (p.startsWith('\\!') || p.startsWith('\\#')) p = p.slice(1);
  let dirOnly = false;
  if (p.endsWith('/') && !p.endsWith('\\/')) {
    dirOnly = true;
    p = p.replace(/\/+$/, '');
  }
  if (p === '') return undefined;
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  const body = globToNode(p);
  const matcher = new GlobMatcher(seq(...(anchored ? [] : [ANY_DIRS]), ...body));
  return { base, negate, dirOnly, matcher, source: line.trim() };
}

/** The rules of one file; `truncatedAt` is the 1-based line of the first rule not read (see MAX_RULES_PER_FILE). */
export function compileRules(text: string, base: string): IgnoreRule[] & { truncatedAt?: number } {
  const out: IgnoreRule[] & { truncatedAt?: number } = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const r = compileRule(lines[i]!, base);
    if (!r) continue;
    if (out.length === MAX_RULES_PER_FILE) {
      out.truncatedAt = i + 1;
      break;
    }
    out.push(r);
  }
  return out;
}

/** The last rule matching `path` (repo-relative), or undefined. Ancestors are not considered here. */
export function lastMatch(rules: readonly IgnoreRule[], path: string, isDir: boolean): IgnoreRule | undefined {
  let hit: IgnoreRule | undefined;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    let rel: string;
    if (r.base === '') rel = path;
    else if (path.startsWith(`${r.base}/`)) rel = path.slice(r.base.length + 1);
    else continue;
    if (r.matcher.test(rel)) hit = r;
  }
  return hit;
}

/** Whether `path` is ignored, including by an excluded ancestor directory (which no rule can undo). */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir: boolean): IgnoreRule | undefined {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const hit = lastMatch(rules, parts.slice(0, i).join('/'), true);
    if (hit && !hit.negate) return hit;
  }
  const hit = lastMatch(rules, path, isDir);
  return hit && !hit.negate ? hit : undefined;
}
