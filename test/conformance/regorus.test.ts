// Conformance against microsoft/regorus's interpreter cases (read in place from ../shared, see its
// README for the format). Each case is compiled by Palisade's own compiler, linked into a
// standalone .wasm and evaluated through @open-policy-agent/opa-wasm — the same path a scan uses.
//
// Cases that test regorus-only behaviour are excluded with a reason: whole files in EXCLUDED below,
// single cases in known-failures.json with a reason starting `regorus-only` (the case expects what
// regorus does where OPA does otherwise). Those are not applicable to an OPA-exact engine and are
// counted apart, but they still run: one that starts passing means Palisade now does what regorus
// does instead of OPA, and fails the run. Every other failure must be listed in known-failures.json
// with its reason. A case that starts passing while listed fails the run, so the list only shrinks.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { projectionDiff, runCase, type ConformanceCase } from './run-case.js';
import { SDK_SHADOWED } from '../../src/runtime/host/index.js';
import { OPA_WASM_NATIVE } from '../../src/runtime/builtin-table.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../../../shared/corpora/rego-conformance/regorus');

/** Whole files testing behaviour that is regorus's own, not OPA's. */
const EXCLUDED: Record<string, string> = {
  'rego-extensions/or/tests.yaml': 'the `or` operator is a regorus extension; OPA rejects it',
  'engine/tests.yaml': 'tests the regorus Engine API (query statement handling, EOF errors)',
  'scheduler/tests.yaml': "tests regorus's own statement scheduler",
  'builtins/time/now_ns.yaml': 'depends on the clock',
  'builtins/uuid/generate.yaml': 'depends on randomness',
  'builtins/debugging/print.yaml': 'regorus print formatting and capture',
};

interface KnownFailure {
  reason: string;
}
const knownFailures: Record<string, KnownFailure> = JSON.parse(
  readFileSync(join(here, 'known-failures.json'), 'utf8'),
);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return name.endsWith('.yaml') ? [p] : [];
  });
}

/**
 * YAML maps as plain objects, each key spelled as JSON spells a scalar: yaml's own toJS turns a
 * `null:` key into "", where the policy's object key null is dumped as "null".
 */
function plain(v: unknown): unknown {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), plain(x)]));
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

const present = existsSync(corpus);

/** Every case of the corpus, files in order, with its file and its key in known-failures.json. */
function* corpusCases(): Generator<{ rel: string; key: string; c: ConformanceCase }> {
  for (const file of yamlFiles(corpus).sort()) {
    const rel = relative(corpus, file);
    // parseDocument().toJS(): loop/chained.yaml has a flow sequence the `yaml` package calls
    // under-indented; the document it builds is still the one the corpus means.
    const doc = plain(parseDocument(readFileSync(file, 'utf8')).toJS({ maxAliasCount: -1, mapAsMap: true })) as { cases?: ConformanceCase[] };
    for (const [i, c] of (doc.cases ?? []).entries()) yield { rel, key: `${rel}#${c.note ?? i}`, c };
  }
}

/** Why a builtin is still host-provided, for the summary line. */
function hostNote(name: string): string {
  if (SDK_SHADOWED.has(name)) return ' (OPA leaves it to the SDK; stock opa-wasm provides its own, other than Go\'s, so Palisade supplies OPA\'s)';
  if (!OPA_WASM_NATIVE.has(name)) return ' (OPA\'s Wasm leaves it to the SDK too, and stock opa-wasm does not provide it)';
  return '';
}

describe.skipIf(!present)('regorus conformance', () => {
  it('passes every applicable case not listed as a known failure', async () => {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let regorusOnly = 0;
    let stock = 0;
    // the host builtins that keep passing cases out of stock opa-wasm, with how many cases each
    const hostOnly = new Map<string, number>();
    const unexpected: string[] = [];
    const fixed: string[] = [];
    for (const { rel, key, c } of corpusCases()) {
      if (EXCLUDED[rel] || c.skip) {
        skipped++;
        continue;
      }
      const outcome = await runCase(c, { v1: rel === 'binding/bindings.yaml' });
      const known = knownFailures[key];
      if (outcome.ok) {
        passed++;
        if (outcome.stock) stock++;
        for (const name of new Set(outcome.host ?? [])) hostOnly.set(name, (hostOnly.get(name) ?? 0) + 1);
        if (known) fixed.push(key);
      } else if (known?.reason.startsWith('regorus-only')) {
        regorusOnly++;
      } else {
        failed++;
        if (!known) unexpected.push(`${key}: ${outcome.reason}`);
      }
    }
    const total = passed + failed;
    // The plain closing line CI and the issue note read.
    console.log(`regorus conformance: ${passed} passed, ${failed} failed, ${skipped} skipped, ${regorusOnly} regorus-only (OPA differs) (${((100 * passed) / Math.max(total, 1)).toFixed(1)}% of applicable)`);
    console.log(`regorus conformance in stock opa-wasm with no custom builtins: ${stock} of the ${passed} passing cases`);
    if (hostOnly.size) console.log(`host builtins the other passing cases call (cases each):\n  ${[...hostOnly].sort().map(([name, n]) => `${name}: ${n}${hostNote(name)}`).join('\n  ')}`);
    if (unexpected.length) console.log(`unexpected failures:\n  ${unexpected.join('\n  ')}`);
    if (fixed.length) console.log(`now passing, remove from known-failures.json:\n  ${fixed.join('\n  ')}`);
    expect(unexpected, 'failures not listed in test/conformance/known-failures.json').toEqual([]);
    expect(fixed, 'known failures that now pass: delete their entries').toEqual([]);
    // issue 9's acceptance: every passing case runs in stock opa-wasm with no custom builtins
    expect(Object.fromEntries(hostOnly), 'passing cases that still need Palisade\'s host builtins').toEqual({});
  });
});

describe.skipIf(!present)('regorus conformance, regex and glob cases without host builtins', () => {
  it('passes them in stock opa-wasm loaded with no custom builtins', async () => {
    let passed = 0;
    const failures: string[] = [];
    for (const file of yamlFiles(corpus).sort()) {
      const rel = relative(corpus, file);
      if (EXCLUDED[rel]) continue;
      const doc = parseDocument(readFileSync(file, 'utf8')).toJS({ maxAliasCount: -1 }) as { cases?: ConformanceCase[] };
      for (const [i, c] of (doc.cases ?? []).entries()) {
        const key = `${rel}#${c.note ?? i}`;
        if (c.skip || knownFailures[key] || !(c.modules ?? []).some((m) => /\b(regex|glob)\./.test(m))) continue;
        const outcome = await runCase(c, { v1: rel === 'binding/bindings.yaml', host: false });
        if (outcome.ok) passed++;
        else failures.push(`${key}: ${outcome.reason}`);
      }
    }
    console.log(`regorus regex/glob cases without host builtins: ${passed} passed, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(passed).toBeGreaterThan(0);
  });
});

describe.skipIf(!present)('regorus conformance on projected input', () => {
  it('gives every case the same result on the input cut down to the keys the compiler says it reads', async () => {
    let projected = 0;
    const differences: string[] = [];
    for (const { rel, key, c } of corpusCases()) {
      if (EXCLUDED[rel] || c.skip) continue;
      const r = await projectionDiff(c, { v1: rel === 'binding/bindings.yaml' });
      projected += r.projected;
      differences.push(...r.differences.map((d) => `${key}: ${d}`));
    }
    console.log(`regorus conformance on projected input: ${projected} inputs projected, ${differences.length} differ`);
    expect(differences).toEqual([]);
    expect(projected).toBeGreaterThan(0);
  });
});

describe.skipIf(present)('regorus conformance (corpus absent)', () => {
  it.skip('skipped: ../shared/corpora/rego-conformance/regorus is not present in this checkout', () => {});
});
