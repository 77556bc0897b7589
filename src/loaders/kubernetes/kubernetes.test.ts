import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../paths.js';
import { loadYaml } from '../yaml/load.js';
import { loadKubernetes } from './load.js';

const load = (text: string) => loadKubernetes({ path: 'k.yaml', text });

describe('kubernetes loader', () => {
  it('one document per object, with Kind/namespace/name', () => {
    const r = load('apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: prod}\n---\napiVersion: v1\nkind: ClusterRole\nmetadata:\n  name: r\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => [d.kind, d.index, d.resource])).toEqual([
      ['kubernetes', 0, 'Pod/prod/a'],
      ['kubernetes', 1, 'ClusterRole/r'],
    ]);
  });
  it('expands List kinds and maps routes into the item', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- kind: Service\n  metadata:\n    name: b\n';
    const r = load(text);
    expect(r.documents.map((d) => d.resource)).toEqual(['Pod/a', 'Service/b']);
    expect(r.documents[1]!.locate(['metadata', 'name']).region).toEqual({ startLine: 9, startColumn: 5, endLine: 9, endColumn: 12 });
    const approx = r.documents[1]!.locate(['spec', 'x']);
    expect(approx.approximate).toEqual({ resolved: [] });
    expect(approx.region.startLine).toBe(7);
  });
  it('keeps Helm Source provenance', () => {
    const text = '---\n# Source: web/templates/deploy.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\n# Source: web/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    expect(load(text).documents.map((d) => d.source)).toEqual(['web/templates/deploy.yaml', 'web/templates/svc.yaml']);
  });
  it('a document without kind stays as generic yaml', () => {
    expect(load('kind: Pod\n---\nfoo: bar\n').documents.map((d) => d.kind)).toEqual(['kubernetes', 'yaml']);
  });
  it('ignores attach to the document they sit in', () => {
    const text = 'kind: Pod\nspec:\n  hostPID: true # palisade:ignore k8s/host-pid debugging\n---\nkind: Pod\n';
    const r = load(text);
    expect(r.documents[0]!.ignores).toHaveLength(1);
    expect(r.documents[1]!.ignores).toHaveLength(0);
  });
});

const polaris = join(PACKAGE_ROOT, '..', 'shared', 'corpora', 'k8s-polaris');
describe.skipIf(!existsSync(polaris))('polaris corpus (skipped: ../shared/corpora/k8s-polaris absent)', () => {
  it('every manifest loads; the only diagnostics are the ones the data deserves', () => {
    const files = fg.sync(['checks/**/*.yaml', 'webhook_cases/**/*.yaml'], { cwd: polaris }).sort();
    expect(files.length).toBeGreaterThan(300);
    const diags: string[] = [];
    let docs = 0;
    for (const f of files) {
      const r = loadKubernetes({ path: f, bytes: readFileSync(join(polaris, f)) });
      docs += r.documents.length;
      for (const d of r.diagnostics) diags.push(`${d.file}:${d.line}: ${d.code}`);
      for (const d of r.documents) {
        if (d.kind === 'kubernetes') expect(d.locate(['metadata']).approximate, `${f} ${d.resource}`).toBeUndefined();
      }
    }
    expect(docs).toBeGreaterThan(files.length);
    expect(diags).toEqual([]);
  });
  it('polaris check definitions (plain YAML with JSON-Schema) load as generic yaml without diagnostics', () => {
    const diags: string[] = [];
    for (const f of fg.sync(['check-definitions/*.yaml', 'checks/*/check.yaml'], { cwd: polaris })) {
      const r = loadYaml({ path: f, bytes: readFileSync(join(polaris, f)) });
      expect(r.documents.length, f).toBeGreaterThan(0);
      for (const d of r.diagnostics) diags.push(`${d.file}:${d.line}: ${d.code} ${d.message}`);
    }
    expect(diags).toEqual([]);
  });
});
