// The release a SHA-pinned `uses:` is documented as: `uses: owner/repo@<sha> # v4.3.2`, the form
// Dependabot, Renovate and pinning tools write. The SHA alone says nothing a policy can compare
// with an advisory's fixed version; the trailing comment does, and YAML keeps it only in the
// syntax tree, so the loader reads it there.
// Owns: finding those comments and the version in them. Must not: judge the version (policies do),
// or trust a comment on a ref that is not a SHA (the ref itself is then what runs).

import { isAlias, isMap, isScalar, isSeq, type Document as YDocument, type Node as YNode } from 'yaml';

/** Where the loader files the versions in the document's data (documented in docs/inputs.md). */
export const PALISADE_KEY = 'x-palisade';

const SHA = /@([0-9a-f]{40}|[0-9a-f]{64})$/;
// `v4.3.2`, `4.3`, `tag=v4`, `pin@v2`: the first version-looking word of the comment.
const VERSION = /(?:^|[\s@=:])(v?\d+(?:\.\d+){0,3})(?![\w.])/;

function deref(doc: YDocument.Parsed, n: unknown): YNode | undefined {
  let cur = n as YNode | undefined;
  for (let i = 0; i < 64 && cur && isAlias(cur); i++) cur = cur.resolve(doc) as YNode | undefined;
  return cur;
}

function get(doc: YDocument.Parsed, map: YNode | undefined, key: string): YNode | undefined {
  if (!isMap(map)) return undefined;
  let found: unknown;
  for (const p of map.items) if (isScalar(p.key) && p.key.value === key) found = p.value;
  return deref(doc, found);
}

/** The version in the trailing comment of a mapping's SHA-pinned `uses:`, if any. */
function commented(doc: YDocument.Parsed, owner: YNode | undefined): string | undefined {
  const uses = get(doc, owner, 'uses');
  if (!isScalar(uses) || typeof uses.value !== 'string' || !SHA.test(uses.value)) return undefined;
  return VERSION.exec(uses.comment ?? '')?.[1];
}

/**
 * Route (segments joined by `/`) of each step or job whose SHA-pinned `uses:` carries a version in
 * its comment → that version: `jobs/<id>` (reusable workflows), `jobs/<id>/steps/<n>`,
 * `runs/steps/<n>` (composite actions).
 */
export function usesVersions(doc: YDocument.Parsed): Record<string, string> {
  const out: Record<string, string> = {};
  const root = deref(doc, doc.contents);
  const steps = (seq: YNode | undefined, prefix: string) => {
    if (!isSeq(seq)) return;
    seq.items.forEach((item, n) => {
      const v = commented(doc, deref(doc, item));
      if (v) out[`${prefix}/${n}`] = v;
    });
  };
  const jobs = get(doc, root, 'jobs');
  if (isMap(jobs)) {
    for (const p of jobs.items) {
      if (!isScalar(p.key)) continue;
      const id = String(p.key.value);
      const job = deref(doc, p.value);
      const v = commented(doc, job);
      if (v) out[`jobs/${id}`] = v;
      steps(get(doc, job, 'steps'), `jobs/${id}/steps`);
    }
  }
  steps(get(doc, get(doc, root, 'runs'), 'steps'), 'runs/steps');
  return out;
}
