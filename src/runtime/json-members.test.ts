// The top-level member scanner and the projection written from it: boundaries found over the
// awkward parts of JSON (escapes, brackets inside strings, whitespace, duplicates), and the
// projected text always equal to the object with only the chosen members.

import { describe, expect, it } from 'vitest';
import { projectJson, topLevelMembers, writeProjected, type ProjectedJson } from './json-members.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Each member as its key and the JSON text of its range. */
function members(text: string): Array<[string | undefined, string]> | undefined {
  const bytes = enc.encode(text);
  return topLevelMembers(bytes)?.map((m) => [m.key, dec.decode(bytes.subarray(m.start, m.end))]);
}

function written(p: Uint8Array | ProjectedJson): string {
  if (p instanceof Uint8Array) return dec.decode(p);
  const out = new Uint8Array(p.length);
  writeProjected(out, 0, p);
  return dec.decode(out);
}

describe('topLevelMembers', () => {
  it('finds each member of a compact and of a pretty-printed object', () => {
    expect(members('{"a":1,"b":[1,{"c":2}],"d":{"e":"}"}}')).toEqual([
      ['a', '1'],
      ['b', '[1,{"c":2}]'],
      ['d', '{"e":"}"}'],
    ]);
    expect(members(' \n{ "a" : true ,\r\n\t"b": null, "c": -1.5e3 }\n')).toEqual([
      ['a', 'true'],
      ['b', 'null'],
      ['c', '-1.5e3'],
    ]);
  });

  it('skips brackets, quotes and backslashes inside strings', () => {
    expect(members('{"a":"x\\"]}{[","b":"\\\\","c":["\\\\\\"",2]}')).toEqual([
      ['a', '"x\\"]}{["'],
      ['b', '"\\\\"'],
      ['c', '["\\\\\\"",2]'],
    ]);
  });

  it('decodes keys and keeps duplicates in order', () => {
    expect(members('{"\\u0061":1,"a":2,"\\"q":3,"é":4,"\\ud800":5}')?.map(([k]) => k)).toEqual(['a', 'a', '"q', 'é', '\ud800']);
  });

  it('answers undefined for anything but one object', () => {
    for (const t of ['[1]', '"a"', '3', 'null', '{"a":1} x', '{"a":1', '{"a" 1}', '{a:1}', '']) expect(members(t), t).toBeUndefined();
    expect(members(' {} ')).toEqual([]);
  });
});

describe('projectJson', () => {
  const text = '{"resource_changes":[{"a":"}"}],"planned_values":{"x":[1,2]},"configuration":{},"resource_changes":[]}';
  const bytes = enc.encode(text);

  it('writes only the chosen members, every duplicate in order', () => {
    const p = projectJson(bytes, new Set(['resource_changes', 'configuration']));
    expect(written(p)).toBe('{"resource_changes":[{"a":"}"}],"configuration":{},"resource_changes":[]}');
    expect(JSON.parse(written(p))).toEqual({ resource_changes: [], configuration: {} });
    expect(written(projectJson(bytes, new Set()))).toBe('{}');
    expect(written(projectJson(bytes, new Set(['planned_values'])))).toBe('{"planned_values":{"x":[1,2]}}');
  });

  it('keeps a key the module might decode otherwise, and re-encodes kept keys', () => {
    const odd = enc.encode('{"\\ud800":1,"\uFFFD":2,"\\u0062":3,"c":4}');
    expect(written(projectJson(odd, new Set(['b'])))).toBe('{"\\ud800":1,"\uFFFD":2,"b":3}');
  });

  it('takes the members from the loader when it gives them', () => {
    // What the loader says is what is written, even where a scan would see otherwise.
    const at = text.indexOf('{}');
    const given = [
      { key: 'x', start: 0, end: text.length },
      { key: 'configuration', start: at, end: at + 2 },
    ];
    expect(written(projectJson(enc.encode(text), new Set(['configuration']), () => given))).toBe('{"configuration":{}}');
  });

  it('gives the bytes themselves when nothing is left out or the input is not an object', () => {
    expect(projectJson(bytes, new Set(['resource_changes', 'configuration', 'planned_values']))).toBe(bytes);
    const array = enc.encode('[{"a":1}]');
    expect(projectJson(array, new Set(['a']))).toBe(array);
  });

  it('equals the object filtered by key on generated documents', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const value = (depth: number): unknown => {
      switch (rnd(depth > 2 ? 4 : 6)) {
        case 0: return rnd(1000) - 500;
        case 1: return ['', '"', '\\', '{[', 'é\u2028', 'x\\"y'][rnd(6)];
        case 2: return [null, true, false][rnd(3)];
        case 3: return rnd(2) ? 1.5e-7 : -12.25;
        case 4: return Array.from({ length: rnd(4) }, () => value(depth + 1));
        default: return Object.fromEntries(Array.from({ length: rnd(4) }, (_, i) => [`k${i}${'"\\{'[rnd(3)]}`, value(depth + 1)]));
      }
    };
    for (let n = 0; n < 200; n++) {
      const doc = Object.fromEntries(Array.from({ length: rnd(6) }, (_, i) => [['a', 'b', 'c"', 'd\\', 'e}'][i]!, value(0)]));
      const keep = new Set(Object.keys(doc).filter(() => rnd(2) === 0));
      const text = rnd(2) ? JSON.stringify(doc) : JSON.stringify(doc, null, 2);
      const want = Object.fromEntries(Object.entries(doc).filter(([k]) => keep.has(k)));
      expect(JSON.parse(written(projectJson(enc.encode(text), keep)))).toEqual(want);
    }
  });
});
