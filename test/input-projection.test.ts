// Input projection changes nothing a policy can see: every built-in Terraform entrypoint (each
// policy's and the kind's aggregate), run through the real module on every plan of the fixtures,
// the corpora (when present) and a generated plan, gives the same result on the projected input
// as on the whole plan; and the engine with projection reports exactly the findings of the
// engine without it. The test also checks the projection leaves something out, so it cannot pass
// by projecting nothing, and that the members the plan loader records (its validation pass) are
// the ones the engine's own scan finds for JSON bytes without them.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import opa from '@open-policy-agent/opa-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlan } from '../bench/plans.js';
import { Engine } from '../src/engine/engine.js';
import { LOADERS } from '../src/loaders/index.js';
import type { Document } from '../src/loaders/types.js';
import { loadBuiltinBundle } from '../src/policy/builtin.js';
import { evaluateJson } from '../src/runtime/evaluate.js';
import { hostBuiltins } from '../src/runtime/host/index.js';
import { projectJson, topLevelMembers } from '../src/runtime/json-members.js';

const ROOT = join(import.meta.dirname, '..');
const PLANS = join(ROOT, '..', 'shared', 'corpora', 'terraform-plans');
if (!existsSync(PLANS)) console.log('input projection: ../shared/corpora absent, corpus plans skipped');

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? jsonFiles(p) : n.endsWith('.json') && !n.endsWith('.expect.json') ? [p] : [];
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'palisade-projection-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writePlan(join(tmp, 'generated'), 512 * 1024);

/** Every Terraform plan document of the fixtures, the corpora and the generated plan. */
const docs: Document[] = [join(ROOT, 'fixtures'), join(ROOT, 'policies', 'terraform'), PLANS, join(tmp, 'generated')]
  .flatMap(jsonFiles)
  .flatMap((file) => LOADERS['terraform-plan']({ path: relative(ROOT, file), bytes: readFileSync(file) }).documents)
  .filter((d) => d.json !== undefined);

const named = loadBuiltinBundle();
const meta = named.bundle.palisade!;
const aggregate = meta.kindEntrypoints['terraform-plan']!;
const entrypoints = [aggregate, ...meta.policies.filter((p) => p.kinds.includes('terraform-plan')).map((p) => p.entrypoint)];

describe('input projection on Terraform plans', () => {
  it('has plans, and keys for every Terraform entrypoint', () => {
    expect(docs.length).toBeGreaterThan(10);
    for (const ep of entrypoints) expect(meta.inputKeys?.[ep], ep).toBeDefined();
  });

  it('the loader and the scan here find the same top-level members', () => {
    const known = docs.filter((d) => d.jsonMembers);
    expect(known.length).toBeGreaterThan(10);
    for (const doc of known) expect(doc.jsonMembers!(), doc.path).toEqual(topLevelMembers(doc.json!));
  });

  it('every entrypoint gives the same result on the projected plan', async () => {
    const policy = await opa.loadPolicy(named.bundle.wasm, { initial: 64 }, hostBuiltins({ strict: false }));
    policy.setData(named.bundle.data as object);
    let projected = 0;
    for (const doc of docs) {
      for (const ep of entrypoints) {
        const input = projectJson(doc.json!, new Set(meta.inputKeys![ep]), doc.jsonMembers && (() => doc.jsonMembers!()));
        if (!(input instanceof Uint8Array)) projected++;
        expect(evaluateJson(policy, input, ep), `${doc.path} ${ep}`).toEqual(evaluateJson(policy, doc.json!, ep));
      }
    }
    expect(projected).toBeGreaterThan(0);
  }, 300_000);

  it('the engine reports the same findings with and without projection', async () => {
    const whole = { ...named, bundle: { ...named.bundle, palisade: { ...meta, inputKeys: undefined } } };
    const [withProjection, without] = await Promise.all([Engine.load([named]), Engine.load([whole])]);
    for (const doc of docs) expect(withProjection.evaluate(doc), doc.path).toEqual(without.evaluate(doc));
  }, 300_000);
});
