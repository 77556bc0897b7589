// `palisade baseline`: scans as `palisade scan` does (without the old baseline) and writes the
// open findings to the baseline file, so later scans report only new ones (see scan/baseline.ts).

import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { writeAtomic } from '../reporters/index.js';
import { DEFAULT_BASELINE_FILE, renderBaseline } from '../scan/baseline.js';
import { scan } from '../scan/scan.js';
import { EXIT, printDiagnostics, type Io } from './io.js';

interface BaselineOpts {
  output?: string;
  policy?: string[];
  builtin: boolean;
  config?: string;
  root?: string;
}

export async function baselineCommand(io: Io, paths: string[], opts: BaselineOpts): Promise<number> {
  const result = await scan({ paths, root: opts.root, config: opts.config, policies: opts.policy, builtin: opts.builtin === false ? false : undefined, baseline: false });
  printDiagnostics(io, result.diagnostics);
  if (result.diagnostics.some((d) => (d.severity ?? 'error') === 'error')) return EXIT.userError;
  const file = opts.output ? resolve(opts.output) : resolve(result.root, DEFAULT_BASELINE_FILE);
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, renderBaseline(result.findings));
  const open = result.findings.filter((f) => !f.waived).length;
  io.err(`palisade: wrote ${open} finding(s) to ${relative(process.cwd(), file) || file}; later scans report only new ones\n`);
  return EXIT.clean;
}
