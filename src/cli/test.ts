// `palisade test`: runs Rego `test_*` rules (with `with input as` mocks), as `opa test` does, and
// — for policy folders laid out as Palisade packs (`<pack>/<name>/policy.rego` + `fixtures/`) —
// checks that each policy's fail fixtures produce exactly the marked findings and its pass
// fixtures none.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../engine/engine.js';
import { POLICIES_DIR } from '../paths.js';
import { buildPolicySet } from '../policy/build.js';
import { checkFixture, listFixtures } from '../policy/fixtures.js';
import { idFromPolicyPath } from '../policy/metadata.js';
import { runRegoTests } from '../policy/rego-tests.js';
import { builtinLibSources, collectRegoSources } from '../policy/sources.js';
import { EXIT, usageError, type Io } from './io.js';

interface TestOpts {
  v0Compatible?: boolean;
  run?: string;
}

/** Folders holding a policy.rego and a fixtures/ directory, under the given roots. */
function policyFolders(roots: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'policy.rego')) && existsSync(join(dir, 'fixtures'))) out.push(dir);
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name !== 'fixtures' && !name.startsWith('.') && statSync(p).isDirectory()) walk(p);
    }
  };
  for (const r of roots) if (statSync(r).isDirectory()) walk(r);
  return out;
}

async function fixtureProblems(io: Io, roots: string[], opts: TestOpts, filter: RegExp | undefined): Promise<{ checked: number; failed: number }> {
  const folders = policyFolders(roots);
  if (folders.length === 0) return { checked: 0, failed: 0 };
  const { bundle, policies } = buildPolicySet([...collectRegoSources(roots), ...builtinLibSources(roots)], { v0: opts.v0Compatible });
  const engine = await Engine.load([{ name: 'test', bundle }]);
  let checked = 0;
  let failed = 0;
  for (const folder of folders) {
    const meta = policies.find((p) => p.id === idFromPolicyPath(join(folder, 'policy.rego')));
    if (!meta || (filter && !filter.test(meta.id))) continue;
    for (const fixture of listFixtures(folder, meta, process.cwd())) {
      checked++;
      const r = checkFixture(engine, fixture);
      if (r.problems.length === 0) continue;
      failed++;
      io.out(`${fixture.displayPath}: FAIL ${meta.id}:\n${r.problems.map((p) => `    ${p}`).join('\n')}\n`);
    }
  }
  return { checked, failed };
}

export async function testCommand(io: Io, paths: string[], opts: TestOpts): Promise<number> {
  const roots = paths.length ? paths : [POLICIES_DIR];
  for (const p of roots) {
    try {
      statSync(p);
    } catch {
      throw usageError(`no such file or directory: ${p}`, 'pass directories holding .rego policies and their *_test.rego files');
    }
  }
  let filter: RegExp | undefined;
  if (opts.run) {
    try {
      filter = new RegExp(opts.run);
    } catch (e) {
      throw usageError(`--run is not a valid regular expression: ${(e as Error).message}`, 'pass a JavaScript regular expression, e.g. --run privileged');
    }
  }
  // The built-in library is compiled in (policies import it) but its own tests are not run here.
  const sources = [...collectRegoSources(roots, { tests: true }), ...builtinLibSources(roots)];
  const results = await runRegoTests(sources, { v0: opts.v0Compatible, filter });
  let failed = 0;
  for (const r of results) {
    if (r.outcome === 'pass') continue;
    failed++;
    io.out(`${r.file}:${r.line}: ${r.outcome === 'fail' ? 'FAIL' : 'ERROR'} ${r.name}: ${r.message ?? ''}\n`);
  }
  const fixtures = await fixtureProblems(io, roots, opts, filter);
  if (results.length === 0 && fixtures.checked === 0) {
    io.err('no test_* rules and no policy fixtures found\n');
    return EXIT.userError;
  }
  const total = results.length + fixtures.checked;
  failed += fixtures.failed;
  io.out(`${results.length} Rego tests, ${fixtures.checked} fixtures\n${total - failed} passed, ${failed} failed\n`);
  return failed ? EXIT.findings : EXIT.clean;
}
