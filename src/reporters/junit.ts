// JUnit XML for CI systems that only understand test reports. Owns the mapping: one <testsuite>
// per policy that ran (so a clean policy shows as a passing suite), one failing <testcase> per
// open finding, a skipped one per waived finding, and a `palisade` suite of <error> cases for
// diagnostics. Must produce well-formed XML whatever the messages contain.

import { formatDiagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { shortFix, policiesOf, policyDocsUrl, sortedByLocation } from './common.js';
import type { ReportContext } from './types.js';

/**
 * Escapes for both text and attribute values. Characters XML 1.0 cannot carry at all (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) become visible `\uXXXX` text instead of breaking the parse.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Attribute values normalise raw newlines and tabs to spaces; character references survive.
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function where(f: Finding): string {
  return `${f.file}:${f.region.startLine}:${f.region.startColumn}`;
}

function testcase(f: Finding, ctx: ReportContext): string {
  const head = `    <testcase${attrs({ classname: f.policy.id, name: `${where(f)} ${f.resource ?? ''}`.trim(), file: f.file, line: f.region.startLine })}>`;
  if (f.waived) {
    const by = f.waived.owner ? ` by ${f.waived.owner}` : '';
    return `${head}\n      <skipped${attrs({ message: `waived${by}: ${f.waived.reason}` })}/>\n    </testcase>`;
  }
  const body = [
    `${where(f)}: ${f.policy.severity}: ${f.message}`,
    `fix: ${shortFix(f.policy.remediation)}`,
    `docs: ${policyDocsUrl(f.policy, ctx)}`,
    `fingerprint: ${f.fingerprint}`,
  ].join('\n');
  return `${head}\n      <failure${attrs({ message: f.message, type: f.policy.severity })}>${xmlEscape(body)}</failure>\n    </testcase>`;
}

export function junit(findings: Finding[], ctx: ReportContext): string {
  const sorted = sortedByLocation(findings);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;

  if (ctx.diagnostics.length) {
    const cases = ctx.diagnostics.map(
      (d) =>
        `    <testcase${attrs({ classname: 'palisade', name: `${d.file}:${d.line}:${d.col} ${d.code}` })}>\n      <error${attrs({ message: d.message, type: d.code })}>${xmlEscape(formatDiagnostic(d))}</error>\n    </testcase>`,
    );
    suites.push(`  <testsuite${attrs({ name: 'palisade', tests: cases.length, failures: 0, errors: cases.length, skipped: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
    tests += cases.length;
    errors += cases.length;
  }

  for (const policy of policiesOf(findings, ctx)) {
    const mine = sorted.filter((f) => f.policy.id === policy.id);
    const open = mine.filter((f) => !f.waived).length;
    const waived = mine.length - open;
    const cases = mine.length
      ? mine.map((f) => testcase(f, ctx))
      : [`    <testcase${attrs({ classname: policy.id, name: 'no findings' })}/>`];
    suites.push(
      `  <testsuite${attrs({ name: policy.id, tests: cases.length, failures: open, errors: 0, skipped: waived })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
    tests += cases.length;
    failures += open;
    skipped += waived;
  }

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'Palisade', tests, failures, errors, skipped })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
