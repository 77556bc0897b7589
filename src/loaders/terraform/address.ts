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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Repo-relative directory of the module at `modules` (names from the root), or undefined when a
 * module comes from a registry or git (its source is not in the repository).
 */
export function moduleDir(plan: unknown, rootDir: string, modules: string[]): string | undefined {
  let dir = rootDir;
  let mod: unknown = isObj(plan) && isObj(plan.configuration) ? plan.configuration.root_module : undefined;
  for (const name of modules) {
    const call = isObj(mod) && isObj(mod.module_calls) ? mod.module_calls[name] : undefined;
    if (!isObj(call) || typeof call.source !== 'string') return undefined;
    const src = call.source;
    if (!src.startsWith('./') && !src.startsWith('../')) return undefined;
    dir = posix.normalize(posix.join(dir, src));
    if (dir.startsWith('../')) return undefined;
    mod = call.module;
  }
  return dir === '' ? '.' : dir;
}
