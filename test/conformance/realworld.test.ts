// Real policy libraries' own test suites through `palisade test` (see realworld.ts). Tests that
// need only OPA's builtins must pass; the ones that do not are listed, each with its reason, in
// realworld-known-failures.json (a key `unit:<repo>|<unit>` stands for every test of a unit that
// does not compile; once it compiles, the entry is stale and its tests are listed one by one if
// any still fail). A new failure fails this suite, and so does a listed one that now
// passes (delete its entry), so the list only shrinks. `npm run conformance` prints the table.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buckets, corpusPresent, knownEntry, runCorpus, table } from './realworld.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const known: Record<string, { reason: string }> = JSON.parse(readFileSync(join(here, 'realworld-known-failures.json'), 'utf8'));

if (!corpusPresent()) console.log('realworld conformance: ../shared/corpora/rego-realworld is absent, skipped');

describe.skipIf(!corpusPresent())('real-world Rego test suites', () => {
  it('passes every test that needs only OPA builtins, except the listed known failures', async () => {
    const results = await runCorpus();
    console.log(`\n${table(results)}\nNot passing, by reason:\n${buckets(results)}`);
    const opa = results.filter((r) => !r.nonOpa);
    const unexpected = opa.filter((r) => r.outcome !== 'pass' && !knownEntry(r, known)).map((r) => `${r.key}: ${r.reason}`);
    const fixed = opa.filter((r) => r.outcome === 'pass' && known[r.key]).map((r) => r.key);
    // An entry names a test, or (`unit:repo|unit`) a whole unit that does not compile.
    const stale = Object.keys(known).filter((k) => !results.some((r) => r.key === k || r.unitKey === k));
    expect(unexpected.slice(0, 50), `${unexpected.length} new failures (fix them, or list them with a reason)`).toEqual([]);
    expect(fixed, 'listed as failing but passing now: delete these entries').toEqual([]);
    expect(stale, 'listed tests that no longer exist in the corpus').toEqual([]);
  }, 600_000);
});
