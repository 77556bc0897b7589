// Every setting a message tells users to change must be one the config accepts: a fix hint that
// names `limits.maxDepth` when the schema rejects it sends people into a config_error. Checks the
// string literals of every source file against CONFIG_SCHEMA, so a new hint cannot drift.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from './config.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'assembly' ? [] : sources(p);
    return n.endsWith('.ts') && !n.endsWith('.test.ts') ? [p] : [];
  });
}

/** `section.setting` names inside string and template literals. */
function named(text: string): string[] {
  const out: string[] = [];
  for (const lit of text.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? []) {
    // Code inside `${…}` is not text a user reads.
    for (const m of lit.replace(/\$\{[^}]*\}/g, '').matchAll(/\b(limits|policies)\.([a-zA-Z]+)\b/g)) if (!/\.(md|js|ts)$/.test(m[0]) && m[2] !== 'md') out.push(`${m[1]}.${m[2]}`);
  }
  return out;
}

describe('fix hints', () => {
  it('name only settings the configuration schema accepts', () => {
    const sections = CONFIG_SCHEMA.properties as Record<string, { properties?: Record<string, unknown> }>;
    const bad: string[] = [];
    let seen = 0;
    for (const file of sources(SRC)) {
      for (const name of named(readFileSync(file, 'utf8'))) {
        seen++;
        const [section, key] = name.split('.') as [string, string];
        if (!sections[section]?.properties?.[key]) bad.push(`${file.slice(SRC.length)}: ${name}`);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });
});
