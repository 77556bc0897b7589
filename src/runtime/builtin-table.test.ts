// docs/builtins.md stays what the registry says, and Palisade runs natively every builtin OPA's
// own Wasm does.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../rego/builtins.js';
import { builtinTable, OPA_WASM_NATIVE, UNSUPPORTED } from './builtin-table.js';

describe('the builtin table', () => {
  it('matches docs/builtins.md (regenerate: npm run build && node scripts/builtin-table.mjs)', () => {
    expect(readFileSync(join(process.cwd(), 'docs/builtins.md'), 'utf8')).toBe(builtinTable());
  });

  it('has every builtin OPA implements inside its Wasm native in Palisade too', () => {
    expect([...OPA_WASM_NATIVE].filter((n) => BUILTINS[n]?.impl !== 'native')).toEqual([]);
  });

  it('lists as unsupported only builtins the registry does not have', () => {
    const names = Object.keys(BUILTINS);
    for (const u of UNSUPPORTED) {
      expect(names.filter((n) => (u.endsWith('*') ? n.startsWith(u.slice(0, -1)) : n === u))).toEqual([]);
    }
  });
});
