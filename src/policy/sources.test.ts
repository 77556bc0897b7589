import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../test/helpers/tree.js';
import { PalisadeError } from '../diagnostics.js';
import { collectDataDocuments, collectRegoSources } from './sources.js';

describe('collectDataDocuments (OPA\'s loader layout)', () => {
  it('puts a file at its directory\'s path under the listed directory; files directly in it merge at the root', () => {
    const dir = writeTree({
      'pkg/sub/data.json': '{"k": 1}',
      'pkg/sub/more.yaml': 'j: 2\n',
      'lists/values.json': '[1, 2]',
      'top.yml': 'a: {b: 1}\n',
      'extra.json': '{"a": {"c": 2}}',
      'policy.rego': 'package p',
    });
    expect(collectDataDocuments([dir])).toEqual({ pkg: { sub: { k: 1, j: 2 } }, lists: [1, 2], a: { b: 1, c: 2 } });
  });

  it('merges a listed file at the data root', () => {
    const dir = writeTree({ 'nested/d.json': '{"x": 1}' });
    expect(collectDataDocuments([join(dir, 'nested/d.json')])).toEqual({ x: 1 });
  });

  it('reports conflicting values, non-object root documents and bad syntax, naming each file', () => {
    const dir = writeTree({ 'a.json': '{"k": 1}', 'b.yaml': 'k: 2\n', 'c.json': '[1]', 'd.json': '{' });
    let error: unknown;
    try {
      collectDataDocuments([dir]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PalisadeError);
    const messages = (error as PalisadeError).diagnostics.map((d) => `${d.file.slice(dir.length + 1)}: ${d.message}`);
    expect(messages).toEqual([
      'b.yaml: merge error: data.k is already defined by another data file',
      'c.json: a data file at the data root must hold an object',
      expect.stringMatching(/^d\.json: data file does not parse: /),
    ]);
  });

  it('leaves out a Palisade policy folder\'s fixtures and --ignore\'d names', () => {
    const dir = writeTree({ 'p/policy.rego': 'package p', 'p/fixtures/pass.yaml': 'kind: Pod\n', 'skip.yaml': 'a: 1\n', 'keep.yaml': 'b: 1\n' });
    expect(collectDataDocuments([dir], { ignore: (n) => n === 'skip.yaml' })).toEqual({ b: 1 });
  });
});

describe('collectRegoSources', () => {
  it('leaves out tests unless asked, and --ignore\'d names', () => {
    const dir = writeTree({ 'a.rego': 'package a', 'a_test.rego': 'package a', 'vendor/v.rego': 'package v' });
    const names = (xs: Array<{ path: string }>) => xs.map((x) => x.path.slice(dir.length + 1));
    expect(names(collectRegoSources([dir]))).toEqual(['a.rego', 'vendor/v.rego']);
    expect(names(collectRegoSources([dir], { tests: true, ignore: (n) => n === 'vendor' }))).toEqual(['a.rego', 'a_test.rego']);
  });
});
