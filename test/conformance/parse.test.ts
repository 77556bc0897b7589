// Parser conformance against the regorus evaluation corpus: every module and query in it must parse
// (v0 syntax except binding/bindings.yaml, as the corpus README says), and every case whose expected
// error is a parse error must fail to parse. Evaluation results are not checked here (that is the
// evaluation suite's job); this suite is only about what the front end accepts and rejects.
// Known failures are listed below with their reason; fixing one deletes its entry.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseModule, parseQuery } from '../../src/rego/parser.js';
import { PalisadeError } from '../../src/diagnostics.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const CORPUS = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'rego-conformance', 'regorus');

/** Files whose modules use Rego v1 syntax without importing rego.v1 (see the corpus README). */
const V1_FILES = new Set(['binding/bindings.yaml']);

/** regorus-only syntax that a standard Rego parser must reject. */
const REJECTED_FILES: Record<string, string> = {
  'rego-extensions/or/tests.yaml': 'the `or` operator is a regorus extension, not Rego',
};

/**
 * Expected-error texts (regorus wording) that OPA also reports while parsing. A case expecting one
 * of these must fail to parse; any other expected error belongs to later stages.
 */
const PARSE_ERRORS = [
  '`if` keyword is required before rule body',
  '`contains` keyword is required for partial set rules',
  'unexpected keyword `in`',
  'invalid whitespace between . and identifier',
  'expecting `)`',
  'expecting EOF',
  'rule must have a body',
  'invalid `var` in default value',
  'invalid `ref` in default value',
  'invalid `call` in default value',
  'invalid `unaryexpr` in default value',
  'invalid `boolexpr` in default value',
  'invalid `binexpr` in default value',
  'invalid `arithexpr` in default value',
  'unary - can only be used with numeric literals',
  'import path must begin with one of',
];

/** Cases (file#note) that do not behave as above, each with the reason. Empty is the goal. */
const KNOWN_FAILURES: Record<string, string> = {
  'refr/keywords_in_refs.yaml#keywords_in_refs/package field':
    "uses `allow if { … }` without importing future.keywords: regorus's v0 mode accepts it, OPA's v0 does not (it parses as v1)",
};

interface Case {
  note: string;
  modules?: string[];
  query: string;
  error?: string;
  skip?: boolean;
}

function tryParse(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (e instanceof PalisadeError) return e.message;
    throw e;
  }
}

describe.skipIf(!existsSync(CORPUS))('regorus corpus parses', () => {
  test('every module and query', () => {
    const files = fg.sync('**/*.yaml', { cwd: CORPUS }).sort();
    let modules = 0;
    let queries = 0;
    let rejected = 0;
    const failures: string[] = [];
    const known: string[] = [];
    for (const file of files) {
      // loop/chained.yaml has a flow sequence the `yaml` package finds under-indented; it only
      // affects an expected result, so the document is read despite the error.
      const doc = parseDocument(readFileSync(join(CORPUS, file), 'utf8')).toJS({ maxAliasCount: -1 }) as { cases?: Case[] };
      const v0 = !V1_FILES.has(file);
      for (const c of doc.cases ?? []) {
        const id = `${file}#${c.note}`;
        const problems: string[] = [];
        (c.modules ?? []).forEach((src, i) => {
          modules++;
          const err = tryParse(() => parseModule(`rego_${i}`, src, { v0 }));
          if (err) problems.push(err);
        });
        queries++;
        const qerr = tryParse(() => parseQuery(c.query, { v0 }));
        if (qerr) problems.push(`query: ${qerr}`);

        const wantsParseError = REJECTED_FILES[file] !== undefined || (c.error !== undefined && PARSE_ERRORS.some((p) => c.error!.includes(p)));
        let failure: string | undefined;
        if (wantsParseError && problems.length === 0) failure = `parsed, but expected a parse error (${c.error ?? REJECTED_FILES[file]})`;
        if (!wantsParseError && problems.length > 0) failure = problems.join('\n');
        if (wantsParseError && problems.length > 0) rejected++;
        if (!failure) continue;
        if (KNOWN_FAILURES[id]) known.push(`${id}: ${KNOWN_FAILURES[id]}`);
        else failures.push(`${id}${c.skip ? ' (skipped by regorus)' : ''}\n    ${failure.replace(/\n/g, '\n    ')}`);
      }
    }
    console.log(
      `regorus corpus (${relative(PACKAGE_ROOT, CORPUS)}): ${files.length} files, ${modules} modules, ${queries} queries; ` +
        `${rejected} expected parse errors reproduced; ${known.length} known failures; ${failures.length} unexplained`,
    );
    for (const k of known) console.log(`  known: ${k}`);
    for (const f of failures) console.log(`  FAIL ${f}`);
    expect(failures).toEqual([]);
  });
});
