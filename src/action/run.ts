// The GitHub Action (action.yml runs lib/action.js, the bundle of main.ts, which calls run()): scans the checkout, writes SARIF for code
// scanning, emits workflow annotations on the diff (within GitHub's caps), writes the job summary,
// sets outputs, and fails the step when findings reach the threshold. The action is a front door
// like the CLI: all the work is the scan façade's; this file only speaks GitHub.

import * as core from '@actions/core';
import { resolve } from 'node:path';
import { PROFILES, SEVERITY_ORDER, type PolicySeverity, type Profile } from '../engine/finding.js';
import { formatDiagnosticForTerminal, githubSummary, streamReport, writeAtomic } from '../reporters/index.js';
import { reportContext } from '../scan/report-context.js';
import { atOrAbove, scan } from '../scan/scan.js';
import { pullRequestBase } from './changed.js';

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function run(): Promise<void> {
  const failOn = (core.getInput('fail-on') || undefined) as PolicySeverity | undefined;
  if (failOn && !SEVERITY_ORDER.includes(failOn)) {
    core.setFailed(`fail-on must be one of ${SEVERITY_ORDER.join(', ')}, not "${failOn}"`);
    return;
  }
  const profile = (core.getInput('profile') || undefined) as Profile | undefined;
  if (profile && !PROFILES.includes(profile)) {
    core.setFailed(`profile must be one of ${PROFILES.join(', ')}, not "${profile}"`);
    return;
  }
  // On pull requests, `changed-only` limits the scan to what the PR touches, fetching the history
  // that takes from a default (shallow) checkout.
  const baseRef = process.env['GITHUB_BASE_REF'];
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const changedSince = core.getBooleanInput('changed-only') && baseRef ? await pullRequestBase(workspace, baseRef, core.info) : undefined;
  const paths = list('paths');
  const result = await scan({
    paths: paths.length ? paths : ['.'],
    root: workspace,
    config: core.getInput('config') || undefined,
    policies: list('policy'),
    builtin: core.getInput('builtin') === 'false' ? false : undefined,
    failOn,
    changedSince,
    profile,
  });
  const ctx = reportContext(result, {
    color: false,
    repository: process.env['GITHUB_REPOSITORY']
      ? { url: `${process.env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${process.env['GITHUB_REPOSITORY']}`, ref: process.env['GITHUB_SHA'] ?? 'HEAD' }
      : undefined,
    category: core.getInput('category') || undefined,
  });

  const sarifFile = resolve(core.getInput('sarif-file') || 'palisade.sarif');
  const sarif = streamReport('sarif', result.findings, ctx);
  await writeAtomic(sarifFile, sarif.chunks);
  core.setOutput('sarif-file', sarifFile);

  // The annotations carry the scan's diagnostics (as annotations, or as plain lines past the
  // caps); without them the diagnostics are logged here. Either way each is printed once.
  const annotate = core.getInput('annotations') !== 'false';
  if (annotate) for (const chunk of streamReport('github', result.findings, ctx).chunks) process.stdout.write(chunk);
  for (const d of [...(annotate ? [] : result.diagnostics), ...sarif.warnings]) {
    // core percent-encodes the command; control characters and `##[` are escape.ts's to neutralise.
    const text = formatDiagnosticForTerminal(d);
    if ((d.severity ?? 'error') === 'error') core.error(text);
    else core.warning(text);
  }
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(githubSummary(result.findings, ctx)).write();

  const open = result.findings.filter((f) => !f.waived);
  const failing = open.filter((f) => atOrAbove(f.policy.severity, result.failOn));
  core.setOutput('findings', String(open.length));
  core.setOutput('failing', String(failing.length));
  if (result.diagnostics.some((d) => (d.severity ?? 'error') === 'error')) {
    core.setFailed('Palisade could not read some inputs or policies (see the errors above).');
  } else if (failing.length) {
    core.setFailed(`Palisade: ${failing.length} finding(s) at or above ${result.failOn}.`);
  }
}
