// The fixture harness for the built-in policies: finds a policy folder's pass/fail fixtures,
// reads their expected-hit markers, loads each fixture with the loader of the policy's kind,
// evaluates it with an Engine and compares that policy's findings with the markers, exactly
// (line AND column of the region start; the file for repository fixtures).
//
// It reads fixture files (it is a test edge, like a loader's caller), but it must not compile
// policies (callers hand it an Engine built once) and must not judge other policies' findings:
// a fixture only speaks for the policy whose folder holds it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { Engine } from '../engine/engine.js';
import type { Finding } from '../engine/finding.js';
import { buildRepository, LOADERS } from '../loaders/index.js';
import { buildInventory } from '../loaders/kubernetes/inventory.js';
import { loadTerraformConfig } from '../loaders/terraform/config/document.js';
import type { Document, DocumentKind, LoadResult } from '../loaders/types.js';

/** Where a finding must land: a position for file fixtures, a file for repository fixtures. */
export type ExpectedHit = { id: string; line: number; col: number } | { id: string; file: string };

export interface Fixture {
  policyId: string;
  /** The document kind the fixture is loaded as (forced from the policy's metadata). */
  kind: DocumentKind;
  /** Absolute path of the file, or of the directory for repository fixtures. */
  path: string;
  /** Path used in documents and messages (relative to the `relativeTo` given to listFixtures). */
  displayPath: string;
  /** `pass-*` fixtures expect no finding of the policy; `fail-*` fixtures expect the marked ones. */
  expectation: 'pass' | 'fail';
}

export interface FixtureResult {
  fixture: Fixture;
  /** The policy's findings on the fixture. */
  findings: Finding[];
  /** Every way the fixture disagrees with its markers, one readable sentence each; empty = pass. */
  problems: string[];
}

const YAML_MARKER = /\s#\s*expect:\s*([A-Za-z0-9._/-]+)\s*$/;
const DOCKERFILE_MARKER = /^\s*#\s*expect-next:\s*([A-Za-z0-9._/-]+)\s*$/;
const SIDECAR_SUFFIX = '.expect.json';
const REPOSITORY_EXPECT = 'expect.json';

/**
 * YAML: a trailing `# expect: <id>` marks its own line; the column is that of the first character
 * after the indentation and an optional `- ` list marker, i.e. the key the finding points at.
 */
export function yamlMarkers(text: string): ExpectedHit[] {
  const hits: ExpectedHit[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = YAML_MARKER.exec(line);
    if (!m) return;
    let col = line.length - line.trimStart().length;
    const dash = /^-[ \t]+/.exec(line.slice(col));
    if (dash) col += dash[0].length;
    hits.push({ id: m[1]!, line: i + 1, col: col + 1 });
  });
  return hits;
}

/**
 * Dockerfile: a full-line `# expect-next: <id>` marks the next instruction — the next line that
 * is neither blank nor a comment (several markers may stack above one instruction) — at the
 * column of its first non-blank character.
 */
export function dockerfileMarkers(text: string): ExpectedHit[] {
  const lines = text.split(/\r?\n/);
  const hits: ExpectedHit[] = [];
  let pending: string[] = [];
  lines.forEach((line, i) => {
    const m = DOCKERFILE_MARKER.exec(line);
    if (m) {
      pending.push(m[1]!);
      return;
    }
    if (line.trim() === '' || /^\s*#/.test(line) || pending.length === 0) return;
    const col = line.length - line.trimStart().length + 1;
    for (const id of pending) hits.push({ id, line: i + 1, col });
    pending = [];
  });
  // A marker with no instruction after it can never be hit: keep it visible as an impossible hit.
  for (const id of pending) hits.push({ id, line: lines.length + 1, col: 1 });
  return hits;
}

/** A sidecar (`fail-x.expect.json`) or a repository fixture's `expect.json`, validated. */
export function sidecarMarkers(json: string, where: string): ExpectedHit[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${where}: expected an array of {id, line, col} or {id, file}`);
  return data.map((h: unknown, i) => {
    const o = (h ?? {}) as Record<string, unknown>;
    if (typeof o['id'] !== 'string') throw new Error(`${where}: entry ${i} has no string "id"`);
    if (typeof o['file'] === 'string') return { id: o['id'], file: o['file'] };
    if (Number.isInteger(o['line']) && Number.isInteger(o['col'])) return { id: o['id'], line: o['line'] as number, col: o['col'] as number };
    throw new Error(`${where}: entry ${i} needs integer "line" and "col" (or a "file" for repository fixtures)`);
  });
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const isYaml = (p: string) => /\.ya?ml$/i.test(p);
const isHcl = (p: string) => /\.tf$/i.test(p);
const isDockerfile = (p: string) => /(^|[\\/])(Dockerfile|Containerfile)([^\\/]*)$|\.dockerfile$/i.test(p);

/**
 * The kind a fixture is loaded as. Fixtures do not live where discovery would recognise them (a
 * workflow fixture is not under .github/workflows), so the kind comes from the policy; a policy
 * for both workflows and actions is told which by the file's top-level keys.
 */
export function fixtureKind(path: string, text: string | undefined, kinds: string[]): DocumentKind {
  const known = kinds.filter((k): k is DocumentKind => k !== '*');
  if (isDir(path)) return 'repository';
  if (known.length === 1) return known[0]!;
  if (known.includes('github-action') && known.includes('github-workflow') && text !== undefined) {
    return /^runs\s*:/m.test(text) && !/^jobs\s*:/m.test(text) ? 'github-action' : 'github-workflow';
  }
  if (isDockerfile(path) && known.includes('dockerfile')) return 'dockerfile';
  if (path.endsWith('.json')) {
    const k = known.find((x) => x === 'package-json' || x === 'terraform-plan' || x === 'json');
    if (k) return k;
  }
  if (isYaml(path)) {
    const k = known.find((x) => x === 'kubernetes' || x === 'github-workflow' || x === 'github-action' || x === 'yaml');
    if (k) return k;
  }
  if (known[0]) return known[0];
  throw new Error(`${path}: the policy declares no document kind to load this fixture as`);
}

/** The pass-/fail- fixtures in `<policyDir>/fixtures`, sorted; sidecars are not fixtures. */
export function listFixtures(policyDir: string, policy: { id: string; kinds: string[] }, relativeTo: string): Fixture[] {
  const dir = join(policyDir, 'fixtures');
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^(pass|fail)-/.test(name) && !name.endsWith(SIDECAR_SUFFIX))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = isDir(path) ? undefined : readFileSync(path, 'utf8');
      return {
        policyId: policy.id,
        kind: fixtureKind(path, text, policy.kinds),
        path,
        displayPath: relative(relativeTo, path).split(sep).join('/'),
        expectation: name.startsWith('pass-') ? 'pass' : 'fail',
      } satisfies Fixture;
    });
}

function sidecarPath(path: string): string {
  const base = basename(path);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return join(path, '..', stem + SIDECAR_SUFFIX);
}

/** Every marker in the fixture (of any policy: the caller keeps its own). */
export function expectedHits(f: Fixture): ExpectedHit[] {
  if (f.kind === 'repository') {
    const p = join(f.path, REPOSITORY_EXPECT);
    return existsSync(p) ? sidecarMarkers(readFileSync(p, 'utf8'), `${f.displayPath}/${REPOSITORY_EXPECT}`) : [];
  }
  const side = sidecarPath(f.path);
  if (existsSync(side)) return sidecarMarkers(readFileSync(side, 'utf8'), `${dirname(f.displayPath)}/${basename(side)}`);
  const text = readFileSync(f.path, 'utf8');
  if (f.kind === 'dockerfile') return dockerfileMarkers(text);
  // HCL comments take `#` as YAML does, so a trailing `# expect:` marks the attribute or block line.
  if (isYaml(f.path) || isHcl(f.path)) return yamlMarkers(text);
  return [];
}

function filesUnder(root: string, dir = root, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (isDir(p)) filesUnder(root, p, out);
    else out.push(relative(root, p).split(sep).join('/'));
  }
  return out;
}

/**
 * Loads a fixture as its kind. A repository fixture is a tiny repository tree: its files (minus
 * expect.json) and its package.json manifests make the repository document, paths relative to
 * the fixture directory, as a scan from that directory would see them.
 */
export function loadFixture(f: Fixture): LoadResult {
  if (f.kind === 'repository') {
    const files = filesUnder(f.path).filter((p) => p !== REPOSITORY_EXPECT);
    const manifests: Document[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const p of files.filter((x) => basename(x) === 'package.json')) {
      const r = LOADERS['package-json']({ path: p, bytes: readFileSync(join(f.path, p)) });
      manifests.push(...r.documents);
      diagnostics.push(...r.diagnostics);
    }
    const repo = buildRepository({ files, manifests });
    return { documents: repo.documents, diagnostics: [...diagnostics, ...repo.diagnostics] };
  }
  // A `.tf` fixture is a one-file root module, evaluated as a scan without a plan evaluates it,
  // so the same policy is proven on configurations as well as on plans (its Rego tests).
  if (f.kind === 'terraform-plan' && isHcl(f.path)) {
    return loadTerraformConfig(dirname(f.displayPath), new Map([[f.displayPath, readFileSync(f.path, 'utf8')]]), { env: {} });
  }
  return LOADERS[f.kind]({ path: f.displayPath, bytes: readFileSync(f.path) });
}

const where = (h: ExpectedHit) => ('file' in h ? `in ${h.file}` : `at ${h.line}:${h.col}`);
const findingWhere = (f: Finding, byFile: boolean) => (byFile ? `in ${f.file}` : `at ${f.region.startLine}:${f.region.startColumn}`);

/**
 * Compares findings with markers as sets of places: every marker must be hit by a finding at
 * exactly its place, and every finding must land on a marked place. Several findings on one
 * marked place are accepted, because a YAML line can carry only one trailing marker (e.g. two
 * `sudo` calls in one RUN instruction, both reported on that instruction).
 */
export function compareHits(expected: ExpectedHit[], findings: Finding[], byFile = expected.length > 0 && expected.every((h) => 'file' in h)): string[] {
  const problems: string[] = [];
  const at = (f: Finding, h: ExpectedHit) => ('file' in h ? f.file === h.file : f.region.startLine === h.line && f.region.startColumn === h.col);
  for (const h of expected) {
    if (findings.some((f) => at(f, h))) continue;
    const near = 'file' in h ? [] : findings.filter((f) => f.region.startLine === h.line);
    problems.push(`missing: expected ${h.id} ${where(h)}` + (near.length ? ` (a finding is on that line at column ${near.map((f) => f.region.startColumn).join(', ')})` : ''));
  }
  for (const f of findings) if (!expected.some((h) => at(f, h))) problems.push(`unexpected: ${f.policy.id} ${findingWhere(f, byFile)}: ${f.message}`);
  return problems;
}

/** Loads, evaluates and judges one fixture against the policy's own markers. */
export function checkFixture(engine: Engine, f: Fixture): FixtureResult {
  const problems: string[] = [];
  let expected: ExpectedHit[] = [];
  try {
    const all = expectedHits(f);
    // A misspelt id would otherwise be ignored as "another policy's marker".
    const known = new Set(engine.policies.map((p) => p.id));
    for (const h of all) if (!known.has(h.id)) problems.push(`a marker names ${h.id}, which is not a policy id`);
    expected = all.filter((h) => h.id === f.policyId);
  } catch (e) {
    return { fixture: f, findings: [], problems: [(e as Error).message] };
  }
  if (f.expectation === 'fail' && expected.length === 0) {
    problems.push(`a fail fixture must mark at least one expected hit of ${f.policyId} (YAML "# expect:", Dockerfile "# expect-next:", a .expect.json sidecar or expect.json)`);
  }
  if (f.expectation === 'pass' && expected.length > 0) problems.push('a pass fixture must not carry expected-hit markers');

  const loaded = loadFixture(f);
  for (const d of loaded.diagnostics) if ((d.severity ?? 'error') === 'error') problems.push(`the fixture does not load cleanly: ${formatDiagnostic(d)}`);
  if (loaded.documents.length === 0) problems.push(`the fixture yields no document of kind ${f.kind}`);

  const findings: Finding[] = [];
  const failedPrefix = `policy ${f.policyId} failed`;
  const docs = loaded.documents.filter((doc) => doc.kind === f.kind);
  // A fixture file is a whole scan: policies that compare objects see its own objects only.
  const results = docs.map((doc) => engine.evaluate(doc));
  if (engine.needsInventory) results.push(engine.evaluateInventory(docs, buildInventory(docs)));
  for (const r of results) {
    findings.push(...r.findings.filter((x) => x.policy.id === f.policyId));
    for (const d of r.diagnostics) if (d.message.startsWith(failedPrefix)) problems.push(formatDiagnostic(d));
  }
  findings.sort((a, b) => a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn);
  problems.push(...compareHits(expected, findings, f.kind === 'repository'));
  return { fixture: f, findings, problems };
}
