import * as core from '@actions/core';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/finding.js';
import { CTX, FINDINGS, LATEST, PRIVILEGED, SSH, finding, policy } from '../../fixtures/reporters/sample.js';
import { escapeData, escapeProperty, workflowCommand } from './escape.js';
import { github, githubAnnotations, githubChunks } from './github.js';
import { githubSummary, mdCode, mdText, SUMMARY_MAX_BYTES } from './github-summary.js';

/** What @actions/core itself prints for an annotation, parsed into kind, properties and message. */
function viaActionsCore(kind: 'error' | 'warning' | 'notice', message: string, props: core.AnnotationProperties): string {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  try {
    core[kind](message, props);
  } finally {
    spy.mockRestore();
  }
  return writes.join('').trimEnd();
}

function parseCommand(line: string): { kind: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=', 2) as [string, string]));
  return { kind: m[1]!, props, message: m[3]! };
}

describe('github annotations', () => {
  it.each([
    ['plain', 'just text'],
    ['percent and newlines', '100% sure\r\nnext line\nthird'],
    ['colons and commas', 'a: b, c: d'],
    ['already-escaped-looking', '%0A%25%3A'],
  ])('escape %s exactly as @actions/core does', (_what, s) => {
    const ours = parseCommand(workflowCommand('error', [['file', s], ['line', 3], ['title', s]], s));
    const theirs = parseCommand(viaActionsCore('error', s, { file: s, startLine: 3, title: s }));
    expect(ours).toEqual(theirs);
    expect(escapeData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(escapeProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
  });

  it('maps a finding to a command with its full region, title and fix', () => {
    const lines = github(FINDINGS, { ...CTX, diagnostics: [] }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error file=deploy/web app.yaml,line=20,col=7,endLine=20,endColumn=23,title=k8s/privileged-container (critical)%3A Title of k8s/privileged-container::' +
        'container "web" is privileged: 100%25 root, <unsafe> & "quoted"%0Asecond line%0Afix: Set the field correctly.%0Adocs: https://palisade.example/docs/policies.md#k8sprivileged-container',
    );
    expect(parseCommand(lines[1]!)).toMatchObject({ kind: 'error', props: { file: 'infra/plan.json' } });
    expect(parseCommand(lines[2]!)).toMatchObject({ kind: 'warning', props: { file: 'deploy/web app.yaml', line: '12' } });
  });

  it('leaves columns out of a multi-line span', () => {
    const f = { ...FINDINGS[0]!, region: { startLine: 4, startColumn: 3, endLine: 9, endColumn: 1 } };
    expect(parseCommand(github([f], { ...CTX, diagnostics: [] }).trimEnd()).props).toEqual({
      file: 'deploy/web app.yaml', line: '4', endLine: '9', title: `${LATEST.id} (medium)%3A ${LATEST.title}`,
    });
  });

  it('annotates diagnostics too', () => {
    const first = parseCommand(github([], CTX).split('\n')[0]!);
    expect(first).toEqual({ kind: 'error', props: { file: 'deploy/broken.yaml', line: '4', col: '3', title: 'palisade input_parse_error' }, message: 'unexpected ":"%0Afix: quote the value' });
  });

  describe('caps', () => {
    const make = (p: typeof PRIVILEGED, n: number): Finding[] =>
      Array.from({ length: n }, (_, i) => finding(p, `f${p.severity}${String(i).padStart(2, '0')}.yaml`, i + 1, [i], `${p.severity} ${i}`));
    const LOW = policy('k8s/low-thing', 'low');
    const all = [...make(PRIVILEGED, 12), ...make(SSH, 3), ...make(LATEST, 14), ...make(LOW, 15)];

    it('shows at most 10 per kind, the most severe first, and a notice counting the rest', () => {
      const { text, shown, omitted } = githubAnnotations(all, { ...CTX, diagnostics: [] });
      const cmds = text.trimEnd().split('\n').map(parseCommand);
      const count = (k: string) => cmds.filter((c) => c.kind === k).length;
      expect(count('error')).toBe(10);
      expect(count('warning')).toBe(10);
      expect(count('notice')).toBe(10);
      expect(shown.filter((f) => f.policy.severity === 'critical')).toHaveLength(10);
      expect(shown.filter((f) => f.policy.severity === 'high')).toHaveLength(0);
      expect(omitted).toBe(all.length - 29);
      expect(cmds.at(-1)!.message).toMatch(/^15 more findings not annotated/);
      expect(cmds.at(-1)!.props).toEqual({ title: 'Palisade%3A more findings' });
    });

    it('respects a smaller job cap', () => {
      const { text, omitted } = githubAnnotations(all, { ...CTX, diagnostics: [] }, { perJob: 5 });
      expect(text.trimEnd().split('\n')).toHaveLength(5);
      expect(omitted).toBe(all.length - 4);
    });

    it('prints diagnostics beyond the caps as plain log lines rather than dropping them', () => {
      const diagnostics = Array.from({ length: 12 }, (_, i) => ({ file: `f${i}.yaml`, line: 1, col: 1, code: 'input_parse_error' as const, message: `bad ${i}`, fix: 'fix it' }));
      const lines = githubAnnotations([], { ...CTX, diagnostics }).text.trimEnd().split('\n');
      expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
      expect(lines.join('\n')).toContain('f10.yaml:1:1: error[input_parse_error]: bad 10\n  fix: fix it');
      expect(lines.join('\n')).toContain('f11.yaml:1:1: error[input_parse_error]: bad 11\n  fix: fix it');
    });

    it('streams the same text a line at a time, however many diagnostics there are', () => {
      const diagnostics = Array.from({ length: 500 }, (_, i) => ({ file: `f${i}.yaml`, line: 1, col: 1, code: 'input_parse_error' as const, message: `bad ${i}`, fix: 'fix it' }));
      const ctx = { ...CTX, diagnostics };
      const chunks = [...githubChunks(FINDINGS, ctx)];
      expect(chunks.join('')).toBe(github(FINDINGS, ctx));
      expect(chunks.length).toBeGreaterThan(500);
    });

    it('adds no notice when everything fits', () => {
      const { text, omitted } = githubAnnotations(make(PRIVILEGED, 10), { ...CTX, diagnostics: [] });
      expect(omitted).toBe(0);
      expect(text).not.toContain('::notice');
    });
  });
});

describe('github job summary', () => {
  const md = githubSummary(FINDINGS, CTX);

  it('has counts by severity, a table by policy, top findings with links, and diagnostics', () => {
    expect(md).toContain('## ❌ Palisade');
    expect(md).toContain('| critical | 1 | 1 |');
    expect(md).toContain('| high | 1 | 0 |');
    expect(md).toContain('| [`k8s/privileged-container`](https://palisade.example/docs/policies.md#k8sprivileged-container) Title of k8s/privileged-container | critical | 1 | 1 |');
    expect(md).not.toContain('k8s/host-network');
    expect(md).toContain(
      '| critical | `k8s/privileged-container` | [`deploy/web app.yaml:20:7`](https://github.com/acme/app/blob/0123456789abcdef/deploy/web%20app.yaml#L20) | container "web" is privileged: 100% root, &lt;unsafe&gt; &amp; "quoted"<br>second line |',
    );
    expect(md).toContain('**input\\_parse\\_error** (1)');
    expect(md).toContain('- `deploy/broken.yaml:4:3` error: unexpected ":"<br>fix: quote the value');
    const top = md.slice(md.indexOf('### Top findings'));
    expect(top.indexOf('critical')).toBeLessThan(top.indexOf('| high |'));
  });

  it('says when there is more than the top list shows', () => {
    expect(githubSummary(FINDINGS, CTX, { top: 1 })).toContain('…and 2 more');
  });

  it('groups diagnostics by code, caps each group and the page, and links to the rest', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => ({ file: `chart/templates/t${i}.yaml`, line: 3, col: 1, code: 'input_parse_error' as const, message: `bad {{ template }} ${'x'.repeat(400)}`, fix: 'render it' }));
    const many = Array.from({ length: 3000 }, (_, i) => finding(PRIVILEGED, `k8s/f${i}.yaml`, 1, ['spec', i], 'y'.repeat(5000)));
    const big = githubSummary(many, { ...CTX, diagnostics: flood });
    expect(Buffer.byteLength(big)).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(big).toContain('**input\\_parse\\_error** (5000)');
    expect(big).toContain('…and 4990 more input\\_parse\\_error: see the step\'s log.');
    expect(big).toContain('…and 2980 more: see [code scanning](https://github.com/acme/app/security/code-scanning?query=tool%3APalisade) or the SARIF output.');
  });

  it('links a repository-level finding to the repository, not to a line of "."', () => {
    const repo = githubSummary([finding(PRIVILEGED, '.', 1, ['files'], 'no CODEOWNERS')], { ...CTX, diagnostics: [] });
    expect(repo).toContain('[`repository`](https://github.com/acme/app/tree/0123456789abcdef)');
    expect(repo).not.toContain('.#L1');
  });

  it('is green and short when clean', () => {
    expect(githubSummary([], { ...CTX, diagnostics: [] })).toMatch(/^## ✅ Palisade\n\n0 findings; none at or above high\n/);
  });

  it('keeps scanned content from injecting Markdown', () => {
    expect(mdText('[x](http://evil) | `code` *b* <img>')).toBe('\\[x\\](http://evil) \\| \\`code\\` \\*b\\* &lt;img&gt;');
    expect(mdCode('a`b|c')).toBe('``a`b\\|c``');
  });
});
