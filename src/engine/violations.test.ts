import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Document } from '../loaders/types.js';
import type { PolicyMeta } from './finding.js';
import { MAX_MESSAGE_CHARS, ownedStrings, toFinding } from './violations.js';

const POLICY: PolicyMeta = { id: 't/p', title: 't', severity: 'low', description: '', remediation: '', tags: [], frameworks: {}, equivalents: {}, kinds: ['terraform-plan'] };

/** A document whose resource names are slices of its (large) text, as a plan loader's are. */
function planDoc(text: string): Document {
  return {
    kind: 'terraform-plan',
    path: 'plan.json',
    index: 0,
    data: {},
    locate: () => ({ file: 'plan.json', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }),
    resourceAt: (route) => text.slice(Number(route[1]) * 64, Number(route[1]) * 64 + 40),
    ignores: [],
  };
}

describe('findings own their strings', () => {
  it('keeps equal strings once and copies them exactly (lone surrogates too)', () => {
    const own = ownedStrings();
    const odd = 'x\ud800y'.repeat(10);
    expect(own(odd)).toBe(odd);
    expect(own('resource_changes')).toBe(own(`resource_${'changes'}`));
  });

  it('does not keep the document text alive through resource names or clipped messages', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const findings = (() => {
      // 40 MB of one-byte text, as a large plan's; findings are all that survives this scope.
      const text = `{"resource_changes":[${'a'.repeat(40 * 1024 * 1024)}]}`;
      const doc = planDoc(text);
      const own = ownedStrings();
      const long = text.slice(0, MAX_MESSAGE_CHARS * 4);
      return Array.from({ length: 200 }, (_, i) => toFinding(POLICY, doc, { msg: i % 2 ? long : `m${i}`, path: ['resource_changes', i] }, own));
    })();
    expect(findings[3]!.resource).toBe('a'.repeat(40));
    expect(findings[1]!.message.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
    expect(heap() - before).toBeLessThan(8 * 1024 * 1024);
  });
});
