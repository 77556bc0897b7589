// Glob matching for waiver keys (policy ids, file paths, resource names). Owns the small glob
// dialect the waiver docs describe; written here rather than borrowed so its meaning is ours and
// documented: `**` any number of path segments, `*` and `?` within one segment, `[abc]`/`[!a-z]`
// classes, `{a,b}` alternatives. Matching is the shared linear-time engine's
// (src/text/glob-engine.ts): a waiver file must not be able to stall a scan with its patterns.
// Must not touch the filesystem.

import { bracketClass } from '../text/glob-class.js';
import { anyChar, classNode, GlobMatcher, literal, notSlash, seq, star, type GlobNode } from '../text/glob-engine.js';

export interface GlobOptions {
  /**
   * When false, `*` also crosses `/` (resource names such as `Deployment/prod/*` or
   * `module.net.*` are not paths, so one star should cover the rest of the name).
   */
  segments: boolean;
}

const cache = new Map<string, GlobMatcher>();
// `**` followed by `/`: zero or more whole segments (one shared node, so that repeats collapse).
const SEGMENTS = star(seq(star(notSlash), literal('/')));

/** Parses `glob` from `i` up to an unmatched `}` or, inside braces, a `,` (see parseGlob). */
function parseSeq(glob: string, start: number, opts: GlobOptions, depth: number): { node: GlobNode; next: number } {
  const one = opts.segments ? notSlash : anyChar;
  const items: GlobNode[] = [];
  let i = start;
  for (; i < glob.length; i++) {
    const c = glob[i]!;
    if (depth > 0 && (c === '}' || c === ',')) break;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        i++;
        if (opts.segments && atStart && glob[i + 1] === '/') {
          // `**/` matches zero or more whole segments.
          items.push(SEGMENTS);
          i++;
        } else items.push(star(atStart && atEnd ? anyChar : one));
      } else items.push(star(one));
    } else if (c === '?') items.push(one);
    else if (c === '[') {
      const cls = classNode(glob, i, !opts.segments);
      if (!cls) items.push(literal('['));
      else {
        items.push(cls.node);
        i = cls.next - 1;
      }
    } else if (c === '{') {
      const options: GlobNode[] = [];
      let j = i + 1;
      for (;;) {
        const part = parseSeq(glob, j, opts, depth + 1);
        options.push(part.node);
        j = part.next;
        if (glob[j] !== ',') break;
        j++;
      }
      items.push({ type: 'alt', options });
      // An unclosed `{` runs to the end of the pattern.
      i = glob[j] === '}' ? j : j - 1;
    } else if (c === '}' && depth === 0) items.push(literal('}'));
    else if (c === '\\' && i + 1 < glob.length) items.push(literal([...glob.slice(++i, i + 2)][0]!));
    else {
      const ch = [...glob.slice(i, i + 2)][0]!;
      items.push(literal(ch));
      i += ch.length - 1;
    }
  }
  return { node: seq(...items), next: i };
}

/** The compiled glob (cached: waivers are matched against every finding). */
export function compileGlob(glob: string, opts: GlobOptions = { segments: true }): GlobMatcher {
  const key = `${opts.segments ? 's' : 'n'}:${glob}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = new GlobMatcher(parseSeq(glob, 0, opts, 0).node)));
  return hit;
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
  return compileGlob(glob, opts).test(value);
}

/** True when the pattern has glob syntax, i.e. is not simply an exact name. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}
