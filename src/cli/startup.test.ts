// Guards `palisade` start-up time without timing anything: walks the static import graph of the
// CLI's sources and checks that heavy modules stay out of the commands that do not need them.
// (Timings live in `npm run bench`; a timed test would be flaky on shared machines.)

import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Static, value-level import specifiers of a TypeScript module (type-only imports are erased). */
function staticImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
    if (m[1]) continue;
    const names = m[2]!.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    if (m[2]!.startsWith('{') && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    out.push(m[3]!);
  }
  for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) out.push(m[1]!);
  return out;
}

/** Every module reachable through static imports: source files (relative to src/) and packages. */
function graph(entry: string): { files: Set<string>; packages: Map<string, Set<string>>; builtins: Set<string> } {
  const files = new Set<string>();
  const packages = new Map<string, Set<string>>(); // package → the files importing it
  const builtins = new Set<string>();
  const visit = (abs: string) => {
    const rel = relative(SRC, abs);
    if (files.has(rel)) return;
    files.add(rel);
    for (const spec of staticImports(readFileSync(abs, 'utf8'))) {
      if (spec.startsWith('.')) visit(join(dirname(abs), spec.replace(/\.js$/, '.ts')));
      else if (spec.startsWith('node:')) builtins.add(spec);
      else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        packages.set(pkg, (packages.get(pkg) ?? new Set()).add(rel));
      }
    }
  };
  visit(join(SRC, entry));
  return { files, packages, builtins };
}

describe('CLI start-up import graph', () => {
  it('the import walker sees value imports and skips type-only ones', () => {
    const src = "import { a } from './a.js';\nimport type { B } from './b.js';\nimport { type C } from './c.js';\nimport {\n  d,\n  type E,\n} from 'pkg/sub';\nexport { f } from './f.js';\n";
    expect(staticImports(src)).toEqual(['./a.js', 'pkg/sub', './f.js']);
  });

  it('main.ts loads only commander and the CLI helpers; commands are imported when they run', () => {
    const { files, packages } = graph('cli/main.ts');
    expect([...packages.keys()]).toEqual(['commander']);
    expect([...files].sort()).toEqual(['cli/io.ts', 'cli/main.ts', 'cli/version.ts', 'diagnostics.ts', 'paths.ts', 'reporters/escape.ts']);
  });

  it('scan with the built-in policies does not load the Rego compiler', () => {
    const { files } = graph('cli/scan.ts');
    expect([...files].filter((f) => f.startsWith('rego/') && f !== 'rego/builtins.ts' && f !== 'rego/source.ts')).toEqual([]);
    expect(files.has('policy/build.ts')).toBe(false);
    expect(files.has('policy/catalog.ts')).toBe(false);
  });

  it('scan loads neither ajv nor fast-glob at start-up: they are required when first needed', () => {
    const { packages } = graph('cli/scan.ts');
    expect(packages.get('ajv') ?? new Set()).toEqual(new Set());
    expect(packages.get('fast-glob') ?? new Set()).toEqual(new Set());
  });

  it('scan loads no worker code at start-up: scan/parallel.ts is imported only for a scan large enough to use it', () => {
    const { files, builtins } = graph('cli/scan.ts');
    expect([...files].filter((f) => f.startsWith('scan/parallel'))).toEqual([]);
    expect(builtins.has('node:worker_threads')).toBe(false);
    expect(builtins.has('node:os')).toBe(false);
  });
});
