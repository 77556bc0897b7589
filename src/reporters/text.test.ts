import { describe, expect, it } from 'vitest';
import { CTX, FINDINGS, PRIVILEGED, finding } from '../../fixtures/reporters/sample.js';
import { terminalText } from './escape.js';
import { snippet, snippetLines, text } from './text.js';

describe('text reporter', () => {
  const out = text(FINDINGS, CTX);

  it('prints diagnostics in the house format, then findings grouped by file, then a summary', () => {
    expect(out).toBe(
      [
        'deploy/broken.yaml:4:3: error[input_parse_error]: unexpected ":"',
        '  fix: quote the value',
        '',
        'deploy/web app.yaml',
        '  deploy/web app.yaml:12:7  medium    k8s/image-tag-latest  image "nginx:latest" uses the latest tag',
        '      fix: Set the field correctly.',
        '      docs: https://palisade.example/docs/policies.md#k8simage-tag-latest',
        '  deploy/web app.yaml:20:7  critical  k8s/privileged-container  container "web" is privileged: 100% root, <unsafe> & "quoted"',
        '      second line',
        '      fix: Set the field correctly.',
        '      docs: https://palisade.example/docs/policies.md#k8sprivileged-container',
        '',
        'infra/plan.json',
        '  infra/plan.json:3:7  high      terraform/sg-open-ssh  ingress open to 0.0.0.0/0, port 22: ssh',
        '      fix: Set the field correctly.',
        '      docs: https://example.test/ssh',
        '',
        '3 findings (1 critical, 1 high, 1 medium), 1 waived, 1 error; 2 at or above high',
        '',
      ].join('\n'),
    );
  });

  it('uses no ANSI escapes unless asked, and colours severities when asked', () => {
    expect(out).not.toContain('\u001b');
    const coloured = text(FINDINGS, { ...CTX, color: true });
    expect(coloured).toContain('\u001b[1m\u001b[35mcritical');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(out);
  });

  it('never lets escape sequences from scanned files reach the terminal', () => {
    const evil = finding(PRIVILEGED, 'a.yaml', 1, ['x'], 'name \u001b[2J\u001b]0;pwned\u0007 here');
    const t = text([evil], { ...CTX, diagnostics: [], color: true });
    expect(t).toContain('name \\u001b[2J\\u001b]0;pwned\\u0007 here');
    expect(terminalText('a\nb\rc')).toBe('a\\nb\\rc');
  });

  it('shows the code around a finding, region lines marked, file content escaped', () => {
    const source = 'a: 1\nspec:\n  privileged: true \u001b[2J\n  b: 2\nc: 3\n';
    const t = text([finding(PRIVILEGED, 'x.yaml', 3, ['spec', 'privileged'], 'privileged')], { ...CTX, diagnostics: [], sources: new Map([['x.yaml', source]]) });
    expect(t.split('\n').slice(1, 5)).toEqual([
      '  x.yaml:3:7  critical  k8s/privileged-container  privileged',
      '        2 | spec:',
      '      > 3 |   privileged: true \\u001b[2J',
      '        4 |   b: 2',
    ]);
    // At most three region lines, one line of context each side, numbers aligned.
    expect(snippet('x\n'.repeat(20), 9, 15)).toEqual(['         8 | x', '      >  9 | x', '      > 10 | x', '      > 11 | x', '        12 | x']);
  });

  it('shows the same snippets from only the lines they need as from the whole text', () => {
    const long = `${'é'.repeat(150)}😀${'\t'.repeat(5)}${'x'.repeat(2000)}`;
    const texts = [
      'a: 1\nspec:\n  privileged: true\n  b: 2\nc: 3\n',
      'a: 1\r\nb: 2\r\nc: 3\r\nd: 4\r',
      `{"x": "${long}"}`,
      `one\n${long}\r\nthree\n\n\nsix`,
      '',
      '\n\n',
      `${'€'.repeat(300)}\n${'😀'.repeat(300)}\n`,
    ];
    for (const source of texts) {
      const regions = [1, 2, 3, 5, 6, 40].flatMap((start) => [0, 1, 4].map((more) => ({ startLine: start, startColumn: 1, endLine: start + more, endColumn: 2 })));
      const findings = regions.map((region) => ({ ...finding(PRIVILEGED, 'x.yaml', 1, ['spec'], 'privileged'), region }));
      const whole = text(findings, { ...CTX, diagnostics: [], sources: new Map([['x.yaml', source]]) });
      const lines = snippetLines(Buffer.from(source), regions);
      expect(text(findings, { ...CTX, diagnostics: [], sources: new Map([['x.yaml', lines]]) })).toBe(whole);
      // Only what a snippet shows is kept: 161 characters of a long line at most.
      for (const l of lines.values()) expect(l.length).toBeLessThanOrEqual(161);
    }
  });

  it('says so when there is nothing to report', () => {
    expect(text([], { ...CTX, diagnostics: [] })).toBe('0 findings; none at or above high\n');
  });
});
