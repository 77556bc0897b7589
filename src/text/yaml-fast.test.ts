// The fast YAML front end against `yaml`, the reference: a stream read through yamlEntries (fast
// documents, `yaml` from the first document outside the subset) must give what parseYamlStream
// (`yaml` only) gives — the same documents with the same index, data (values and key order),
// offsets and comment, the same diagnostics, and the same location for every route into the data
// and for routes that miss. Checked on hand-written cases, every YAML file of the fixtures and
// corpora (skipped with one line when ../shared/corpora is absent), the bench's manifests and
// generated streams; the subset is also held to covering what manifests are made of.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../bench/manifests.js';
import { shape, yamlFiles } from '../../test/helpers/yaml-files.js';
import { limits } from '../loaders/common/options.js';
import { locateIn, parseYamlStream, yamlEntries, type YamlEntry } from '../loaders/yaml/stream.js';
import type { Route } from '../loaders/types.js';
import { coreScalar, FAST_BAIL, FastYaml } from './yaml-fast.js';


const LIM = limits({});


/** Every route into `v`, and beside each a few that miss (a key, an index, a line of a string). */
function routes(v: unknown, at: Route = [], out: Route[] = []): Route[] {
  out.push(at, [...at, 'nope'], [...at, 7]);
  if (typeof v === 'string') out.push([...at, 0], [...at, 1], [...at, 2]);
  if (Array.isArray(v)) v.forEach((x, i) => routes(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) routes(x, [...at, k], out);
  return out;
}

/** Checks one stream; returns how many documents the fast front end decoded. */
function expectSame(text: string, where = 'f.yaml'): { fast: number; all: number } {
  const reference = parseYamlStream(where, text, LIM);
  const lazy = yamlEntries(where, text, LIM);
  if (!lazy) return { fast: 0, all: reference.entries.length };
  const entries: YamlEntry[] = [...lazy.entries];
  const summary = (e: YamlEntry) => ({ index: e.index, data: shape(e.data), start: e.start, end: e.end, commentBefore: e.commentBefore });
  expect(entries.map(summary), where).toEqual(reference.entries.map(summary));
  expect(lazy.stream.diagnostics, where).toEqual(reference.diagnostics);
  entries.forEach((e, i) => {
    // Big documents (CRDs) have tens of thousands of routes: an even sample of them keeps this quick.
    const all = routes(e.data);
    const stride = Math.ceil(all.length / 200);
    for (let r = 0; r < all.length; r += stride) {
      const route = all[r]!;
      expect(locateIn(lazy.stream, e, route), `${where} #${e.index} ${JSON.stringify(route)}`).toEqual(locateIn(reference, reference.entries[i]!, route));
    }
  });
  return { fast: entries.filter((e) => !e.doc).length, all: entries.length };
}


describe('fast YAML front end', () => {
  it.each([
    ['block map and sequence', 'kind: X\nm:\n  a: 1   # c\n  b: ~\n  c: [x, y]\nl:\n- 1\n- b: 2\n  c: 3\n'],
    ['streams and comments before documents', '# Source: a\nkind: X\n---\n# Source: b\n\n#\nkind: Y\n---\n---\nk: v\n---\n'],
    ['a prelude before the first marker', '# licence\n---\n# Source: c\nk: v\n'],
    ['a licence header', '# Copyright\n#\n# Licensed\n\n# more\n\napiVersion: v1\n'],
    ['a licence header before a marker', '# Copyright\n#\n\n# Licensed\n\n---\n# Source: x\napiVersion: v1\n---\napiVersion: v2\n'],
    ['comments above the first key', '\n# a\n\n# b\nk: v\n---\n# a\n\nk: v\n'],
    ['comments where collections end', 'a:\n  - b: 1\n    c: 2\n  # x\n  - d: 3\n  # y\ne:\n  f: 1\n  # z\n# w\n---\na:\n  b:\n    c: 1\n  # x\n---\na:\n  - 1\n    # deeper\nb: 2\n---\na:\n  b: 1\n\n  # after a blank\nc: 1\n'],
    ['literal blocks', 'a: |\n  one\n\n  two\n\nb: |-\n    x\n     y\nc:\n  - |\n    z\n'],
    ['scalars of the core schema', 'a: [0o17, 0x1F, +12, -3, .5, 1e3, .inf, -.Inf, .NaN, ~, Null, TRUE, false, 1_0, 0b1, 12345678901234567890]\n'],
    ['keys that are not strings', '1: a\n1.50: b\ntrue: c\n~: d\n0x10: e\n"q": f\n\'s\': g\n__proto__: h\n'],
    ['quoted scalars', 'a: "x\\ty\\u00e9\\"\\\\"\nb: \'it\'\'s\'\nc: "a # b"\nd: \'\'\n'],
    ['flow collections', 'a: {p: q, r: "s", t: [1, {u: v}], w: {}}\nb: []\nc: [a, "b", \'c\', http://x:1/y]\n'],
    ['spaces before a colon', 'a : 1\nb  :\n  c : x y\nd :\n  - e : 2\n    f :\n"g" : 3\n'],
    ['empty values', 'a:\nb:\n  c:\nd:\n- \n-\n- e\n'],
    ['sequence items that are maps', 'spec:\n  containers:\n  - name: a\n    env:\n      - name: X\n        value: "1"\n  - name: b\n'],
    ['comments between entries', 'a: 1\n# c\nb:\n  # d\n  c: 2\n  # e\n  d: 3\nf: 4\n'],
    ['outside the subset, then inside', 'a: &x 1\nb: *x\n---\nc: 2\n---\nd: !!str 3\n---\ne: >\n  folded\n  text\n---\nf: 5\n'],
    ['errors after fast documents', 'a: 1\n---\nb: [1\n---\nc: 3\n'],
    ['repeated keys', 'a: 1\n---\nb: 1\nb: 2\n---\nc: 1\n'],
    ['merge keys', 'base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n'],
    ['multi-line plain scalars', 'a: one\n  two   \n\n   three\nb:\n  - x y\n    z\n  - k: v\n      w # c\nc: 1\n  2\n\n\n  3\n\nd: 4\n'],
    ['multi-line plain scalars that are errors', 'a: x\n  b: c\n---\na: x\n  # c\n  y\n---\na: x\n  - y\n---\na: 1\n'],
    ['a top-level scalar and sequence', '- a\n- b: 1\n---\njust text\n---\n[1, 2]\n'],
    ['no final newline', 'a:\n  b: c'],
    ['comments at the end', 'a:\n  b: 1\n  # c\n---\na: 1\n# d\n---\na:\n- 1\n# e\n'],
    ['end of stream marker', 'a: 1\n...\n---\nb: 2\n'],
  ])('%s', (_name, text) => {
    expectSame(text);
  });

  it('decodes the bench manifests itself, identically', () => {
    const docs = Array.from({ length: 40 }, (_, i) => `# Source: app/templates/${i}.yaml\n${manifest(i)}`).join('---\n');
    expect(expectSame(docs)).toEqual({ fast: 40, all: 40 });
  });

  it('resolves plain scalars as the core schema does', () => {
    const cases: Array<[string, unknown]> = [
      ['null', null],
      ['~', null],
      ['True', true],
      ['0o10', 8],
      ['-0', -0],
      ['0x_1', '0x_1'],
      ['1.', 1],
      ['.', '.'],
      ['-.inf', Number.NEGATIVE_INFINITY],
      ['1e', '1e'],
      ['nginx', 'nginx'],
      ['no', 'no'],
    ];
    for (const [s, v] of cases) expect(coreScalar(s), s).toEqual(v);
  });

  it('gives up on what it does not cover, without reporting', () => {
    for (const text of ['a: &x 1\n', 'a: !t 1\n', '%YAML 1.2\n---\na: 1\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', '\uFEFFa: 1\n', 'a: "x\n  y"\n']) {
      const y = new FastYaml(text, 100);
      expect(y.next(), JSON.stringify(text)).toBe(FAST_BAIL);
    }
  });

  it('on every YAML file of the fixtures and the corpora', () => {
    const files = yamlFiles('yaml-fast');
    expect(files.length).toBeGreaterThan(50);
    let fast = 0;
    let all = 0;
    for (const f of files) {
      const r = expectSame(readFileSync(f, 'utf8'), f);
      fast += r.fast;
      all += r.all;
    }
    // Most real documents are in the subset; if this drops, something common started to bail.
    console.log(`yaml-fast: ${fast} of ${all} documents of ${files.length} files decoded by the fast front end`);
    expect(fast / all).toBeGreaterThan(0.5);
  }, 300_000);

  it('on generated streams', () => {
    let fast = 0;
    let all = 0;
    const scalar = fc.constantFrom('a', 'nginx:1.2', '1', '0x1F', '1e3', '.inf', 'true', 'null', '~', '', 'a b', 'a: b', 'a #b', 'a#b', '- x', '-x', '"q"', "'s'", "it's", '|', '>', '[x]', '{y}', 'http://h:1', ':', '?', '@x', '&a', '*a', '!t', '%', 'é', '\t', ' lead', 'trail ', '0o7', '+1', '__proto__', '<<');
    const key = fc.constantFrom('a', 'b', 'name', '1', 'true', 'null', '~', '__proto__', '<<', 'a b', 'k:v', '-k', '"q"', "'s'", '');
    type Tree = string | Tree[] | Array<[string, Tree]>;
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('t'), { maxLength: 3 }), fc.array(fc.tuple(key, tie('t')), { maxLength: 3 }).map((xs) => ({ pairs: xs }) as unknown as Tree)),
    })).t;
    const quote = (s: string, style: number) => (style === 1 ? JSON.stringify(s) : style === 2 ? `'${s.replaceAll("'", "''")}'` : s);
    const render = (t: Tree, ind: number, style: number, step: number): string => {
      const pad = ' '.repeat(ind);
      if (typeof t === 'string') {
        if (style === 3 && t.length > 0) return `|\n${pad}${' '.repeat(step)}${t}\n`;
        return ` ${quote(t, style)}\n`;
      }
      const m = (t as unknown as { pairs?: Array<[string, Tree]> }).pairs;
      if (style === 4) {
        const flow = (x: Tree): string => (typeof x === 'string' ? quote(x, 1) : (x as unknown as { pairs?: Array<[string, Tree]> }).pairs ? `{${(x as unknown as { pairs: Array<[string, Tree]> }).pairs.map(([k, v]) => `${quote(k, 1)}: ${flow(v)}`).join(', ')}}` : `[${(x as Tree[]).map(flow).join(', ')}]`);
        return ` ${flow(t)}\n`;
      }
      if (m) {
        if (m.length === 0) return ' {}\n';
        return '\n' + m.map(([k, v], i) => `${pad}${quote(k, (style + i) % 3)}:${render(v, ind + step, (style + i + 1) % 5, step)}${i === 1 ? `${' '.repeat(Math.max(0, ind + ((style % 3) - 1) * step))}# note\n${style === 2 ? '\n' : ''}` : ''}`).join('');
      }
      if ((t as Tree[]).length === 0) return ' []\n';
      return '\n' + (t as Tree[]).map((v, i) => `${pad}-${render(v, ind + step, (style + i) % 5, step)}`).join('');
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 4 }), fc.nat(4), fc.integer({ min: 1, max: 3 }), fc.constantFrom('', '# Source: x\n', '\n', '# a\n\n# b\n')), { minLength: 1, maxLength: 3 }), (docs) => {
        const text = docs.map(([m, style, step, before]) => before + m.map(([k, v], i) => `${quote(k, i % 3)}:${render(v, step, (style + i) % 5, step)}`).join('')).join('---\n');
        const r = expectSame(text);
        fast += r.fast;
        all += r.all;
      }),
      { numRuns: 400 },
    );
    // The generator must reach the fast path often, or it tests only the fallback.
    expect(fast / all).toBeGreaterThan(0.2);
  });
});
