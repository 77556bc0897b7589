// JUnit XML for CI systems that only understand test reports. Owns the mapping: one <testsuite>
// per policy that ran (so a clean policy shows as a passing suite), one failing <testcase> per
// open finding, a skipped one per waived finding, and a `palisade` suite of <error> cases for
// diagnostics. Must produce well-formed XML whatever the messages contain.

import { formatDiagnostic } from '../diagnostics.js';
import type { Finding } from '../engine/finding.js';
import { joinChunks } from './chunks.js';
import { perPolicy, shortFix, policiesOf, policyDocsUrl, sortedByLocation } from './common.js';
import type { ReportContext } from './types.js';

const XML_SPECIAL = /[\u0000-\u001f&<>"'\ud800-\udfff\ufffe\uffff]/;

/**
 * Escapes for both text and attribute values. Characters XML 1.0 cannot carry at all (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) become visible `\uXXXX` text instead of breaking the parse.
 */
export function xmlEscape(s: string): string {
  // Most values need nothing: one scan instead of ten replacements.
  if (!XML_SPECIAL.test(s)) return s;
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

function testcase(f: Finding, hint: (p: Finding['policy']) => string): string {
  const head = `    <testcase${attrs({ classname: f.policy.id, name: `${where(f)} ${f.resource ?? ''}`.trim(), file: f.file, line: f.region.startLine })}>`;
  if (f.waived) {
    const by = f.waived.owner ? ` by ${f.waived.owner}` : '';
    return `${head}\n      <skipped${attrs({ message: `waived${by}: ${f.waived.reason}` })}/>\n    </testcase>`;
  }
  const body = `${where(f)}: ${f.policy.severity}: ${f.message}\n${hint(f.policy)}\nfingerprint: ${f.fingerprint}`;
  return `${head}\n      <failure${attrs({ message: f.message, type: f.policy.severity })}>${xmlEscape(body)}</failure>\n    </testcase>`;
}

/** Test cases by policy, each list in reading order: one pass, not one filter per policy. */
function byPolicy(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of sortedByLocation(findings)) {
    const list = out.get(f.policy.id);
    if (list) list.push(f);
    else out.set(f.policy.id, [f]);
  }
  return out;
}

/** The totals come first in the XML, so they are counted before any suite is written. */
export function* junitChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  const grouped = byPolicy(findings);
  const hint = perPolicy((p) => `fix: ${shortFix(p.remediation)}\ndocs: ${policyDocsUrl(p, ctx)}`);
  const policies = policiesOf(findings, ctx);
  const waivedTotal = findings.filter((f) => f.waived).length;
  const diag = ctx.diagnostics.length;
  const tests = diag + policies.reduce((n, p) => n + Math.max(1, grouped.get(p.id)?.length ?? 0), 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attrs({ name: 'Palisade', tests, failures: findings.length - waivedTotal, errors: diag, skipped: waivedTotal })}>\n`;

  if (diag) {
    yield `  <testsuite${attrs({ name: 'palisade', tests: diag, failures: 0, errors: diag, skipped: 0 })}>\n`;
    for (const d of ctx.diagnostics) {
      yield `    <testcase${attrs({ classname: 'palisade', name: `${d.file}:${d.line}:${d.col} ${d.code}` })}>\n      <error${attrs({ message: d.message, type: d.code })}>${xmlEscape(formatDiagnostic(d))}</error>\n    </testcase>\n`;
    }
    yield '  </testsuite>\n';
  }

  for (const policy of policies) {
    const mine = grouped.get(policy.id) ?? [];
    const open = mine.filter((f) => !f.waived).length;
    yield `  <testsuite${attrs({ name: policy.id, tests: Math.max(1, mine.length), failures: open, errors: 0, skipped: mine.length - open })}>\n`;
    if (!mine.length) yield `    <testcase${attrs({ classname: policy.id, name: 'no findings' })}/>\n`;
    for (const f of mine) yield `${testcase(f, hint)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export function junit(findings: Finding[], ctx: ReportContext): string {
  return joinChunks(junitChunks(findings, ctx));
}
