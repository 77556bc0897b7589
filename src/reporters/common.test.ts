import { describe, expect, it } from 'vitest';
import { shortFix } from './common.js';

describe('shortFix', () => {
  it('is the first paragraph of prose, unwrapped, never a label or code', () => {
    expect(shortFix('Add a CODEOWNERS file at the root, and enable "Require review\nfrom Code Owners".\n\nBefore:\n```\nx\n```')).toBe(
      'Add a CODEOWNERS file at the root, and enable "Require review from Code Owners".',
    );
    expect(shortFix('Before:\n```yaml\na: 1\n```\nAfter:\n```yaml\na: 2\n```')).toBe('');
  });

  it('keeps whole sentences of a long paragraph', () => {
    const long = `${'Pin it. '.repeat(10)}${'word '.repeat(60)}end.`;
    expect(shortFix(long)).toBe('Pin it. '.repeat(10).trim());
    expect(shortFix('word '.repeat(60)).endsWith('…')).toBe(true);
  });
});
