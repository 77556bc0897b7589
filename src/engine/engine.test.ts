import { describe, expect, it } from 'vitest';
import { buildPolicySet } from '../policy/build.js';
import type { Document } from '../loaders/types.js';
import { Engine } from './engine.js';

// Three policies over every kind: one normal, one that runs too many steps (a large
// comprehension), one that needs too much memory (a huge array in a single builtin call).
const NORMAL = `package t.normal
violation contains {"msg": sprintf("item %v", [x]), "path": ["items", i]} if {
  some i, x in input.items
}
`;
const STEPS = `package t.steps
violation contains {"msg": "never", "path": []} if {
  count([x | some x in numbers.range(1, 100000)]) < 0
}
`;
const MEMORY = `package t.memory
violation contains {"msg": "never", "path": []} if {
  count(numbers.range(1, 5000000)) < 0
}
`;

function doc(path: string, items: string[]): Document {
  return {
    kind: 'kubernetes',
    path,
    index: 0,
    data: { items },
    locate: () => ({ file: path, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }),
    ignores: [],
  };
}

describe('evaluation budgets', () => {
  const built = buildPolicySet([
    { path: 'normal.rego', source: NORMAL },
    { path: 'steps.rego', source: STEPS },
    { path: 'memory.rego', source: MEMORY },
  ]);
  const docs = [doc('a.yaml', ['a1', 'a2']), doc('b.yaml', ['b1', 'b2', 'b3'])];

  it('reports each policy over budget once per document, keeps the others, and keeps working', async () => {
    const engine = await Engine.load([{ name: 't', bundle: built.bundle }], { policySteps: 20_000, policyMemoryMB: 16 });
    const run = () => docs.map((d) => engine.evaluate(d));
    const first = run();
    for (const [i, r] of first.entries()) {
      const d = docs[i]!;
      expect(r.findings.map((f) => [f.policy.id, f.file, f.message])).toEqual(
        (d.data as { items: string[] }).items.map((x) => ['t/normal', d.path, `item ${x}`]),
      );
      expect(r.diagnostics.map((x) => [x.file, x.code, x.message])).toEqual([
        [d.path, 'eval_error', 'policy t/steps exceeded its step budget (20000 steps) on this document'],
        [d.path, 'eval_error', 'policy t/memory exceeded its memory budget (16 MiB) on this document'],
      ]);
      expect(r.diagnostics[0]!.fix).toMatch(/raise limits\.policySteps .*exclude/);
      expect(r.diagnostics[1]!.fix).toMatch(/raise limits\.policyMemoryMB .*exclude/);
    }
    // The same instance, after four aborts, gives the same answers.
    expect(run()).toEqual(first);
  });
});

describe('the input handed to policies', () => {
  const built = buildPolicySet([{ path: 'normal.rego', source: NORMAL }]);

  it("is the loader's JSON bytes when the document has them, even as a view into a larger buffer", async () => {
    const engine = await Engine.load([{ name: 't', bundle: built.bundle }]);
    const text = '{"items": ["from", "bytes"]}';
    // A file read into a buffer one byte larger than the file, as discovery reads it.
    const json = Buffer.from(`${text}\u0000`).subarray(0, text.length);
    const r = engine.evaluate({ ...doc('a.yaml', ['from data']), json });
    expect(r.diagnostics).toEqual([]);
    expect(r.findings.map((f) => f.message).sort()).toEqual(['item bytes', 'item from']);
    expect(engine.evaluate(doc('b.yaml', ['from data'])).findings.map((f) => f.message)).toEqual(['item from data']);
  });
});

describe('loading', () => {
  it('names a module that is not WebAssembly as a bundle error (the built-in bundle is not validated when read)', async () => {
    const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff]);
    const err = await Engine.load([{ name: 'builtin', bundle: { wasm, data: {}, manifest: { revision: '', roots: [''] } } }]).catch((e: unknown) => e);
    expect((err as { diagnostics?: Array<{ code: string; file: string; message: string }> }).diagnostics?.[0]).toMatchObject({ code: 'bundle_error', file: 'builtin', message: expect.stringContaining('not valid WebAssembly') });
  });
});

// With renewAtMB 0 every evaluation replaces its module (as a large plan's does): what the fresh
// instance must keep is the bundle's data, the budgets and, during an inventory pass, the inventory.
describe('a module replaced after an evaluation that grew its memory', () => {
  const INVENTORY = `package t.inv
violation contains {"msg": sprintf("sees %v", [n]), "path": [n]} if {
  some n in data.inventory.names
}
`;
  const built = buildPolicySet([
    { path: 'normal.rego', source: NORMAL },
    { path: 'steps.rego', source: STEPS },
    { path: 'memory.rego', source: MEMORY },
    { path: 'inv.rego', source: INVENTORY },
  ]);
  const docs = [doc('a.yaml', ['a1', 'a2']), doc('b.yaml', ['b1', 'b2', 'b3'])];
  const instance = (e: Engine) => (e as unknown as { bundles: Array<{ instance: object }> }).bundles[0]!.instance;

  it('keeps its budgets and answers as the kept module does', async () => {
    const kept = await Engine.load([{ name: 't', bundle: built.bundle }], { policySteps: 20_000, policyMemoryMB: 16 });
    const renewed = await Engine.load([{ name: 't', bundle: built.bundle }], { policySteps: 20_000, policyMemoryMB: 16, renewAtMB: 0 });
    const before = instance(renewed);
    const results = docs.map((d) => renewed.evaluate(d));
    expect(instance(renewed)).not.toBe(before);
    expect(results).toEqual(docs.map((d) => kept.evaluate(d)));
    expect(results[0]!.diagnostics.map((d) => d.message)).toEqual([
      'policy t/steps exceeded its step budget (20000 steps) on this document',
      'policy t/memory exceeded its memory budget (16 MiB) on this document',
    ]);
  });

  it('keeps the inventory for the rest of an inventory pass', async () => {
    const renewed = await Engine.load([{ name: 't', bundle: built.bundle }], { renewAtMB: 0 });
    const r = renewed.evaluateInContext(docs, { names: ['x', 'y'] });
    expect(r.findings.filter((f) => f.policy.id === 't/inv').map((f) => `${f.file} ${f.message}`)).toEqual(['a.yaml sees x', 'a.yaml sees y', 'b.yaml sees x', 'b.yaml sees y']);
    // The pass is over: the bundle's own data is back.
    expect(renewed.evaluate(docs[0]!).findings.map((f) => f.policy.id)).not.toContain('t/inv');
  });

  it('does not count the inventory itself towards renewing, so a large one is not loaded again per document', async () => {
    // Without the policies that grow the memory on purpose.
    const small = buildPolicySet([{ path: 'inv.rego', source: INVENTORY }]);
    const engine = await Engine.load([{ name: 't', bundle: small.bundle }], { renewAtMB: 1 });
    const b = (engine as unknown as { bundles: Array<{ fresh: () => object }> }).bundles[0]!;
    const fresh = b.fresh;
    let renewals = 0;
    b.fresh = () => (renewals++, fresh());
    // Two MiB of inventory: more than renewAtMB once it is in the module.
    const names = Array.from({ length: 2048 }, (_, i) => `${i}`.padEnd(1024, 'x'));
    const r = engine.evaluateInContext(docs, { names: ['x', 'y'], other: names });
    expect(r.findings.filter((f) => f.policy.id === 't/inv')).toHaveLength(4);
    expect(renewals).toBe(0);
  });
});
