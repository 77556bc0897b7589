import { describe, expect, it } from 'vitest';
import { globMatch, isGlob } from './glob.js';

describe('glob', () => {
  it.each([
    ['deploy/**', 'deploy/a.yaml', true],
    ['deploy/**', 'deploy/x/y/a.yaml', true],
    ['deploy/**', 'deployments/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['**/*.yaml', 'x/y/a.yml', false],
    ['deploy/*.yaml', 'deploy/a.yaml', true],
    ['deploy/*.yaml', 'deploy/x/a.yaml', false],
    ['deploy/**/web.yaml', 'deploy/web.yaml', true],
    ['deploy/**/web.yaml', 'deploy/a/b/web.yaml', true],
    ['**', 'anything/at/all', true],
    ['*.{yml,yaml}', 'a.yml', true],
    ['*.{yml,yaml}', 'a.json', false],
    ['file?.tf', 'file1.tf', true],
    ['file?.tf', 'file/.tf', false],
    ['[ab].json', 'b.json', true],
    ['[!ab].json', 'b.json', false],
    ['[!ab].json', 'c.json', true],
    ['a+b (1).yaml', 'a+b (1).yaml', true],
    ['a.yaml', 'aXyaml', false],
    ['k8s/*', 'k8s/privileged-container', true],
    ['k8s/*', 'terraform/s3-public', false],
    ['*', 'k8s/privileged-container', false],
    ['{a,{b,c}d}.tf', 'cd.tf', true],
    ['{a,{b,c}d}.tf', 'c.tf', false],
    ['x{a,b', 'xb', true],
    ['a}b,c', 'a}b,c', true],
    ['\\*.tf', '*.tf', true],
    ['\\*.tf', 'a.tf', false],
    ['[z-a].tf', 'q.tf', false],
    ['ü*/🙂?.tf', 'ü1/🙂x.tf', true],
  ])('path glob %s ~ %s → %s', (glob, value, expected) => {
    expect(globMatch(glob, value)).toBe(expected);
  });

  it.each([
    ['Deployment/prod/*', 'Deployment/prod/web', true],
    ['Deployment/*', 'Deployment/prod/web', true],
    ['module.net.*', 'module.net.aws_security_group.x', true],
    ['aws_s3_bucket.logs', 'aws_s3_bucket.logs', true],
    ['aws_s3_bucket.logs', 'aws_s3_bucketXlogs', false],
  ])('name glob %s ~ %s → %s', (glob, value, expected) => {
    expect(globMatch(glob, value, { segments: false })).toBe(expected);
  });

  // A waiver file is written by whoever can open a pull request: its patterns must not be able to
  // stall matching (a backtracking RegExp takes exponential or high-polynomial time on these).
  it.each([
    ['many stars', `${'*a'.repeat(40)}*b`, 'a'.repeat(5000)],
    ['many globstars', `${'**/'.repeat(200)}x`, `${'d/'.repeat(2000)}y`],
    ['stars within a segment, crossing names', `${'*?'.repeat(300)}!`, 'n'.repeat(2000)],
    ['nested alternatives', `${'{a,a*'.repeat(30)}${'}'.repeat(30)}b`, 'a'.repeat(3000)],
  ])('matches a pathological pattern (%s) without backtracking', (_, glob, value) => {
    expect(globMatch(glob, value)).toBe(false);
    expect(globMatch(glob, value, { segments: false })).toBe(false);
    // The same pattern still matches where it should.
    expect(globMatch(`${glob}*`, `${value}`, { segments: false })).toBe(globMatch(`${glob}*`, value, { segments: false }));
  });

  it('tells globs from exact names', () => {
    expect(isGlob('k8s/*')).toBe(true);
    expect(isGlob('k8s/privileged-container')).toBe(false);
  });
});
