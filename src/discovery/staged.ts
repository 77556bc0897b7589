// Staged mode's reads (`--staged`, the pre-commit hook): the content git's index records for a
// file, which is what the commit will hold, read through the same containment rule as the walk.
// A staged symlink is followed only while its target stays inside the scan root and is itself in
// the index (a link's own text, the target's name, is never scanned as content); a submodule is
// reported, not read; a blob's size is asked before its content, so a huge staged file costs
// nothing. Must not parse content or decide kinds (the walker does).

import { posix, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { fileDiagnostic } from '../loaders/common/diag.js';
import { DEFAULT_LIMITS } from '../loaders/common/options.js';
import { danglingLinkDiagnostic, inside, linkLoopDiagnostic, outsideRootDiagnostic, specialFileDiagnostic } from './contained.js';
import { readBlob, readBlobs, type IndexEntry } from './git.js';

/** The largest staged blob read: the largest limit of any kind of input (the reader applies each kind's own). */
const MAX_STAGED_BYTES = DEFAULT_LIMITS.maxPlanBytes;
/** Links followed in a row before the chain counts as a loop (Linux's own limit). */
const MAX_LINK_HOPS = 40;
/** A link's text is a path: longer than any path a filesystem takes is not a link git wrote. */
const MAX_LINK_BYTES = 4096;

const SYMLINK = '120000';
const SUBMODULE = '160000';

export interface StagedIndex {
  /** git's top level (real path). */
  top: string;
  /** The scan root (real path). */
  rootReal: string;
  index: Map<string, IndexEntry>;
  /** The staged paths (relative to `top`), scanned on their own. */
  changed: Set<string>;
  /** Contents read ahead by prefetchStaged, by blob id. */
  blobs?: Map<string, { bytes: Uint8Array } | { size: number }>;
}

/**
 * Reads ahead, in one batch, the staged content of the regular files among `paths` (relative to
 * `top`), for stagedContent to take. Only what the caller may read: it picks the paths whose names
 * Palisade can use, as the walk does; sizes come first, so a huge blob is still never read.
 */
export async function prefetchStaged(s: StagedIndex, paths: string[]): Promise<void> {
  const oids: string[] = [];
  for (const p of paths) {
    const e = s.index.get(p);
    if (isRegular(e)) oids.push(e!.oid);
  }
  s.blobs = await readBlobs(s.top, oids, MAX_STAGED_BYTES);
}

/** An index entry whose content is the file itself (not a link's target, not a submodule's commit). */
export const isRegular = (e: IndexEntry | undefined): boolean => e !== undefined && e.mode !== SYMLINK && e.mode !== SUBMODULE;

const unreadable = (rel: string): { diagnostic: Diagnostic } => ({
  diagnostic: fileDiagnostic(rel, 'input_read_error', 'cannot read the staged content from the git index', 'check that the repository is not corrupt (`git status`, `git fsck`)'),
});

/** The staged content of `path` (relative to `top`; `rel` to the scan root, for messages). */
export async function stagedContent(s: StagedIndex, path: string, rel: string): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  let at = path;
  for (let hop = 0; ; hop++) {
    const e = s.index.get(at);
    if (!e) return { diagnostic: danglingLinkDiagnostic(rel) };
    if (e.mode === SUBMODULE) return { diagnostic: specialFileDiagnostic(rel, 'a git submodule') };
    if (e.mode !== SYMLINK) {
      if (at !== path && s.changed.has(at)) {
        const target = relative(s.rootReal, resolve(s.top, at)).split('\\').join('/');
        return { diagnostic: fileDiagnostic(rel, 'input_read_error', `symlink to ${target}, which is already scanned; not scanned twice`, 'nothing to do; add the link to `ignore` to silence this note', 'note') };
      }
      const blob = s.blobs?.get(e.oid) ?? (await readBlob(s.top, e.oid, MAX_STAGED_BYTES));
      if (!blob) return unreadable(rel);
      if ('size' in blob) {
        return { diagnostic: fileDiagnostic(rel, 'input_limit_error', `file is ${blob.size} bytes, over the ${MAX_STAGED_BYTES}-byte limit for any input`, 'unstage the file, or add it to `ignore`') };
      }
      return blob;
    }
    if (hop === MAX_LINK_HOPS) return { diagnostic: linkLoopDiagnostic(rel) };
    const link = await readBlob(s.top, e.oid, MAX_LINK_BYTES);
    if (!link || 'size' in link) return unreadable(rel);
    const target = resolve(s.top, posix.dirname(at), Buffer.from(link.bytes).toString('utf8'));
    if (!inside(s.rootReal, target)) return { diagnostic: outsideRootDiagnostic(rel) };
    at = relative(s.top, target).split('\\').join('/');
  }
}
