// The bounded decode against the `yaml` package's own toJS, the reference: on hand-written edge
// cases and on every YAML file of the fixtures and (when present) the corpora, the data must be
// the same values with the same key order, and a tree reported free of repeated keys must have
// none. The corpora are skipped with one line when ../shared/corpora is absent.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document as YDocument, type Node as YNode } from 'yaml';
import { shape, yamlFiles } from '../../test/helpers/yaml-files.js';
import { boundedToJS, DEFAULT_YAML_BUDGET } from './yaml-bounded.js';

const parse = (text: string) => parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, merge: true }) as Array<YDocument.Parsed>;


function repeatsKey(n: unknown): boolean {
  if (isMap(n)) {
    const seen = new Set<string>();
    for (const p of n.items) {
      if (!isPair(p)) continue;
      const k = isScalar(p.key) ? String(p.key.value ?? '') : undefined;
      if (k !== undefined && seen.has(k)) return true;
      if (k !== undefined) seen.add(k);
      if (repeatsKey(p.value)) return true;
    }
  } else if (isSeq(n)) return n.items.some(repeatsKey);
  return false;
}

function expectSameAsReference(text: string, where: string): void {
  for (const doc of parse(text)) {
    if (doc.errors.length) continue;
    const got = boundedToJS(doc);
    let want: unknown;
    try {
      want = doc.toJS({ maxAliasCount: DEFAULT_YAML_BUDGET.maxAliasCount });
    } catch {
      expect(got.ok, where).toBe(false);
      continue;
    }
    if (!got.ok) continue; // over the depth budget: the reference does not check depth
    expect(shape(got.data), where).toEqual(shape(want));
    if (!got.duplicates) expect(repeatsKey(doc.contents as YNode), where).toBe(false);
  }
}


describe('boundedToJS builds what toJS builds', () => {
  it.each([
    ['scalars of the core schema', 'a: 1\nb: 0x1f\nc: 0o17\nd: 1.5e3\ne: .inf\nf: -.Inf\ng: .nan\nh: ~\ni: null\nj: true\nk: "1"\nl: 9007199254740993\nm: !!str 12\n'],
    ['key order, number, bool and null keys', 'z: 1\n1: one\ntrue: t\n~: n\n"": e\na: [1, {b: 2}]\n'],
    ['a repeated key (the last wins, in the first place)', 'a: 1\nb: 2\na: 3\n'],
    ['__proto__ and inherited names as keys', '__proto__: {polluted: true}\nconstructor: c\ntoString: s\n'],
    ['aliases and anchors', 'base: &b {cpu: 1}\ncopy: *b\nlist: [*b, *b]\n'],
    ['merge keys', 'base: &b {cpu: 1, mem: 2}\nm:\n  <<: *b\n  mem: 3\nquoted:\n  "<<": x\n'],
    ['collection keys', '? [a, b]\n: v\n{x: 1}: w\n'],
    ['tagged collections', 's: !!set {a, b}\no: !!omap [{a: 1}]\nm: !custom {a: 1}\n'],
    ['a scalar document', '"just text"\n'],
    ['an empty value and an empty key', 'a:\n: b\n'],
    ['block scalars', 'lit: |\n  one\n  two\nfold: >-\n  one\n  two\n'],
  ])('%s', (name, text) => expectSameAsReference(text, name));

  it('refuses a tree deeper than the budget, as the general path does', () => {
    const deep = `${'['.repeat(20)}1${']'.repeat(20)}`;
    const [doc] = parse(deep);
    const r = boundedToJS(doc!, { maxDepth: 10, maxAliasCount: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe('depth');
    expect(boundedToJS(doc!, { maxDepth: 20, maxAliasCount: 100 }).ok).toBe(true);
  });

  it('says a tree has no repeated key only when it has none', () => {
    const [clean] = parse('a: {b: 1, c: [ {d: 1} ]}\n');
    const [twice] = parse('a: {b: 1, c: [ {d: 1, d: 2} ]}\n');
    expect(boundedToJS(clean!)).toMatchObject({ ok: true, duplicates: false });
    expect(boundedToJS(twice!)).toMatchObject({ ok: true, duplicates: true });
  });

  it('on every YAML file of the fixtures and the corpora', () => {
    const files = yamlFiles('yaml-bounded');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expectSameAsReference(readFileSync(f, 'utf8'), f);
  }, 120_000);
});
