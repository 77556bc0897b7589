import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics.js';
import { parseWaivers } from './parse.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const F = '.palisade/waivers.yaml';

function parse(text: string, now = NOW) {
  return parseWaivers(text, F, { now });
}

function entry(fields: string): string {
  return `waivers:\n  - ${fields.trim().split('\n').join('\n    ')}\n`;
}

const VALID = `id: W-1
policy: k8s/privileged-container
path: deploy/**
owner: "@platform"
reason: needs host access
expires: 2025-12-31`;

describe('parseWaivers', () => {
  it('reads the sample file', () => {
    const { waivers, diagnostics } = parse(readFileSync(new URL('../../fixtures/waivers/waivers.yaml', import.meta.url), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(waivers.map((w) => w.id)).toEqual(['W-001', 'W-002', 'W-003', 'W-004']);
    expect(waivers[0]).toEqual({
      id: 'W-001',
      policy: 'k8s/privileged-container',
      path: 'deploy/**',
      resource: 'Deployment/monitoring/*',
      owner: '@org/platform',
      reason: 'node-exporter needs host access to read host metrics',
      expires: '2025-09-30',
      ticket: 'https://tracker.example/SEC-12',
      source: { file: F, line: 4, col: 5 },
    });
  });

  it('treats an empty file as no waivers', () => {
    expect(parse('')).toEqual({ waivers: [], diagnostics: [] });
    expect(parse('# nothing yet\n')).toEqual({ waivers: [], diagnostics: [] });
  });

  it.each([
    ['owner', 'has no `owner`', 'add `owner:`'],
    ['reason', 'has no `reason`', 'add `reason:`'],
    ['expires', 'has no `expires`', 'add `expires: YYYY-MM-DD`'],
    ['policy', 'has no `policy`', 'add `policy:`'],
    ['path', 'has no `path`', 'add `path:`'],
  ])('rejects a waiver without %s, at the entry, and keeps the others', (field, message, fix) => {
    const without = VALID.split('\n').filter((l) => !l.startsWith(`${field}:`)).join('\n');
    const text = `waivers:\n  - ${without.split('\n').join('\n    ')}\n  - ${VALID.replace('W-1', 'W-2').split('\n').join('\n    ')}\n`;
    const { waivers, diagnostics } = parse(text);
    expect(waivers.map((w) => w.id)).toEqual(['W-2']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: F, line: 2, col: 5, code: 'waiver_error', severity: 'error' });
    expect(diagnostics[0]!.message).toBe(`waiver W-1 ${message}`);
    expect(diagnostics[0]!.fix).toContain(fix);
  });

  it.each([
    ['owner: bob', 'owner', 'must be an email address or a `@team` handle (got "bob")'],
    ['expires: 31/12/2025', 'expires', 'must be a date written `YYYY-MM-DD` (got "31/12/2025")'],
    ['expires: 2025-02-30', 'expires', 'is not a real date (got "2025-02-30")'],
    ['reason: "  "', 'reason', 'must be a non-empty explanation'],
    ['ticket: SEC-12', 'ticket', 'must be an http(s) URL'],
    ['fingerprint: abc', 'fingerprint', 'must be a finding fingerprint'],
    ['id: "bad id"', 'id', 'must be letters, digits'],
  ])('rejects %s at the value', (line, field, message) => {
    const key = line.split(':')[0]!;
    const fields = VALID.split('\n').filter((l) => !l.startsWith(`${key}:`));
    fields.push(line);
    const { waivers, diagnostics } = parse(entry(fields.join('\n')));
    expect(waivers).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.message).toContain(message);
    expect(d.message).toContain(`\`${field}\``);
    expect(d.line).toBe(fields.length + 1);
    expect(d.col).toBe(line.indexOf(':') + 7);
    expect(d.fix).toBeTruthy();
  });

  it('points at an unknown field and suggests the right one', () => {
    const { waivers, diagnostics } = parse(entry(VALID.replace('expires:', 'expiry:')));
    expect(waivers).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${F}:2:5: error[waiver_error]: waiver W-1 has no \`expires\`\n  fix: add \`expires: YYYY-MM-DD\`, at most a year out; renew it then if it is still needed`,
      `${F}:7:5: error[waiver_error]: waiver W-1 has an unknown field \`expiry\`\n  fix: did you mean \`expires\`?`,
    ]);
  });

  it('warns about an expiry more than a year out, but keeps the waiver', () => {
    const { waivers, diagnostics } = parse(entry(VALID.replace('2025-12-31', '2027-01-01')));
    expect(waivers).toHaveLength(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 7, col: 14, message: 'waiver W-1 expires in 579 days, more than 365' }),
    ]);
    expect(parseWaivers(entry(VALID.replace('2025-12-31', '2027-01-01')), F, { now: NOW, maxDays: 1000 }).diagnostics).toEqual([]);
  });

  it('warns about a waiver that covers everything', () => {
    const text = entry(VALID.replace('policy: k8s/privileged-container', "policy: '**'").replace('path: deploy/**', "path: '**'"));
    const { waivers, diagnostics } = parse(text);
    expect(waivers).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 2, col: 5, message: 'waiver W-1 waives every policy in every file' })]);
  });

  it('keeps an already expired waiver: the matcher and the audit report it', () => {
    const { waivers, diagnostics } = parse(entry(VALID.replace('2025-12-31', '2024-01-01')));
    expect(waivers).toHaveLength(1);
    expect(diagnostics).toEqual([]);
  });

  it('rejects a duplicate id', () => {
    const text = `waivers:\n  - ${VALID.split('\n').join('\n    ')}\n  - ${VALID.split('\n').join('\n    ')}\n`;
    const { waivers, diagnostics } = parse(text);
    expect(waivers).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 8, col: 9, message: 'waiver W-1: the id is already used by the waiver on line 2' });
  });

  it.each([
    ['not YAML', 'waivers: [\n', 'not valid YAML'],
    ['duplicate keys', `waivers:\n  - ${VALID.split('\n').join('\n    ')}\n    owner: x@y.z\n`, 'not valid YAML'],
    ['a list at the top', '- id: W-1\n', 'must be a mapping with a `waivers:` list'],
    ['no waivers key', 'exceptions: []\n', 'has no `waivers`'],
    ['waivers not a list', 'waivers: yes\n', '`waivers` must be a list'],
    ['an entry that is a string', 'waivers:\n  - W-1\n', 'waiver #1 must be a mapping'],
    ['a bad version', 'version: 2\nwaivers: []\n', 'unsupported waiver file `version`'],
  ])('reports %s as an error with a fix', (_what, text, message) => {
    const { waivers, diagnostics } = parse(text);
    expect(waivers).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain(message);
    for (const d of diagnostics) {
      expect(d.code).toBe('waiver_error');
      expect(d.line).toBeGreaterThan(0);
      expect(d.fix).toBeTruthy();
    }
  });
});
