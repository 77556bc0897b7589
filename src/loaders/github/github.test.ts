import { describe, expect, it } from 'vitest';
import { loadAction, loadWorkflow } from './load.js';

const wf = `name: ci
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: |
          npm ci
          npm test
`;

describe('github workflow loader', () => {
  it('data, locate and resourceAt for steps', () => {
    const r = loadWorkflow({ path: '.github/workflows/ci.yml', text: wf });
    expect(r.diagnostics).toEqual([]);
    const d = r.documents[0]!;
    expect(d.kind).toBe('github-workflow');
    expect(d.resource).toBe('workflow ci.yml');
    expect((d.data as { on: string[] }).on).toEqual(['push']);
    expect(d.resourceAt!(['jobs', 'build', 'steps', 1, 'run'])).toBe('jobs.build.steps[1] (Test)');
    expect(d.resourceAt!(['jobs', 'build', 'steps', 0])).toBe('jobs.build.steps[0] (actions/checkout@v4)');
    expect(d.resourceAt!(['jobs', 'build', 'runs-on'])).toBe('jobs.build');
    expect(d.resourceAt!(['name'])).toBeUndefined();
    expect(d.locate(['jobs', 'build', 'steps', 1, 'run']).region).toEqual({ startLine: 9, startColumn: 9, endLine: 11, endColumn: 19 });
  });
  it('a second YAML document is reported, not silently dropped', () => {
    const r = loadWorkflow({ path: '.github/workflows/x.yml', text: 'on: push\n---\nname: y\n' });
    expect(r.documents).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'input_parse_error', line: 3 });
  });
  it('a workflow that is not a mapping is reported', () => {
    expect(loadWorkflow({ path: 'w.yml', text: '- a\n' }).diagnostics[0]!.code).toBe('input_parse_error');
  });
});

describe('github action loader', () => {
  it('composite steps', () => {
    const text = 'name: x\nruns:\n  using: composite\n  steps:\n    - name: Hello\n      run: echo hi\n      shell: bash\n';
    const d = loadAction({ path: 'action.yml', text }).documents[0]!;
    expect(d.kind).toBe('github-action');
    expect(d.resourceAt!(['runs', 'steps', 0, 'run'])).toBe('runs.steps[0] (Hello)');
    expect(d.locate(['runs', 'steps', 0, 'shell']).region.startLine).toBe(7);
  });
});

describe('version comments of SHA-pinned uses', () => {
  const sha = '1746f4ab65b179e0ea60a494b83293b640dd5bba';
  it('are kept by route for steps, reusable-workflow jobs and composite steps', () => {
    const text = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/upload-artifact@${sha} # v4.3.2
      - uses: actions/checkout@v4 # v4.1.0
      - uses: actions/cache@${sha}
      - uses: actions/setup-node@${sha}  # pin@v3 SECURE
  call:
    uses: org/repo/.github/workflows/x.yml@${sha} # tag=v1.2
`;
    const d = loadWorkflow({ path: '.github/workflows/ci.yml', text }).documents[0]!;
    expect((d.data as Record<string, unknown>)['x-palisade']).toEqual({
      path: '.github/workflows/ci.yml',
      uses_versions: { 'jobs/build/steps/0': 'v4.3.2', 'jobs/build/steps/3': 'v3', 'jobs/call': 'v1.2' },
    });
    const a = loadAction({ path: 'action.yml', text: `runs:\n  using: composite\n  steps:\n    - uses: a/b@${sha} # 2.0.1\n` }).documents[0]!;
    expect((a.data as Record<string, unknown>)['x-palisade']).toEqual({ path: 'action.yml', uses_versions: { 'runs/steps/0': '2.0.1' } });
  });
  it('leave only the path when there are none', () => {
    const d = loadWorkflow({ path: '.github/workflows/ci.yml', text: wf }).documents[0]!;
    expect(Object.keys(d.data as object)).toEqual(['name', 'on', 'jobs', 'x-palisade']);
    expect((d.data as Record<string, unknown>)['x-palisade']).toEqual({ path: '.github/workflows/ci.yml' });
  });
});
