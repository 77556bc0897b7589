// The precision review over corpora/real-repos/: well-kept public repositories, unlabelled, so a
// finding is either a weakness worth its severity or a false positive. Each repository folder is
// scanned as its own root through the CLI's scan(); the result is findings per 100 files by
// severity, and every high or critical finding listed for a human to judge (docs/eval.md keeps
// one line per such finding saying why it is a true positive). Reads the corpus, never edits it.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_ORDER, type PolicySeverity } from '../engine/finding.js';
import { scan, type ScanOptions } from '../scan/scan.js';

export interface RepoResult {
  repo: string;
  files: number;
  documentKinds: Record<string, number>;
  bySeverity: Record<PolicySeverity, number>;
  /** Findings per pack (the policy id's prefix), for spotting a noisy pack. */
  byPack: Record<string, number>;
  /** `file:line policy: message` of every high or critical finding. */
  serious: string[];
}

export interface RealReposEval {
  repos: RepoResult[];
  files: number;
  bySeverity: Record<PolicySeverity, number>;
}

const zero = (): Record<PolicySeverity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

export async function evaluateRealRepos(corpus: string, options: ScanOptions = {}): Promise<RealReposEval> {
  const repos: RepoResult[] = [];
  const names = readdirSync(corpus).filter((n) => statSync(join(corpus, n)).isDirectory()).sort();
  for (const repo of names) {
    const root = join(corpus, repo);
    const r = await scan({ ...options, paths: [root], root });
    const bySeverity = zero();
    const byPack: Record<string, number> = {};
    const serious: string[] = [];
    for (const f of r.findings) {
      if (f.waived) continue;
      bySeverity[f.policy.severity]++;
      const pack = f.policy.id.split('/')[0]!;
      byPack[pack] = (byPack[pack] ?? 0) + 1;
      if (f.policy.severity === 'high' || f.policy.severity === 'critical') {
        serious.push(`${repo}/${f.file}:${f.region.startLine} ${f.policy.id} (${f.policy.severity}): ${f.message}`);
      }
    }
    repos.push({ repo, files: r.files, documentKinds: r.documentKinds, bySeverity, byPack, serious });
  }
  const bySeverity = zero();
  for (const r of repos) for (const s of SEVERITY_ORDER) bySeverity[s] += r.bySeverity[s];
  return { repos, files: repos.reduce((n, r) => n + r.files, 0), bySeverity };
}
