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

  it('tells globs from exact names', () => {
    expect(isGlob('k8s/*')).toBe(true);
    expect(isGlob('k8s/privileged-container')).toBe(false);
  });
});
