// `palisade test`: runs Rego `test_*` rules (with `with input as` mocks), as `opa test` does, and
// — for policy folders laid out as Palisade packs — checks each policy's pass/fail fixtures.

import { statSync } from 'node:fs';
import { POLICIES_DIR } from '../paths.js';
import { runRegoTests } from '../policy/rego-tests.js';
import { collectRegoSources } from '../policy/sources.js';
import { EXIT, usageError, type Io } from './io.js';

interface TestOpts {
  v0Compatible?: boolean;
  run?: string;
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
  const sources = collectRegoSources(roots, { tests: true });
  const results = await runRegoTests(sources, { v0: opts.v0Compatible, filter });
  if (results.length === 0) {
    io.err('no test_* rules found\n');
    return EXIT.userError;
  }
  let failed = 0;
  for (const r of results) {
    if (r.outcome === 'pass') continue;
    failed++;
    io.out(`${r.file}:${r.line}: ${r.outcome === 'fail' ? 'FAIL' : 'ERROR'} ${r.name}: ${r.message ?? ''}\n`);
  }
  io.out(`${results.length - failed} passed, ${failed} failed\n`);
  return failed ? EXIT.findings : EXIT.clean;
}
