import { describe, expect, test } from 'vitest';
import type { Body, Expr, Module, Rule, Term } from './ast.js';
import { PalisadeError } from '../diagnostics.js';
import { parseModule, parseQuery } from './parser.js';

// A compact rendering of terms so that tables stay readable: calls as fn(args), refs as written
// (string selectors as `.x`), sets as {…} or set(), comprehensions as [t | body].
function show(t: Term): string {
  switch (t.type) {
    case 'null':
      return 'null';
    case 'boolean':
      return String(t.value);
    case 'number':
      return t.raw;
    case 'string':
      return JSON.stringify(t.value);
    case 'var':
      return t.name;
    case 'ref':
      return show(t.head) + t.path.map((p) => (p.type === 'string' && /^\w+$/.test(p.value) ? `.${p.value}` : `[${show(p)}]`)).join('');
    case 'array':
      return `[${t.items.map(show).join(', ')}]`;
    case 'set':
      return t.items.length ? `{${t.items.map(show).join(', ')}}` : 'set()';
    case 'object':
      return `{${t.entries.map(([k, v]) => `${show(k)}: ${show(v)}`).join(', ')}}`;
    case 'arraycompr':
      return `[${show(t.term)} | ${showBody(t.body)}]`;
    case 'setcompr':
      return `{${show(t.term)} | ${showBody(t.body)}}`;
    case 'objectcompr':
      return `{${show(t.key)}: ${show(t.value)} | ${showBody(t.body)}}`;
    case 'call':
      return `${show(t.fn)}(${t.args.map(show).join(', ')})`;
  }
}

function showExpr(e: Expr): string {
  let s: string;
  switch (e.type) {
    case 'term':
      s = show(e.term);
      break;
    case 'unify':
      s = `${show(e.left)} = ${show(e.right)}`;
      break;
    case 'assign':
      s = `${show(e.left)} := ${show(e.right)}`;
      break;
    case 'some':
      s = `some ${e.vars.map((v) => v.name).join(', ')}`;
      break;
    case 'somein':
      s = `some ${e.key ? `${show(e.key)}, ` : ''}${show(e.value)} in ${show(e.collection)}`;
      break;
    case 'every':
      s = `every ${e.key ? `${show(e.key)}, ` : ''}${show(e.value)} in ${show(e.domain)} { ${showBody(e.body)} }`;
      break;
    case 'logical':
      s = `(${e.operands.map((o) => (o.explicit ? `{ ${showBody(o.body)} }` : showBody(o.body))).join(` ${e.op} `)})`;
      break;
  }
  if (e.negated) s = `not ${s}`;
  for (const w of e.with) s += ` with ${show(w.target)} as ${show(w.value)}`;
  return s;
}

function showBody(b: Body): string {
  return b.map(showExpr).join('; ');
}

function showRule(r: Rule): string {
  const h = r.head;
  let s = (r.default ? 'default ' : '') + show({ type: 'ref', head: h.ref[0]!, path: h.ref.slice(1), span: h.span });
  if (h.args) s += `(${h.args.map(show).join(', ')})`;
  if (h.contains) s += ` contains ${show(h.contains)}`;
  if (h.value) s += ` ${h.assign} ${show(h.value)}`;
  if (r.body.length) s += ` if { ${showBody(r.body)} }`;
  for (const e of r.else) {
    s += ' else';
    if (e.value) s += ` ${e.assign} ${show(e.value)}`;
    if (e.body.length) s += ` if { ${showBody(e.body)} }`;
  }
  return s;
}

const q = (src: string, v0 = false) => showBody(parseQuery(src, { v0 }));
const mod = (body: string, v0 = false): Module => parseModule('test.rego', `package test\n${body}`, { v0 });
const rules = (body: string, v0 = false) => mod(body, v0).rules.map(showRule);

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PalisadeError) return e.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('operators and precedence (OPA grammar)', () => {
  test.each([
    ['1 + 2 * 3', 'plus(1, mul(2, 3))'],
    ['1 * 2 + 3', 'plus(mul(1, 2), 3)'],
    ['1 - 2 - 3', 'minus(minus(1, 2), 3)'],
    ['8 / 4 / 2', 'div(div(8, 4), 2)'],
    ['7 % 4 * 2', 'mul(rem(7, 4), 2)'],
    ['a | b & c', 'or(a, and(b, c))'],
    ['a & b | c', 'or(and(a, b), c)'],
    ['a + b | c', 'or(plus(a, b), c)'],
    ['a & b + c', 'and(a, plus(b, c))'],
    ['a == b + 1', 'equal(a, plus(b, 1))'],
    ['a < b == c', 'equal(lt(a, b), c)'],
    ['a != b', 'neq(a, b)'],
    ['a <= b', 'lte(a, b)'],
    ['a >= b', 'gte(a, b)'],
    ['a > b', 'gt(a, b)'],
    ['a | b == c', 'equal(or(a, b), c)'],
    ['x in xs', 'internal.member_2(x, xs)'],
    ['x in xs == y', 'internal.member_2(x, equal(xs, y))'],
    ['x == y in xs', 'internal.member_2(equal(x, y), xs)'],
    ['k, v in xs', 'internal.member_3(k, v, xs)'],
    ['x in a in b', 'internal.member_2(internal.member_2(x, a), b)'],
    ['(1 + 2) * 3', 'mul(plus(1, 2), 3)'],
    ['x := 1 + 2', 'x := plus(1, 2)'],
    ['[a, b] = [1, 2]', '[a, b] = [1, 2]'],
    ['-1', '-1'],
    ['- 1', '-1'],
    ['1 - -1', 'minus(1, -1)'],
    ['x-1', 'minus(x, 1)'],
    ['x := 1\n+ 2', 'x := plus(1, 2)'],
  ])('%j', (src, want) => {
    expect(q(src)).toBe(want);
  });
});

describe('terms', () => {
  test.each([
    ['null', 'null'],
    ['true', 'true'],
    ['1.5e3', '1.5e3'],
    ['.5', '0.5'],
    ['-0.25', '-0.25'],
    ['"a\\tb"', '"a\\tb"'],
    ['`raw\\n`', '"raw\\\\n"'],
    ['input.a.b[0]["x"]', 'input.a.b[0].x'],
    ['input["a-b"]', 'input["a-b"]'],
    ['data.x[_]', 'data.x[$_0]'],
    ['f(x).y', 'f(x).y'],
    ['f(x)[0].z', 'f(x)[0].z'],
    ['[1, 2][0]', '[1, 2][0]'],
    ['{"a": 1}.a', '{"a": 1}.a'],
    ['strings.replace_n(p, s)', 'strings.replace_n(p, s)'],
    ['data.lib.f(1)', 'data.lib.f(1)'],
    ['input.in', 'input.in'],
    ['data.x.every.contains', 'data.x.every.contains'],
    ['input[x].some', 'input[x].some'],
    ['[]', '[]'],
    ['[1, 2,]', '[1, 2]'],
    ['[1,\n 2\n]', '[1, 2]'],
    ['f(\n  1,\n  2\n)', 'f(1, 2)'],
    ['{}', '{}'],
    ['set()', 'set()'],
    ['{1}', '{1}'],
    ['{1, 2}', '{1, 2}'],
    ['{"a": 1, "b": [x]}', '{"a": 1, "b": [x]}'],
    ['{a + 1: b}', '{plus(a, 1): b}'],
    ['{1 + 2}', '{plus(1, 2)}'],
    ['[x | x := 1]', '[x | x := 1]'],
    ['{x | some x in xs}', '{x | some x in xs}'],
    ['{k: v | some k, v in o}', '{k: v | some k, v in o}'],
    ['{a + 1: b | b := 2; a := 1}', '{plus(a, 1): b | b := 2; a := 1}'],
    ['[x | x := [1, 2][_]\n  x > 1]', '[x | x := [1, 2][$_0]; gt(x, 1)]'],
    ['{a | b, c}', '{or(a, b), c}'],
    ['{"a": b | c, "d": 1}', '{"a": or(b, c), "d": 1}'],
    ['{"a": b | c}', '{"a": b | c}'],
    ['[a | b, c]', '[or(a, b), c]'],
    ['[x in xs]', '[internal.member_2(x, xs)]'],
    ['[k, v]', '[k, v]'],
    ['count(x)', 'count(x)'],
    ['contains("abc", "b")', 'contains("abc", "b")'],
  ])('%j', (src, want) => {
    expect(q(src)).toBe(want);
  });

  test('string escapes include \\u and surrogate pairs', () => {
    const [e] = parseQuery(String.raw`"\u00e9\ud83d\ude00"`);
    expect(e).toMatchObject({ type: 'term', term: { type: 'string', value: 'é😀' } });
  });

  test('numbers keep their raw spelling', () => {
    const [e] = parseQuery('123456789012345678901234567890');
    expect(e).toMatchObject({ term: { type: 'number', raw: '123456789012345678901234567890' } });
  });

  test('wildcards are unique per module, in source order', () => {
    const m = mod('p if {\n  x := input[_]\n  y := input[_]\n}\nq if input[_]');
    expect(m.rules.map(showRule)).toEqual(['p if { x := input[$_0]; y := input[$_1] }', 'q if { input[$_2] }']);
  });

  test('a blank before ( [ . ends the term', () => {
    expect(errorsOf(() => parseQuery('count (x)'))).toEqual(['1:7: unexpected ( token: expected \\n or ; or end of input']);
    expect(q('x := y\n[1] = z')).toBe('x := y; [1] = z');
  });
});

describe('literals and bodies', () => {
  test.each([
    ['x := 1\ny := 2', 'x := 1; y := 2'],
    ['x := 1; y := 2', 'x := 1; y := 2'],
    ['not p', 'not p'],
    ['not input.x == 1', 'not equal(input.x, 1)'],
    ['some x, y', 'some x, y'],
    ['some x in xs', 'some x in xs'],
    ['some k, v in xs', 'some k, v in xs'],
    ['some [a, b] in xs', 'some [a, b] in xs'],
    ['every x in xs { x > 0 }', 'every x in xs { gt(x, 0) }'],
    ['every k, v in xs { k == v }', 'every k, v in xs { equal(k, v) }'],
    ['data.p with input as {} with data.q as 1', 'data.p with input as {} with data.q as 1'],
    ['p with input.x as 1', 'p with input.x as 1'],
    ['f(x) with f as g', 'f(x) with f as g'],
    ['some x in xs with input as 1', 'some x in xs with input as 1'],
  ])('%j', (src, want) => {
    expect(q(src)).toBe(want);
  });

  test('expression spans cover not … with …', () => {
    const src = 'not p with input as 1';
    const [e] = parseQuery(src);
    expect(e!.span).toEqual({ start: 0, end: src.length });
    expect(e!.with[0]!.span).toEqual({ start: 6, end: src.length });
  });
});

describe('rules (Rego v1)', () => {
  test.each([
    ['p := 1', 'p := 1'],
    ['p = 1', 'p = 1'],
    ['p if true', 'p if { true }'],
    ['p if { true }', 'p if { true }'],
    ['p if {\n  a\n  b\n}', 'p if { a; b }'],
    ['p := v if { v := 1 }', 'p := v if { v := 1 }'],
    ['p := x if x := 1', 'p := x if { x := 1 }'],
    ['p if {}', 'p if { {} }'],
    ['a.b[c] := x if { c := "k"; x := 1 }', 'a.b[c] := x if { c := "k"; x := 1 }'],
    ['a.b.c if true', 'a.b.c if { true }'],
    ['a[x].b[y] := z if { x := 1; y := 2; z := 3 }', 'a[x].b[y] := z if { x := 1; y := 2; z := 3 }'],
    ['p contains x if { some x in input }', 'p contains x if { some x in input }'],
    ['p contains "a"', 'p contains "a"'],
    ['p[k] contains v if { k := 1; v := 2 }', 'p[k] contains v if { k := 1; v := 2 }'],
    ['p[x] if { x := 1 }', 'p[x] if { x := 1 }'],
    ['p[x] := 2 if { x := 1 }', 'p[x] := 2 if { x := 1 }'],
    ['f(x) := y if y := x + 1', 'f(x) := y if { y := plus(x, 1) }'],
    ['f(x) if x > 1', 'f(x) if { gt(x, 1) }'],
    ['f(1, [a, _]) := a', 'f(1, [a, $_0]) := a'],
    ['a.b.f(x) := x', 'a.b.f(x) := x'],
    ['default p := false', 'default p := false'],
    ['default p = {"a": [1, {x | x := 1}]}', 'default p = {"a": [1, {x | x := 1}]}'],
    ['default f(_) := 1', 'default f($_0) := 1'],
    ['p := 1 if a else := 2 if b else := 3', 'p := 1 if { a } else := 2 if { b } else := 3'],
    ['p := 1 if { a } else := 2 if { b } else = 3 if c', 'p := 1 if { a } else := 2 if { b } else = 3 if { c }'],
    ['p if a else if b', 'p if { a } else if { b }'],
    ['not.x := 1', 'not.x := 1'],
  ])('%j', (src, want) => {
    expect(rules(src)).toEqual([want]);
  });

  test('several definitions of a function are separate rules', () => {
    expect(rules('f(1) := "a"\nf(2) := "b"')).toEqual(['f(1) := "a"', 'f(2) := "b"']);
  });

  test('package, imports and the v0 flag', () => {
    const m = parseModule('m.rego', 'package a.b["c-d"]\nimport data.lib.k8s\nimport input.spec as s\nimport rego.v1\nimport future.keywords.in\np := 1');
    expect(m.package).toEqual(['a', 'b', 'c-d']);
    expect(m.imports.map((i) => `${show(i.path)}${i.alias ? ` as ${i.alias}` : ''}`)).toEqual(['data.lib.k8s', 'input.spec as s', 'rego.v1', 'future.keywords.in']);
    expect(m.v0).toBe(false);
    expect(m.packageSpan).toEqual({ start: 0, end: 18 });
  });

  test('spans: rule, head, value, body', () => {
    const src = 'package t\np := x + 1 if {\n  x := 2\n}\n';
    const r = parseModule('t.rego', src).rules[0]!;
    const text = (s: { start: number; end: number }) => src.slice(s.start, s.end);
    expect(text(r.span)).toBe('p := x + 1 if {\n  x := 2\n}');
    expect(text(r.head.span)).toBe('p := x + 1');
    expect(text(r.head.value!.span)).toBe('x + 1');
    expect(text(r.body[0]!.span)).toBe('x := 2');
    if (r.body[0]!.type !== 'assign') throw new Error('assign expected');
    expect(text(r.body[0]!.right.span)).toBe('2');
  });
});

describe('rules (Rego v0)', () => {
  test.each([
    ['p { true }', 'p if { true }'],
    ['p = v { v := 1 }', 'p = v if { v := 1 }'],
    ['p[x] { x := 1 }', 'p contains x if { x := 1 }'],
    ['p.q { true }', 'p contains "q" if { true }'],
    ['p[k] = v { k := 1; v := 2 }', 'p[k] = v if { k := 1; v := 2 }'],
    ['f(x) = y { y := x }', 'f(x) = y if { y := x }'],
    ['f(x) { x }', 'f(x) if { x }'],
    ['default p = 1', 'default p = 1'],
    ['p = 1 { a } else = 2 { b } else { c }', 'p = 1 if { a } else = 2 if { b } else if { c }'],
    ['p = 1', 'p = 1'],
    ['p[1]', 'p contains 1'],
    ['a.b.c', 'a.b.c'],
  ])('%j', (src, want) => {
    expect(rules(src, true)).toEqual([want]);
  });

  test('one head with several bodies is several rules', () => {
    expect(rules('p { a } { b }', true)).toEqual(['p if { a }', 'p if { b }']);
    expect(rules('f(_) { a } { b }', true)).toEqual(['f($_0) if { a }', 'f($_1) if { b }']);
  });

  test('future keywords only after their import', () => {
    expect(errorsOf(() => mod('p { x in xs }', true))).toEqual(['2:7: unexpected identifier token: expected \\n or ; or }']);
    try {
      mod('p { x in xs }', true);
    } catch (e) {
      expect((e as PalisadeError).diagnostics[0]!.fix).toMatch(/import future\.keywords\.in/);
    }
    expect(rules('import future.keywords.in\np { x in xs }', true)).toEqual(['p if { internal.member_2(x, xs) }']);
    expect(rules('import future.keywords.every\np { every x in xs { x } }', true)).toEqual(['p if { every x in xs { x } }']);
    expect(rules('import future.keywords\np contains x if { some x in xs }', true)).toEqual(['p contains x if { some x in xs }']);
    expect(mod('p { true }', true).v0).toBe(true);
  });

  // OPA's keyword page (policy-reference/keywords/logical): tightest first, other expressions,
  // `not`, `and`, `or`, then `with`; `{ … }` is an explicit body, `( … )` a group.
  test.each([
    ['a and b or c', 'p if { ((a and b) or c) }'],
    ['a or b and c', 'p if { (a or (b and c)) }'],
    ['(a or b) and c', 'p if { ((a or b) and c) }'],
    ['a or b or c', 'p if { (a or b or c) }'],
    ['not a and b', 'p if { (not a and b) }'],
    ['1 + 1 == 2 and x in s', 'p if { (equal(plus(1, 1), 2) and internal.member_2(x, s)) }'],
    ['a or b with input as x', 'p if { (a or b) with input as x }'],
    ['a or (b with input as x)', 'p if { (a or b with input as x) }'],
    ['{ some x in xs; x > 2 } or b', 'p if { ({ some x in xs; gt(x, 2) } or b) }'],
    ['{1, 2} == s or b', 'p if { (equal({1, 2}, s) or b) }'],
    ['(x) == 1 or b', 'p if { (equal(x, 1) or b) }'],
    ['a or\n  b', 'p if { (a or b) }'],
    ['{ a }', 'p if { {a} }'],
  ])('and/or: %j', (src, want) => {
    expect(rules(`import future.keywords.and\nimport future.keywords.or\np if { ${src} }`)).toEqual([want]);
  });

  test('and/or need their own import; `import future.keywords` enables them, rego.v1 does not', () => {
    expect(rules('import future.keywords\np if { a or b }')).toEqual(['p if { (a or b) }']);
    expect(errorsOf(() => mod('import rego.v1\np if { a or b }'))).toEqual(['3:10: unexpected identifier token: expected \\n or ; or }']);
    expect(errorsOf(() => mod('import future.keywords.and\np if { a or b }'))).toEqual(['3:10: unexpected identifier token: expected \\n or ; or }']);
  });

  test('future.keywords.not: `not` over a group or a body', () => {
    const m = mod('import future.keywords.not\nimport future.keywords.or\np if { not (a or b) }\nq if { not { x := a; x > 1 } }\nr if { not a }');
    expect(m.futureNot).toBe(true);
    expect(m.rules.map(showRule)).toEqual(['p if { not (a or b) }', 'q if { not ({ x := a; gt(x, 1) }) }', 'r if { not a }']);
    expect(mod('p if { not a }').futureNot).toBeUndefined();
  });

  test('`if`, `in` … are plain names in v0 without imports', () => {
    expect(rules('p { contains(x, "a"); in := 1; every := 2 }', true)).toEqual(['p if { contains(x, "a"); in := 1; every := 2 }']);
  });

  test('a v0 module importing rego.v1 must use v1 syntax', () => {
    expect(errorsOf(() => mod('import rego.v1\np[x] { x := 1 }', true))).toEqual([
      '3:1: `if` keyword is required before rule body',
      '3:1: `contains` keyword is required for partial set rules',
    ]);
    expect(rules('import rego.v1\np contains x if { x := 1 }', true)).toEqual(['p contains x if { x := 1 }']);
  });
});

describe('parse errors', () => {
  test.each([
    ['package a\np := }', '2:6: unexpected } token: expected rule value term (e.g., p := <VALUE> { ... })'],
    ['p := 1', '1:1: package expected'],
    ['', '1:1: empty module: package expected'],
    ['package a\np { true }', '2:1: `if` keyword is required before rule body'],
    ['package a\nf(x) { true }', '2:1: `if` keyword is required before function body'],
    ['package a\np := "abc', '2:6: non-terminated string'],
    ['package a\np := input. foo', '2:12: unexpected whitespace after `.`: expected a name'],
    ['package a\nimport foo', '2:8: unexpected import path, must begin with one of: {data, future, input, rego}, got: foo'],
    ['package a\nimport future.keywords.nope', '2:8: unexpected keyword, must be one of [and contains every if in not or]'],
    ['package a\nimport rego.v2', '2:8: invalid import `rego.v2`, must be `rego.v1`'],
    ['package a\ndefault p := x', '2:14: illegal default rule (value cannot contain var)'],
    ['package a\ndefault p := input.x', '2:14: illegal default rule (value cannot contain ref)'],
    ['package a\ndefault p := count([])', '2:14: illegal default rule (value cannot contain call)'],
    ['package a\ndefault p', '2:1: illegal default rule (must have a value)'],
    ['package a\ndefault f(x, x) := 1', '2:1: illegal default rule (arguments cannot be repeated x)'],
    ['package a\np := -x', '2:7: unexpected identifier token: expected number (unary minus applies to number literals only)'],
    ['package a\np := 01', '2:6: unexpected number token: expected number without leading zero'],
    ['package a\np if { not some x }', '2:12: unexpected some keyword: illegal negation of \'some\''],
    ['package a\np if { every x in xs }', '2:22: unexpected } token: missing body'],
    ['package a\nf(x) contains 1', '2:6: unexpected contains keyword: the contains keyword can only be used with multi-value rule definitions (e.g., f contains <VALUE> { ... })'],
    ['package a\np if { x := (1 + 2 }', '2:20: unexpected } token: non-terminated expression: expected )'],
    ['package a\np if { x := [1, 2 }', '2:19: unexpected } token: expected "," or "]"'],
    ['package a\nq := [x | ]', '2:11: found empty body'],
    ['package a\np := {k: v | some k, v in }', '2:27: unexpected } token'],
    ['package a\np := [x | x := ]', '2:16: unexpected ] token'],
    ['package a\np', '2:1: rule p must have a value assignment and/or a body'],
    ['package a\nimport future.keywords.or\np if { input.a or input.b with input as 1 or input.c }', '3:43: a trailing `with` must come last in an `and`/`or` expression'],
    ['package a\nimport future.keywords.or\np if { input.a with input as 1 or input.b }', '3:16: `with` may not be applied to a single-expression operand of `and`/`or`'],
    ['package a\nimport future.keywords.or\np := input.a or input.b', '3:14: unexpected or keyword'],
    ['package a\nimport future.keywords.or\np if { not (input.a or input.b) }', '3:21: unexpected or keyword: non-terminated expression: expected )'],
    ['package a\np.q.r', '2:1: rule must have value assignment and/or body declaration'],
    ['package a\np[x] := 1 if { x := 1 } else := 2', '2:25: else keyword cannot be used on rules with variables in head'],
    ['package a\n}', '2:1: unexpected } token'],
    ['package a\npackage b', '2:1: unexpected package keyword: a module has exactly one package declaration'],
    ['package a\np := {"a": 1 "b": 2}', '2:14: unexpected string token: non-terminated object'],
  ])('%j', (src, want) => {
    expect(errorsOf(() => parseModule('x.rego', src))[0]).toBe(want);
  });

  test('v1 `p[x] { }` reports both missing keywords', () => {
    expect(errorsOf(() => parseModule('x.rego', 'package a\np[x] { x := 1 }'))).toEqual([
      '2:1: `if` keyword is required before rule body',
      '2:1: `contains` keyword is required for partial set rules',
    ]);
  });

  test('an unclosed block is reported at the end of the file, pointing back at its start', () => {
    try {
      parseModule('x.rego', 'package a\np if {\n  x := 1\n');
      throw new Error('expected a parse error');
    } catch (e) {
      if (!(e instanceof PalisadeError)) throw e;
      expect(e.diagnostics[0]).toMatchObject({ line: 4, col: 1, message: 'unexpected end of file: expected }' });
      expect(e.diagnostics[0]!.fix).toBe('close the block that starts at line 2, column 6 (after `{`)');
    }
  });

  test('one error per broken statement, then parsing goes on', () => {
    const src = 'package a\np := }\nq := 1\nr := )\ns := 2\n';
    expect(errorsOf(() => parseModule('x.rego', src))).toEqual(['2:6: unexpected } token: expected rule value term (e.g., p := <VALUE> { ... })', '4:6: unexpected ) token: expected rule value term (e.g., r := <VALUE> { ... })']);
  });

  test('diagnostics carry file, code, position and a fix, and format as file:line:col', () => {
    try {
      parseModule('policies/x.rego', 'package a\np { true }');
      throw new Error('expected a parse error');
    } catch (e) {
      if (!(e instanceof PalisadeError)) throw e;
      expect(e.diagnostics[0]).toMatchObject({ file: 'policies/x.rego', line: 2, col: 1, code: 'rego_parse_error' });
      expect(e.diagnostics[0]!.fix).toMatch(/if/);
      expect(e.message).toMatch(/^policies\/x\.rego:2:1: error\[rego_parse_error\]: `if` keyword is required before rule body\n {2}fix: /);
    }
  });

  test('query errors use the given file name', () => {
    expect(() => parseQuery('1 2', { file: 'q' })).toThrow(/^q:1:3: error\[rego_parse_error\]: unexpected number token: expected \\n or ; or end of input/);
  });
});

describe('performance', () => {
  test('100 rules parse well under 20 ms', () => {
    const rule = (i: number) =>
      `# rule ${i}\ndeny contains msg if {\n  some c in input.spec.containers\n  c.securityContext.privileged == true\n  not startswith(c.image, "registry.local/${i}")\n  msg := sprintf("container %s is privileged (%d)", [c.name, ${i}])\n}\n`;
    const src = `package perf\n${Array.from({ length: 100 }, (_, i) => rule(i)).join('\n')}`;
    // Warm the JIT first, and judge by the fastest run: the machine is shared with other work.
    for (let i = 0; i < 30; i++) parseModule('perf.rego', src);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      const m = parseModule('perf.rego', src);
      times.push(performance.now() - t0);
      expect(m.rules).toHaveLength(100);
    }
    expect(Math.min(...times)).toBeLessThan(20);
  });
});
