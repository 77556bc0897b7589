// The one glob matcher behind every glob dialect Palisade reads (.gitignore files and the config's
// `ignore`, waiver keys, inline ignores, `policies.exclude`): each dialect parses its own syntax
// into the small tree below, and this module matches it in time linear in the value (times the
// pattern's size) by simulating the automaton state set by state set, never backtracking. These
// patterns come from repositories and waiver files, so a pattern such as `*a*a*a*a*b` or
// `**/**/**/…x` must not cost exponential time as a backtracking RegExp would.
// Must not know any dialect's syntax (bracket classes come from ./glob-class.ts).

import { bracketClass } from './glob-class.js';

export type GlobNode =
  /** One character satisfying `test` (a literal, `?`, a bracket class); `literal` when it is one exact character. */
  | { type: 'char'; test: (c: string) => boolean; literal?: string }
  | { type: 'seq'; items: GlobNode[] }
  | { type: 'alt'; options: GlobNode[] }
  /** Zero or more repetitions. */
  | { type: 'star'; item: GlobNode };

export const anyChar: GlobNode = { type: 'char', test: () => true };
export const notSlash: GlobNode = { type: 'char', test: (c) => c !== '/' };
export const literal = (ch: string): GlobNode => ({ type: 'char', test: (c) => c === ch, literal: ch });
export const seq = (...items: GlobNode[]): GlobNode => ({ type: 'seq', items });
export const star = (item: GlobNode): GlobNode => ({ type: 'star', item });
export const optional = (item: GlobNode): GlobNode => ({ type: 'alt', options: [item, seq()] });

/**
 * The bracket class starting at `p[i] === '['` as a one-character node, or undefined when it has
 * no closing `]` (then `[` is a literal). `slash`: whether the class may match `/`.
 */
export function classNode(p: string, i: number, slash: boolean): { node: GlobNode; next: number } | undefined {
  const cls = bracketClass(p, i, slash);
  if (!cls) return undefined;
  // The fragment always matches exactly one character: testing it on one character is constant time.
  const re = new RegExp(`^${cls.re}$`, 'u');
  return { node: { type: 'char', test: (c) => re.test(c) }, next: cls.next };
}

/** A compiled glob: a Thompson automaton whose states either consume one character or branch. */
export class GlobMatcher {
  /** Per state: the test of its consuming edge (to state + 1), or undefined for a branch state. */
  private readonly tests: Array<((c: string) => boolean) | undefined> = [];
  /** Per branch state: the states it leads to without consuming. */
  private readonly jumps: number[][] = [];
  private readonly start: number;
  private readonly accept: number;
  /** Scratch for close(), reused across steps. */
  private readonly stack: number[] = [];

  /** Exact text every match starts with, ends with, and contains: most values are rejected by these alone. */
  private readonly prefix: string;
  private readonly suffix: string;
  private readonly needle: string;

  constructor(root: GlobNode) {
    [this.start, this.accept] = this.build(root);
    const items = root.type === 'seq' ? root.items : [root];
    const lit = (n: GlobNode | undefined) => (n?.type === 'char' ? n.literal : undefined);
    let i = 0;
    while (lit(items[i]) !== undefined) i++;
    this.prefix = items.slice(0, i).map(lit).join('');
    let j = items.length;
    while (j > i && lit(items[j - 1]) !== undefined) j--;
    this.suffix = items.slice(j).map(lit).join('');
    let run = '';
    let longest = '';
    for (const n of items) {
      const c = lit(n);
      run = c === undefined ? '' : run + c;
      if (run.length > longest.length) longest = run;
    }
    this.needle = longest;
  }

  private state(test?: (c: string) => boolean): number {
    this.tests.push(test);
    this.jumps.push([]);
    return this.tests.length - 1;
  }

  /** Adds `node`'s states; returns its entry and exit states. */
  private build(node: GlobNode): [number, number] {
    switch (node.type) {
      case 'char': {
        const s = this.state(node.test);
        return [s, this.state()];
      }
      case 'seq': {
        const s = this.state();
        let end = s;
        for (const [i, item] of node.items.entries()) {
          // `x*x*` is `x*`: repeated stars (`***`, `**/**/`) would only add states to every step.
          const prev = node.items[i - 1];
          if (item.type === 'star' && prev?.type === 'star' && prev.item === item.item) continue;
          const [a, b] = this.build(item);
          this.jumps[end]!.push(a);
          end = b;
        }
        return [s, end];
      }
      case 'alt': {
        const s = this.state();
        const e = this.state();
        for (const o of node.options) {
          const [a, b] = this.build(o);
          this.jumps[s]!.push(a);
          this.jumps[b]!.push(e);
        }
        return [s, e];
      }
      case 'star': {
        const s = this.state();
        const e = this.state();
        const [a, b] = this.build(node.item);
        this.jumps[s]!.push(a, e);
        this.jumps[b]!.push(a, e);
        return [s, e];
      }
    }
  }

  /** Adds `s` and every state reachable from it without consuming to `set` (marks: states seen this step). */
  private close(s: number, set: number[], marks: Uint32Array, step: number): void {
    const stack = this.stack;
    stack.push(s);
    while (stack.length) {
      const x = stack.pop()!;
      if (marks[x] === step) continue;
      marks[x] = step;
      if (this.tests[x]) set.push(x);
      else if (x === this.accept) set.push(x);
      for (const y of this.jumps[x]!) if (marks[y] !== step) stack.push(y);
    }
  }

  /** Whether the whole of `value` matches. */
  test(value: string): boolean {
    if (!value.startsWith(this.prefix) || !value.endsWith(this.suffix) || !value.includes(this.needle)) return false;
    const marks = new Uint32Array(this.tests.length);
    let step = 1;
    let current: number[] = [];
    this.close(this.start, current, marks, step);
    for (const c of value) {
      if (current.length === 0) return false;
      step++;
      const next: number[] = [];
      for (const s of current) if (this.tests[s]?.(c)) this.close(s + 1, next, marks, step);
      current = next;
    }
    return current.includes(this.accept);
  }
}
