import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../paths.js';
import { loadBuiltinBundle, policiesOf } from './catalog.js';
import { policiesMarkdown } from './docs.js';

describe('docs/policies.md', () => {
  it('is generated from the current metadata (run `npm run docs` after changing a policy)', () => {
    const committed = readFileSync(join(PACKAGE_ROOT, 'docs', 'policies.md'), 'utf8');
    expect(committed).toBe(policiesMarkdown(policiesOf([loadBuiltinBundle()])));
  });

  it('gives every policy a heading that is exactly its id', () => {
    const md = policiesMarkdown(policiesOf([loadBuiltinBundle()]));
    for (const p of policiesOf([loadBuiltinBundle()])) expect(md).toContain(`\n### ${p.id}\n`);
  });
});
