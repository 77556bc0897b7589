import { describe, expect, it } from 'vitest';
import { loadDockerfile } from './load.js';
import type { DockerfileData } from './parse.js';

const load = (text: string) => loadDockerfile({ path: 'Dockerfile', text });

const df = [
  '# syntax=docker/dockerfile:1', //                       1
  'ARG BASE=node', //                                      2
  'ARG VERSION', //                                        3
  'FROM --platform=linux/amd64 ${BASE}:18 AS builder', //  4
  '# a comment', //                                        5
  'RUN apt-get update && \\', //                           6
  '    # comment inside a continuation', //                7
  '    apt-get install -y curl', //                        8
  'RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npm npm ci', // 9
  'COPY <<EOF /app/run.sh', //                             10
  '#!/bin/sh', //                                          11
  'echo hi', //                                            12
  'EOF', //                                                13
  '', //                                                   14
  'FROM gcr.io:443/distroless/nodejs@sha256:abc', //       15
  'COPY --from=builder ["/app", "/app"]', //               16
  '  CMD ["node", "index.js"]', //                         17
  '',
].join('\n');

describe('dockerfile parse', () => {
  const r = load(df);
  const data = r.documents[0]!.data as DockerfileData;
  it('has no diagnostics', () => expect(r.diagnostics).toEqual([]));
  it('stages and FROM references', () => {
    expect(data.stages).toEqual([
      { index: 0, name: 'builder', from: { image: '${BASE}', tag: '18', digest: null, platform: 'linux/amd64', raw: '${BASE}:18 AS builder' }, instructions: [2, 3, 4, 5] },
      { index: 1, name: null, from: { image: 'gcr.io:443/distroless/nodejs', tag: null, digest: 'sha256:abc', platform: null, raw: 'gcr.io:443/distroless/nodejs@sha256:abc' }, instructions: [6, 7, 8] },
    ]);
    expect(data.args).toEqual({ BASE: 'node', VERSION: null });
  });
  it('instructions: continuations, flags, JSON form, heredocs', () => {
    const ins = data.instructions;
    expect(ins[0]).toMatchObject({ cmd: 'arg', stage: null });
    expect(ins[3]).toMatchObject({ cmd: 'run', args: ['apt-get update && apt-get install -y curl'], json: false, stage: 0, heredocs: [] });
    expect(ins[3]!.raw).toBe('RUN apt-get update && \\\n    # comment inside a continuation\n    apt-get install -y curl');
    expect(ins[4]!.flags).toEqual({ mount: 'type=cache,target=/root/.npm type=secret,id=npm' });
    expect(ins[4]!.args).toEqual(['npm ci']);
    expect(ins[5]).toMatchObject({ cmd: 'copy', heredocs: [{ name: 'EOF', body: '#!/bin/sh\necho hi\n' }] });
    expect(ins[7]).toMatchObject({ cmd: 'copy', json: true, args: ['/app', '/app'], flags: { from: 'builder' } });
    expect(ins[8]).toMatchObject({ cmd: 'cmd', json: true, args: ['node', 'index.js'], stage: 1 });
  });
  it.each([
    [['instructions', 3], [6, 1, 8, 28], false],
    [['instructions', 5, 'heredocs', 0], [10, 1, 13, 4], false],
    [['instructions', 8], [17, 3, 17, 27], false],
    [['stages', 0, 'from', 'tag'], [4, 1, 4, 50], false],
    [['stages', 1], [15, 1, 17, 27], false],
    [['args', 'VERSION'], [3, 1, 3, 12], false],
    [['instructions', 99], [1, 1, 17, 27], true],
  ] as const)('locate %j', (route, [sl, sc, el, ec], approx) => {
    const loc = r.documents[0]!.locate([...route]);
    expect(loc.region).toEqual({ startLine: sl, startColumn: sc, endLine: el, endColumn: ec });
    expect(loc.approximate !== undefined).toBe(approx);
  });
  it('resourceAt names the stage', () => {
    expect(r.documents[0]!.resourceAt!(['instructions', 3])).toBe('stage builder: RUN');
  });
});

describe('dockerfile details', () => {
  it('escape directive with backtick', () => {
    const d = load('# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir c:\\ `\n  && echo done\n').documents[0]!.data as DockerfileData;
    expect(d.instructions[1]!.args).toEqual(['dir c:\\ && echo done']);
  });
  it('<<-EOF strips tabs; quoted delimiter', () => {
    const d = load('FROM a\nRUN <<-"END"\n\techo x\n\tEND\nRUN echo after\n').documents[0]!.data as DockerfileData;
    expect(d.instructions[1]!.heredocs).toEqual([{ name: 'END', body: 'echo x\n' }]);
    expect(d.instructions[2]!.args).toEqual(['echo after']);
  });
  it('CRLF line endings', () => {
    const d = load('FROM a\r\nRUN x \\\r\n  y\r\n').documents[0]!.data as DockerfileData;
    expect(d.instructions[1]!.args).toEqual(['x y']);
  });
  it('invalid JSON form falls back to shell form', () => {
    const d = load('FROM a\nCMD [node, x]\n').documents[0]!.data as DockerfileData;
    expect(d.instructions[1]).toMatchObject({ json: false, args: ['[node, x]'] });
  });
  it('hostile: unknown instruction, no FROM, unclosed heredoc are diagnostics, not throws', () => {
    expect(load('FROOM a\n').diagnostics.map((d) => d.code)).toEqual(['input_parse_error', 'input_parse_error']);
    expect(load('RUN <<EOF\necho\n').diagnostics.some((d) => /never closed/.test(d.message))).toBe(true);
    expect(load('').diagnostics[0]!.message).toMatch(/no FROM/);
  });
  it('inline ignore covers the whole next instruction', () => {
    const r = load('FROM a\n# palisade:ignore docker/curl-pipe-sh vendor script\nRUN curl x | \\\n  sh\n');
    expect(r.documents[0]!.ignores).toMatchObject([{ policyId: 'docker/curl-pipe-sh', lines: { start: 2, end: 4 } }]);
  });
});
