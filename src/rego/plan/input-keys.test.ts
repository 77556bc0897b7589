// The input-key analysis on hand-written Rego: each kind of whole-input use widens the answer to
// "every key", constant lookups give exactly their keys, and whatever the answer, evaluating on
// the input cut down to those keys gives the result the whole input gives (reference interpreter).

import { describe, expect, it } from 'vitest';
import { compileModules } from '../compile.js';
import { parseModule } from '../parser.js';
import { inputKeysByEntrypoint } from './input-keys.js';
import { Interp } from './interp.js';

const P = 'package t\n';

function keysOf(src: string | string[], entrypoint = 't/p'): string[] | undefined {
  const modules = (Array.isArray(src) ? src : [src]).map((s, i) => parseModule(`m${i}.rego`, s));
  const plan = compileModules(modules, { entrypoints: [entrypoint] });
  return inputKeysByEntrypoint(plan)[entrypoint];
}

/** The input with only `keys` kept (all of it when undefined). */
function project(input: Record<string, unknown>, keys: string[] | undefined): Record<string, unknown> {
  if (!keys) return input;
  return Object.fromEntries(Object.entries(input).filter(([k]) => keys.includes(k)));
}

const WIDE = { a: { b: 1, c: [1, 2] }, b: 'x', kind: 'K', n: 3, other: { deep: true }, z: null };

// [name, module(s), expected keys (undefined = the whole input)]
const cases: Array<[string, string | string[], string[] | undefined]> = [
  ['constant lookups', P + 'p if { input.a.b == 1; input.b == "x" }', ['a', 'b']],
  ['no input at all', P + 'p := 1', []],
  ['bracketed constant key', P + 'p if input["kind"] == "K"', ['kind']],
  ['variable key', P + 'p contains k if { some k; input[k] }', undefined],
  ['iteration over the input', P + 'p contains k if { some k, _ in input }', undefined],
  ['passed to a builtin', P + 'p := count(input)', undefined],
  ['object.get on the input', P + 'p := object.get(input, "a", 0)', undefined],
  ['walk(input)', P + 'p contains x if walk(input, [x, _])', undefined],
  ['print(input)', P + 'p if print(input)', undefined],
  ['compared', P + 'p if input == {"a": 1}', undefined],
  ['returned', P + 'p := input', undefined],
  ['stored in a value', P + 'p := [input]', undefined],
  ['copied then looked up', P + 'p if { x := input; x.a.b == 1 }', ['a']],
  ['copied then iterated', P + 'p contains k if { x := input; some k, _ in x }', undefined],
  ['passed to a function', P + 'f(x) := x.n\np := f(input)', undefined],
  ['functions reading input', P + 'f(x) := input.n + x\np := f(1)', ['n']],
  ['rules through the call graph', P + 'q := input.z\nr := input.n\np := [q, r]', ['n', 'z']],
  ['another package', [P + 'import data.lib\np := lib.q', 'package lib\nq := input.other.deep'], ['other']],
  ['comprehension', P + 'p := [x | some x in input.a.c]', ['a']],
  ['comprehension over the input', P + 'p := {k | input[k]}', undefined],
  ['every', P + 'p if every x in input.a.c { x > 0 }', ['a']],
  ['every over the input', P + 'p if every k, _ in input { k != "" }', undefined],
  ['else', P + 'p := 1 if input.n > 5\nelse := 2 if input.b == "x"', ['b', 'n']],
  ['negation', P + 'p if not input.a.missing', ['a']],
  ['rule indexing (Switch)', P + 'p := 1 if input.kind == "K"\np := 1 if input.kind == "L"\np := 2 if { input.kind == "M"; input.b }', ['b', 'kind']],
  ['with input as a value', P + 'q := input.n\np := v if v := q with input as {"n": 1}', ['n']],
  ['with input as the input', P + 'q := input.n\np := v if v := q with input as {"n": input}', undefined],
  ['with input.path keeps its first key', P + 'q := input.b\np := v if v := q with input.a.b as 2', ['a', 'b']],
  ['with input.path, read below it', P + 'q := input.a\np := v if v := q with input.a.b as 2', ['a']],
  ['with on a rule (WithFuncValue)', P + 'q := input.n\nr := input.b\np := v if v := [q, r] with data.t.q as 1', ['b', 'n']],
  ['with on a function (WithFuncReplace)', P + 'f(x) := x\ng(x) := input.z\np := v if v := f(1) with f as g', ['z']],
  ['with on a builtin', P + 'p := v if v := count([1]) with count as input.n', ['n']],
  ['a key used as a lookup key', P + 'p := input.a[input.b]', ['a', 'b']],
  ['the input used as a key', P + 'p := {"x": 1}[input]', undefined],
  ['unified with an object pattern', P + 'p := x if {"a": x} = input', undefined],
  ['unified with an object pattern below a key', P + 'p := x if {"b": x} = input.a', ['a']],
  ['is_object(input)', P + 'p if is_object(input)', undefined],
];

describe('inputKeysByEntrypoint', () => {
  it.each(cases)('%s', (_name, src, want) => {
    expect(keysOf(src)).toEqual(want);
  });

  it.each(cases)('%s: the projected input gives the same result', (_name, src, want) => {
    const modules = (Array.isArray(src) ? src : [src]).map((s, i) => parseModule(`m${i}.rego`, s));
    const interp = new Interp(compileModules(modules, { entrypoints: ['t/p'] }));
    expect(interp.evaluate('t/p', project(WIDE, want), {})).toEqual(interp.evaluate('t/p', WIDE, {}));
  });

  it('answers per entrypoint', () => {
    const modules = [parseModule('m.rego', P + 'p := input.a\nq := input.b\nr := count(input)')];
    const plan = compileModules(modules, { entrypoints: ['t/p', 't/q', 't/r', 't'] });
    expect(inputKeysByEntrypoint(plan)).toEqual({ 't/p': ['a'], 't/q': ['b'] });
  });
});
