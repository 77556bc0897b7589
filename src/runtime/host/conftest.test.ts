import { describe, expect, it } from 'vitest';
import { hostImplementations } from './index.js';
import { parserForPath } from './conftest-formats.js';
import { BuiltinError } from './errors.js';

const files: Record<string, string> = {
  '/p/a.yaml': 'kind: A\n---\nkind: B\n',
  '/p/b.json': '{"kind": "C"}',
};
const impl = hostImplementations({ files: { read: (p) => ({ path: `/p/${p}`, text: files[`/p/${p}`] ?? '' }) } });
const parse = (parser: string, text: string) => impl['parse_config']!(parser, text);

describe('conftest parse_config', () => {
  it('reads YAML (several documents as a list) and JSON', () => {
    expect(parse('yaml', 'a: 1\n')).toEqual({ a: 1 });
    expect(parse('yaml', 'a: 1\n---\nb: 2\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parse('json', '{"a": [1]}')).toEqual({ a: [1] });
  });

  it('reads HCL2 as hcl2json does: blocks as lists under type and labels, other expressions as ${source}', () => {
    const tf = 'resource "aws_s3_bucket" "b" {\n  acl = "private"\n  tags = { env = "prod" }\n  n = 1 + 2\n  name = "x-${var.y}"\n  versioning { enabled = true }\n}\n';
    expect(parse('hcl2', tf)).toEqual({
      resource: { aws_s3_bucket: { b: [{ acl: 'private', tags: { env: 'prod' }, n: '${1 + 2}', name: 'x-${var.y}', versioning: [{ enabled: true }] }] } },
    });
  });

  it('reads TOML and INI', () => {
    expect(parse('toml', 'a = "x"\n[t]\nn = 1_000\nl = [1, 2]\n[[arr]]\nk = true\n[[arr]]\nk = false\n')).toEqual({ a: 'x', t: { n: 1000, l: [1, 2] }, arr: [{ k: true }, { k: false }] });
    expect(parse('ini', 'x = 0\n[s]\nport = 80\nname = "w"\n')).toEqual({ s: { port: '80', name: 'w' } });
  });

  it('reads a Dockerfile as moby\'s instruction list', () => {
    expect(parse('dockerfile', 'FROM alpine:3 AS b\nRUN apk add curl\nENV A=1\n')).toEqual([
      [
        { Cmd: 'from', SubCmd: '', JSON: false, Flags: [], Value: ['alpine:3', 'AS', 'b'], Stage: 0 },
        { Cmd: 'run', SubCmd: '', JSON: false, Flags: [], Value: ['apk add curl'], Stage: 0 },
        { Cmd: 'env', SubCmd: '', JSON: false, Flags: [], Value: ['A', '1'], Stage: 0 },
      ],
    ]);
  });

  it('rejects an unknown parser and bad syntax with a builtin error', () => {
    expect(() => parse('cue', 'a: 1')).toThrow(BuiltinError);
    expect(() => parse('toml', 'a = ')).toThrow(BuiltinError);
    expect(() => parse('hcl2', 'resource "a" {')).toThrow(BuiltinError);
  });
});

describe('conftest parse_config_file and parse_combined_config_files', () => {
  it('pick the parser from the file name and combine documents as [{path, contents}] sorted by path', () => {
    expect(impl['parse_config_file']!('b.json')).toEqual({ kind: 'C' });
    expect(impl['parse_combined_config_files']!(['b.json', 'a.yaml'])).toEqual([
      { path: '/p/a.yaml', contents: { kind: 'A' } },
      { path: '/p/a.yaml', contents: { kind: 'B' } },
      { path: '/p/b.json', contents: { kind: 'C' } },
    ]);
    expect([parserForPath('main.tf'), parserForPath('Dockerfile.dev'), parserForPath('x.yml'), parserForPath('noext')]).toEqual(['hcl2', 'dockerfile', 'yaml', 'yaml']);
  });

  it('is a builtin error where the run gives no file access (scans)', () => {
    expect(() => hostImplementations()['parse_config_file']!('b.json')).toThrow(/only `palisade test` provides/);
  });
});
