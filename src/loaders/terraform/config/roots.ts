// Which folders of .tf files are Terraform root modules: a folder is a root unless another folder
// calls it as a local module (`source = "./modules/x"`) — then its callers' roots are evaluated
// instead, so a change inside a module is checked through the configurations that use it — or a
// plan for it was scanned (the plan wins; its .tf files only give locations). Folders that
// `terraform init` downloaded (`.terraform/modules`) are never roots. Must not read files.

import { posix } from 'node:path';
import { literalString } from '../hcl/ast.js';
import type { SourceSet } from './sources.js';

/** Roots to evaluate for the changed or discovered .tf files `files`, skipping folders in `planDirs`. */
export function terraformRoots(files: string[], set: SourceSet, planDirs: ReadonlySet<string>): string[] {
  const callers = new Map<string, Set<string>>();
  for (const dir of set.dirs()) {
    if (isInstalled(dir)) continue;
    for (const f of set.configFiles(dir)) {
      for (const b of set.body(f)?.blocks ?? []) {
        if (b.type !== 'module') continue;
        const src = b.body.attrs.find((a) => a.name === 'source');
        const s = src ? literalString(src.expr) : undefined;
        if (s === undefined || !(s.startsWith('./') || s.startsWith('../'))) continue;
        const target = posix.normalize(posix.join(dir, s));
        if (target === dir) continue;
        let c = callers.get(target);
        if (!c) callers.set(target, (c = new Set()));
        c.add(dir);
      }
    }
  }
  const roots = new Set<string>();
  const up = (dir: string, seen: Set<string>) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const c = callers.get(dir);
    if (!c || c.size === 0) {
      roots.add(dir);
      return;
    }
    for (const d of c) up(d, seen);
  };
  for (const f of files) {
    const dir = posix.dirname(f);
    if (!isInstalled(dir)) up(dir, new Set());
  }
  return [...roots].filter((d) => !planDirs.has(d) && set.configFiles(d).length > 0).sort();
}

const isInstalled = (dir: string) => dir.split('/').includes('.terraform');
