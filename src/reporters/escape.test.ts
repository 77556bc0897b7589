import { describe, expect, it } from 'vitest';
import { escapeData, guardOutput, terminalText } from './escape.js';

// Right-to-left override, left-to-right isolate, pop isolate, zero-width space, BOM.
const TROJAN = 'ok\u202eexe.txt\u2066x\u2069\u200b\ufeff';

describe('invisible format characters', () => {
  it('are shown as escapes in terminal text and workflow-command data', () => {
    expect(terminalText(TROJAN)).toBe('ok\\u202eexe.txt\\u2066x\\u2069\\u200b\\ufeff');
    expect(escapeData(TROJAN)).toBe('ok\\u202eexe.txt\\u2066x\\u2069\\u200b\\ufeff');
  });

  it('are written with each machine format\'s own escape, so the report still decodes to the same text', () => {
    const json = guardOutput(JSON.stringify({ file: TROJAN }), 'json');
    expect(json).not.toMatch(/[\u202e\u2066\u2069\u200b\ufeff]/);
    expect((JSON.parse(json) as { file: string }).file).toBe(TROJAN);
    const xml = guardOutput(`<testcase name="${TROJAN}"/>`, 'junit');
    expect(xml).toBe('<testcase name="ok&#x202e;exe.txt&#x2066;x&#x2069;&#x200b;&#xfeff;"/>');
  });
});
