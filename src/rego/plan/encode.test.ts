import { describe, expect, it } from 'vitest';
import opa from '@open-policy-agent/opa-wasm';
import type { Constant, Plan } from '../ir.js';
import { linkPlanBytes } from '../../runtime/link.js';
import { B, N, NULL, S } from '../../runtime/testing.js';
import { compareOrder, encodePlan, OPCODES, PLAN_VERSION } from './encode.js';

const words = (b: Uint8Array) => new Uint32Array(b.buffer, b.byteOffset, b.length / 4);

/** A plan whose one Switch (on input.k) has a case per value, case i returning 100 + i; always returns 'always'. */
function switchPlan(values: Constant[]): Plan {
  const marker = (i: number) => 1 + values.length + i;
  return {
    constants: [S('k'), ...values, ...values.map((_, i) => N(100 + i)), S('always')],
    builtins: [], funcs: [], strict: false,
    entrypoints: [{ name: 't/s', locals: 2, body: [
      { op: 'LoadInput', dst: 0 },
      { op: 'Dot', src: { local: 0 }, key: { const: 0 }, dst: 1 },
      { op: 'Switch', src: { local: 1 },
        cases: values.map((_, i) => ({ value: i + 1, block: [{ op: 'ResultAdd', value: { const: marker(i) } }] })),
        always: [{ op: 'ResultAdd', value: { const: 1 + 2 * values.length } }] },
    ] }],
  };
}

describe('compareOrder', () => {
  it('orders null, booleans, integers and strings as the runtime compare does (strings by UTF-8 bytes)', () => {
    // '\uffff' sorts before '😀' in UTF-8 (EF… < F0…) but after it in UTF-16 (FFFF > D83D).
    const values = [S('😀'), N(10), S('\uffff'), B(true), N(-3), NULL, S('B'), S('a'), B(false), N(2), S('')];
    expect(compareOrder(values)!.map((i) => values[i])).toEqual(
      [NULL, B(false), B(true), N(-3), N(2), N(10), S(''), S('B'), S('a'), S('\uffff'), S('😀')]);
  });

  it('keeps equal values in plan order, as the runtime sort does', () => {
    expect(compareOrder([S('x'), S('a'), S('x')])).toEqual([1, 0, 2]);
  });

  it('leaves to the runtime what it cannot order for certain: composites, non-integers, big integers', () => {
    for (const odd of [N('1.5'), N('1e3'), N('12345678901234567'), { t: 'array', v: [] } as Constant, { t: 'set', v: [] } as Constant]) {
      expect(compareOrder([S('a'), odd])).toBeUndefined();
    }
  });
});

describe('encodePlan Switch layout', () => {
  it('writes the table in order with offsets of the case blocks, flagged ordered only when certain', () => {
    const at = (plan: Plan) => {
      const w = words(encodePlan(plan));
      // the Switch follows LoadInput (2 words) and Dot (4 words) in the entrypoint's block
      const load = w.findIndex((x, i) => x === OPCODES.LoadInput && w[i + 2] === OPCODES.Dot);
      expect(w[load + 6]).toBe(OPCODES.Switch);
      return { w, sw: load + 6 };
    };
    const { w, sw } = at(switchPlan([S('b'), S('a'), NULL]));
    expect([w[sw + 2], w[sw + 3]]).toEqual([3, 1]);
    expect([w[sw + 5], w[sw + 7], w[sw + 9]]).toEqual([3, 2, 1]); // null, 'a', 'b'
    const caseAt = w[sw + 6]!;
    expect(w[sw + caseAt + 1]).toBe(OPCODES.ResultAdd);
    expect(w[sw + caseAt + 2]).toBe(0x80000000 + 1 + 3 + 2); // case 2 (null) returns marker 2
    const unsure = at(switchPlan([S('b'), N('0.5')]));
    expect(unsure.w[unsure.sw + 3]).toBe(0);
  });
});

describe('Switch dispatch on the runtime', () => {
  // [case value, input JSON that equals it]
  const scalars: Array<[Constant, string]> = [
    [S('😀'), '"😀"'], [N(10), '10'], [S('\uffff'), '"\uffff"'], [B(true), 'true'], [N(-3), '-3'], [NULL, 'null'],
    [S('B'), '"B"'], [S('a'), '"a"'], [B(false), 'false'], [N(2), '2.0'], [S(''), '""'],
  ];
  const mixed: Array<[Constant, string]> = [
    ...scalars, [N('1.5'), '1.5'], [N('123456789012345678901234567890'), '123456789012345678901234567890'],
    [N('1e400'), '10e399'], [{ t: 'array', v: [N(1), S('x')] }, '[1,"x"]'], [{ t: 'object', v: [[S('a'), N(1)]] }, '{"a":1}'],
  ];
  const misses = ['"b"', '11', '"zz"', '[1]', '{}', '1e401', '123456789012345678901234567891'];

  it.each([['encoder-ordered', scalars], ['runtime-sorted', mixed]] as const)(
    'runs the case whose value equals the input, else only always (%s table)', (_, cases) => {
      const plan = switchPlan(cases.map(([c]) => c));
      const p = opa.loadPolicySync(linkPlanBytes(encodePlan(plan)));
      const run = (k: string) => p.evaluate(new TextEncoder().encode(`{"k":${k}}`).buffer as ArrayBuffer).map((r: { result: unknown }) => r.result);
      cases.forEach(([, k], i) => expect(run(k), k).toEqual([100 + i, 'always']));
      for (const k of misses) expect(run(k), k).toEqual(['always']);
      // the second evaluation of a runtime-sorted Switch uses the table sorted by the first
      cases.forEach(([, k], i) => expect(run(k), k).toEqual([100 + i, 'always']));
    });
});

describe('plan format version', () => {
  it.each([[PLAN_VERSION - 1, 'older'], [PLAN_VERSION + 1, 'newer']])('rejects version %i as %s than the runtime', (v, which) => {
    const bytes = encodePlan(switchPlan([S('a')]));
    words(bytes)[1] = v;
    expect(() => opa.loadPolicySync(linkPlanBytes(bytes))).toThrow(`plan: format version ${which} than this runtime's`);
  });
});

describe('collection constants', () => {
  it('loads sets and objects whose elements the encoder ordered, and those it left to the runtime', () => {
    const set: Constant = { t: 'set', v: [S('b'), N(1), S('😀'), NULL, S('\uffff'), S('a'), S('b')] };
    const mixedSet: Constant = { t: 'set', v: [S('b'), N('0.5'), { t: 'array', v: [] }, S('a')] };
    const obj: Constant = { t: 'object', v: [[S('z'), N(1)], [S('a'), S('x')], [B(true), NULL]] };
    const mixedObj: Constant = { t: 'object', v: [[S('z'), N(1)], [N('2.5'), S('y')]] };
    const plan: Plan = {
      constants: [set, mixedSet, obj, mixedObj], builtins: [], funcs: [], strict: false,
      entrypoints: [{ name: 't/c', locals: 1, body: [
        { op: 'MakeArray', dst: 0 },
        ...[0, 1, 2, 3].map((i) => ({ op: 'ArrayAppend' as const, array: 0, value: { const: i } })),
        { op: 'ResultAdd', value: { local: 0 } },
      ] }],
    };
    const set0 = words(encodePlan(plan));
    // the first constant (a set of 6 distinct values, 7 written) opens right after the 7-word header
    expect([set0[7], set0[8], set0[9]]).toEqual([7, 7, 0]); // set, 7 elements, null first
    const p = opa.loadPolicySync(linkPlanBytes(encodePlan(plan)));
    expect(p.evaluate({})).toEqual([{ result: [
      [null, 1, 'a', 'b', '\uffff', '😀'],
      [0.5, 'a', 'b', []],
      { a: 'x', true: null, z: 1 },
      { 2.5: 'y', z: 1 },
    ] }]);
  });
});
