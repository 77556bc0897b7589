// Writes docs/builtins.md (where each builtin runs) from the built registry:
// `npm run build && node scripts/builtin-table.mjs`. src/runtime/builtin-table.test.ts fails
// when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinTable } from '../dist/src/runtime/builtin-table.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs/builtins.md'), builtinTable());
