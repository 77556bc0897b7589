import { describe, expect, test } from 'vitest';
import { PalisadeError } from '../diagnostics.js';
import { parseModule } from './parser.js';

const parse = (src: string) => parseModule('a.rego', src);

function errorsOf(src: string): string[] {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof PalisadeError) return e.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);
    throw e;
  }
  throw new Error('expected an error');
}

describe('METADATA annotations', () => {
  test('a block before a rule annotates that rule (scope rule), with typed fields', () => {
    const src = [
      'package p',
      '',
      '# METADATA',
      '# title: No privileged containers',
      '# description: >-',
      '#   Privileged containers',
      '#   share the host.',
      '# organizations: [acme]',
      '# related_resources:',
      '#   - https://example.com/a',
      '#   - ref: https://example.com/b',
      '#     description: more',
      '# authors:',
      '#   - Jane Doe <jane@example.com>',
      '#   - name: Bob',
      '#   - bob@example.com',
      '# schemas:',
      '#   - input: schema.k8s',
      '# custom:',
      '#   id: k8s/privileged',
      '#   severity: high',
      'deny contains msg if {',
      '  msg := "x"',
      '}',
    ].join('\n');
    const m = parse(src);
    expect(m.annotations).toEqual([]);
    const [a] = m.rules[0]!.annotations;
    expect(a).toMatchObject({
      scope: 'rule',
      title: 'No privileged containers',
      description: 'Privileged containers share the host.',
      organizations: ['acme'],
      relatedResources: [{ ref: 'https://example.com/a' }, { ref: 'https://example.com/b', description: 'more' }],
      authors: [{ name: 'Jane Doe', email: 'jane@example.com' }, { name: 'Bob' }, { name: 'bob@example.com' }],
      schemas: [{ input: 'schema.k8s' }],
      custom: { id: 'k8s/privileged', severity: 'high' },
    });
    expect(src.slice(a!.span.start, a!.span.end)).toMatch(/^# METADATA\n[\s\S]*#   severity: high$/);
  });

  test('a block before the package annotates the package (scope package)', () => {
    const m = parse('# METADATA\n# title: Pack\n# custom:\n#   id: k8s/x\npackage k8s.x\n\np := 1');
    expect(m.annotations).toMatchObject([{ scope: 'package', title: 'Pack', custom: { id: 'k8s/x' } }]);
    expect(m.rules[0]!.annotations).toEqual([]);
  });

  test('explicit scopes: subpackages on the package, document on a rule, entrypoint implies document', () => {
    const m = parse('# METADATA\n# scope: subpackages\npackage a\n\n# METADATA\n# scope: document\n# title: D\np := 1\n\n# METADATA\n# entrypoint: true\nq := 2');
    expect(m.annotations.map((a) => a.scope)).toEqual(['subpackages']);
    expect(m.rules[0]!.annotations).toMatchObject([{ scope: 'document', title: 'D' }]);
    expect(m.rules[1]!.annotations).toMatchObject([{ scope: 'document', entrypoint: true }]);
  });

  test('unknown top-level fields are kept in custom; custom wins on a clash', () => {
    const m = parse('package a\n# METADATA\n# severity: low\n# id: x\n# custom:\n#   severity: high\np := 1');
    expect(m.rules[0]!.annotations[0]!.custom).toEqual({ severity: 'high', id: 'x' });
  });

  test('ordinary comments, and comments after a gap or not in column 1, are not part of a block', () => {
    const m = parse('package a\n# just a comment\n# title: nope\np := 1\n# METADATA\n# title: T\n  # indented: no\nq := 1');
    expect(m.rules[0]!.annotations).toEqual([]);
    expect(m.rules[1]!.annotations).toEqual([{ scope: 'rule', title: 'T', span: expect.any(Object) }]);
  });

  test.each([
    ['package a\n# METADATA\n# title: [unclosed\np := 1', '3:1: invalid METADATA YAML'],
    ['package a\n# METADATA\n# scope: everywhere\np := 1', "2:1: invalid annotation scope 'everywhere'. Use one of 'rule', 'document', 'package', or 'subpackages'"],
    ['package a\n# METADATA\n# scope: package\np := 1', "2:1: annotation scope 'package' must be applied to package (have rule)"],
    ['# METADATA\n# scope: rule\npackage a', "1:1: annotation scope 'rule' must be applied to rule (have package)"],
    ['package a\n# METADATA\n# title: x\nimport data.b', "2:1: invalid annotation scope 'import'"],
    ['package a\np := 1\n# METADATA\n# title: x', '3:1: METADATA block is not followed by a package or rule'],
    ['package a\n# METADATA\np := 1', '2:1: expected METADATA block, found whitespace'],
    ['package a\n# METADATA\n# - a list\np := 1', '2:1: invalid METADATA: expected a YAML mapping'],
    ['package a\n# METADATA\n# entrypoint: maybe\np := 1', '2:1: invalid METADATA field entrypoint: expected true or false'],
    ['package a\n# METADATA\n# related_resources: [{description: x}]\np := 1', '2:1: invalid METADATA field related_resources'],
    ['package a\n# METADATA\n# title: a\n# title: b\np := 1', '4:1: invalid METADATA YAML'],
    ['package a\n# METADATA\n# scope: rule\n# entrypoint: true\np := 1', "2:1: annotation entrypoint applied to non-document or package scope 'rule'"],
  ])('%j is a rego_parse_error at the block', (src, want) => {
    const errs = errorsOf(src);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.startsWith(want)).toBe(true);
  });
});
