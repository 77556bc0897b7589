import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadJson } from './load.js';
import { BIG_CONTAINER, checkJson, topMembers } from './validate.js';
import { stringEnd, valueEnd } from './scan.js';

const load = (text: string, opts = {}) => loadJson({ path: 'f.json', text }, opts);

describe('json locate', () => {
  const text = '{\n  "a": {\n    "b": [1, {"c": true}],\n    "s\\"q": "x"\n  },\n  "d": null\n}\n';
  const cases: Array<[Array<string | number>, [number, number, number, number], boolean]> = [
    [[], [1, 1, 7, 2], false],
    [['a'], [2, 3, 5, 4], false],
    [['a', 'b'], [3, 5, 3, 26], false],
    [['a', 'b', 0], [3, 11, 3, 12], false],
    [['a', 'b', 1, 'c'], [3, 15, 3, 24], false],
    [["a", "s\"q"], [4, 5, 4, 16], false],
    [['d'], [6, 3, 6, 12], false],
    [['a', 'b', 7], [3, 5, 3, 26], true],
    [['zzz', 'y'], [1, 1, 7, 2], true],
  ];
  it.each(cases)('%j', (route, [sl, sc, el, ec], approx) => {
    const { documents, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    const loc = documents[0]!.locate(route);
    expect(loc.region).toEqual({ startLine: sl, startColumn: sc, endLine: el, endColumn: ec });
    expect(loc.approximate !== undefined).toBe(approx);
  });
  it('approximate says which ancestor it resolved to', () => {
    expect(load(text).documents[0]!.locate(['a', 'nope']).approximate).toEqual({ resolved: ['a'] });
  });
  it('duplicate keys: last wins, located at the last, with a warning', () => {
    const r = load('{"k": 1,\n "k": 2}');
    expect(r.documents[0]!.data).toEqual({ k: 2 });
    expect(r.diagnostics).toMatchObject([{ code: 'input_duplicate_key', line: 2, col: 2, severity: 'warning' }]);
    expect(r.documents[0]!.locate(['k']).region.startLine).toBe(2);
  });
});

describe('json locate in large containers (mapped by key) and small ones (keys compared in the text)', () => {
  const items = Array.from({ length: 2000 }, (_, i) => `{"k": ${i}}`);
  const keys = Array.from({ length: 2000 }, (_, i) => `"k${i}": [${i}]`);
  const text = `{"big": [${items.join(', ')}], "obj": {${keys.join(', ')}, "k7": "last"}, "small": {"a": 1, "a": ["zz"]}}`;
  const doc = load(text).documents[0]!;
  const col = (s: string) => text.indexOf(s) + 1;
  it.each([
    [['big', 1500, 'k'], '"k": 1500', 9],
    [['big', '1999'], '{"k": 1999}', 11],
    [['obj', 'k1999'], '"k1999": [1999]', 15],
    [['obj', 'k7'], '"k7": "last"', 12],
    [['small', 'a', 0], '"zz"', 4],
  ] as const)('%j', (route, at, length) => {
    const loc = doc.locate([...route]);
    expect(loc.approximate).toBeUndefined();
    expect(loc.region).toEqual({ startLine: 1, startColumn: col(at), endLine: 1, endColumn: col(at) + length });
  });
  it('a missing element or key resolves to its container', () => {
    expect(doc.locate(['big', 2000]).approximate).toEqual({ resolved: ['big'] });
    expect(doc.locate(['obj', 'nope']).approximate).toEqual({ resolved: ['obj'] });
    expect(doc.locate(['big', -1]).approximate).toEqual({ resolved: ['big'] });
  });
});

describe('json hostile input', () => {
  it('syntax error with line:col', () => {
    const r = load('{\n  "a": 1,\n  "b": }\n');
    expect(r.documents).toEqual([]);
    expect(r.diagnostics).toMatchObject([{ code: 'input_parse_error', line: 3, col: 8 }]);
    expect(r.diagnostics[0]!.fix).toBeTruthy();
  });
  it('trailing comma', () => {
    expect(load('[1,2,]').diagnostics[0]).toMatchObject({ code: 'input_parse_error', line: 1, col: 5 });
  });
  it('nesting depth limit, small and large-file paths', () => {
    const deep = '['.repeat(300) + ']'.repeat(300);
    expect(load(deep).diagnostics[0]).toMatchObject({ code: 'input_limit_error', col: 257 });
    expect(load(deep, { duplicateKeyScanMaxBytes: 10 }).diagnostics[0]).toMatchObject({ code: 'input_limit_error', col: 257 });
    const bytes = Buffer.from('["é\\"[", ' + deep + ']');
    expect(loadJson({ path: 'd.json', bytes }, { duplicateKeyScanMaxBytes: 10 }).diagnostics[0]).toMatchObject({ code: 'input_limit_error', col: 265 });
    const ok = Buffer.from('["é\\"[[[", [[1]]]');
    expect(loadJson({ path: 'd.json', bytes: ok }, { duplicateKeyScanMaxBytes: 10, maxDepth: 3 }).diagnostics).toEqual([]);
  });
  it('size cap', () => {
    expect(load('{"a": 1}', { maxBytes: 4 }).diagnostics[0]).toMatchObject({ code: 'input_limit_error', line: 0 });
  });
  it('binary and non-UTF-8 bytes', () => {
    const bin = loadJson({ path: 'b.json', bytes: new Uint8Array([123, 0, 125]) });
    expect(bin.diagnostics[0]).toMatchObject({ code: 'input_read_error' });
    const latin1 = loadJson({ path: 'l.json', bytes: new Uint8Array([34, 0xe9, 34]) });
    expect(latin1.diagnostics[0]).toMatchObject({ code: 'input_read_error' });
  });
  it('UTF-16LE with BOM and UTF-8 BOM decode', () => {
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a": [1]}', 'utf16le')]);
    expect(loadJson({ path: 'u.json', bytes: u16 }).documents[0]!.data).toEqual({ a: [1] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": 2}')]);
    expect(loadJson({ path: 'u.json', bytes: bom }).documents[0]!.data).toEqual({ a: 2 });
  });
  it('empty file is a parse error, not a crash', () => {
    expect(load('').diagnostics[0]).toMatchObject({ code: 'input_parse_error' });
  });
});

// The plan loader validates with checkJson alone (no JSON.parse): it must accept exactly what
// JSON.parse accepts.
describe('checkJson accepts what JSON.parse accepts', () => {
  const accepts = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };
  const check = (t: string) => checkJson('x.json', Buffer.from(t, 'utf8'), { maxDepth: 1000, duplicates: true }).error === undefined;
  it.each(['0', '-0', '01', '-01', '1.', '.5', '+1', '1.e3', '1.5', '1e', '0e', '1e+', '1e5', '1E+5', '1e-05', '1.5e3x', '[1,2.25,-3e2]', '12345678901234567890', '-', '-a', '"\\q"', '"\\u12g4"', '"\\u12"', '"\\u00e9"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"a\\', '{"a":tru}', 'nul', '[1 2]', '{"a":1,}'])('%s', (t) => {
    expect(check(t)).toBe(accepts(t));
  });
  it('on generated near-JSON', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '9', '-', '+', '.', 'e', 'E', 'a', 'true', 'null', ' ', '"k"', '"\\u00e9"');
    fc.assert(fc.property(fc.oneof(fc.json(), fc.array(token, { maxLength: 12 }).map((a) => a.join(''))), (t) => check(t) === accepts(t)), { numRuns: 3000 });
  });
});

// Regions of every route, from the bytes, against spans recorded while printing the text:
// non-ASCII and astral keys and values, escaped keys, CRLF, tabs, one long line, BOM and UTF-16.
describe('json locate on generated documents', () => {
  type Printed = { text: string; spans: Array<{ route: Array<string | number>; start: number; end: number }> };
  const key = fc.oneof(fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom('é', '😀', 'k"q', 'a\\b', '\u2028', 'zz'));
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.integer(), fc.constant(null), fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
  })).v;
  const layout = fc.record({ nl: fc.constantFrom('', '\n', '\r\n'), indent: fc.constantFrom('', ' ', '\t'), escapeKeys: fc.boolean(), pad: fc.constantFrom('', ' ') });

  // Offsets and spans in UTF-16 code units, as a string holds them.
  function print(v: unknown, o: { nl: string; indent: string; escapeKeys: boolean; pad: string }): Printed {
    const spans: Printed['spans'] = [];
    let text = '';
    const str = (s: string, escape: boolean) => (escape ? JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : JSON.stringify(s));
    const walk = (x: unknown, route: Array<string | number>, depth: number, keyStart: number) => {
      const start = text.length;
      const line = (d: number) => o.nl + o.indent.repeat(o.nl ? d : 0);
      if (Array.isArray(x)) {
        text += '[';
        x.forEach((y, i) => {
          text += (i ? ',' : '') + line(depth + 1);
          walk(y, [...route, i], depth + 1, -1);
        });
        text += (x.length ? line(depth) : '') + ']';
      } else if (x !== null && typeof x === 'object') {
        text += '{';
        Object.entries(x).forEach(([k, y], i) => {
          text += (i ? ',' : '') + line(depth + 1);
          const ks = text.length;
          text += `${str(k, o.escapeKeys)}${o.pad}:${o.pad}`;
          walk(y, [...route, k], depth + 1, ks);
        });
        text += (Object.keys(x).length ? line(depth) : '') + '}';
      } else text += JSON.stringify(x);
      spans.push({ route, start: keyStart === -1 ? start : keyStart, end: text.length });
    };
    text += o.pad;
    walk(v, [], 0, -1);
    text += o.nl;
    return { text, spans };
  }
  const lineCol = (t: string, off: number) => {
    const before = t.slice(0, off);
    const nl = before.lastIndexOf('\n');
    return { line: before.split('\n').length, col: off - nl };
  };

  it('every route lands where it was printed', () => {
    fc.assert(
      fc.property(value, layout, fc.constantFrom('utf8', 'bom', 'utf16le', 'text'), (v, o, enc) => {
        const { text, spans } = print(v, o);
        const bytes =
          enc === 'utf8' ? Buffer.from(text) : enc === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const r = enc === 'text' ? load(text) : loadJson({ path: 'g.json', bytes });
        const doc = r.documents[0]!;
        for (const s of spans) {
          const a = lineCol(text, s.start);
          const b = lineCol(text, s.end);
          expect(doc.locate(s.route)).toEqual({ file: doc.path, region: { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col } });
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('one long line with non-ASCII text is located through the prefix table', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ [`ké${i}`]: `v😀é${'x'.repeat(i % 50)}` }));
    const { text, spans } = print(items, { nl: '', indent: '', escapeKeys: false, pad: '' });
    const doc = loadJson({ path: 'l.json', bytes: Buffer.from(text) }).documents[0]!;
    for (const s of spans.filter((_, i) => i % 97 === 0)) {
      const a = lineCol(text, s.start);
      const b = lineCol(text, s.end);
      expect(doc.locate(s.route).region).toEqual({ startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col });
    }
  });
});

describe('the structure the validator records', () => {
  it('lists every container at least BIG_CONTAINER long with its end, in start order, and the top-level members', () => {
    let big = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.oneof(fc.json({ maxDepth: 4 }).map((j) => JSON.parse(j) as unknown), fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 10, maxLength: 30 }), { maxLength: 8 })), { maxKeys: 6 }), fc.constantFrom(0, 2), (v, indent) => {
        const bytes = Buffer.from(JSON.stringify(v, null, indent));
        const { structure } = checkJson('s.json', bytes, { maxDepth: 1000, duplicates: true });
        const want: number[] = [];
        for (let i = 0; i < bytes.length; i++) {
          if (bytes[i] === 34) i = stringEnd(bytes, i) - 1;
          else if (bytes[i] === 123 || bytes[i] === 91) {
            const e = valueEnd(bytes, i);
            if (e - i >= BIG_CONTAINER) want.push(i, e);
          }
        }
        expect([...structure!.bigStarts].flatMap((s, k) => [s, structure!.bigEnds[k]!])).toEqual(want);
        big += want.length / 2;
        expect(structure!.root).toEqual({ start: 0, end: bytes.length });
        const members = topMembers(bytes, structure!);
        expect(members.map((m) => m.key)).toEqual(Object.keys(v));
        for (const m of members) expect(JSON.parse(bytes.toString('utf8', m.start, m.end))).toEqual(v[m.key]);
      }),
      { numRuns: 300 },
    );
    expect(big).toBeGreaterThan(100);
  });
});
