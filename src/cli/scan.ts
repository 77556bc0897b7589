// `palisade scan`: runs the scan façade, renders the chosen report to stdout or a file (atomically),
// prints diagnostics in the house format, and turns the result into the documented exit code.

import { relative } from 'node:path';
import { isReportFormat, streamReport, writeAtomic, type ReportFormat } from '../reporters/index.js';
import { SEVERITY_ORDER, type PolicySeverity, type Profile } from '../engine/finding.js';
import { findingSources, reportContext } from '../scan/report-context.js';
import { MAX_JOBS } from '../scan/jobs.js';
import { parseShard } from '../scan/shard.js';
import { atOrAbove, scan, type TerraformVarArg } from '../scan/scan.js';
import { EXIT, printDiagnostics, usageError, type Io } from './io.js';

interface ScanOpts {
  format: ReportFormat;
  output?: string[];
  severity?: string[];
  only?: string[];
  skip?: string[];
  baseline?: string | false;
  shard?: string;
  failOn?: PolicySeverity;
  profile?: Profile;
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
  /** --var and --var-file, both the same list in command-line order (main.ts). */
  var?: TerraformVarArg[];
  varFile?: TerraformVarArg[];
  jobs?: string;
}

function progress(io: Io, quiet: boolean | undefined): ((done: number, total: number) => void) | undefined {
  // Only for people watching a terminal; CI logs stay clean.
  if (quiet || !process.stderr.isTTY || process.env['CI']) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    io.err(`\r\x1b[2Kscanning ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

/** All of standard input, as text (the path `-`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface Output {
  format: ReportFormat;
  /** Absent: standard output. */
  file?: string;
}

/**
 * The reports a run writes: each `--output` is `format=file`, a format alone (standard output), or
 * a file alone (in `--format`). No `--output`: `--format` on standard output.
 */
export function outputsOf(format: ReportFormat, specs: string[] | undefined): Output[] {
  if (!specs?.length) return [{ format }];
  const outputs = specs.map((spec): Output => {
    const eq = spec.indexOf('=');
    const named = eq > 0 ? spec.slice(0, eq) : spec;
    if (eq > 0 && isReportFormat(named)) return { format: named, file: spec.slice(eq + 1) };
    if (isReportFormat(spec)) return { format: spec };
    return { format, file: spec };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw usageError(`${toStdout.length} outputs go to standard output (${toStdout.map((o) => o.format).join(', ')})`, 'send all but one to files: --output sarif=palisade.sarif --output text');
  const bad = outputs.find((o) => o.file === '');
  if (bad) throw usageError(`--output ${bad.format}= names no file`, `write --output ${bad.format}=<file>, or --output ${bad.format} for standard output`);
  return outputs;
}

export async function scanCommand(io: Io, paths: string[], opts: ScanOpts): Promise<number> {
  const outputs = outputsOf(opts.format, opts.output);
  const severities = opts.severity?.flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = severities?.find((s) => !SEVERITY_ORDER.includes(s as PolicySeverity));
  if (unknown) throw usageError(`unknown severity "${unknown}" in --severity`, `use some of ${[...SEVERITY_ORDER].reverse().join(', ')}, e.g. --severity critical,high`);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) throw usageError(`--shard ${opts.shard} is not k/n with 1 ≤ k ≤ n`, 'e.g. --shard 2/4 for the second of four parts');
  const jobs = opts.jobs === undefined ? undefined : /^\d+$/.test(opts.jobs) ? Number(opts.jobs) : NaN;
  if (jobs !== undefined && !(jobs >= 1 && jobs <= MAX_JOBS)) throw usageError(`--jobs ${opts.jobs} is not a whole number of threads from 1 to ${MAX_JOBS}`, 'e.g. --jobs 4, or --jobs 1 for one thread');
  const result = await scan({
    jobs,
    shard,
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
    only: opts.only,
    skip: opts.skip,
    severities: severities as PolicySeverity[] | undefined,
    baseline: opts.baseline,
    profile: opts.profile,
    terraformVars: opts.var ?? opts.varFile ?? [],
    onProgress: progress(io, opts.quiet),
    // A policy's print() is debugging output: on standard error, never inside the report.
    print: (line) => io.err(`${line}\n`),
  });
  const toTerminal = outputs.some((o) => o.file === undefined) && process.stdout.isTTY === true;
  const ctx = reportContext(result, { color: false });
  if (outputs.some((o) => o.format === 'text')) ctx.sources = findingSources(result.root, result.findings);
  const warnings = [];
  for (const o of outputs) {
    const color = o.file === undefined && (opts.color ?? (toTerminal && !process.env['NO_COLOR']));
    const report = streamReport(o.format, result.findings, { ...ctx, color });
    warnings.push(...report.warnings);
    if (o.file !== undefined) await writeAtomic(o.file, report.chunks);
    else for (const chunk of report.chunks) io.out(chunk);
  }
  // Text and compact output on the terminal already show the diagnostics; every other format
  // carries them inside the report, so people also see them on stderr.
  const inline = outputs.some((o) => o.file === undefined && (o.format === 'text' || o.format === 'compact'));
  printDiagnostics(io, [...(inline ? [] : result.diagnostics), ...warnings]);
  if (result.baselined.count && !opts.quiet) {
    io.err(`palisade: ${result.baselined.count} finding(s) in the baseline ${relative(process.cwd(), result.baselined.file!) || result.baselined.file} not reported\n`);
  }
  const failing = result.findings.some((f) => !f.waived && atOrAbove(f.policy.severity, result.failOn));
  const broken = result.diagnostics.some((d) => (d.severity ?? 'error') === 'error');
  if (broken) return EXIT.userError;
  return failing ? EXIT.findings : EXIT.clean;
}
