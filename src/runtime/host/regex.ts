// regex.* builtins with Go regexp semantics (leftmost-first, like JS backtracking, once the
// pattern is translated by re2.ts), including Go's rule for empty matches in the *All functions:
// an empty match right where the previous match ended is skipped.
// Owns: match, is_valid, find_n, split, replace, find_all_string_submatch_n, template_match,
// globs_match. Must not parse RE2 syntax itself.

import { fail, int, str } from './errors.js';
import { compileRe2 } from './re2.js';
import { globsIntersect } from './globs_match.js';
import type { Value } from './values.js';

/** Go's FindAll*: up to n matches (n < 0: all). */
function findAll(re: RegExp, s: string, n: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= s.length && (n < 0 || out.length < n)) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (end === start && start === prevEnd) {
      // Go: an empty match abutting the previous one is ignored; move on one rune
      if (start >= s.length) break;
      pos = start + String.fromCodePoint(s.codePointAt(start)!).length;
      continue;
    }
    out.push(m);
    prevEnd = end;
    pos = end > start ? end : start + (start < s.length ? String.fromCodePoint(s.codePointAt(start)!).length : 1);
  }
  return out;
}

/** Go's Regexp.Expand for ReplaceAllString templates: `$1`, `$name`, `${name}`, `$$`. */
function expand(template: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const rest = template.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i++;
      continue;
    }
    const brace = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const bare = /^[A-Za-z0-9_]+/.exec(rest);
    const name = brace ? brace[1]! : bare ? bare[0] : undefined;
    if (name === undefined) {
      out += '$';
      continue;
    }
    i += brace ? brace[0].length : bare![0].length;
    if (/^\d+$/.test(name)) {
      const idx = Number(name);
      out += idx < m.length ? (m[idx] ?? '') : '';
    } else {
      out += m.groups?.[name] ?? '';
    }
  }
  return out;
}

/** Go's Regexp.Split(s, -1). */
function goSplit(re: RegExp, pattern: string, s: string): string[] {
  if (pattern.length > 0 && s.length === 0) return [''];
  const parts: string[] = [];
  let beg = 0;
  let end = 0;
  for (const m of findAll(re, s, -1)) {
    end = m.index;
    const mEnd = m.index + m[0].length;
    if (mEnd !== 0) parts.push(s.slice(beg, end));
    beg = mEnd;
  }
  if (end !== s.length) parts.push(s.slice(beg));
  return parts;
}

function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/**
 * regex.template_match: literal text with regular expressions between the delimiters, as OPA's
 * gorilla-style template compiler does it (each delimited part must balance its own braces).
 */
function templateMatch(template: string, value: string, open: string, close: string): boolean {
  let pattern = '';
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf(open, i);
    if (start < 0) {
      pattern += quoteMeta(template.slice(i));
      break;
    }
    pattern += quoteMeta(template.slice(i, start));
    let level = 1;
    let j = start + open.length;
    for (; j < template.length && level > 0; ) {
      if (template.startsWith(open, j)) {
        level++;
        j += open.length;
      } else if (template.startsWith(close, j)) {
        level--;
        j += close.length;
      } else j++;
    }
    if (level !== 0) fail(`unbalanced braces in ${JSON.stringify(template)}`);
    pattern += `(${template.slice(start + open.length, j - close.length)})`;
    i = j;
  }
  const re = compileRe2(`^${pattern}$`);
  re.lastIndex = 0;
  return re.test(value);
}

export const regexBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'regex.match': (pattern, value) => {
    const re = compileRe2(str(pattern, 1));
    const s = str(value, 2);
    re.lastIndex = 0;
    return re.test(s);
  },
  'regex.is_valid': (pattern) => {
    if (typeof pattern !== 'string') return false;
    try {
      compileRe2(pattern);
      return true;
    } catch {
      return false;
    }
  },
  'regex.find_n': (pattern, value, n) => {
    const re = compileRe2(str(pattern, 1));
    return findAll(re, str(value, 2), int(n, 3)).map((m) => m[0]);
  },
  'regex.split': (pattern, value) => {
    const p = str(pattern, 1);
    return goSplit(compileRe2(p), p, str(value, 2));
  },
  'regex.replace': (s, pattern, value) => {
    const x = str(s, 1);
    const re = compileRe2(str(pattern, 2));
    const tpl = str(value, 3);
    let out = '';
    let last = 0;
    for (const m of findAll(re, x, -1)) {
      out += x.slice(last, m.index) + expand(tpl, m);
      last = m.index + m[0].length;
    }
    return out + x.slice(last);
  },
  'regex.find_all_string_submatch_n': (pattern, value, n) => {
    const re = compileRe2(str(pattern, 1));
    return findAll(re, str(value, 2), int(n, 3)).map((m) => Array.from(m, (g) => g ?? ''));
  },
  'regex.template_match': (template, value, open, close) =>
    templateMatch(str(template, 1), str(value, 2), str(open, 3), str(close, 4)),
  'regex.globs_match': (a, b) => globsIntersect(str(a, 1), str(b, 2)),
};
