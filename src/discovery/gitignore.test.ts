import { describe, expect, it } from 'vitest';
import { compileRules, isIgnored } from './gitignore.js';

const check = (text: string, path: string, isDir = false, extra: Array<[string, string]> = []) => {
  const rules = [...compileRules(text, ''), ...extra.flatMap(([base, t]) => compileRules(t, base))];
  return isIgnored(rules, path, isDir) !== undefined;
};

describe('gitignore rules', () => {
  it.each([
    ['*.log', 'a.log', false, true],
    ['*.log', 'deep/dir/a.log', false, true],
    ['*.log', 'a.log.txt', false, false],
    ['/build', 'build', true, true],
    ['/build', 'src/build', true, false],
    ['build/', 'src/build', true, true],
    ['build/', 'src/build', false, false],
    ['doc/frotz', 'doc/frotz', true, true],
    ['doc/frotz', 'a/doc/frotz', true, false],
    ['**/foo', 'a/b/foo', false, true],
    ['**/foo/bar', 'x/foo/bar', false, true],
    ['abc/**', 'abc/x/y', false, true],
    ['abc/**', 'abc', true, false],
    ['a/**/b', 'a/b', false, true],
    ['a/**/b', 'a/x/y/b', false, true],
    ['foo*bar', 'foo/bar', false, false],
    ['f?o', 'foo', false, true],
    ['f[a-c]o', 'fbo', false, true],
    ['f[!a-c]o', 'fbo', false, false],
    ['\\#hash', '#hash', false, true],
    ['# comment', '# comment', false, false],
    ['\\!bang', '!bang', false, true],
    ['trail   ', 'trail', false, true],
    ['sp\\ ', 'sp ', false, true],
    ['*.yaml\n!keep.yaml', 'keep.yaml', false, false],
    ['*.yaml\n!keep.yaml', 'other.yaml', false, true],
    // a file inside an excluded directory cannot be re-included
    ['dir/\n!dir/keep.yaml', 'dir/keep.yaml', false, true],
    ['dir/*\n!dir/keep.yaml', 'dir/keep.yaml', false, false],
    ['a**b', 'axxb', false, true],
    ['a/**/**/**/b', 'a/b', false, true],
    ['a/**/**/**/b', 'a/x/y/z/w/b', false, true],
    ['[z-a]', 'q', false, false],
    ['\\*x', '*x', false, true],
    ['\\*x', 'ax', false, false],
  ])('%j on %s (dir=%s) → %s', (rules, path, isDir, want) => {
    expect(check(rules, path, isDir)).toBe(want);
  });
  it('matches patterns built to backtrack in linear time (a repository writes them)', () => {
    const name = `${'a'.repeat(3000)}.yaml`;
    expect(check(`${'*a'.repeat(40)}*b`, name)).toBe(false);
    expect(check(`${'**/'.repeat(400)}zz`, `${'d/'.repeat(1000)}y`)).toBe(false);
    expect(check(`${'**/'.repeat(400)}zz`, `${'d/'.repeat(1000)}zz`)).toBe(true);
  });
  it('nested .gitignore applies relative to its directory and wins over the parent', () => {
    expect(check('*.json', 'sub/x.json', false, [['sub', '!x.json']])).toBe(false);
    expect(check('', 'sub/y.json', false, [['sub', '/y.json']])).toBe(true);
    expect(check('', 'other/y.json', false, [['sub', '*.json']])).toBe(false);
    expect(check('', 'sub/deep/y.json', false, [['sub', '/y.json']])).toBe(false);
  });
});
