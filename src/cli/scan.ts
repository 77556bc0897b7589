// `palisade scan`: runs the scan façade, renders the chosen report to stdout or a file (atomically),
// prints diagnostics in the house format, and turns the result into the documented exit code.

import { renderReport, writeAtomic, type ReportFormat } from '../reporters/index.js';
import type { PolicySeverity } from '../engine/finding.js';
import { reportContext } from '../scan/report-context.js';
import { atOrAbove, scan } from '../scan/scan.js';
import { EXIT, printDiagnostics, type Io } from './io.js';

interface ScanOpts {
  format: ReportFormat;
  output?: string;
  failOn?: PolicySeverity;
  policy?: string[];
  builtin: boolean;
  changedSince?: string;
  staged?: boolean;
  helm?: boolean;
  config?: string;
  waivers?: string;
  color?: boolean;
  quiet?: boolean;
  root?: string;
  var?: string[];
  varFile?: string[];
}

function progress(io: Io, quiet: boolean | undefined): ((done: number, total: number) => void) | undefined {
  // Only for people watching a terminal; CI logs stay clean.
  if (quiet || !process.stderr.isTTY || process.env['CI']) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    io.err(`\r\x1b[2Kscanning ${done}/${total} documents${done === total ? '\n' : ''}`);
  };
}

/** All of standard input, as text (the path `-`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function scanCommand(io: Io, paths: string[], opts: ScanOpts): Promise<number> {
  const result = await scan({
    paths,
    stdin: paths.includes('-') ? await readStdin() : undefined,
    helm: opts.helm,
    root: opts.root,
    config: opts.config,
    policies: opts.policy,
    builtin: opts.builtin === false ? false : undefined,
    changedSince: opts.changedSince,
    staged: opts.staged,
    waivers: opts.waivers,
    failOn: opts.failOn,
    terraformVars: [...(opts.varFile ?? []).map((file) => ({ file })), ...(opts.var ?? []).map((v) => ({ assignment: v }))],
    onProgress: progress(io, opts.quiet),
  });
  const toTerminal = !opts.output && process.stdout.isTTY === true;
  const ctx = reportContext(result, { color: opts.color ?? (toTerminal && !process.env['NO_COLOR']) });
  const report = renderReport(opts.format, result.findings, ctx);
  if (opts.output) await writeAtomic(opts.output, report.text);
  else io.out(report.text);
  // Text output already shows diagnostics inline; every other format carries them inside the
  // report, so people also see them on stderr.
  if (opts.format !== 'text' || opts.output) printDiagnostics(io, [...result.diagnostics, ...report.warnings]);
  else printDiagnostics(io, report.warnings);
  const failing = result.findings.some((f) => !f.waived && atOrAbove(f.policy.severity, result.failOn));
  const broken = result.diagnostics.some((d) => (d.severity ?? 'error') === 'error');
  if (broken) return EXIT.userError;
  return failing ? EXIT.findings : EXIT.clean;
}
