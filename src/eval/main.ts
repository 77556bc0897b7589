// `npm run eval`: every measure of the built-in packs against data nobody in this project wrote —
// the peer labels (peers.ts), FairwindsOps polaris's manifests (polaris.ts), the real-repos
// precision review (real-repos.ts) and the TerraGoat review (terragoat.ts) — as text tables, or with `--json` as one JSON document.
// The corpora live beside the repository (../shared/corpora), never inside it; a missing corpus
// is reported on one line and skipped. Exit 0 unless the run itself fails (2 usage, 3 internal).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDiagnostic, PalisadeError } from '../diagnostics.js';
import { Engine } from '../engine/engine.js';
import { PROFILES, type Profile } from '../engine/finding.js';
import { PACKAGE_ROOT } from '../paths.js';
import { loadBuiltinBundle } from '../policy/builtin.js';
import type { ScanOptions } from '../scan/scan.js';
import { evaluatePeers } from './peers.js';
import { evaluatePolaris, formatEval, totals } from './polaris.js';
import { evaluateRealRepos } from './real-repos.js';
import { byKind, formatPeers, formatRealRepos } from './report.js';
import { evaluateTerragoat, formatTerragoat, terragoatDir } from './terragoat.js';

/** Where the corpora sit in the development workspace. */
export const DEFAULT_CORPORA = join(PACKAGE_ROOT, '..', 'shared', 'corpora');

const USAGE = 'usage: node dist/src/eval/main.js [--json] [--verbose] [--profile default|strict] [--corpora <dir>]';
const VALUED = ['--corpora', '--profile'];

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const value = (flag: string) => (argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? '') : undefined);
  const corpora = value('--corpora') ?? DEFAULT_CORPORA;
  const profile = value('--profile') ?? 'default';
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--json', '--verbose', ...VALUED].includes(a) && !VALUED.includes(argv[i - 1]!));
  if (!corpora || !(PROFILES as readonly string[]).includes(profile) || unknown.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The default profile is what users get; --profile strict measures the pedantic checks too.
  const options: ScanOptions = { profile: profile as Profile };
  const out: Record<string, unknown> = {};
  const text: string[] = [];
  const skip = (what: string, dir: string) => text.push(`eval: ${what} skipped: ${dir} is absent (the corpora live in the development workspace, not in the repository)\n`);

  const peersDir = join(corpora, 'peer-labels');
  if (existsSync(join(peersDir, 'index.json'))) {
    const peers = await evaluatePeers(peersDir, options);
    out['peers'] = { ...peers, byKind: byKind(peers) };
    text.push(formatPeers(peers, { verbose }));
  } else skip('peer labels', peersDir);

  const polarisDir = join(corpora, 'k8s-polaris');
  if (existsSync(join(polarisDir, 'checks'))) {
    const polaris = evaluatePolaris(await Engine.load([loadBuiltinBundle()]), polarisDir);
    out['polaris'] = { ...polaris, totals: totals(polaris) };
    text.push(`FairwindsOps polaris checks\n${formatEval(polaris)}`);
  } else skip('polaris', polarisDir);

  const reposDir = join(corpora, 'real-repos');
  if (existsSync(reposDir)) {
    const repos = await evaluateRealRepos(reposDir, options);
    out['realRepos'] = repos;
    text.push(formatRealRepos(repos));
  } else skip('real-repos', reposDir);

  const goat = terragoatDir(corpora);
  if (goat) {
    const roots = await evaluateTerragoat(goat, options);
    out['terragoat'] = roots;
    text.push(formatTerragoat(roots));
  } else skip('terragoat', join(corpora, 'terraform-configs'));

  process.stdout.write(json ? JSON.stringify(out, null, 2) + '\n' : text.join('\n'));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof PalisadeError) {
        for (const d of e.diagnostics) console.error(formatDiagnostic(d));
        process.exit(2);
      }
      console.error(e);
      process.exit(3);
    },
  );
}
