// `npm run docs`: rewrites docs/policies.md from the built-in policies' metadata.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { loadBuiltinBundle, policiesOf } from './catalog.js';
import { policiesMarkdown } from './docs.js';

const target = join(PACKAGE_ROOT, 'docs', 'policies.md');
writeFileSync(target, policiesMarkdown(policiesOf([loadBuiltinBundle()])));
console.error(`wrote ${target}`);
