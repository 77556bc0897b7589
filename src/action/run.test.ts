import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './run.js';

const sample = fileURLToPath(new URL('../../fixtures/sample-repo', import.meta.url));

/** Runs the action on `dir` with these inputs (INPUT_* variables) and returns what it printed. */
async function runOn(dir: string, inputs: Record<string, string>): Promise<string> {
  const outputs = join(dir, 'outputs.txt');
  writeFileSync(outputs, '');
  Object.assign(process.env, {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: '',
    'INPUT_SARIF-FILE': join(dir, 'palisade.sarif'),
    INPUT_PATHS: dir,
    'INPUT_CHANGED-ONLY': 'false',
    ...inputs,
  });
  const stdout: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  await run();
  vi.restoreAllMocks();
  return stdout.join('');
}

describe('GitHub Action', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('writes SARIF, annotations, the job summary and outputs, and fails on findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-action-'));
    const summary = join(dir, 'summary.md');
    const outputs = join(dir, 'outputs.txt');
    writeFileSync(summary, '');
    writeFileSync(outputs, '');
    Object.assign(process.env, {
      GITHUB_WORKSPACE: sample,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
      'INPUT_SARIF-FILE': join(dir, 'palisade.sarif'),
      'INPUT_FAIL-ON': 'high',
      INPUT_PATHS: sample,
      'INPUT_CHANGED-ONLY': 'false',
    });
    const stdout: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    await run();
    const printed = stdout.join('');
    expect(existsSync(join(dir, 'palisade.sarif'))).toBe(true);
    expect(printed).toMatch(/^::error file=k8s\/web\.yaml,line=25,col=13,endLine=\d+,endColumn=\d+,title=/m);
    expect(readFileSync(summary, 'utf8')).toContain('Palisade');
    expect(readFileSync(outputs, 'utf8')).toMatch(/findings<<|findings=/);
    expect(printed).toMatch(/::error::Palisade: \d+ finding\(s\) at or above high\./);
    expect(process.exitCode).toBe(1);
  });

  it('runs the strict profile only when the profile input asks for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-action-'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    // A job without timeout-minutes: github-actions/missing-job-timeout is a strict-profile policy.
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'name: CI\non: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: make test\n');
    const rules = async (profile: string): Promise<string[]> => {
      await runOn(dir, { INPUT_ANNOTATIONS: 'false', INPUT_PROFILE: profile });
      const sarif = JSON.parse(readFileSync(join(dir, 'palisade.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
      return sarif.runs[0]!.results.map((r) => r.ruleId);
    };
    expect(await rules('')).not.toContain('github-actions/missing-job-timeout');
    expect(await rules('strict')).toContain('github-actions/missing-job-timeout');
  });

  it('rejects an unknown profile', async () => {
    const printed = await runOn(mkdtempSync(join(tmpdir(), 'palisade-action-')), { INPUT_PROFILE: 'paranoid' });
    expect(printed).toContain('profile must be one of default, strict, not "paranoid"');
    expect(process.exitCode).toBe(1);
  });

  it('prints each diagnostic once, with or without annotations', async () => {
    for (const annotations of ['true', 'false']) {
      const dir = mkdtempSync(join(tmpdir(), 'palisade-action-'));
      writeFileSync(join(dir, 'broken.yaml'), 'a: [1, 2\n');
      const printed = await runOn(dir, { INPUT_ANNOTATIONS: annotations });
      expect(printed.match(/input_parse_error/g), annotations).toHaveLength(1);
    }
  });
});
