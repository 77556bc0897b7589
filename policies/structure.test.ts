// The shape of the built-in policy library, checked folder by folder: every policy is a folder
// holding policy.rego (with a METADATA block valid against metadata.schema.json, whose id is the
// folder and whose package follows from the id), policy_test.rego, at least one pass fixture and
// at least one fail fixture whose expected hits are marked. It also holds each pack to its
// minimum size. It does not evaluate policies (the engine's fixture suite does that); it makes
// sure that suite has exact, complete material to run on.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Annotation } from '../src/rego/ast.js';
import { policyMetaFromAnnotations } from '../src/policy/metadata.js';

const POLICIES = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(POLICIES);

/** The minimum number of policies per pack. */
const PACK_MINIMUMS: Record<string, number> = {
  k8s: 25,
  terraform: 30,
  'github-actions': 15,
  dockerfile: 10,
  repository: 8,
};

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

function policyFolders(pack: string): string[] {
  const dir = join(POLICIES, pack);
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isDir(join(dir, name)))
    .sort()
    .map((name) => join(dir, name));
}

const ALL = Object.keys(PACK_MINIMUMS).flatMap((pack) => policyFolders(pack).map((folder) => ({ pack, folder })));
const idOf = (folder: string): string => relative(POLICIES, folder).split(/[\\/]/).join('/');
const KNOWN_IDS = new Set(ALL.map((p) => idOf(p.folder)));

type ParseModule = (file: string, source: string) => { package: string[]; annotations: Annotation[]; rules: Array<{ annotations: Annotation[] }> };

// The real parser, once it is in place, is the judge of what a METADATA block says and of
// whether the Rego parses at all. While it is still being written (absent, or not yet
// importable) the block is read the way OPA reads it: the comment lines after `# METADATA`,
// minus `#`, as YAML.
let parseModule: ParseModule | undefined;
try {
  const mod = (await import('../src/rego/parser.js')) as { parseModule?: ParseModule };
  parseModule = mod.parseModule;
} catch {
  parseModule = undefined;
}

function annotationsFromComments(source: string): Annotation[] {
  const lines = source.split('\n');
  const out: Annotation[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#\s*METADATA\s*$/.test(line)) {
      const start = offset;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j]!.startsWith('#')) body.push(lines[j++]!.replace(/^# ?/, ''));
      const y = (parseYaml(body.join('\n')) ?? {}) as Record<string, unknown>;
      const related = y.related_resources as Array<string | { ref: string; description?: string }> | undefined;
      const a: Annotation = { scope: 'package', span: { start, end: start + line.length } };
      if (typeof y.title === 'string') a.title = y.title;
      if (typeof y.description === 'string') a.description = y.description;
      if (related) a.relatedResources = related.map((r) => (typeof r === 'string' ? { ref: r } : r));
      if (y.custom && typeof y.custom === 'object') a.custom = y.custom as Record<string, unknown>;
      out.push(a);
    }
    offset += line.length + 1;
  }
  return out;
}

function readPolicy(file: string): { pkg: string; annotations: Annotation[] } {
  const source = readFileSync(file, 'utf8');
  if (parseModule) {
    const m = parseModule(relative(REPO, file), source);
    return { pkg: m.package.join('.'), annotations: [...m.annotations, ...m.rules.flatMap((r) => r.annotations)] };
  }
  const pkg = /^package\s+([\w.]+)/m.exec(source)?.[1] ?? '';
  return { pkg, annotations: annotationsFromComments(source) };
}

/** The Rego package a policy id must live in: `k8s/privileged-container` → palisade.k8s.privileged_container. */
const packageFor = (id: string): string => `palisade.${id.replace(/-/g, '_').replace('/', '.')}`;

interface Fixture {
  name: string;
  path: string;
  verdict: 'pass' | 'fail';
}

function fixturesOf(folder: string): Fixture[] {
  const dir = join(folder, 'fixtures');
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^(pass|fail)-/.test(name) && !name.endsWith('.expect.json'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), verdict: name.startsWith('pass-') ? 'pass' : 'fail' }));
}

const YAML_MARK = /#\s*expect:\s*(\S+)\s*$/;
const DOCKER_MARK = /^\s*#\s*expect-next:\s*(\S+)\s*$/;

/** The expected hits a fixture declares, as `id@where` strings, or a list of problems. */
function markersOf(f: Fixture): { ids: string[]; problems: string[] } {
  const ids: string[] = [];
  const problems: string[] = [];
  if (isDir(f.path)) {
    const sidecar = join(f.path, 'expect.json');
    if (!existsSync(sidecar)) return { ids, problems: f.verdict === 'fail' ? [`${f.name}/expect.json is missing`] : [] };
    const hits = JSON.parse(readFileSync(sidecar, 'utf8')) as Array<{ id: string; file: string }>;
    for (const h of hits) {
      if (typeof h.id !== 'string' || typeof h.file !== 'string') problems.push(`${f.name}/expect.json: each entry needs id and file`);
      else ids.push(h.id);
    }
    return { ids, problems };
  }
  if (/\.json$/.test(f.name)) {
    const text = readFileSync(f.path, 'utf8');
    try {
      JSON.parse(text);
    } catch (e) {
      problems.push(`${f.name} is not valid JSON: ${(e as Error).message}`);
    }
    const sidecar = f.path.replace(/\.json$/, '.expect.json');
    if (!existsSync(sidecar)) return { ids, problems: f.verdict === 'fail' ? [...problems, `${basename(sidecar)} is missing`] : problems };
    const lines = text.split('\n');
    const hits = JSON.parse(readFileSync(sidecar, 'utf8')) as Array<{ id: string; line: number; col: number }>;
    for (const h of hits) {
      const at = lines[h.line - 1]?.[h.col - 1];
      // A key's opening quote; or, for something missing from the top level, the document's root.
      const rootHit = h.line === 1 && h.col === 1 && (at === '{' || at === '[');
      if (at !== '"' && !rootHit) problems.push(`${basename(sidecar)}: ${h.id} at ${h.line}:${h.col} does not point at a key's opening quote`);
      ids.push(h.id);
    }
    return { ids, problems };
  }
  const lines = readFileSync(f.path, 'utf8').split('\n');
  const dockerfile = /dockerfile/i.test(f.name);
  lines.forEach((line, i) => {
    const m = dockerfile ? DOCKER_MARK.exec(line) : YAML_MARK.exec(line);
    if (!m) return;
    ids.push(m[1]!);
    if (dockerfile) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
      if (!next) problems.push(`${f.name}:${i + 1}: expect-next has no instruction after it`);
    } else if (line.trimStart().startsWith('#')) {
      problems.push(`${f.name}:${i + 1}: an expect marker must trail the line the finding lands on`);
    }
  });
  return { ids, problems };
}

describe('policy library structure', () => {
  it.runIf(parseModule !== undefined)('shared libraries parse', () => {
    const lib = join(POLICIES, 'lib');
    for (const name of isDir(lib) ? readdirSync(lib).filter((n) => n.endsWith('.rego')) : []) {
      parseModule!(relative(REPO, join(lib, name)), readFileSync(join(lib, name), 'utf8'));
    }
  });

  for (const [pack, min] of Object.entries(PACK_MINIMUMS)) {
    it(`pack ${pack} has at least ${min} policies`, () => {
      expect(policyFolders(pack).length).toBeGreaterThanOrEqual(min);
    });
  }

  for (const { folder } of ALL) {
    const id = idOf(folder);
    describe(id, () => {
      it('has policy.rego with valid METADATA whose id is the folder, in the matching package', () => {
        const file = join(folder, 'policy.rego');
        expect(existsSync(file), `${id}: policy.rego is missing`).toBe(true);
        const { pkg, annotations } = readPolicy(file);
        const meta = policyMetaFromAnnotations(annotations, relative(REPO, file), readFileSync(file, 'utf8'));
        expect(Array.isArray(meta) ? meta.map((d) => `${d.message} (fix: ${d.fix})`) : [], `${id}: METADATA`).toEqual([]);
        expect(pkg).toBe(packageFor(id));
      });

      it('has policy_test.rego with at least two test_ rules in the _test package', () => {
        const file = join(folder, 'policy_test.rego');
        expect(existsSync(file), `${id}: policy_test.rego is missing`).toBe(true);
        const source = readFileSync(file, 'utf8');
        expect(/^package\s+([\w.]+)/m.exec(source)?.[1]).toBe(`${packageFor(id)}_test`);
        expect((source.match(/^test_\w+\s+if\b/gm) ?? []).length).toBeGreaterThanOrEqual(2);
        if (parseModule) parseModule(relative(REPO, file), source);
      });

      it('has pass and fail fixtures, every fail fixture marking this policy and no pass fixture marking anything', () => {
        const fixtures = fixturesOf(folder);
        expect(fixtures.filter((f) => f.verdict === 'pass').length, `${id}: no pass-* fixture`).toBeGreaterThanOrEqual(1);
        expect(fixtures.filter((f) => f.verdict === 'fail').length, `${id}: no fail-* fixture`).toBeGreaterThanOrEqual(1);
        for (const f of fixtures) {
          const { ids, problems } = markersOf(f);
          expect(problems, `${id}/${f.name}`).toEqual([]);
          if (f.verdict === 'pass') expect(ids, `${id}/${f.name}: a pass fixture marks hits`).toEqual([]);
          else expect(ids, `${id}/${f.name}: no expected hit for this policy`).toContain(id);
          for (const marked of ids) expect(KNOWN_IDS.has(marked), `${id}/${f.name}: unknown policy ${marked}`).toBe(true);
        }
      });
    });
  }
});
