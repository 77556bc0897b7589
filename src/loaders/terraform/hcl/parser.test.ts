import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../paths.js';
import { literalString, type Expr } from './ast.js';
import { parseHcl, parseHclExpression } from './parser.js';

const expr = (t: string): Expr => {
  const r = parseHclExpression(t);
  if (r.error) throw new Error(r.error.message);
  return r.expr!;
};

describe('HCL2 parser: bodies', () => {
  const text = ['# comment', 'resource "aws_s3_bucket" "b" {', '  bucket = "x" // trailing', '  versioning {', '    enabled = true', '  }', '}', 'locals { a = 1 }', ''].join('\n');
  const { body, errors } = parseHcl(text);
  it('has no errors', () => expect(errors).toEqual([]));
  it('finds blocks, labels and attributes with exact offsets', () => {
    const b = body.blocks[0]!;
    expect([b.type, ...b.labels]).toEqual(['resource', 'aws_s3_bucket', 'b']);
    const a = b.body.attrs[0]!;
    expect(text.slice(a.s, a.e)).toBe('bucket = "x"');
    expect(text.slice(b.body.blocks[0]!.s, b.body.blocks[0]!.e)).toBe('versioning {\n    enabled = true\n  }');
    expect(body.blocks[1]!.body.attrs[0]!.name).toBe('a');
  });
});

describe('HCL2 parser: expressions', () => {
  it.each([
    ['1 + 2 * 3', 'bin'],
    ['a ? b : c', 'cond'],
    ['!a && b || c', 'bin'],
    ['[for k, v in m : v if v != ""]', 'for'],
    ['{for k, v in m : k => v...}', 'for'],
    ['aws_instance.web[*].id', 'splat'],
    ['var.list.*.name', 'splat'],
    ['f(a, b...)', 'call'],
    ['provider::aws::arn_parse(x)', 'call'],
    ['{ a = 1, "b" = 2\n (c) = 3 }', 'object'],
    ['[1, 2,\n 3,]', 'tuple'],
    ['a.b[0]["c"].d', 'get'],
    ['-x', 'un'],
    ['-1.5e3', 'lit'],
  ])('%s → %s', (src, t) => expect(expr(src).t).toBe(t));

  it('precedence: * binds tighter than +, comparison tighter than &&', () => {
    const x = expr('1 + 2 * 3') as Expr & { t: 'bin' };
    expect([x.op, x.r.t]).toEqual(['+', 'bin']);
    const y = expr('a < b && c >= d') as Expr & { t: 'bin' };
    expect(y.op).toBe('&&');
  });

  it('templates: interpolation, escapes, literal $${ and directives with strip markers', () => {
    const t = expr('"a-${var.x}\\n$${no} %{ if c ~} yes %{~ else }no%{ endif }"');
    expect(t.t).toBe('tpl');
    const parts = (t as Expr & { t: 'tpl' }).parts;
    expect(parts.map((p) => p.t)).toEqual(['str', 'interp', 'str', 'if']);
    expect(parts[2]).toEqual({ t: 'str', v: '\n${no} ' });
    const d = parts[3] as { then: unknown[]; else: unknown[] };
    expect(d.then).toEqual([{ t: 'str', v: 'yes' }]);
    expect(d.else).toEqual([{ t: 'str', v: 'no' }]);
  });

  it('heredocs, plain and indented', () => {
    const { body, errors } = parseHcl('a = <<EOT\nhello\n  ${x}\nEOT\nb = <<-EOT\n    one\n      two\n    EOT\nc = 1\n');
    expect(errors).toEqual([]);
    expect(body.attrs.map((a) => a.name)).toEqual(['a', 'b', 'c']);
    expect(literalString(body.attrs[1]!.expr)).toBe('one\n  two\n');
  });

  it('broken input is an error with an offset and a fix, and parsing resumes at the next block', () => {
    const text = 'resource "a" "b" {\n  x = \n}\nresource "c" "d" {\n  y = "ok"\n}\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.fix).not.toBe('');
    expect(body.blocks.map((b) => b.labels[0])).toEqual(['c']);
  });

  it.each(['resource "a" "b" {', '}}}', 'x = "unterminated\n', 'a = <<EOF\nno end', '/* open', 'a = (((', 'a = "${'])('never throws on %j', (t) => {
    expect(() => parseHcl(t)).not.toThrow();
    expect(parseHcl(t).errors.length).toBeGreaterThan(0);
  });
});

const corpora = join(PACKAGE_ROOT, '..', 'shared', 'corpora');
const tfFiles = existsSync(corpora) ? fg.sync(['terraform-configs/**/*.tf', 'real-repos/terraform-aws-modules+terraform-aws-vpc/**/*.tf', 'peer-labels/**/terraform/**/*.tf'], { cwd: corpora }) : [];
describe.skipIf(tfFiles.length === 0)('real configurations parse without errors (skipped: ../shared/corpora absent)', () => {
  it(`${tfFiles.length} files`, () => {
    const failures: string[] = [];
    for (const f of tfFiles) {
      const { errors } = parseHcl(readFileSync(join(corpora, f), 'utf8'));
      if (errors.length) failures.push(`${f}: ${errors[0]!.message} @${errors[0]!.offset}`);
    }
    expect(failures).toEqual([]);
  });
});
