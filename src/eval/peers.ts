// The peer evaluation: scores the built-in packs against other scanners' labelled test cases
// (corpora/peer-labels/, see its README for the method this follows). Each source folder is
// scanned in its units (a CodeQL CWE folder or poutine's testdata is one repository; Kubescape
// cases are their input folders; kube-linter and KICS samples are single files) through the same
// scan() the CLI runs, then Palisade's findings are matched to the peer's labels.
//
// Which Palisade policy answers which peer control comes only from the policies' METADATA
// `equivalents.<peer>` lists, never from a table here: adding a mapping is an edit to a policy.
// Reads the corpus; must not edit it, and must not judge a case the README says to skip.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { PolicyMeta } from '../engine/finding.js';
import { formatDiagnostic } from '../diagnostics.js';
import { scan, type ScanOptions } from '../scan/scan.js';
import { excluded, type Exclusion } from './exclusions.js';
import { blockEndingFrom, blockExtents, unloadedModuleAround, type BlockExtent } from './terraform-blocks.js';

/** How one labelled finding reads (the union of the sources' fields this scorer uses). */
interface RawFinding {
  line: number | null;
  column?: number | null;
  end_line?: number;
  object_kind?: string | null;
  derived_path_lines?: Record<string, { file: string; line: number | null }>;
  derived_file?: string;
  /** poutine: the job and step a finding belongs to (step null for job-level findings). */
  job?: string | null;
  step?: string | null;
}

interface RawCase {
  file: string;
  control: string;
  control_title?: string;
  findings: RawFinding[];
  clean: boolean;
  files?: string[];
  expected_count?: number;
  /** KICS: the query's UUID. */
  query_id?: string;
}

interface LabelsFile {
  source: string;
  kind: string;
  cases: RawCase[];
}

/** How a source's labels are located: by line, by Kubescape's resolved paths, or by count. */
type Scheme = 'lines' | 'kubescape' | 'count';

interface SourceScheme {
  /** The `equivalents` key policies use to name this peer's controls. */
  peer: string;
  scheme: Scheme;
  /** The folder (or file) scanned as one repository for a case, relative to the source root. */
  unit: (c: RawCase) => string;
  /** CodeQL's step-level alerts span a step: a finding anywhere in [line, end_line] matches too. */
  spans?: boolean;
  /**
   * KICS reports a wrong or missing Terraform attribute on the line that opens its resource (or
   * nested block), where Palisade points at the attribute: a label on a block's opening line also
   * matches a finding anywhere inside that block. Stated in the report.
   */
  blockSpans?: boolean;
  /**
   * poutine reports job-level findings (`job_all_secrets`) on the job's key line, where Palisade
   * points at what in the job is wrong: a job-level label on the line of its job's key also
   * matches a finding anywhere inside that job. Stated in the report.
   */
  jobSpans?: boolean;
}

/** Per labels-file source (index.json `source`): the README's unit and location conventions. */
export const SCHEMES: Record<string, SourceScheme> = {
  'github/codeql': { peer: 'codeql', scheme: 'lines', spans: true, unit: (c) => c.file.split('/').slice(0, 2).join('/') },
  'boostsecurityio/poutine': { peer: 'poutine', scheme: 'lines', jobSpans: true, unit: () => 'scanner/testdata' },
  'kubescape/regolibrary': { peer: 'kubescape', scheme: 'kubescape', unit: (c) => c.file.replace(/\/$/, '') },
  'stackrox/kube-linter': { peer: 'kube-linter', scheme: 'count', unit: (c) => c.file },
  'DataDog/datadog-iac-scanner': { peer: 'kics', scheme: 'lines', blockSpans: true, unit: (c) => c.file },
};

/** One Palisade finding as the scorer sees it. */
export interface EvalFinding {
  policy: string;
  /** Relative to the source root, like the labels' `file`. */
  file: string;
  line: number;
  /** Kind of the Kubernetes object (from the finding's resource), for count scoring. */
  objectKind?: string;
  /** The route the policy reported (Kubescape labels name routes; see `Label.routes`). */
  route?: Array<string | number>;
  severity: string;
  message: string;
}

export interface GroupResult {
  /** Peer controls merged because they map to overlapping Palisade policies. */
  controls: string[];
  policies: string[];
  labels: number;
  matched: number;
  /** Clean (file, group) cases, and how many of them got a finding. */
  clean: number;
  flagged: number;
  /** Findings of the mapped policies in positive files that match no label. */
  unmatched: number;
  /**
   * Labels inside, and clean cases made only of, module calls the scan could not load (registry
   * or git modules never downloaded into the case): not scored, counted and listed with the reason.
   */
  unloaded: number;
  unloadedClean: number;
  unloadedLabels: string[];
  missed: string[];
  falsePositives: string[];
}

export interface SourceResult {
  source: string;
  folder: string;
  peer: string;
  kind: string;
  units: number;
  /** Input files the scans discovered, and documents Palisade loaded from them, by kind. */
  files: number;
  documentKinds: Record<string, number>;
  diagnostics: string[];
  groups: GroupResult[];
  /** Peer controls (with their case counts) no built-in policy claims. */
  uncovered: Array<{ control: string; positive: number; clean: number }>;
  /** `equivalents.<peer>` ids the corpus does not have (likely a typo). */
  unknown: Array<{ policy: string; control: string }>;
  /** Labelled cases left out because Palisade argues with the label (exclusions.ts), with the reason. */
  excluded: Exclusion[];
  totals: { labels: number; matched: number; recall: number | null; clean: number; flagged: number; falseFlagRate: number | null; unmatched: number; unloaded: number; unloadedClean: number };
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

type Counts = Record<'labels' | 'matched' | 'clean' | 'flagged' | 'unmatched' | 'unloaded' | 'unloadedClean', number>;

/** Totals with recall and false-flag rate over any list of counts (a source's groups, or sources). */
export function totalsOf<T>(items: T[], counts: (item: T) => Counts): SourceResult['totals'] {
  const s = (k: keyof Counts) => items.reduce((n, x) => n + counts(x)[k], 0);
  return {
    labels: s('labels'),
    matched: s('matched'),
    recall: ratio(s('matched'), s('labels')),
    clean: s('clean'),
    flagged: s('flagged'),
    falseFlagRate: ratio(s('flagged'), s('clean')),
    unmatched: s('unmatched'),
    unloaded: s('unloaded'),
    unloadedClean: s('unloadedClean'),
  };
}

/** peer control → Palisade policy ids, from the policies' `equivalents.<peer>`. */
export function peerMapping(policies: PolicyMeta[], peer: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of policies) for (const c of p.equivalents[peer] ?? []) map.set(c, [...(map.get(c) ?? []), p.id].sort());
  return map;
}

/**
 * Controls whose policies overlap are scored together (the README's merge rule: CodeQL's
 * critical/high/medium variants of one query map to one policy): connected components of the
 * control–policy graph.
 */
export function mergeControls(mapping: Map<string, string[]>): Array<{ controls: string[]; policies: string[] }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [c, ps] of mapping) {
    parent.set(c, parent.get(c) ?? c);
    for (const p of ps) {
      const key = `policy:${p}`;
      if (!parent.has(key)) parent.set(key, key);
      parent.set(find(key), find(c));
    }
  }
  const groups = new Map<string, { controls: string[]; policies: Set<string> }>();
  for (const [c, ps] of mapping) {
    const root = find(c);
    const g = groups.get(root) ?? { controls: [], policies: new Set<string>() };
    g.controls.push(c);
    for (const p of ps) g.policies.add(p);
    groups.set(root, g);
  }
  return [...groups.values()]
    .map((g) => ({ controls: g.controls.sort(), policies: [...g.policies].sort() }))
    .sort((a, b) => a.controls[0]!.localeCompare(b.controls[0]!));
}

interface Label {
  control: string;
  file: string;
  /** Lines any of which a finding may hit (±1 each); empty = a file-level label. */
  lines: number[];
  /** CodeQL span end, or the end of the block a KICS label opens: [lines[0], endLine] also matches. */
  endLine?: number;
  /**
   * Kubescape: the routes the label names in `file` (`spec.selector.matchLabels`). A finding on
   * that object or anything inside it also matches, wherever its line is: Kubescape names the
   * object a wrong setting sits in, Palisade the setting itself. Stated in the report.
   */
  routes?: Array<Array<string | number>>;
}

/** Kubescape's `a.b[0].c` path as a route: ['a', 'b', 0, 'c']. */
export function kubescapeRoute(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Last line (1-based) of the YAML block a key on `line` opens: until a line indented no deeper. */
export function yamlBlockEnd(text: string, line: number): number {
  const lines = text.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const own = indent(lines[line - 1] ?? '');
  let end = line;
  for (let n = line; n < lines.length; n++) {
    const l = lines[n]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    if (indent(l) <= own) break;
    end = n + 1;
  }
  return end;
}

/** A job-level label (a job, no step) on the line of that job's key: the job's last line. */
function jobEnd(f: RawFinding, text: string | undefined): number | undefined {
  if (!text || f.line === null || !f.job || f.step != null) return undefined;
  const key = text.split('\n')[f.line - 1] ?? '';
  const m = /^\s*["']?([^"':#]+)["']?\s*:\s*(#.*)?$/.exec(key);
  return m?.[1] === f.job ? yamlBlockEnd(text, f.line) : undefined;
}

/** The labels of one positive case, as the README says to match them (`text`: the file's, for jobSpans). */
export function caseLabels(c: RawCase, scheme: SourceScheme, text?: string): Label[] {
  if (scheme.scheme === 'kubescape') {
    const caseDir = c.file.slice(0, c.file.indexOf('/input/'));
    return c.findings.map((f) => {
      const resolved = Object.values(f.derived_path_lines ?? {}).filter((p) => p.line !== null);
      const file = resolved.length ? posix.join(caseDir, resolved[0]!.file) : (f.derived_file ?? c.file);
      // Paths in other files than the first resolved one are rare (related objects); keep them file-level.
      const here = Object.entries(f.derived_path_lines ?? {}).filter(([, p]) => p.line !== null && posix.join(caseDir, p.file) === file);
      return {
        control: c.control,
        file,
        lines: here.map(([, p]) => p.line!),
        // Only paths into the object itself: `relatedObjects[1].…` routes address another document.
        routes: here.map(([path]) => kubescapeRoute(path)).filter((r) => r[0] !== 'relatedObjects'),
      };
    });
  }
  if (scheme.scheme === 'count') {
    const n = c.expected_count ?? c.findings.length;
    return Array.from({ length: n }, () => ({ control: c.control, file: c.file, lines: [] }));
  }
  const seen = new Set<string>();
  const out: Label[] = [];
  for (const f of c.findings) {
    const key = `${f.line}:${f.column ?? ''}`;
    // Several source rows at one place are one label (`count` keeps the multiplicity).
    if (f.line !== null && seen.has(key)) continue;
    seen.add(key);
    const end = scheme.spans && f.end_line ? f.end_line : scheme.jobSpans ? jobEnd(f, text) : undefined;
    out.push({ control: c.control, file: c.file, lines: f.line === null ? [] : [f.line], ...(end !== undefined ? { endLine: end } : {}) });
  }
  return out;
}

function hits(label: Label, f: EvalFinding): boolean {
  if (label.lines.length === 0) return true;
  if (label.lines.some((l) => Math.abs(l - f.line) <= 1)) return true;
  if (f.route && label.routes?.some((r) => r.length > 0 && r.every((k, i) => f.route![i] === k))) return true;
  return label.endLine !== undefined && f.line >= label.lines[0]! && f.line <= label.endLine;
}

/**
 * Matches findings to labels, each finding to at most one label and each label to at most one
 * finding, as many pairs as possible (augmenting paths: a greedy pass would let a span label take
 * the one finding a narrower label needed). Candidates are tried nearest first. For count
 * scoring, only findings on objects of the labelled kinds count.
 */
export function matchLabels(
  labels: Label[],
  findings: EvalFinding[],
  allowed: (control: string) => string[],
  kinds?: Set<string>,
): { matched: number; missed: Label[]; unmatched: EvalFinding[] } {
  const eligible = findings.filter((f) => !kinds || !f.objectKind || kinds.has(f.objectKind));
  const candidates = labels.map((label) => {
    const policies = allowed(label.control);
    const anchor = label.lines[0] ?? 0;
    return eligible
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.file === label.file && policies.includes(f.policy) && hits(label, f))
      .sort((a, b) => Math.abs(a.f.line - anchor) - Math.abs(b.f.line - anchor))
      .map(({ i }) => i);
  });
  const owner = new Map<number, number>();
  const assign = (l: number, seen: Set<number>): boolean => {
    for (const i of candidates[l]!) {
      if (seen.has(i)) continue;
      seen.add(i);
      const other = owner.get(i);
      if (other === undefined || assign(other, seen)) {
        owner.set(i, l);
        return true;
      }
    }
    return false;
  };
  // A label assigned early may be re-routed by a later one, never dropped: count the final owners.
  labels.forEach((_, l) => assign(l, new Set()));
  const owned = new Set(owner.values());
  const used = new Set(owner.keys());
  return {
    matched: owned.size,
    missed: labels.filter((_, l) => !owned.has(l)),
    unmatched: findings.filter((f) => !used.has(eligible.indexOf(f))),
  };
}

export interface ScannedUnit {
  findings: EvalFinding[];
  files: number;
  documentKinds: Record<string, number>;
  diagnostics: string[];
  policies: PolicyMeta[];
  /** Per file, the opening lines of module calls the scan said it could not load (not downloaded). */
  unloadedModules: Map<string, Set<number>>;
}

/**
 * Scans units with the CLI's scan(): a folder as a repository of its own (scan root = the
 * folder); single files in a few scans rooted at the source, never two files of one folder in
 * the same scan, which gives each file's documents exactly the findings a scan of that file alone
 * would (policies see one document at a time; named .tf files of one folder make one Terraform
 * module; only the repository document, which no peer control maps to, spans files) at a
 * fraction of the cost.
 */
export async function scanUnits(sourceRoot: string, units: string[], options: ScanOptions = {}, kubernetes = false): Promise<ScannedUnit> {
  const out: ScannedUnit = { findings: [], files: 0, documentKinds: {}, diagnostics: [], policies: [], unloadedModules: new Map() };
  const dirs = units.filter((u) => statSync(join(sourceRoot, u)).isDirectory());
  const files = units.filter((u) => !dirs.includes(u));
  const batches: Array<{ paths: string[]; root: string; prefix: string }> = dirs.map((d) => ({ paths: [join(sourceRoot, d)], root: join(sourceRoot, d), prefix: d }));
  // Single files are batched for speed. Not when Kubernetes policies that compare objects across
  // a scan (custom.inventory) are selected, which a first scan tells: in a batch they would see
  // the other units' objects. Each file is then a scan of its own folder.
  const single = (f: string) => ({ paths: [join(sourceRoot, f)], root: join(sourceRoot, posix.dirname(f)), prefix: posix.dirname(f) });
  let alone: boolean | undefined = kubernetes ? undefined : false;
  if (alone === undefined && batches.length === 0 && files.length > 0) batches.push(single(files.shift()!));
  // Named .tf files of one folder are evaluated together as one Terraform module, so a batch
  // holds at most one file per folder: the k-th file of every folder goes to batch k.
  const batchFiles = () => {
    if (alone) {
      for (const f of files) batches.push(single(f));
      return;
    }
    const rounds: string[][] = [];
    const seen = new Map<string, number>();
    for (const f of files) {
      const k = seen.get(posix.dirname(f)) ?? 0;
      seen.set(posix.dirname(f), k + 1);
      (rounds[k] ??= []).push(f);
    }
    for (const round of rounds) batches.push({ paths: round.map((f) => join(sourceRoot, f)), root: sourceRoot, prefix: '' });
  };
  if (alone === false) batchFiles();
  const rel = (prefix: string, file: string) => (prefix ? posix.join(prefix, file) : file);
  for (let i = 0; i < batches.length; i++) {
    const b = batches[i]!;
    const r = await scan({ ...options, paths: b.paths, root: b.root });
    out.policies = r.policies;
    if (alone === undefined) {
      alone = r.policies.some((p) => p.inventory);
      batchFiles();
    }
    out.files += r.files;
    for (const [k, n] of Object.entries(r.documentKinds)) out.documentKinds[k] = (out.documentKinds[k] ?? 0) + n;
    for (const d of r.diagnostics) {
      if ((d.severity ?? 'error') === 'error') out.diagnostics.push(formatDiagnostic({ ...d, file: rel(b.prefix, d.file) }));
      if (d.code === 'input_unresolved' && /^module "[^"]*"(: no \.tf files in | \(source .*\) is not downloaded)/.test(d.message)) {
        const file = rel(b.prefix, d.file);
        out.unloadedModules.set(file, (out.unloadedModules.get(file) ?? new Set()).add(d.line));
      }
    }
    for (const f of r.findings) {
      out.findings.push({
        policy: f.policy.id,
        file: rel(b.prefix, f.file),
        line: f.region.startLine,
        ...(f.resource && f.policy.kinds.includes('kubernetes') ? { objectKind: f.resource.split('/')[0]!, route: f.route } : {}),
        severity: f.policy.severity,
        message: f.message,
      });
    }
  }
  return out;
}

/** The document kinds a labels file's `kind` stands for. */
const DOCUMENT_KINDS: Record<string, string[]> = {
  terraform: ['terraform-plan'],
  'github-actions': ['github-workflow', 'github-action'],
};

/** Scores one labels file. `folder` is its root inside the corpus (index.json `root`). */
export async function evaluateSource(corpus: string, folder: string, labelsPath: string, options: ScanOptions = {}): Promise<SourceResult> {
  const labels = JSON.parse(readFileSync(join(corpus, labelsPath), 'utf8')) as LabelsFile;
  const scheme = SCHEMES[labels.source];
  if (!scheme) throw new Error(`eval: no scoring scheme for peer source ${labels.source} (add it to SCHEMES in src/eval/peers.ts)`);
  const root = join(corpus, folder);

  const units = [...new Set(labels.cases.map(scheme.unit))].sort();
  const missing = units.filter((u) => !existsSync(join(root, u)));
  const scanned = await scanUnits(
    root,
    units.filter((u) => !missing.includes(u)),
    options,
    labels.kind === 'kubernetes',
  );
  const { documentKinds, files, policies } = scanned;
  const diagnostics = [...missing.map((u) => `${u}: labelled input missing from the corpus`), ...scanned.diagnostics];
  const byFile = new Map<string, EvalFinding[]>();
  for (const f of scanned.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  // KICS queries have a name (the label's `control`) and a UUID (`query_id`); a policy may name
  // either, so ids are read through the UUIDs the labels carry.
  const alias = new Map(labels.cases.filter((c) => c.query_id).map((c) => [c.query_id!, c.control]));
  const mapping = new Map<string, string[]>();
  // One peer can label several kinds (KICS: Terraform and Dockerfiles): only policies that can
  // see this source's documents belong to its mapping.
  for (const [id, ids] of peerMapping(policies.filter((p) => p.kinds.some((k) => k in documentKinds)), scheme.peer)) {
    const control = alias.get(id) ?? id;
    mapping.set(control, [...new Set([...(mapping.get(control) ?? []), ...ids])].sort());
  }
  const present = new Set(labels.cases.map((c) => c.control));
  const exclusions = labels.cases.map((c) => excluded(labels.source, c.file, c.control)).filter((e): e is Exclusion => e !== undefined);
  const scored = labels.cases.filter((c) => !excluded(labels.source, c.file, c.control));
  // One peer key can cover several kinds (`kics`: Terraform and Dockerfile queries); a policy's
  // control is only unknown to a source of a kind the policy applies to.
  const ofKind = new Set(policies.filter((p) => p.kinds.some((k) => (DOCUMENT_KINDS[labels.kind] ?? [labels.kind]).includes(k))).map((p) => p.id));
  const unknown = [...mapping]
    .filter(([c]) => !present.has(c))
    .flatMap(([control, ids]) => ids.filter((policy) => ofKind.has(policy)).map((policy) => ({ policy, control })));
  const allowed = (control: string) => mapping.get(control) ?? [];
  const groups: GroupResult[] = [];
  for (const g of mergeControls(new Map([...mapping].filter(([c]) => present.has(c))))) {
    const result: GroupResult = { controls: g.controls, policies: g.policies, labels: 0, matched: 0, clean: 0, flagged: 0, unmatched: 0, unloaded: 0, unloadedClean: 0, unloadedLabels: [], missed: [], falsePositives: [] };
    // One scoring case per file (per Kubescape case folder, whose files are scored together).
    const perCase = new Map<string, RawCase[]>();
    for (const c of scored) if (g.controls.includes(c.control)) perCase.set(c.file, [...(perCase.get(c.file) ?? []), c]);
    for (const [file, cases] of perCase) {
      const inputs = cases[0]!.files ?? [file];
      const found = inputs.flatMap((f) => byFile.get(f) ?? []).filter((f) => g.policies.includes(f.policy));
      const geometry = scheme.blockSpans ? terraformGeometry(root, file, scanned.unloadedModules.get(file)) : undefined;
      if (cases.every((c) => c.clean)) {
        if (geometry?.onlyUnloaded) {
          result.unloadedClean++;
          continue;
        }
        result.clean++;
        if (found.length) {
          result.flagged++;
          result.falsePositives.push(...found.map((f) => `${f.file}:${f.line} ${f.policy}: ${f.message}`));
        }
        continue;
      }
      const caseLabelsList: Label[] = [];
      const text = scheme.jobSpans ? readFileSync(join(root, file), 'utf8') : undefined;
      for (const label of cases.filter((c) => !c.clean).flatMap((c) => caseLabels(c, scheme, text))) {
        const line = label.lines[0];
        const module = geometry && line !== undefined ? unloadedModuleAround(geometry.extents, line, geometry.unloaded) : undefined;
        if (module) {
          result.unloaded++;
          result.unloadedLabels.push(`${label.file}:${line} ${label.control}: inside the module call at line ${module.startLine}, not downloaded`);
          continue;
        }
        const end = geometry && line !== undefined ? blockEndingFrom(geometry.extents, line) : undefined;
        caseLabelsList.push(end !== undefined && end > line! && label.endLine === undefined ? { ...label, endLine: end } : label);
      }
      const kinds = scheme.scheme === 'count' ? objectKinds(cases) : undefined;
      const m = matchLabels(caseLabelsList, found, allowed, kinds);
      result.labels += caseLabelsList.length;
      result.matched += m.matched;
      result.unmatched += m.unmatched.length;
      result.missed.push(...m.missed.map((l) => `${l.file}${l.lines.length ? `:${l.lines.join('|')}` : ''} ${l.control}`));
    }
    groups.push(result);
  }

  const uncovered = [...present]
    .filter((c) => !mapping.has(c))
    .sort()
    .map((control) => {
      const cases = labels.cases.filter((c) => c.control === control);
      return { control, positive: cases.filter((c) => !c.clean).length, clean: cases.filter((c) => c.clean).length };
    });
  return {
    source: labels.source,
    folder,
    peer: scheme.peer,
    kind: labels.kind,
    units: units.length,
    files,
    documentKinds,
    diagnostics,
    groups,
    uncovered,
    unknown,
    excluded: exclusions,
    totals: totalsOf(groups, (g) => g),
  };
}

/**
 * The blocks of a labelled `.tf` file and the module calls the scan could not load in it;
 * `onlyUnloaded` when every resource the file declares sits in such calls (it declares none of
 * its own), so a clean verdict on it says nothing about the policies.
 */
function terraformGeometry(root: string, file: string, unloaded: Set<number> | undefined): { extents: BlockExtent[]; unloaded: Set<number>; onlyUnloaded: boolean } | undefined {
  if (!file.endsWith('.tf')) return undefined;
  const extents = blockExtents(readFileSync(join(root, file), 'utf8'));
  const calls = unloaded ?? new Set<number>();
  const onlyUnloaded = calls.size > 0 && !extents.some((b) => b.depth === 0 && (b.type === 'resource' || b.type === 'data'));
  return { extents, unloaded: calls, onlyUnloaded };
}

/** kube-linter labels name the object kinds reported; a null kind (unknown) admits any. */
function objectKinds(cases: RawCase[]): Set<string> | undefined {
  const kinds = cases.flatMap((c) => c.findings.map((f) => f.object_kind));
  return kinds.some((k) => !k) ? undefined : new Set(kinds as string[]);
}

export interface PeerEval {
  sources: SourceResult[];
}

/** Every labels file of the corpus's index.json, in its order. */
export async function evaluatePeers(corpus: string, options: ScanOptions = {}): Promise<PeerEval> {
  const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')) as Array<{ labels: string; root: string }>;
  const sources: SourceResult[] = [];
  for (const entry of index) sources.push(await evaluateSource(corpus, entry.root, entry.labels, options));
  return { sources };
}
