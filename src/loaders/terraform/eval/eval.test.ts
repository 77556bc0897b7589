import { describe, expect, it } from 'vitest';
import { parseHclExpression } from '../hcl/parser.js';
import { evaluate, references, type Scope } from './expr.js';
import { materialize, UNKNOWN, type Value } from './values.js';

const scope = (names: Record<string, Value> = {}): Scope => ({ lookup: (n) => names[n] });
const ev = (src: string, names: Record<string, Value> = {}): Value => {
  const p = parseHclExpression(src);
  if (!p.expr) throw new Error(p.error!.message);
  return materialize(evaluate(p.expr, scope(names)));
};

// Expected values are the examples of Terraform's function documentation.
describe("Terraform's functions", () => {
  it.each([
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    ['format("There are %d lights", 4)', 'There are 4 lights'],
    ['format("%-5s|%05d|%.2f|%q", "a", 42, 3.14159, "x")', 'a    |00042|3.14|"x"'],
    ['formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])', ['Salutations, Valentina!', 'Salutations, Ander!']],
    ['jsonencode({"hello" = "world", a = [1, true, null]})', '{"a":[1,true,null],"hello":"world"}'],
    ['jsondecode("{\\"a\\": [1, 2]}").a[1]', 2],
    ['title("hello world")', 'Hello World'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['substr("hello world", 1, 4)', 'ello'],
    ['replace("hello world", "/w.*d/", "everybody")', 'hello everybody'],
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    ['lookup({a = "ay", b = "bee"}, "c", "what?")', 'what?'],
    ['element(["a", "b", "c"], 3)', 'a'],
    ['flatten([["a", "b"], [], ["c"]])', ['a', 'b', 'c']],
    ['merge({a = "b", c = "d"}, {e = "f", c = "z"})', { a: 'b', c: 'z', e: 'f' }],
    ['setproduct(["a", "b"], ["x"])', [['a', 'x'], ['b', 'x']]],
    ['range(1, 4)', [1, 2, 3]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['coalesce("", "b")', 'b'],
    ['try(local.missing, "fallback")', 'fallback'],
    ['can(regex("^ami-", "ami-123"))', true],
    ['can(regex("^ami-", "x"))', false],
    ['base64decode(base64encode("hi"))', 'hi'],
    ['sha256("hello world")', 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
    ['upper(join("-", split(",", "a,b")))', 'A-B'],
    ['length(keys({x = 1, y = 2}))', 2],
    ['yamldecode("a: [1, 2]\\n")', { a: [1, 2] }],
  ] as Array<[string, Value]>)('%s', (src, want) => expect(ev(src, { local: {} })).toEqual(want));
});

describe('expressions', () => {
  it.each([
    ['"${a}-%{ if b }yes%{ else }no%{ endif }"', 'x-yes'],
    ['"%{ for i, v in l }${i}=${v};%{ endfor }"', '0=p;1=q;'],
    ['[for v in l : upper(v) if v != "q"]', ['P']],
    ['{for k, v in m : v => k...}', { '1': ['x', 'y'] }],
    ['objs[*].n', [1, 2]],
    ['objs.*.n', [1, 2]],
    ['b ? 1 : 2', 1],
    ['"1" + 2', 3],
    ['"1" == 1', false],
    ['!b || 1 > 2', false],
    ['m["x"]', 1],
    ['l.0', 'p'],
  ] as Array<[string, Value]>)('%s', (src, want) =>
    expect(ev(src, { a: 'x', b: true, l: ['p', 'q'], m: { x: 1, y: 1 }, objs: [{ n: 1 }, { n: 2 }] })).toEqual(want),
  );

  it('anything computed from an unknown value is unknown', () => {
    expect(ev('"${u}-x"', { u: UNKNOWN })).toBe(UNKNOWN);
    expect(ev('upper(u)', { u: UNKNOWN })).toBe(UNKNOWN);
    expect(ev('u ? 1 : 2', { u: UNKNOWN })).toBe(UNKNOWN);
    expect(ev('length([u, 1])', { u: UNKNOWN })).toBe(2);
    expect(ev('false && u', { u: UNKNOWN })).toBe(false);
    expect(ev('timestamp()')).toBe(UNKNOWN);
  });

  it('lists references as a plan does', () => {
    const refs = (src: string) => references(parseHclExpression(src).expr!);
    expect(refs('aws_s3_bucket.b.id')).toEqual(['aws_s3_bucket.b.id', 'aws_s3_bucket.b']);
    expect(refs('"${var.env}-${aws_instance.web[0].id}"')).toEqual(['var.env', 'aws_instance.web[0].id', 'aws_instance.web[0]', 'aws_instance.web']);
    expect(refs('data.aws_iam_policy_document.p.json')).toEqual(['data.aws_iam_policy_document.p.json', 'data.aws_iam_policy_document.p']);
    expect(refs('[for s in var.subnets : s.id]')).toEqual(['var.subnets']);
    expect(refs('aws_subnet.s[each.key].id')).toEqual(['aws_subnet.s', 'each.key']);
  });
});
