import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIVILEGED, SSH, finding } from '../../fixtures/reporters/sample.js';
import { formatDiagnostic } from '../diagnostics.js';
import { applyWaivers } from './apply.js';
import { auditDiagnostics, auditWaivers } from './audit.js';
import { parseWaivers } from './parse.js';
import { renderAuditJson, renderAuditMarkdown, renderAuditText } from './render.js';

// On 2025-06-20 the fixture's W-001 has 102 days left (active), W-002 10 (expiring), W-003 25
// (expiring) and W-004 194 (active); on 2025-07-01 W-002 has expired.
const NOW = new Date('2025-06-20T10:00:00Z');
const FILE = '.palisade/waivers.yaml';
const { waivers } = parseWaivers(readFileSync(new URL('../../fixtures/waivers/waivers.yaml', import.meta.url), 'utf8'), FILE, { now: NOW });

const findings = [
  finding(PRIVILEGED, 'deploy/monitoring/exporter.yaml', 20, ['spec', 'privileged'], 'privileged', { resource: 'Deployment/monitoring/node-exporter' }),
  finding(PRIVILEGED, 'legacy/old.yaml', 5, ['spec', 'privileged'], 'privileged'),
  finding(PRIVILEGED, 'legacy/older.yaml', 7, ['spec', 'privileged'], 'privileged'),
  finding(SSH, 'infra/plan.json', 3, ['resource_changes', 0], 'ssh'),
];
const inlineIgnores = [
  {
    file: 'deploy/web.yaml',
    ignores: [
      { policyId: 'k8s/host-network', reason: 'metrics', lines: { start: 3, end: 4 }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 30 } },
      { policyId: 'k8s/privileged-container', reason: '', lines: { start: 9, end: 10 }, region: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 30 } },
    ],
  },
];

describe('auditWaivers', () => {
  const applied = applyWaivers(findings, waivers, inlineIgnores, NOW);
  const audit = auditWaivers(waivers, applied.matches, NOW, { expiringWithinDays: 30, inline: applied.inline });

  it('classifies waivers as active, expiring, expired and unused', () => {
    const ids = (l: { waiver: { id: string } }[]) => l.map((e) => e.waiver.id);
    expect(audit.date).toBe('2025-06-20');
    expect(ids(audit.active)).toEqual(['W-001', 'W-004']);
    expect(ids(audit.expiring)).toEqual(['W-002', 'W-003']);
    expect(ids(audit.expired)).toEqual([]);
    expect(ids(audit.unused)).toEqual(['W-003', 'W-004']);
    expect(audit.entries.map((e) => [e.waiver.id, e.daysLeft, e.matched])).toEqual([
      ['W-001', 102, 1],
      ['W-002', 10, 2],
      ['W-003', 25, 0],
      ['W-004', 194, 0],
    ]);
  });

  it('moves waivers to expired after their last day', () => {
    const later = new Date('2025-07-01T00:00:00Z');
    const again = applyWaivers(findings, waivers, [], later);
    const a = auditWaivers(waivers, again.matches, later);
    expect(a.expired.map((e) => [e.waiver.id, e.daysLeft, e.matched])).toEqual([['W-002', -1, 2]]);
    expect(a.expiring.map((e) => e.waiver.id)).toEqual(['W-003']);
  });

  it('asks for action in the house format', () => {
    const later = new Date('2025-07-01T00:00:00Z');
    const again = applyWaivers(findings, waivers, inlineIgnores, later);
    const diags = auditDiagnostics(auditWaivers(waivers, again.matches, later, { inline: again.inline })).map(formatDiagnostic);
    expect(diags).toEqual([
      `${FILE}:12:5: error[waiver_error]: waiver W-002 (alice@example.com) expired on 2025-06-30; 2 findings reported again\n  fix: fix the findings and delete the waiver, or renew it with a new expiry after review`,
      `${FILE}:18:5: warning[waiver_error]: waiver W-003 (bob@example.com) matched no finding in this scan\n  fix: delete it if the problem was fixed; otherwise check its \`policy\`, \`path\` and \`resource\` against the finding (the JSON output shows them)`,
      `${FILE}:18:5: note[waiver_error]: waiver W-003 (bob@example.com) expires on 2025-07-15, in 14 days\n  fix: fix the findings before then, or review and renew the waiver`,
      `${FILE}:25:5: warning[waiver_error]: waiver W-004 (@security) matched no finding in this scan\n  fix: delete it if the problem was fixed; otherwise check its \`policy\`, \`path\` and \`resource\` against the finding (the JSON output shows them)`,
      'deploy/web.yaml:3:1: warning[waiver_error]: inline ignore of k8s/host-network matched no finding\n  fix: delete the comment, or put it on the line of the finding (or the line above it)',
    ]);
  });

  it('renders text for people', () => {
    const t = renderAuditText(audit);
    expect(t.split('\n')[0]).toBe('Waiver audit, 2025-06-20: 4 waivers: 4 in force (2 expiring within 30 days), 0 expired, 2 unused');
    expect(t).toContain('expiring within 30 days:\n  .palisade/waivers.yaml:12:5  W-002  k8s/*  legacy/**\n      owner: alice@example.com  expires 2025-06-30 (in 10 days)  2 findings\n      reason: legacy manifests, migrated by Q3');
    expect(t).toContain('unused (matched nothing in this scan):\n  .palisade/waivers.yaml:18:5  W-003');
    expect(t).toContain('\n  .palisade/waivers.yaml:25:5  W-004  dockerfile/*  **/Dockerfile\n      owner: @security  expires 2025-12-31 (in 194 days)  0 findings (unused)');
    expect(t).toContain('inline ignores: 2 (1 unused, 1 without a reason)');
    expect(t).toContain('deploy/web.yaml:9  k8s/privileged-container  NO REASON: waives nothing');
  });

  it('renders versioned JSON', () => {
    const j = JSON.parse(renderAuditJson(audit));
    expect(Object.keys(j)).toEqual(['version', 'date', 'expiringWithinDays', 'summary', 'waivers', 'inline', 'malformed']);
    expect(j.summary).toEqual({ total: 4, active: 2, expiring: 2, expired: 0, unused: 2, inline: 2, inlineUnused: 1, inlineWithoutReason: 1, malformed: 0 });
    expect(j.waivers[0]).toEqual({
      id: 'W-001', status: 'active', unused: false, matched: 1, daysLeft: 102,
      policy: 'k8s/privileged-container', path: 'deploy/**', resource: 'Deployment/monitoring/*', fingerprint: null,
      owner: '@org/platform', reason: 'node-exporter needs host access to read host metrics', expires: '2025-09-30',
      ticket: 'https://tracker.example/SEC-12', source: { file: FILE, line: 4, col: 5 },
      findings: [],
    });
  });

  it('lists under each waiver the findings it matches, and the malformed entries', () => {
    const text = `waivers:
  - id: W-1
    policy: k8s/*
    path: legacy/**
    owner: alice@example.com
    reason: legacy manifests
    expires: 2025-09-30
  - id: W-2
    policy: k8s/privileged-container
    path: deploy/**
    owner: alice@example.com
    expiry: 2025-09-30
`;
    const parsed = parseWaivers(text, FILE, { now: NOW });
    const a = auditWaivers(parsed.waivers, applyWaivers(findings, parsed.waivers, [], NOW).matches, NOW, { findings, parseDiagnostics: parsed.diagnostics });
    expect(a.entries[0]!.findings.map((f) => `${f.file}:${f.line} ${f.policy}`)).toEqual(['legacy/old.yaml:5 k8s/privileged-container', 'legacy/older.yaml:7 k8s/privileged-container']);
    expect(a.malformed.length).toBeGreaterThan(0);
    expect(a.malformed.every((d) => d.file === FILE && d.line >= 8)).toBe(true);
    const t = renderAuditText(a);
    expect(t.split('\n')[0]).toMatch(/; \d+ malformed$/);
    expect(t).toContain('      matches legacy/old.yaml:5:7  k8s/privileged-container');
    expect(t).toContain('malformed (they waive nothing):\n  .palisade/waivers.yaml:');
    expect(JSON.parse(renderAuditJson(a)).waivers[0].findings).toHaveLength(2);
    expect(renderAuditMarkdown(a)).toContain('Malformed entries (they waive nothing):');
    expect(auditDiagnostics(a).filter((d) => d.severity !== 'warning' && d.severity !== 'note').length).toBeGreaterThan(0);
  });

  it('renders Markdown for the job summary, attention first, escaped', () => {
    const md = renderAuditMarkdown(audit);
    expect(md.startsWith('### Waivers\n\n4 waivers: 4 in force (2 expiring within 30 days), 0 expired, 2 unused\n\nNeeds attention:')).toBe(true);
    expect(md).toContain('| `W-002` | ⚠️ expiring | 2025-06-30 | alice@example.com | `k8s/*` `legacy/**` | 2 | legacy manifests, migrated by Q3 |');
    expect(md).toContain('| `W-004` | 💤 unused |');
    expect(md).toContain('<details><summary>1 active waiver</summary>');
    expect(md).toContain('- `deploy/web.yaml:9` `k8s/privileged-container`: has no reason, so it waives nothing');
    const evil = auditWaivers([{ ...waivers[0]!, reason: 'see <script> | [x](y)' }], [], NOW);
    expect(renderAuditMarkdown(evil)).toContain('see &lt;script&gt; \\| \\[x\\](y)');
  });
});
