import { describe, expect, it } from 'vitest';
import { batched, joinChunks, jsonChunks, LazyList, lineChunks } from './chunks.js';
import { guardChunks, guardOutput } from './escape.js';

const VALUES: unknown[] = [
  { version: 1, tool: { name: 'P', version: '1.0' }, findings: [], diagnostics: [{}], summary: { a: [1, [2, []], {}], b: null } },
  { findings: [{ x: 'line\nbreak "q" \u2028', u: undefined, f: () => 1, n: [undefined, null, () => 2] }, { '10': 1, b: 2, '2': 3 }], empty: {} },
  [[[['deep', { k: [1, 2] }]]]],
  'top',
  42,
  null,
];

describe('jsonChunks', () => {
  it('is JSON.stringify(value, null, 2) byte for byte at every depth', () => {
    for (const v of VALUES) for (const depth of [0, 1, 2, 3, 6]) expect(joinChunks(jsonChunks(v, depth))).toBe(JSON.stringify(v, null, 2));
  });

  it('is JSON.stringify(value, null, 2) byte for byte whatever shape opens it', () => {
    const shapes = [{ findings: { '*': 1 } }, { '*': { '*': 0 } }, { summary: { a: 2, b: 1 }, diagnostics: { '*': 3 } }, { findings: 0, missing: 4 }];
    for (const v of VALUES) for (const shape of shapes) expect(joinChunks(jsonChunks(v, shape))).toBe(JSON.stringify(v, null, 2));
  });

  it('writes the entries of a list a shape opens one chunk each, members not opened whole', () => {
    const value = { list: [{ a: [1, 2], b: 'x' }, null, { c: {} }], other: { deep: { er: [1] } } };
    const chunks = [...jsonChunks(value, { list: { '*': 0 } })];
    expect(chunks).toContain('    {\n      "a": [\n        1,\n        2\n      ],\n      "b": "x"\n    },\n');
    expect(chunks).toContain('{\n    "deep": {\n      "er": [\n        1\n      ]\n    }\n  }');
  });

  it('writes a LazyList as the array it stands for, making each entry only when it is written', () => {
    const made: number[] = [];
    const list = new LazyList(3, (i) => (made.push(i), { i, nested: [i, { k: 'v' }] }));
    const value = { a: 1, list, empty: new LazyList(0, () => 0) };
    const plain = JSON.stringify({ a: 1, list: list.toJSON(), empty: [] }, null, 2);
    made.length = 0;
    const chunks = jsonChunks(value, { list: { '*': 0 }, empty: 1 });
    let out = '';
    for (const c of chunks) {
      out += c;
      // At most the entry being written exists: none is made ahead of its chunk.
      expect(made.length).toBeLessThanOrEqual(out.split('"nested"').length - 1);
    }
    expect(out).toBe(plain);
    expect(made).toEqual([0, 1, 2]);
    expect(JSON.stringify(value, null, 2)).toBe(plain);
    expect(joinChunks(jsonChunks(value, 0))).toBe(plain);
  });

  it('gives one chunk per array entry once opened, so no chunk is the whole report', () => {
    const findings = Array.from({ length: 1000 }, (_, i) => ({ id: i, message: 'm'.repeat(100) }));
    const chunks = [...jsonChunks({ findings }, 2)];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(300);
    expect(joinChunks(batched(chunks))).toBe(JSON.stringify({ findings }, null, 2));
  });
});

describe('guardChunks', () => {
  it('guards a report cut anywhere exactly as guardOutput guards it whole', () => {
    const report = 'ok\n  ::stop-commands::x\n##[group]a\r\n::error file=a::m\nlast ::x';
    for (const format of ['json', 'junit', 'text', 'github'] as const) {
      const whole = guardOutput(report, format);
      for (let size = 1; size <= report.length; size++) {
        const parts: string[] = [];
        for (let i = 0; i < report.length; i += size) parts.push(report.slice(i, i + size));
        expect(joinChunks(guardChunks(parts, format))).toBe(whole);
      }
    }
  });
});

describe('lineChunks', () => {
  it('is lines joined by newlines with a final newline', () => {
    expect(joinChunks(lineChunks(['a', '', 'b']))).toBe('a\n\nb\n');
  });
});
