// Glob matching for waiver keys (policy ids, file paths, resource names). Owns the small glob
// dialect the waiver docs describe; written here rather than borrowed so its meaning is ours and
// documented: `**` any number of path segments, `*` and `?` within one segment, `[abc]`/`[!a-z]`
// classes, `{a,b}` alternatives. Must not touch the filesystem.

import { bracketClass } from '../text/glob-class.js';

export interface GlobOptions {
  /**
   * When false, `*` also crosses `/` (resource names such as `Deployment/prod/*` or
   * `module.net.*` are not paths, so one star should cover the rest of the name).
   */
  segments: boolean;
}

const cache = new Map<string, RegExp>();

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

export function globToRegExp(glob: string, opts: GlobOptions = { segments: true }): RegExp {
  const key = `${opts.segments ? 's' : 'n'}:${glob}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const star = opts.segments ? '[^/]*' : '.*';
  const one = opts.segments ? '[^/]' : '.';
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        i++;
        if (opts.segments && atStart && glob[i + 1] === '/') {
          // `**/` matches zero or more whole segments.
          re += '(?:[^/]*/)*';
          i++;
        } else if (atStart && atEnd) re += '.*';
        else re += star;
      } else re += star;
    } else if (c === '?') re += one;
    else if (c === '[') {
      const cls = bracketClass(glob, i, !opts.segments);
      if (!cls) re += '\\[';
      else {
        re += cls.re;
        i = cls.next - 1;
      }
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else if (c === '\\' && i + 1 < glob.length) re += escapeRe(glob[++i]!);
    else re += escapeRe(c);
  }
  re += ')'.repeat(depth);
  const compiled = new RegExp(`^${re}$`, 'u');
  cache.set(key, compiled);
  return compiled;
}

/** What is wrong with a glob a user wrote (it still compiles, matching less), or undefined. */
export function globProblem(glob: string): string | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '[') {
      const cls = bracketClass(glob, i, false);
      if (cls?.problem) return cls.problem;
      if (cls) i = cls.next - 1;
    }
  }
  return undefined;
}

export function globMatch(glob: string, value: string, opts?: GlobOptions): boolean {
  return globToRegExp(glob, opts).test(value);
}

/** True when the pattern has glob syntax, i.e. is not simply an exact name. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}
