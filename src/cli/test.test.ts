// `palisade test` as a user runs it: the CLI in process on temporary policy folders, asserting
// stdout, stderr and the exit code.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../test/helpers/tree.js';
import { main } from './main.js';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', ...args], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  return { code, out, err };
}


describe('palisade test --v0-compatible', () => {
  it('parses only the user\'s files as v0; the built-in helper library stays v1', async () => {
    const dir = writeTree({ 'r_test.rego': 'package r\ntest_v0 { true }\n' });
    const r = await run('test', '--v0-compatible', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('PASS: 1/1\n');
  });

  it('lets v0 policies import the helper library', async () => {
    const dir = writeTree({
      'p.rego': 'package p\nimport data.palisade.lib.k8s\nn = count(k8s.containers)\n',
      'p_test.rego': 'package p\ntest_lib { n == 1 with input as {"kind": "Pod", "spec": {"containers": [{"name": "c"}]}} }\n',
    });
    const r = await run('test', '--v0-compatible', dir);
    expect(r.err).toBe('');
    expect(r.out).toBe('PASS: 1/1\n');
    expect(r.code).toBe(0);
  });
});

describe('palisade test, as opa test', () => {
  const suite = () =>
    writeTree({
      'a_test.rego': [
        'package r',
        'test_twice if true',
        'test_twice if false',
        'todo_test_later if false',
        'test_cases[name] if { some name in ["x", "y"] }',
        'test_values[name] := v if { some name, v in {"ok": true, "bad": 1} }',
      ].join('\n'),
    });

  it('runs each duplicate definition, partial-object tests per key, skips todo_ tests; exit 2 on a failure', async () => {
    const r = await run('test', suite());
    expect(r.err).toBe('');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^a_test\.rego:$|a_test\.rego:\n/m);
    expect(r.out).toMatch(/data\.r\.test_twice#01: FAIL \(/);
    expect(r.out).not.toMatch(/data\.r\.test_twice: /);
    expect(r.out).toMatch(/data\.r\.todo_test_later: SKIPPED\n/);
    expect(r.out).toMatch(/data\.r\.test_values: FAIL \([^)]*\)\n {2}bad: FAIL\n/);
    // test_twice, cases x and y, values ok pass; test_twice#01 and values bad fail; one skipped.
    expect(r.out).toMatch(/-{80}\nPASS: 4\/7\nFAIL: 2\/7\nSKIPPED: 1\/7\n$/);
  });

  it('fails a partial-object case whose body failed after its key was bound, as opa test does', async () => {
    const dir = writeTree({
      'k_test.rego': [
        'package k',
        'test_cases[tc.note] if {',
        '  some tc in [{"note": "ok", "a": 1, "exp": 2}, {"note": "wrong", "a": 1, "exp": 3}, {"note": "undef", "exp": 1}]',
        '  tc.a + 1 == tc.exp',
        '}',
        'test_names[name] if { some name in ["x", "y"]; name == "x" }',
        'test_nested[a][b] if { some a in ["p", "q"]; some b in ["1", "2"]; a != "q" }',
      ].join('\n'),
    });
    const r = await run('test', dir, '-v');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/data\.k\.test_cases: FAIL \([^)]*\)\n {2}ok: PASS\n {2}undef: FAIL\n {2}wrong: FAIL\n/);
    expect(r.out).toMatch(/data\.k\.test_names: FAIL \([^)]*\)\n {2}x: PASS\n {2}y: FAIL\n/);
    expect(r.out).toMatch(/data\.k\.test_nested: FAIL \([^)]*\)\n {2}p: PASS\n {4}1: PASS\n {4}2: PASS\n {2}q: FAIL\n {4}1: FAIL\n {4}2: FAIL\n/);
    // Leaves only: ok, x, p/1, p/2 pass; undef, wrong, y, q/1, q/2 fail.
    expect(r.out).toMatch(/PASS: 4\/9\nFAIL: 5\/9\n$/);
    const json = JSON.parse((await run('test', dir, '-f', 'json', '-r', 'nested')).out) as Array<{ sub_results: Record<string, unknown> }>;
    expect(json[0]!.sub_results.q).toEqual({ sub_results: { 1: { name: '1', fail: true }, 2: { name: '2', fail: true } }, name: 'q', fail: true });
  });

  it('filters with -r, lists passes with -v, and -z keeps skips from failing the run', async () => {
    const r = await run('test', suite(), '-r', 'test_cases|todo', '-v', '-z');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/data\.r\.test_cases: PASS \([^)]*\)\n {2}x: PASS\n {2}y: PASS\n/);
    expect(r.out).toMatch(/PASS: 2\/3\nSKIPPED: 1\/3\n$/);
  });

  it('writes OPA\'s JSON results with -f json', async () => {
    const r = await run('test', suite(), '-f', 'json', '-r', 'twice');
    const results = JSON.parse(r.out) as Array<{ name: string; fail?: boolean; location: { row: number } }>;
    expect(results.map((x) => [x.name, x.fail ?? false, x.location.row])).toEqual([['test_twice', false, 2], ['test_twice#01', true, 3]]);
  });

  it('exits 1 when the policies do not compile, and 0 with no tests unless --fail-on-empty', async () => {
    const broken = await run('test', writeTree({ 'b.rego': 'package b\np if {' }));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/error\[rego_parse_error\]/);
    const empty = writeTree({ 'c.rego': 'package c\np := 1\n' });
    expect((await run('test', empty)).code).toBe(0);
    const strict = await run('test', empty, '--fail-on-empty');
    expect(strict.code).toBe(1);
    expect(strict.err).toBe('no tests were run\n');
  });

  it('loads data files at their directory\'s path, and --data paths as data only', async () => {
    const dir = writeTree({
      'p_test.rego': 'package p\ntest_nested if data.pkg.sub.k == 1\ntest_root if data.top == "t"\ntest_extra if data.extra.count == 2\n',
      'pkg/sub/data.json': '{"k": 1}',
      'root.yaml': 'top: t\n',
    });
    const extra = writeTree({ 'extra/values.yaml': 'count: 2\n', 'ignored.rego': 'package ignored\ntest_not_loaded if false\n' });
    const r = await run('test', dir, '--data', extra);
    expect(r.err).toBe('');
    expect(r.out).toBe('PASS: 3/3\n');
  });

  it('reports two data files defining one key as a load error', async () => {
    const r = await run('test', writeTree({ 't_test.rego': 'package t\ntest_a if true\n', 'a.json': '{"k": 1}', 'b.yaml': 'k: 2\n' }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/b\.yaml:1:1: error\[input_parse_error\]: merge error: data\.k is already defined/);
  });

  it('skips file and directory names matching --ignore globs', async () => {
    const dir = writeTree({ 'a_test.rego': 'package a\ntest_a if true\n', 'vendor1/b_test.rego': 'package b\ntest_b if false\n', 'c.broken.rego': 'package c\np if {' });
    expect((await run('test', dir, '--ignore', 'vendor[0-9]', '--ignore', '*.broken.rego')).out).toBe('PASS: 1/1\n');
  });

  // The deadline is generous so that the trivial tests pass on a loaded machine; the loop would run for hours.
  it('stops a test at --timeout as opa test does (ERROR, eval_cancel_error) and runs the others', async () => {
    const dir = writeTree({
      'slow_test.rego': [
        'package slow',
        'test_a if true',
        'test_loops if count([1 | some i in numbers.range(1, 2000); some j in numbers.range(1, 2000); some k in numbers.range(1, 2000); i + j + k == -1]) == 0',
        'test_b if true',
      ].join('\n'),
    });
    const r = await run('test', dir, '--timeout', '3s');
    expect(r.code).toBe(2);
    // OPA's cancellation error has no location, so its line names none.
    expect(r.out).toMatch(/data\.slow\.test_loops: ERROR \([^)]*\)\n {2}eval_cancel_error: caller cancelled query execution\n/);
    expect(r.out).toMatch(/PASS: 2\/3\nERROR: 1\/3\n$/);
    const bad = await run('test', dir, '--timeout', '5 seconds');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/error\[usage_error\]: --timeout: time: unknown unit/);
  });

  it('requires a path, as opa test does (exit 1, usage error)', async () => {
    const r = await run('test');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error\[usage_error\]: specify at least one file or directory \(as opa test does\)\n\s*fix: .*palisade test \./);
  });

  it('reads only Rego from --policy paths (conftest verify)', async () => {
    const dir = writeTree({ 'p_test.rego': 'package p\ntest_a if true\n', 'deployment.yaml': 'kind: Deployment\n', 'service.yaml': 'kind: Service\n' });
    expect((await run('test', '--policy', dir)).out).toBe('PASS: 1/1\n');
  });
});

describe('palisade test: print() output and flags, as opa test', () => {
  const printing = () =>
    writeTree({
      'p_test.rego': [
        'package p',
        'q := 1 if true',
        'q := 2 if true',
        'test_quiet if { print("quiet"); true }',
        'test_loud if { print("one\\n\\ntwo"); print(input.missing); false }',
        'test_err if { print("before"); q == 1 }',
      ].join('\n'),
    });

  it('shows a failing or erroring test\'s print output indented between blank lines, before its error', async () => {
    const r = await run('test', printing());
    expect(r.err).toBe('');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/data\.p\.test_loud: FAIL \([^)]*\)\n\n {2}one\n {2}\n {2}two\n {2}<undefined>\n\ndata\.p\.test_err: ERROR \([^)]*\)\n\n {2}before\n\n {2}.*eval_conflict_error: /);
    expect(r.out).not.toMatch(/quiet/);
  });

  it('shows every test\'s print output with -v', async () => {
    const r = await run('test', printing(), '-v', '-r', 'quiet');
    expect(r.out).toMatch(/p_test\.rego:\ndata\.p\.test_quiet: PASS \([^)]*\)\n\n {2}quiet\n\n-{80}\nPASS: 1\/1\n$/);
  });

  it('puts print output in -f json as OPA does (Go []byte: base64), and OPA\'s error code', async () => {
    const r = await run('test', printing(), '-f', 'json');
    const results = JSON.parse(r.out) as Array<{ name: string; output?: string; error?: { code: string; message: string } }>;
    const byName = new Map(results.map((x) => [x.name, x]));
    expect(Buffer.from(byName.get('test_loud')!.output!, 'base64').toString()).toBe('one\n\ntwo\n<undefined>\n');
    expect(Buffer.from(byName.get('test_quiet')!.output!, 'base64').toString()).toBe('quiet\n');
    expect(byName.get('test_err')!.error).toMatchObject({ code: 'eval_conflict_error', message: expect.stringMatching(/^complete rules must not produce multiple outputs/) });
  });

  it('runs the suite --count times, stopping at the first failing run', async () => {
    const pass = await run('test', printing(), '-r', 'quiet', '--count', '2');
    expect(pass.code).toBe(0);
    expect(pass.out).toBe('PASS: 1/1\nPASS: 1/1\n');
    const fail = await run('test', printing(), '-r', 'loud', '--count', '3');
    expect(fail.code).toBe(2);
    expect(fail.out.match(/FAIL: 1\/1/g)).toHaveLength(1);
    expect((await run('test', printing(), '--count', 'x')).err).toMatch(/error\[usage_error\]: --count: x is not an integer/);
  });

  it('rejects opa test flags it does not implement, saying why (exit 1)', async () => {
    const r = await run('test', printing(), '--coverage');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error\[usage_error\]: palisade test does not support --coverage: coverage needs evaluation traces.*\n\s*fix: .*opa test --coverage/);
    expect((await run('test', printing(), '--explain', 'fails')).err).toMatch(/does not support --explain/);
  });
});

describe('palisade test --capabilities', () => {
  const caps = (dir: string) => {
    const file = join(dir, 'caps.json');
    const decl = { type: 'function', args: [{ type: 'any' }, { type: 'any' }], result: { type: 'any' } };
    // A capabilities file replaces the builtin set: OPA's own builtins the tests call are listed too.
    writeFileSync(file, JSON.stringify({ builtins: [{ name: 'count' }, { name: 'equal' }, { name: 'result.new', decl }] }));
    return file;
  };

  it('compiles a declared builtin, runs tests that replace it with `with`, errors on an unreplaced call', async () => {
    const dir = writeTree({
      'p_test.rego': [
        'package p',
        'deny contains r if r := result.new("m", {})',
        'mock(msg, _) := {"msg": msg}',
        'test_value if count(deny) == 1 with result.new as {"msg": "x"}',
        'test_function if deny == {{"msg": "m"}} with result.new as mock',
        'test_unreplaced if count(deny) == 1',
      ].join('\n'),
    });
    const r = await run('test', dir, '--capabilities', caps(dir));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/data\.p\.test_unreplaced: ERROR \([^)]*\)\n {2}.*p_test\.rego:6: eval_builtin_error: result\.new: not implemented/);
    expect(r.out).toMatch(/PASS: 2\/3\nERROR: 1\/3\n$/);
  });

  it('makes a builtin the file leaves out undefined in the user\'s modules, as OPA does, naming the file', async () => {
    const dir = writeTree({
      'p_test.rego': 'package p\nimport data.palisade.lib.k8s\ntest_a if count(k8s.containers) == 0 with input as {}\ntest_b if upper("a") == "A"\n',
    });
    const file = join(dir, 'caps.json');
    writeFileSync(file, JSON.stringify({ builtins: [{ name: 'count' }, { name: 'equal' }] }));
    const r = await run('test', dir, '--capabilities', file);
    expect(r.code).toBe(1);
    // Palisade's helper library keeps every builtin; the user's call of upper is the one error.
    expect(r.err).toMatch(/p_test\.rego:4:\d+: error\[rego_type_error\]: undefined function upper\n\s*fix: upper is not in the capabilities file .*caps\.json/);
    expect(r.err.match(/error\[/g)).toHaveLength(1);
    writeFileSync(file, JSON.stringify({ builtins: [{ name: 'count' }, { name: 'equal' }, { name: 'upper' }] }));
    expect((await run('test', dir, '--capabilities', file)).out).toBe('PASS: 2/2\n');
  });

  it('offers a deprecated builtin to v0 modules only when the file lists it', async () => {
    const dir = writeTree({ 'p_test.rego': 'package p\ntest_a { re_match("^a", "ab") }\n' });
    const file = join(dir, 'caps.json');
    writeFileSync(file, JSON.stringify({ builtins: [{ name: 'regex.match' }] }));
    expect((await run('test', '--v0-compatible', dir, '--capabilities', file)).err).toMatch(/undefined function re_match/);
    writeFileSync(file, JSON.stringify({ builtins: [{ name: 're_match' }] }));
    expect((await run('test', '--v0-compatible', dir, '--capabilities', file)).out).toBe('PASS: 1/1\n');
  });

  it('without the file, the builtin is an unknown function (exit 1)', async () => {
    const r = await run('test', writeTree({ 'p_test.rego': 'package p\ntest_a if result.new("m", {})\n' }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/result\.new/);
  });
});

describe('palisade test --v0-compatible: OPA\'s deprecated builtins', () => {
  it('maps re_match, set_diff, net.cidr_overlap and the casts (cast_set too) onto what they are today', async () => {
    const dir = writeTree({
      'd_test.rego': [
        'package d',
        'test_re_match { re_match("^a+$", "aaa") }',
        'test_set_diff { set_diff({1, 2, 3}, {2}) == {1, 3} }',
        'test_cidr_overlap { net.cidr_overlap("10.0.0.0/8", "10.1.2.3") }',
        'test_cast_array { cast_array({3, 1}) == [1, 3] }',
        'test_cast_string { cast_string("s") == "s" }',
        'test_cast_type_error { not cast_string(1) }',
        'test_cast_set { cast_set([3, 1, 3]) == {1, 3} }',
        'test_cast_set_of_set { s := cast_set({2, 1}); s == {1, 2}; is_set(s) }',
        'test_cast_set_rejects { not cast_set({"a": 1}); not cast_set("s") }',
        'test_cast_set_undefined_operand { not ok_missing }',
        'ok_missing { not cast_set(input.missing) }',
        'test_cast_set_iterates { xs := [[1, 2], [2]]; {count(cast_set(xs[i])) | i := [0, 1][_]} == {2, 1} }',
      ].join('\n'),
    });
    const r = await run('test', '--v0-compatible', dir);
    expect(r.err).toBe('');
    expect(r.out).toBe('PASS: 11/11\n');
  });

  it('are unknown to Rego v1', async () => {
    const r = await run('test', writeTree({ 'd_test.rego': 'package d\ntest_a if re_match("a", "a")\n' }));
    expect(r.code).toBe(1);
  });
});
