// The GitHub part of `data.inventory`: the scan's workflows and actions, and which of them other
// files of the scan call (`uses: ./.github/workflows/x.yml` on a job, `uses: ./path/to/action` on
// a step). A reusable workflow or composite action runs with its caller's event and inputs, which
// its own file cannot show; with the inventory, the policies' helpers (policies/lib/github.rego)
// follow attacker-controlled values and triggers from the caller into it (docs/inventory.md).
// Pure: documents in, one JSON object out, holding the documents' data by reference.

import { posix } from 'node:path';
import type { Document } from '../types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface GithubInventory {
  /** Repo-relative path of each workflow → its data. */
  workflows: Record<string, unknown>;
  /** Folder of each action (`''` for the repository root, as `uses: ./` names it) → its data. */
  actions: Record<string, unknown>;
}

/** The folder an action's metadata file stands for: `uses: ./a/b` runs `a/b/action.yml`. */
export const actionFolder = (path: string): string => {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
};

/** `./a/b/` → `a/b`; anything but a local reference → undefined. */
export function localTarget(uses: unknown): string | undefined {
  if (typeof uses !== 'string' || !uses.startsWith('./')) return undefined;
  const t = posix.normalize(uses.split('@')[0]!).replace(/\/+$/, '');
  return t === '.' ? '' : t;
}

export function buildGithubInventory(docs: Iterable<Document>): GithubInventory {
  const inv: GithubInventory = { workflows: {}, actions: {} };
  for (const d of docs) {
    if (d.kind === 'github-workflow') inv.workflows[d.path] = d.data;
    else if (d.kind === 'github-action') inv.actions[actionFolder(d.path)] = d.data;
  }
  return inv;
}

/** Local targets the scan's workflows and composite actions call, as paths and folders. */
function targets(inv: GithubInventory): Set<string> {
  const out = new Set<string>();
  const steps = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      const t = isObj(s) ? localTarget(s.uses) : undefined;
      if (t !== undefined) out.add(t);
    }
  };
  for (const w of Object.values(inv.workflows)) {
    if (!isObj(w) || !isObj(w.jobs)) continue;
    for (const job of Object.values(w.jobs)) {
      if (!isObj(job)) continue;
      const t = localTarget(job.uses);
      if (t !== undefined) out.add(t);
      steps(job.steps);
    }
  }
  for (const a of Object.values(inv.actions)) if (isObj(a) && isObj(a.runs)) steps(a.runs.steps);
  return out;
}

/** The documents some other file of the scan calls: only they can see more with the inventory. */
export function calledDocuments(docs: Document[], inv: GithubInventory): Document[] {
  const called = targets(inv);
  return docs.filter((d) => (d.kind === 'github-workflow' ? called.has(d.path) : d.kind === 'github-action' && called.has(actionFolder(d.path))));
}
