// The inventory (Gatekeeper's `data.inventory` shape) built from loaded documents, and the
// scan's second pass that evaluates `custom.inventory` policies against it: objects of other
// files are seen, a scan of changed files or one shard does not run those policies and says so.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../scan/scan.js';
import { loadKubernetes } from './load.js';
import { buildInventory } from './inventory.js';

const load = (text: string) => loadKubernetes({ path: 'm.yaml', bytes: Buffer.from(text) }, {}).documents;

describe('buildInventory', () => {
  it('files namespaced objects by namespace, apiVersion, kind and name, and cluster-scoped ones without a namespace', () => {
    const docs = load(`apiVersion: v1
kind: ServiceAccount
metadata: {name: ci, namespace: build}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader, namespace: ignored}
---
kind: ConfigMap
metadata: {name: no-api-version}
`);
    const inv = buildInventory(docs);
    expect(Object.keys(inv.namespace).sort()).toEqual(['build', 'default']);
    expect(inv.namespace['build']!['v1']!['ServiceAccount']!['ci']).toBe(docs[0]!.data);
    expect(inv.namespace['default']!['apps/v1']!['Deployment']!['web']).toBe(docs[1]!.data);
    expect(Object.keys(inv.cluster['rbac.authorization.k8s.io/v1']!['ClusterRole']!)).toEqual(['reader']);
  });
});

describe('inventory policies in a scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-inventory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'manifests'));
  writeFileSync(join(dir, 'manifests', 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: worker\n  namespace: shop\n');
  const deployment = (sa: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${sa}
  namespace: shop
spec:
  template:
    spec:
      serviceAccountName: ${sa}
      containers:
        - name: app
          image: ghcr.io/acme/app:1.0.0
`;
  writeFileSync(join(dir, 'manifests', 'worker.yaml'), deployment('worker'));
  writeFileSync(join(dir, 'manifests', 'api.yaml'), deployment('api'));
  const only = ['k8s/service-account-missing'];

  it('sees the objects of every file of the scan', async () => {
    const r = await scan({ paths: [dir], root: dir, profile: 'strict', only });
    expect(r.findings.map((f) => `${f.file}:${f.region.startLine}`)).toEqual(['manifests/api.yaml:9']);
  });

  it('does not run in the default profile, where those policies are not selected', async () => {
    const r = await scan({ paths: [dir], root: dir, only });
    expect(r.findings).toEqual([]);
  });

  it('does not run on part of the inputs, and says why', async () => {
    const r = await scan({ paths: [dir], root: dir, profile: 'strict', only, shard: { index: 1, count: 1 } });
    expect(r.findings).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'scan_partial')).toHaveLength(1);
  });
});
