// Collects Rego sources and data documents from policy directories (the one place policy files
// are read), and resolves `--policy` arguments: a directory of Rego, a single .rego, a
// bundle.tar.gz or a .wasm.
//
// Data follows OPA's loader (`opa test <dir>`, `opa eval -d <dir>`), so one mechanism serves
// `palisade test`, `palisade build` and `--policy <dir>`: every .json/.yaml/.yml under a listed
// directory lands at the path of its directory relative to that listed directory
// (`<dir>/pkg/sub/data.json` → `data.pkg.sub`); a listed file, or one directly in a listed
// directory, merges at the data root. Documents merge object by object; two values for one key
// are an error, as in OPA.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { POLICIES_DIR } from '../paths.js';
import { BuiltinError } from '../runtime/host/errors.js';
import { parseYaml } from '../runtime/host/yaml.js';
import type { PolicySource } from './build.js';

export interface CollectOptions {
  /** Include `*_test.rego` files (for `palisade test`). */
  tests?: boolean;
  /** Paths in diagnostics are made relative to this directory. */
  relativeTo?: string;
  /** File and directory names to leave out (OPA's `--ignore`). */
  ignore?: (name: string) => boolean;
}

const notIgnored = () => false;

/** `dir/name` is a Palisade policy folder's fixtures (inputs to scan, never data). */
const isPackFixtures = (dir: string, name: string) => name === 'fixtures' && existsSync(join(dir, 'policy.rego'));

/** Files under `dir` accepted by `keep`, with the directory names between `dir` and each. */
function walk(dir: string, keep: (name: string) => boolean, skip: (dir: string, name: string) => boolean, out: Array<{ file: string; dirs: string[] }>, dirs: string[] = []): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.') || skip(dir, name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, keep, skip, out, [...dirs, name]);
    else if (keep(name)) out.push({ file: p, dirs });
  }
}

/** Each path's files accepted by `keep` (a listed file is taken whatever its name). */
function filesUnder(paths: string[], keep: (name: string) => boolean, skip: (dir: string, name: string) => boolean): Array<{ file: string; dirs: string[] }> {
  const out: Array<{ file: string; dirs: string[] }> = [];
  for (const p of paths) {
    if (skip(dirname(p), basename(p))) continue;
    if (statSync(p).isDirectory()) walk(p, keep, skip, out);
    else out.push({ file: p, dirs: [] });
  }
  return out;
}

export function collectRegoSources(paths: string[], opts: CollectOptions = {}): PolicySource[] {
  const ignore = opts.ignore ?? notIgnored;
  return filesUnder(paths, (name) => name.endsWith('.rego'), (_dir, name) => ignore(name))
    .map(({ file }) => file)
    .filter((f) => opts.tests || !f.endsWith('_test.rego'))
    .map((f) => ({
      path: (opts.relativeTo ? relative(opts.relativeTo, f) : f).split(sep).join('/'),
      source: readFileSync(f, 'utf8'),
    }));
}

/**
 * The built-in helper library (`data.palisade.lib.*`: every workload kind's containers, Terraform
 * resources, workflow steps …), which users' policies may import — unless the given paths
 * already include it.
 */
function builtinLibFor(paths: string[]): string[] {
  const lib = join(POLICIES_DIR, 'lib');
  const covers = (p: string) => {
    const r = relative(resolve(p), lib);
    return r === '' || (!r.startsWith('..') && !isAbsolute(r));
  };
  return existsSync(lib) && !paths.some(covers) ? [lib] : [];
}

/**
 * The built-in helper library's sources for a run over the given paths (none when the paths
 * already include it). It is written in Rego v1, so it is parsed as v1 even when the user's own
 * files are parsed as v0 (`--v0-compatible` applies to the user's files only).
 */
export function builtinLibSources(paths: string[]): PolicySource[] {
  return collectRegoSources(builtinLibFor(paths)).map((s) => ({ ...s, regoVersion: 1 as const, library: true }));
}

const DATA_FILE = /\.(json|ya?ml)$/;

/** A data file's document, or a diagnostic saying why it is not one. */
function readDataFile(file: string): { value: unknown } | Diagnostic {
  const text = readFileSync(file, 'utf8');
  try {
    return { value: file.endsWith('.json') ? (JSON.parse(text) as unknown) : parseYaml(text) };
  } catch (e) {
    const message = e instanceof BuiltinError || e instanceof SyntaxError ? e.message : String(e);
    return { file, line: 1, col: 1, code: 'input_parse_error', message: `data file does not parse: ${message}`, fix: 'fix the JSON/YAML syntax, or move the file out of the policy directory' };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges `doc` into `into` at `path` as OPA's loader does; the route of the first conflict, if any. */
function mergeAt(into: Record<string, unknown>, path: string[], doc: unknown): string[] | undefined {
  let node = into;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) break;
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isObject(next)) return path.slice(0, i + 1);
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return mergeObjects(into, doc as Record<string, unknown>, []);
  if (node[last] === undefined) {
    node[last] = doc;
    return undefined;
  }
  if (!isObject(node[last]) || !isObject(doc)) return path;
  return mergeObjects(node[last] as Record<string, unknown>, doc, path);
}

function mergeObjects(into: Record<string, unknown>, doc: Record<string, unknown>, at: string[]): string[] | undefined {
  for (const [k, v] of Object.entries(doc)) {
    if (into[k] === undefined) into[k] = v;
    else if (isObject(into[k]) && isObject(v)) {
      const clash = mergeObjects(into[k] as Record<string, unknown>, v, [...at, k]);
      if (clash) return clash;
    } else return [...at, k];
  }
  return undefined;
}

/**
 * The base `data` document from the .json/.yaml/.yml files under `paths`, laid out as OPA's loader
 * lays it out (see the top of this file). Throws one PalisadeError listing every bad file.
 */
export function collectDataDocuments(paths: string[], opts: { ignore?: (name: string) => boolean } = {}): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const ignore = opts.ignore ?? notIgnored;
  for (const { file, dirs } of filesUnder(paths, (name) => DATA_FILE.test(name), (dir, name) => ignore(name) || isPackFixtures(dir, name))) {
    if (!DATA_FILE.test(basename(file))) continue;
    const read = readDataFile(file);
    if (!('value' in read)) {
      diagnostics.push(read);
      continue;
    }
    if (dirs.length === 0 && !isObject(read.value)) {
      diagnostics.push({ file, line: 1, col: 1, code: 'input_parse_error', message: 'a data file at the data root must hold an object', fix: 'wrap the value in an object ({"name": …}), or move the file into a directory named after where it belongs' });
      continue;
    }
    const clash = mergeAt(data, dirs, read.value);
    if (clash) {
      diagnostics.push({ file, line: 1, col: 1, code: 'input_parse_error', message: `merge error: data.${clash.join('.')} is already defined by another data file`, fix: 'give each data file its own keys, or move one into its own directory' });
    }
  }
  if (diagnostics.length) throw new PalisadeError(diagnostics);
  return data;
}
