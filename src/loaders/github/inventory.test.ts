// The GitHub inventory (workflows by path, actions by folder), which files other files call, and
// the scan's second pass over those called files: a reusable workflow or composite action is
// judged with its callers' events and inputs on a full scan, and alone on part of the inputs.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../scan/scan.js';
import { actionFolder, buildGithubInventory, calledDocuments, localTarget } from './inventory.js';
import { loadAction, loadWorkflow } from './load.js';

const caller = `on: pull_request_target
permissions:
  contents: read
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      title: \${{ github.event.pull_request.title }}
      sha: \${{ github.event.pull_request.head.sha }}
  greet:
    runs-on: ubuntu-24.04
    steps:
      - uses: ./.github/actions/greet/
        with:
          body: \${{ github.event.pull_request.body }}
`;
const reusable = `on:
  workflow_call:
    inputs:
      title: {type: string}
      sha: {type: string}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          ref: \${{ inputs.sha }}
          persist-credentials: false
      - run: echo "\${{ inputs.title }}"
`;
const action = `name: greet
description: greets
runs:
  using: composite
  steps:
    - run: echo "\${{ inputs.body }}"
      shell: bash
`;

describe('GitHub inventory', () => {
  it('files workflows by path and actions by the folder callers name', () => {
    const w = loadWorkflow({ path: '.github/workflows/pr.yml', text: caller }).documents;
    const r = loadWorkflow({ path: '.github/workflows/build.yml', text: reusable }).documents;
    const lone = loadWorkflow({ path: '.github/workflows/lone.yml', text: reusable }).documents;
    const a = loadAction({ path: '.github/actions/greet/action.yml', text: action }).documents;
    const inv = buildGithubInventory([...w, ...r, ...lone, ...a]);
    expect(Object.keys(inv.workflows).sort()).toEqual(['.github/workflows/build.yml', '.github/workflows/lone.yml', '.github/workflows/pr.yml']);
    expect(Object.keys(inv.actions)).toEqual(['.github/actions/greet']);
    expect(calledDocuments([...w, ...r, ...lone, ...a], inv).map((d) => d.path)).toEqual(['.github/workflows/build.yml', '.github/actions/greet/action.yml']);
    expect([localTarget('./'), localTarget('./a/b/'), localTarget('owner/repo@v1'), actionFolder('action.yml')]).toEqual(['', 'a/b', undefined, '']);
  });

  describe('the second pass of a scan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-gh-inventory-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    mkdirSync(join(dir, '.github', 'actions', 'greet'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'pr.yml'), caller);
    writeFileSync(join(dir, '.github', 'workflows', 'build.yml'), reusable);
    writeFileSync(join(dir, '.github', 'actions', 'greet', 'action.yml'), action);
    const only = ['github-actions/template-injection', 'github-actions/untrusted-checkout'];
    const where = (r: Awaited<ReturnType<typeof scan>>) => r.findings.map((f) => `${f.policy.id} ${f.file}:${f.region.startLine}`).sort();

    it("follows the callers' events and attacker-controlled inputs into what they call", async () => {
      const r = await scan({ paths: [dir], root: dir, only });
      expect(where(r)).toEqual([
        'github-actions/template-injection .github/actions/greet/action.yml:6',
        'github-actions/template-injection .github/workflows/build.yml:16',
        'github-actions/untrusted-checkout .github/workflows/build.yml:14',
      ]);
      expect(r.findings.find((f) => f.file.endsWith('action.yml'))!.message).toContain('passed by .github/workflows/pr.yml (job "greet" step 1)');
    });

    it('judges each file alone on part of the inputs, where callers may be missing', async () => {
      const r = await scan({ paths: [dir], root: dir, only, shard: { index: 1, count: 1 } });
      expect(where(r)).toEqual([]);
    });
  });
});
