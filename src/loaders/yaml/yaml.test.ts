import { describe, expect, it } from 'vitest';
import { limits } from '../common/options.js';
import type { Route } from '../types.js';
import { loadYaml } from './load.js';
import { parseYamlStream, yamlEntries, type YamlStream } from './stream.js';

const load = (text: string, opts = {}) => loadYaml({ path: 'f.yaml', text }, opts);
type Span = [number, number, number, number];

describe('yaml locate', () => {
  const text = [
    'a: 1', //                                  1
    '---', //                                   2
    'spec:', //                                 3
    '  containers:', //                         4
    '    - name: web', //                       5
    '      securityContext:', //                6
    '        privileged: true', //              7
    '    - {name: side, image: "x:1"}', //      8
    '  script: |', //                           9
    '    echo one', //                         10
    '    echo two', //                         11
    '  base: &b', //                           12
    '    cpu: 1', //                           13
    '  copy: *b', //                           14
    '  merged:', //                            15
    '    <<: *b', //                           16
    '    mem: 2', //                           17
    '  flow: [1, [2, 3]]', //                  18
    '  "quoted key": v', //                    19
    '  80: http', //                           20
    '',
  ].join('\n');
  const cases: Array<[number, Route, Span, boolean]> = [
    [0, ['a'], [1, 1, 1, 5], false],
    [1, ['spec', 'containers', 0, 'securityContext', 'privileged'], [7, 9, 7, 25], false],
    [1, ['spec', 'containers', 0], [5, 7, 7, 25], false],
    [1, ['spec', 'containers', 1, 'image'], [8, 20, 8, 32], false],
    [1, ['spec', 'containers', 1, 'nope'], [8, 7, 8, 33], true],
    [1, ['spec', 'script'], [9, 3, 11, 13], false],
    // A line of a literal block string: that line, from its first non-blank.
    [1, ['spec', 'script', 1], [11, 5, 11, 13], false],
    [1, ['spec', 'script', 5], [9, 3, 11, 13], true],
    [1, ['spec', 'quoted key', 0], [19, 3, 19, 18], true],
    [1, ['spec', 'copy', 'cpu'], [13, 5, 13, 11], false],
    [1, ['spec', 'merged', 'cpu'], [13, 5, 13, 11], false],
    [1, ['spec', 'merged', 'mem'], [17, 5, 17, 11], false],
    [1, ['spec', 'flow', 1, 0], [18, 14, 18, 15], false],
    [1, ['spec', 'quoted key'], [19, 3, 19, 18], false],
    [1, ['spec', '80'], [20, 3, 20, 11], false],
    [1, ['spec', 'containers', 9, 'x'], [4, 3, 8, 33], true],
  ];
  it.each(cases)('doc %i %j', (i, route, [sl, sc, el, ec], approx) => {
    const { documents, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(2);
    const loc = documents[i]!.locate(route);
    expect(loc.region).toEqual({ startLine: sl, startColumn: sc, endLine: el, endColumn: ec });
    expect(loc.approximate !== undefined).toBe(approx);
  });
  it('data follows YAML 1.2 core with merge keys', () => {
    const d = load(text).documents[1]!.data as { spec: Record<string, unknown> };
    expect(d.spec.merged).toEqual({ cpu: 1, mem: 2 });
    expect(d.spec.script).toBe('echo one\necho two\n');
    expect(load('on: push').documents[0]!.data).toEqual({ on: 'push' });
  });
});

describe('yaml hostile input', () => {
  it('billion laughs is a limit error, not a hang', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const r = load(lol.join('\n'));
    expect(r.documents).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ code: 'input_limit_error', line: 1 });
  });
  it('nesting depth', () => {
    const r = load('x: ' + '['.repeat(300) + ']'.repeat(300));
    expect(r.diagnostics[0]).toMatchObject({ code: 'input_limit_error' });
    const r2 = load('x: ' + '['.repeat(20000) + ']'.repeat(20000));
    expect(r2.diagnostics[0]!.code).toBe('input_limit_error');
  });
  it('duplicate keys: last wins and a warning at the second key', () => {
    const r = load('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(r.documents[0]!.data).toEqual({ a: 1, b: { c: 2 } });
    expect(r.diagnostics).toMatchObject([{ code: 'input_duplicate_key', line: 4, col: 3, severity: 'warning' }]);
    expect(r.documents[0]!.locate(['b', 'c']).region.startLine).toBe(4);
  });
  it('invalid YAML names line:col and keeps the good documents', () => {
    const r = load('ok: 1\n---\na: [1, 2\nb: 3\n---\nfine: 2\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'input_parse_error', line: 4 });
    expect(r.documents.map((d) => d.data)).toEqual([{ ok: 1 }, { fine: 2 }]);
  });
  it('tabs for indentation are a parse error', () => {
    expect(load('a:\n\tb: 1\n').diagnostics[0]!.code).toBe('input_parse_error');
  });
  it('empty and comment-only files have no documents and no diagnostics', () => {
    expect(load('')).toEqual({ documents: [], diagnostics: [] });
    expect(load('# nothing\n---\n')).toEqual({ documents: [], diagnostics: [] });
  });
});

describe('inline ignores in YAML', () => {
  it('own-line comment covers the next node; trailing covers its line', () => {
    const text = 'spec:\n  # palisade:ignore k8s/privileged-container CNI needs it\n  securityContext:\n    privileged: true\n  hostPID: true # palisade:ignore k8s/host-pid debug pod\nx: "# palisade:ignore not/a-comment"\n';
    const r = load(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.documents[0]!.ignores).toMatchObject([
      { policyId: 'k8s/privileged-container', reason: 'CNI needs it', lines: { start: 2, end: 4 } },
      { policyId: 'k8s/host-pid', reason: 'debug pod', lines: { start: 5, end: 5 } },
    ]);
  });
  it('the marker inside a block scalar is data, not a comment', () => {
    const r = load('data:\n  script: |\n    # palisade:ignore k8s/x not a comment\n    run\n');
    expect(r.documents[0]!.ignores).toEqual([]);
  });
  it('an ignore without a policy id is a warning', () => {
    expect(load('a: 1 # palisade:ignore\n').diagnostics[0]).toMatchObject({ code: 'waiver_error', severity: 'warning' });
  });
});

describe('yamlEntries (one document at a time)', () => {
  const lim = limits(undefined);
  const plain = (s: YamlStream) => ({ entries: s.entries.map(({ doc: _doc, fast: _fast, ...e }) => e), diagnostics: s.diagnostics, text: s.text });
  const same = (path: string, text: string) => {
    const lazy = yamlEntries(path, text, lim);
    if (!lazy) return expect(text).toContain('palisade:ignore');
    for (const e of lazy.entries) lazy.stream.entries.push(e);
    expect(plain(lazy.stream), path).toEqual(plain(parseYamlStream(path, text, lim)));
  };

  it.each([
    ['documents, empty ones and a List', 'a: 1\n---\n---\n# Source: x/y.yaml\nkind: List\nitems: [{kind: Pod}]\n'],
    ['a broken document between good ones', 'a: 1\n---\nb: [1\n---\nc: 3\n'],
    ['a repeated key and an alias bomb', `a: 1\na: 2\n---\n${'x0: &a0 [1]\n'}${Array.from({ length: 12 }, (_, i) => `x${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}]`).join('\n')}\n`],
    ['nesting refused before parsing', `${'['.repeat(600)}${']'.repeat(600)}\n`],
    ['empty text', ''],
    ['directives', '%YAML 1.2\n---\na: 1\n...\n'],
  ])('%s: what parseYamlStream makes', (_name, text) => same('f.yaml', text));

  // Every YAML file of the fixtures and corpora, locations included: src/text/yaml-fast.test.ts.

  it('hands each document on before the rest of the file is decoded', () => {
    const lazy = yamlEntries('f.yaml', 'a: 1\n---\nb: [1\n', lim)!;
    const it = lazy.entries[Symbol.iterator]();
    expect(it.next().value?.data).toEqual({ a: 1 });
    expect(lazy.stream.diagnostics).toEqual([]);
    expect(it.next().done).toBe(true);
    expect(lazy.stream.diagnostics.map((d) => d.code)).toEqual(['input_parse_error']);
  });

  it('leaves files with palisade:ignore comments to parseYamlStream', () => {
    expect(yamlEntries('f.yaml', 'a: 1 # palisade:ignore k8s/x reason\n', lim)).toBeUndefined();
  });
});
