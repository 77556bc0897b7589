// File discovery: turns the paths, directories and globs a user gives into the candidate input
// files, each with its kind. Honours .gitignore files (our own matcher, nested files included),
// the config's `ignore` list and default ignores (node_modules, .git); follows symlinks only while
// they stay inside the scan root, reports loops instead of hanging, and reports every file the
// user named that it cannot use. This is an edge: it reads directories and file heads, never
// whole files (the loaders' caller does that).

import { constants, existsSync, readdirSync, type Dirent } from 'node:fs';
import { lstat, readHead, realpath, stat } from '../fs-async.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { at, fileDiagnostic } from '../loaders/common/diag.js';
import { checkContained, danglingLinkDiagnostic, inside, linkLoopDiagnostic, outsideRootDiagnostic, readContained, specialFileDiagnostic, specialKind } from './contained.js';
import { changedFiles, listRepositoryFiles, type ChangedMode } from './git.js';
import { isRegular, prefetchStaged, stagedContent } from './staged.js';
import { compileRule, compileRules, isIgnored, lastMatch, MAX_RULES_PER_FILE, type IgnoreRule } from './gitignore.js';
import { kindByContent, kindByName, SNIFF_BYTES, SUPPORTED, type FileKind } from './kind.js';
import { chartOfTemplate } from '../loaders/kubernetes/helm.js';

export interface DiscoveredFile {
  /** Relative to the scan root, forward slashes: what documents, findings and SARIF use. */
  path: string;
  absPath: string;
  kind: FileKind;
  /** Named by the user (not found by walking a directory or a glob). */
  explicit: boolean;
  /** The content to scan when it is not the file on disk: the staged (index) version with `--staged`. */
  bytes?: Uint8Array;
}

export interface DiscoverOptions {
  /** The scan root (repository root); default the working directory. */
  root?: string;
  /** gitignore-syntax patterns from the Palisade config, relative to root. */
  ignore?: string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Skip node_modules/ and vendor-style trees by default (default true). */
  defaultIgnores?: boolean;
  /** Only files changed against a base ref, or staged files. */
  changed?: ChangedMode;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
  /** Every non-ignored file under the root (walk mode) or tracked by git (changed mode), for the repository document. */
  repositoryFiles: string[];
  /** Helm charts whose templates were met (and not read: they are not YAML until rendered), relative to the root. */
  charts: string[];
}

export const DEFAULT_IGNORES = ['node_modules/', '.terraform/'];

/** Largest .gitignore (or info/exclude) read; git itself has no limit, but a rules file this big is hostile. */
const MAX_RULES_BYTES = 32 * 1024 * 1024;

const GLOB_CHARS = /[*?[\]{}]/;
const toPosix = (p: string) => p.split(sep).join('/');

/** A repo-relative path that leaves the root (a `..` segment first; `..pod.yaml` does not). */
const leaves = (rel: string) => rel === '..' || rel.startsWith('../') || isAbsolute(rel);

async function head(abs: string): Promise<string> {
  // Non-blocking: the caller checked it is a regular file, but it may have been swapped since.
  return decodeHead(await readHead(abs, constants.O_RDONLY | constants.O_NONBLOCK, SNIFF_BYTES));
}

function decodeHead(bytes: Uint8Array): string {
  let b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  return b.toString('utf8');
}

type Listing = { entries: Dirent[] } | { error: Error };

/**
 * A folder's entries, or why they cannot be read (reported when the walk reaches the folder).
 * Synchronous on purpose: a listing of a folder the system has cached takes microseconds, while
 * an asynchronous one costs a thread-pool round trip and a promise, several times the work on a
 * tree of thousands of small folders (a monorepo), and the walk has nothing to do meanwhile.
 */
function list(abs: string): Listing {
  try {
    return { entries: readdirSync(abs, { withFileTypes: true }) };
  } catch (error) {
    return { error: error as Error };
  }
}

/** `dir`/`name` for a normalised absolute `dir`, without path.join's normalising pass (once per file of the tree). */
const child = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);

class Walker {
  readonly files = new Map<string, DiscoveredFile>();
  readonly diagnostics: Diagnostic[] = [];
  readonly all: string[] = [];
  readonly charts = new Set<string>();
  private readonly chartDirs = new Map<string, boolean>();
  private readonly rulesCache = new Map<string, Promise<IgnoreRule[]>>();
  private readonly visitedDirs = new Set<string>();
  /**
   * The regular files walked, by their folder's real path: what a symlink to a file is checked
   * against (drain). Names are kept per folder, not as one path string per file, which a large
   * tree paid for every file although few trees have a link to a file.
   */
  private readonly walkedFiles = new Map<string, string[]>();
  private readonly linkedFiles = new Set<string>();
  private readonly deferred: Array<{ abs: string; rel: string; real: string }> = [];
  private readonly configRules: IgnoreRule[];
  /** Walked folders whose listing has no .gitignore (relative paths). */
  private readonly noGitignore = new Set<string>();

  constructor(readonly root: string, readonly rootReal: string, private readonly opts: DiscoverOptions) {
    const patterns = [...(opts.defaultIgnores === false ? [] : DEFAULT_IGNORES), ...(opts.ignore ?? [])];
    this.configRules = patterns.map((p) => compileRule(p, '')).filter((r): r is IgnoreRule => r !== undefined);
  }

  /** Config rules, then .gitignore rules from the root down to `dir` (deeper files win). */
  rules(dir: string): Promise<IgnoreRule[]> {
    let p = this.rulesCache.get(dir);
    if (!p) {
      p = (async () => {
        const parent = dir === '' ? this.configRules : await this.rules(dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');
        if (this.opts.gitignore === false) return parent;
        // Rule files are repository content too: contained, regular and bounded like inputs.
        const text = async (file: string): Promise<string> => {
          if (!(await lstat(file).catch(() => undefined))) return '';
          const r = await readContained(this.rootReal, file, toPosix(relative(this.root, file)), MAX_RULES_BYTES, 'shorten the ignore file');
          if ('diagnostic' in r) {
            this.diagnostics.push(r.diagnostic);
            return '';
          }
          return Buffer.from(r.bytes).toString('utf8');
        };
        const own: IgnoreRule[] = [];
        const files = dir === '' ? [join(this.root, '.git', 'info', 'exclude'), join(this.root, '.gitignore')] : this.noGitignore.has(dir) ? [] : [join(this.root, dir, '.gitignore')];
        for (const file of files) {
          const rules = compileRules(await text(file), dir);
          if (rules.truncatedAt) {
            this.diagnostics.push(
              at(toPosix(relative(this.root, file)), { line: rules.truncatedAt, col: 1 }, 'input_limit_error', `more than ${MAX_RULES_PER_FILE} ignore rules; the rest of the file was not applied`, 'use directory patterns and wildcards instead of listing files one by one', 'warning'),
            );
          }
          // Not `push(...rules)`: a spread of a huge rule list overflows the call stack.
          for (const r of rules) own.push(r);
        }
        // The config's ignore list is the user's last word, so it is applied after .gitignore rules.
        return own.length === 0 ? parent : parent.filter((r) => !this.configRules.includes(r)).concat(own, this.configRules);
      })();
      this.rulesCache.set(dir, p);
    }
    return p;
  }

  async ignoredBy(rel: string, isDir: boolean): Promise<IgnoreRule | undefined> {
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    return isIgnored(await this.rules(dir), rel, isDir);
  }

  /**
   * `contained`: the walker saw a regular file in a directory already known to be inside the
   * root; every other source of names (the command line, globs, git) is checked here. `bytes`:
   * the content git's index records (staged mode), which is never read from the working tree.
   */
  async classify(rel: string, abs: string, explicit: boolean, contained = false, bytes?: Uint8Array): Promise<void> {
    if (this.files.has(rel)) {
      if (explicit) this.files.get(rel)!.explicit = true;
      return;
    }
    if (!contained && !bytes) {
      const c = await checkContained(this.rootReal, abs, rel);
      if (!c.ok) {
        this.diagnostics.push(c.diagnostic);
        return;
      }
    }
    const chart = chartOfTemplate(rel, this.isChart);
    if (chart !== undefined) {
      this.charts.add(chart);
      return;
    }
    const byName = kindByName(rel);
    let kind: FileKind | undefined;
    if (byName && 'kind' in byName) kind = byName.kind;
    else if (byName) {
      try {
        kind = kindByContent(byName.sniff, bytes ? decodeHead(bytes.subarray(0, SNIFF_BYTES)) : await head(abs));
      } catch (e) {
        this.diagnostics.push(fileDiagnostic(rel, 'input_read_error', `cannot read: ${(e as Error).message}`, 'check the file permissions'));
        return;
      }
    }
    if (!kind) {
      if (explicit) {
        this.diagnostics.push(fileDiagnostic(rel, 'usage_error', 'not an input Palisade can read, so it was not scanned', `Palisade reads ${SUPPORTED}; remove it from the command line or rename it`, 'warning'));
      }
      return;
    }
    this.files.set(rel, bytes ? { path: rel, absPath: abs, kind, explicit, bytes } : { path: rel, absPath: abs, kind, explicit });
  }

  /** Whether classify() can make anything of the file: its name gives a kind or puts it in a chart's templates. */
  named(rel: string): boolean {
    return kindByName(rel) !== undefined || (rel.includes('templates/') && chartOfTemplate(rel, this.isChart) !== undefined);
  }

  /** A Helm chart: `Chart.yaml` beside the `templates/` folder. */
  private readonly isChart = (dir: string): boolean => {
    let known = this.chartDirs.get(dir);
    if (known === undefined) this.chartDirs.set(dir, (known = existsSync(join(this.root, dir, 'Chart.yaml'))));
    return known;
  };

  /**
   * `knownReal`: the real path when the caller knows it (a plain subdirectory of a real directory),
   * saving a realpath per directory. `checked`: the caller found this folder and its ancestors
   * not ignored, so an entry is ignored exactly when the folder's rules match its own name.
   */
  async walk(abs: string, rel: string, ancestors: Set<string>, knownReal?: string, checked = false): Promise<void> {
    let real: string;
    try {
      real = knownReal ?? (await realpath(abs));
    } catch (e) {
      this.diagnostics.push(fileDiagnostic(rel || '.', 'input_read_error', `cannot read directory: ${(e as Error).message}`, 'check the directory permissions'));
      return;
    }
    this.visitedDirs.add(real);
    const walked: string[] = [];
    this.walkedFiles.set(real, walked);
    const chain = new Set(ancestors).add(real);
    const listed = list(abs);
    if ('error' in listed) {
      this.diagnostics.push(fileDiagnostic(rel || '.', 'input_read_error', `cannot read directory: ${listed.error.message}`, 'check the directory permissions, or add it to `ignore`'));
      return;
    }
    const entries = listed.entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The listing already says whether this folder has a .gitignore: no lstat per folder to find out.
    if (!entries.some((e) => e.name === '.gitignore')) this.noGitignore.add(rel);
    // Every entry of the folder is judged by the same rules, asked for once. A walk that did not
    // start from a checked folder (a folder named on the command line, a linked one) also tests
    // the entries' ancestors, which an ignore rule may exclude.
    const rules = await this.rules(rel);
    const exact = checked || rel === '' || !(await this.ignoredBy(rel, true));
    const ignored = (r: string, isDir: boolean) => {
      const hit = exact ? lastMatch(rules, r, isDir) : isIgnored(rules, r, isDir);
      return hit !== undefined && !hit.negate;
    };
    for (const e of entries) {
      if (e.name === '.git') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) {
        await this.link(child(abs, e.name), r, chain);
        continue;
      }
      if (e.isDirectory()) {
        if (!ignored(r, true)) await this.walk(child(abs, e.name), r, chain, child(real, e.name), true);
      } else if (e.isFile()) {
        if (ignored(r, false)) continue;
        this.all.push(r);
        walked.push(e.name);
        // Most files of a large tree are nothing Palisade reads: their names say so, with no await.
        if (this.named(r)) await this.classify(r, child(abs, e.name), false, true);
      } else if (!ignored(r, false)) {
        // A FIFO or device in the tree is never read, and never silently: say it was skipped.
        this.diagnostics.push(specialFileDiagnostic(r, specialKind(e) ?? 'not a regular file'));
      }
    }
  }

  private async link(abs: string, rel: string, chain: Set<string>): Promise<void> {
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      this.diagnostics.push(code === 'ELOOP' ? linkLoopDiagnostic(rel) : danglingLinkDiagnostic(rel));
      return;
    }
    if (!inside(this.rootReal, real)) {
      this.diagnostics.push(outsideRootDiagnostic(rel));
      return;
    }
    const st = await stat(real).catch(() => undefined);
    if (!st) return;
    if (st.isDirectory()) {
      if (chain.has(real)) {
        this.diagnostics.push(fileDiagnostic(rel, 'input_read_error', `symlink loop: the link points back to ${toPosix(relative(this.rootReal, real)) || '.'}, which contains it`, 'remove the symlink, or add it to `ignore`', 'warning'));
        return;
      }
      if (await this.ignoredBy(rel, true)) return;
      this.deferred.push({ abs, rel, real });
    } else if (st.isFile()) {
      if (await this.ignoredBy(rel, false)) return;
      this.deferred.push({ abs, rel, real });
    } else if (!(await this.ignoredBy(rel, false))) {
      this.diagnostics.push(specialFileDiagnostic(rel, specialKind(st) ?? 'not a regular file'));
    }
  }

  /**
   * Symlinked directories and files are visited after the real tree, so that content reachable
   * both ways is scanned once, under its real path.
   */
  async drain(): Promise<void> {
    while (this.deferred.length > 0) {
      const d = this.deferred.shift()!;
      const st = await stat(d.real);
      const already = st.isDirectory() ? this.visitedDirs.has(d.real) : this.linkedFiles.has(d.real) || (this.walkedFiles.get(dirname(d.real))?.includes(basename(d.real)) ?? false);
      if (already) {
        this.diagnostics.push(fileDiagnostic(d.rel, 'input_read_error', `symlink to ${toPosix(relative(this.rootReal, d.real))}, which is already scanned; not scanned twice`, 'nothing to do; add the link to `ignore` to silence this note', 'note'));
        continue;
      }
      if (st.isDirectory()) await this.walk(d.abs, d.rel, new Set());
      else {
        this.linkedFiles.add(d.real);
        this.all.push(d.rel);
        await this.classify(d.rel, d.abs, false);
      }
    }
  }
}

export async function discover(paths: string[], opts: DiscoverOptions = {}): Promise<DiscoverResult> {
  const root = resolve(opts.root ?? process.cwd());
  const inputs = paths.length > 0 ? paths : ['.'];
  // git is started before anything here waits, so that it runs while the caller goes on (the
  // scan reads and compiles its policies meanwhile), and while this process is still small:
  // starting a process copies the parent's page tables. The repository checks concern the whole
  // repository: when only part of it is walked, they get git's listing of the root instead (none
  // outside git, rather than a misleading part).
  const changing = opts.changed ? changedFiles(root, opts.changed) : undefined;
  const walkedRoot = inputs.some((input) => resolve(root, input) === root);
  const gitListing = opts.changed || walkedRoot ? undefined : listRepositoryFiles(root);
  let rootReal: string;
  try {
    rootReal = await realpath(root);
  } catch (e) {
    return { files: [], repositoryFiles: [], charts: [], diagnostics: [fileDiagnostic(root, 'usage_error', `scan root cannot be read: ${(e as Error).message}`, 'pass an existing directory as the root')] };
  }
  const w = new Walker(root, rootReal, opts);

  if (changing) {
    const g = await changing;
    if (!g.ok) return { files: [], repositoryFiles: [], charts: [], diagnostics: [g.diagnostic] };
    const scopes = inputs.map((p) => toPosix(relative(rootReal, resolve(rootReal, p))));
    const inScope = (rel: string) => scopes.some((s) => s === '' || rel === s || rel.startsWith(`${s}/`));
    const toRel = (p: string) => toPosix(relative(rootReal, join(g.files.top, p)));
    const staged = g.files.index ? { top: g.files.top, rootReal, index: g.files.index, changed: new Set(g.files.changed) } : undefined;
    // The blobs the loop below reads, in one batch. Files ignored by the rules are left to the
    // loop to skip (finding them reads .gitignore files, whose diagnostics keep their order), so
    // an ignored staged file is read and unused: sizes come first, and the batch is one git run.
    if (staged) await prefetchStaged(staged, g.files.changed.filter((p) => { const rel = toRel(p); return !leaves(rel) && inScope(rel) && w.named(rel); }));
    for (const p of g.files.changed) {
      const rel = toRel(p);
      if (leaves(rel) || !inScope(rel)) continue;
      const rule = await w.ignoredBy(rel, false);
      if (rule) continue;
      // Staged mode judges what the commit records: the index, not the working tree. A regular
      // file whose name says it is nothing Palisade reads is not read from the index (two git
      // runs each), as the walk does not open such files; links and submodules still are, to be
      // reported as the walk reports them.
      if (staged && !w.named(rel) && isRegular(staged.index.get(p))) continue;
      if (staged) {
        const got = await stagedContent(staged, p, rel);
        if ('diagnostic' in got) w.diagnostics.push(got.diagnostic);
        else await w.classify(rel, join(rootReal, rel), false, false, got.bytes);
      } else await w.classify(rel, join(rootReal, rel), false, false);
    }
    const repositoryFiles = g.files.tracked.map(toRel).filter((r) => !leaves(r));
    return { files: [...w.files.values()], diagnostics: w.diagnostics, repositoryFiles, charts: [...w.charts].sort() };
  }

  for (const input of inputs) {
    const abs = resolve(root, input);
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof Error) {
      if (st.code === 'ENOENT' && GLOB_CHARS.test(input)) {
        const { default: fg } = await import('fast-glob');
        const matches = await fg(toPosix(input), { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.git/**'] });
        if (matches.length === 0) {
          w.diagnostics.push(fileDiagnostic(input, 'usage_error', 'the pattern matches no file', 'check the pattern (quote it so the shell does not expand it)', 'warning'));
        }
        for (const m of matches.sort()) {
          const rel = toPosix(relative(rootReal, resolve(rootReal, m)));
          if (await w.ignoredBy(rel, false)) continue;
          w.all.push(rel);
          await w.classify(rel, join(root, m), false);
        }
        continue;
      }
      const what = st.code === 'ENOENT' ? 'no such file or directory' : st.code === 'ELOOP' ? 'symlink loop' : st.message;
      w.diagnostics.push(fileDiagnostic(input, st.code === 'ENOENT' ? 'usage_error' : 'input_read_error', `cannot scan: ${what}`, 'check the path'));
      continue;
    }
    const real = await realpath(abs);
    if (!inside(rootReal, real)) {
      w.diagnostics.push(fileDiagnostic(input, 'usage_error', 'path is outside the scan root', `scan from a root that contains it (root is ${root})`));
      continue;
    }
    const rel = toPosix(relative(rootReal, real));
    if (st.isDirectory()) {
      await w.walk(abs, rel === '' ? '' : toPosix(relative(root, abs)), new Set());
    } else {
      const linkRel = toPosix(relative(root, abs));
      const rule = await w.ignoredBy(linkRel, false);
      if (rule && opts.ignore?.some((p) => compileRule(p, '')?.source === rule.source)) {
        w.diagnostics.push(fileDiagnostic(linkRel, 'usage_error', `skipped: matches the ignore pattern "${rule.source}" in the Palisade config`, 'remove the pattern from `ignore` to scan this file', 'note'));
        continue;
      }
      w.all.push(linkRel);
      await w.classify(linkRel, abs, true);
    }
  }
  await w.drain();
  const files = [...w.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let repositoryFiles = [...new Set(w.all)];
  if (gitListing) {
    repositoryFiles = [];
    for (const rel of (await gitListing) ?? []) if (!(await w.ignoredBy(rel, false))) repositoryFiles.push(rel);
  }
  return { files, diagnostics: w.diagnostics, repositoryFiles: repositoryFiles.sort(), charts: [...w.charts].sort() };
}
