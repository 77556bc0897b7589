// Terraform resource addresses and where their configuration lives: parses
// `module.a["x"].module.b.data.aws_iam_policy_document.p[0]`, and follows a plan's `configuration`
// (root_module → module_calls[name].source) to the directory holding a module's .tf files.
// Must not read files: directories are computed as repo-relative paths.

import { posix } from 'node:path';

export interface ParsedAddress {
  modules: string[];
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
}

const SEG = /^([A-Za-z_][A-Za-z0-9_-]*)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?(?:\.|$)/;

export function parseAddress(address: string): ParsedAddress | undefined {
  let rest = address;
  const modules: string[] = [];
  const take = (): { name: string; index?: string | number } | undefined => {
    const m = SEG.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    const raw = m[2]?.slice(1, -1);
    if (raw === undefined) return { name: m[1]! };
    return { name: m[1]!, index: raw.startsWith('"') ? (JSON.parse(raw) as string) : Number(raw) };
  };
  for (;;) {
    if (!rest.startsWith('module.')) break;
    rest = rest.slice('module.'.length);
    const m = take();
    if (!m) return undefined;
    modules.push(m.name);
  }
  let mode: ParsedAddress['mode'] = 'managed';
  if (rest.startsWith('data.')) {
    mode = 'data';
    rest = rest.slice(5);
  }
  const type = take();
  const name = take();
  if (!type || !name || rest !== '') return undefined;
  const out: ParsedAddress = { modules, mode, type: type.name, name: name.name };
  if (name.index !== undefined) out.index = name.index;
  return out;
}

/**
 * What walking a plan needs, over either representation of it: a parsed value (`treeView`) or a
 * plan held only as its JSON bytes (the plan loader's view over its locator). Nodes are opaque.
 */
export interface PlanView<N> {
  root: N;
  /** The value under `seg` in `node`: an object's own member, or an array's element for a number segment. */
  child(node: N, seg: string | number): N | undefined;
  /** The value at `node` when it is a string. */
  string(node: N): string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The view over a parsed plan (a plain JSON value). */
export function treeView(plan: unknown): PlanView<unknown> {
  return {
    root: plan,
    child: (node, seg) => (Array.isArray(node) ? (typeof seg === 'number' ? node[seg] : undefined) : isObj(node) && Object.hasOwn(node, String(seg)) ? node[String(seg)] : undefined),
    string: (node) => (typeof node === 'string' ? node : undefined),
  };
}

/**
 * Repo-relative directory of the module at `modules` (names from the root), or undefined when a
 * module comes from a registry or git (its source is not in the repository).
 */
export function moduleDir<N>(plan: PlanView<N>, rootDir: string, modules: string[]): string | undefined {
  let dir = rootDir;
  const configuration = plan.child(plan.root, 'configuration');
  let mod: N | undefined = configuration === undefined ? undefined : plan.child(configuration, 'root_module');
  for (const name of modules) {
    const calls = mod === undefined ? undefined : plan.child(mod, 'module_calls');
    const call = calls === undefined ? undefined : plan.child(calls, name);
    const source = call === undefined ? undefined : plan.child(call, 'source');
    const src = source === undefined ? undefined : plan.string(source);
    if (call === undefined || src === undefined) return undefined;
    if (!src.startsWith('./') && !src.startsWith('../')) return undefined;
    dir = posix.normalize(posix.join(dir, src));
    if (dir.startsWith('../')) return undefined;
    mod = plan.child(call, 'module');
  }
  return dir === '' ? '.' : dir;
}
