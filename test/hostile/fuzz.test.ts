// Property-based fuzzing of every reader a repository feeds (YAML and its Kubernetes and GitHub
// views, JSON and plans, package.json, Dockerfiles, HCL, the config, waivers, policy bundles):
// whatever the bytes, a reader returns documents and house-format diagnostics, or (bundles) a
// PalisadeError — never another exception. Inputs are built from each format's own tokens, so
// the fuzzer reaches deep parser states, plus raw strings. Each property runs for a bounded time
// (a couple of seconds), so this stays in `npm test` and CI; `npm run hostile` runs it longer.

import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/bundle.js';
import { writeTar } from '../../src/bundle/tar.js';
import { parseConfig } from '../../src/config/config.js';
import { DIAGNOSTIC_CODES, PalisadeError, type Diagnostic } from '../../src/diagnostics.js';
import { LOADERS } from '../../src/loaders/index.js';
import { parseHcl } from '../../src/loaders/terraform/hcl/parser.js';
import { parseWaivers } from '../../src/waivers/parse.js';

const LONG = process.env['npm_lifecycle_event'] === 'hostile' || process.env['PALISADE_HOSTILE'] === 'all';
const RUN = { numRuns: LONG ? 1_000_000 : 100_000, interruptAfterTimeLimit: LONG ? 30_000 : 1_500, markInterruptAsFailure: false } as const;

const tokens = (list: string[], max = 60) => fc.array(fc.constantFrom(...list), { maxLength: max }).map((t) => t.join(''));
const COMMON = ['\n', ' ', '  ', '\t', '\r\n', '\u0000', '\u001b[2J', '\u2028', 'é', '😀', '\\', '::error::x', '##[add-mask]x', '%0A'];
const YAML = [...COMMON, '- ', ': ', '? ', '[', ']', '{', '}', ',', '&a ', '*a', '&b ', '*b', '<<: ', '<<: *a', '"', "'", '#', '# palisade:ignore k8s/x why', 'key', 'apiVersion: v1', 'kind: Pod', 'spec:', 'containers:', 'image: x', '|', '|-', '>', '---\n', '...\n', '%YAML 1.2\n', '!!str ', '!!binary ', 'null', '~', '0x1F', '1e999', 'on:', 'jobs:', 'steps:', 'run: |'];
const JSON_T = [...COMMON, '{', '}', '[', ']', ',', ':', '"a"', '"b"', '"', '1', '-0', '1e999', '0.5', 'true', 'null', '"\\u0000"', '"\\ud800"', '"resource_changes"', '"planned_values"', '"format_version"', '"address"', '"values"'];
const HCL_T = [...COMMON, 'resource', 'variable', 'locals', 'module', '"aws_s3_bucket"', '"b"', '{', '}', '[', ']', '(', ')', '=', ',', 'for', 'in', ':', '=>', '...', '?', '${', '%{', '~}', '<<EOF\n', 'EOF\n', '<<-X\n', '# c', '// c', '/*', '*/', 'var.x', 'local.y', 'count.index', '"s"', '1', 'true', 'null', 'a.b[0]', '*', 'splat[*]'];
const DOCKER_T = [...COMMON, 'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ENV ', 'ARG ', 'USER ', 'CMD ', 'ENTRYPOINT ', 'HEALTHCHECK ', 'ONBUILD ', 'SHELL ', 'EXPOSE ', 'x', 'node:latest', ' AS b', '--from=b ', '\\\n', '[', ']', '"', "'", '$X', '${X:-y}', '# escape=`\n', '# syntax=x\n', '<<EOF\n', 'EOF\n', '&&', '|', 'curl http://x | sh', ';'];

function checkDiagnostics(ds: Diagnostic[]): void {
  for (const d of ds) {
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
    expect(typeof d.file).toBe('string');
    expect(d.fix ?? '').not.toBe('');
  }
}

/** A loader must never throw, and must locate any route it is asked for. */
function loads(kind: keyof typeof LOADERS, path: string) {
  return (text: string) => {
    const r = LOADERS[kind]({ path, bytes: new TextEncoder().encode(text) }, {});
    checkDiagnostics(r.diagnostics);
    for (const doc of r.documents) {
      doc.locate([]);
      doc.locate(['spec', 'containers', 0, 'image']);
      doc.locate(['resource_changes', 0, 'change', 'after']);
    }
  };
}

describe('fuzzing the readers', () => {
  const cases: Array<[string, fc.Arbitrary<string>, (s: string) => void]> = [
    ['YAML', tokens(YAML), loads('yaml', 'x.yaml')],
    ['Kubernetes YAML', tokens(YAML).map((s) => `apiVersion: v1\nkind: Pod\n${s}`), loads('kubernetes', 'pod.yaml')],
    ['GitHub workflow YAML', tokens(YAML).map((s) => `on: push\njobs:\n${s}`), loads('github-workflow', '.github/workflows/w.yml')],
    ['JSON', tokens(JSON_T), loads('json', 'x.json')],
    ['Terraform plan JSON', tokens(JSON_T).map((s) => `{"format_version":"1.2","resource_changes":[${s}`), loads('terraform-plan', 'plan.json')],
    ['package.json', tokens(JSON_T).map((s) => `{"name":"x","dependencies":${s}`), loads('package-json', 'package.json')],
    ['Dockerfile', tokens(DOCKER_T), loads('dockerfile', 'Dockerfile')],
    ['HCL', tokens(HCL_T), (s) => void parseHcl(s)],
    ['the config', tokens(YAML), (s) => checkDiagnostics(parseConfig(s, '.palisade.yaml').diagnostics)],
    ['waivers', tokens(YAML).map((s) => `waivers:\n  - ${s}`), (s) => checkDiagnostics(parseWaivers(s, 'w.yaml', { now: new Date(0) }).diagnostics)],
    ['raw text, every reader', fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      for (const kind of Object.keys(LOADERS) as Array<keyof typeof LOADERS>) loads(kind, 'f')(s);
      parseHcl(s);
    }],
  ];
  for (const [name, arb, check] of cases) {
    it(`${name}: no input makes it throw`, { timeout: RUN.interruptAfterTimeLimit + 30_000 }, () => {
      fc.assert(fc.property(arb, check), RUN);
    });
  }

  it('bundles: any bytes, and any manifest, are read or rejected with a bundle error', { timeout: RUN.interruptAfterTimeLimit * 2 + 30_000 }, () => {
    const rejectsCleanly = (bytes: Uint8Array) => {
      try {
        readBundle(bytes, 'b.tar.gz');
      } catch (e) {
        if (!(e instanceof PalisadeError)) throw e;
        checkDiagnostics(e.diagnostics);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), rejectsCleanly), RUN);
    const enc = new TextEncoder();
    const manifest = fc.oneof(tokens(JSON_T), fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ metadata: { palisade: { version: 1, policies: [v], kindEntrypoints: v } } })));
    fc.assert(
      fc.property(manifest, fc.uint8Array({ maxLength: 64 }), (m, wasm) => {
        rejectsCleanly(gzipSync(writeTar([{ name: '/.manifest', data: enc.encode(m) }, { name: '/policy.wasm', data: wasm }, { name: '/data.json', data: enc.encode(m) }])));
      }),
      RUN,
    );
  });
});
