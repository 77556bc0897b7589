// The inventory (Gatekeeper's `data.inventory` shape) built from loaded documents, and the
// scan's second pass that evaluates `custom.inventory` policies against it: objects of other
// files are seen, a scan of changed files or one shard does not run those policies and says so.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../discovery/discover.js';
import { Engine } from '../../engine/engine.js';
import type { Finding } from '../../engine/finding.js';
import { loadBuiltinBundle } from '../../policy/builtin.js';
import { scan } from '../../scan/scan.js';
import { loadDiscovered } from '../read.js';
import type { Document } from '../types.js';
import { loadKubernetes } from './load.js';
import { BUILTIN_INVENTORY_READS, buildInventory, project, type Reads } from './inventory.js';

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

describe('project', () => {
  it('keeps the members read, every member under *, a container\'s type under {}, and scalars as they are', () => {
    const reads: Reads = { kind: true, spec: { ports: { '*': { port: true } }, template: { spec: {} }, selector: {} } };
    const obj = { kind: 'Service', apiVersion: 'v1', spec: { ports: [{ port: 80, name: 'http' }, 7], template: { spec: { containers: [1] } }, selector: [1, 2], other: 1 } };
    expect(project(obj, reads)).toEqual({ kind: 'Service', spec: { ports: [{ port: 80 }, 7], template: { spec: {} }, selector: [] } });
    expect(project({ kind: 'X', spec: 'not an object' }, reads)).toEqual({ kind: 'X', spec: 'not an object' });
    expect(project({ spec: { ports: { a: { port: 1, name: 'a' } } } }, reads)).toEqual({ spec: { ports: { a: { port: 1 } } } });
  });

  it('treats `__proto__` and inherited names as plain members, in what it reads and where it files', () => {
    const data = JSON.parse('{"kind":"ConfigMap","constructor":1,"metadata":{"name":"__proto__","namespace":"__proto__","labels":{"__proto__":"x"}}}');
    expect(project(data, { kind: true, constructor: undefined as never, metadata: { labels: { '*': true } } })).toEqual(JSON.parse('{"kind":"ConfigMap","metadata":{"labels":{"__proto__":"x"}}}'));
    const inv = buildInventory([{ kind: 'kubernetes', path: 'm.yaml', index: 0, data: { ...data, apiVersion: 'v1' }, ignores: [], locate: () => ({ file: 'm.yaml', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }) }], BUILTIN_INVENTORY_READS);
    expect(Object.keys(inv.namespace)).toEqual(['__proto__']);
    expect(Object.keys(inv.namespace['__proto__']!['v1']!['ConfigMap']!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['v1']).toBeUndefined();
  });
});

// BUILTIN_INVENTORY_READS is what the scan gives the built-in packs' inventory policies. It is
// checked against them here: on every inventory policy's fixtures (each file one scan, as in
// `palisade test`) and every corpus tree, those policies find the same with the cut-down objects
// as with the whole ones; and every member listed is needed by some fixture.
describe('BUILTIN_INVENTORY_READS', () => {
  const ROOT = join(import.meta.dirname, '..', '..', '..');
  const CORPORA = join(ROOT, '..', 'shared', 'corpora');
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.load([loadBuiltinBundle()]);
  });
  const readers = () => engine.policies.filter((p) => p.inventory).map((p) => p.id);
  const k8sDocs = async (root: string, paths = [root]): Promise<Document[]> => (await loadDiscovered(await discover(paths, { root }), { root })).documents.filter((d) => d.kind === 'kubernetes');
  const findings = (docs: Document[], reads?: Reads) => engine.evaluateInventory(docs, buildInventory(docs, reads)).findings.map((f: Finding) => `${f.policy.id} ${f.fingerprint} ${f.file}:${f.region.startLine}:${f.region.startColumn} ${f.message}`).sort();
  // Cases the fixtures leave out: pods named by a Pod's own labels, a PodTemplate's and a
  // CronJob's; a numeric Service port; autoscaler minimums (an HPA's, a KEDA ScaledObject's).
  const selected = (kind: string, body: string) => `apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  selector: {app: web}
---
apiVersion: v1
kind: ${kind}
metadata: {name: w}
${body}`;
  const minimum = (scaler: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: pdb}
spec:
  minAvailable: 2
  selector: {matchLabels: {app: web}}
---
${scaler}`;
  const CASES = [
    selected('Pod', 'metadata: {name: p, labels: {app: web}}\nspec: {containers: [{name: c, image: nginx}]}'),
    selected('PodTemplate', 'template:\n  metadata: {labels: {app: web}}\n  spec: {containers: [{name: c, image: nginx}]}'),
    selected('CronJob', 'spec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {app: web}}\n        spec: {containers: [{name: c, image: nginx}]}').replace('apiVersion: v1\nkind: CronJob', 'apiVersion: batch/v1\nkind: CronJob'),
    `apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  ports: [{port: 80}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: in}
spec:
  defaultBackend: {service: {name: api, port: {number: 80}}}
`,
    minimum('apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 3\n'),
    minimum('apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: k}\nspec:\n  scaleTargetRef: {name: web}\n  minReplicaCount: 3\n'),
  ];
  const fixtureScans = async () => {
    const scans: Document[][] = CASES.map((text) => load(text));
    for (const id of readers()) {
      const dir = join(ROOT, 'policies', id, 'fixtures');
      for (const f of readdirSync(dir).sort()) scans.push(await k8sDocs(dir, [join(dir, f)]));
    }
    return scans;
  };

  it('gives the inventory policies the same findings as the whole objects, on their fixtures and every corpus', async () => {
    expect(readers().length).toBeGreaterThanOrEqual(9);
    const scans = await fixtureScans();
    const trees = [join(CORPORA, 'k8s-polaris'), ...['real-repos', 'peer-labels'].flatMap((d) => (existsSync(join(CORPORA, d)) ? readdirSync(join(CORPORA, d)).map((r) => join(CORPORA, d, r)) : []))];
    if (!existsSync(CORPORA)) console.log('BUILTIN_INVENTORY_READS: ../shared/corpora absent, checked on the fixtures only');
    for (const t of trees.filter((x) => existsSync(x))) scans.push(await k8sDocs(t));
    const fired = new Set<string>();
    for (const docs of scans) {
      const whole = findings(docs);
      expect(findings(docs, BUILTIN_INVENTORY_READS)).toEqual(whole);
      for (const f of whole) fired.add(f.split(' ')[0]!);
    }
    expect([...fired].sort()).toEqual(readers().sort());
  });

  it('lists no member that the fixtures and the cases above do not need', async () => {
    const scans = await fixtureScans();
    const leaves = (r: Reads, at: string[] = []): string[][] => (r === true || Object.keys(r).length === 0 ? [at] : Object.entries(r).flatMap(([k, v]) => leaves(v, [...at, k])));
    const without = (r: Reads, path: string[]): Reads => {
      if (r === true || path.length === 0) return r;
      const [head, ...rest] = path as [string, ...string[]];
      const out: Record<string, Reads> = { ...r };
      if (rest.length === 0) delete out[head];
      else out[head] = without(r[head]!, rest);
      return out;
    };
    const unneeded = leaves(BUILTIN_INVENTORY_READS).filter((leaf) => scans.every((docs) => JSON.stringify(findings(docs, without(BUILTIN_INVENTORY_READS, leaf))) === JSON.stringify(findings(docs))));
    expect(unneeded.map((l) => l.join('.'))).toEqual([]);
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

  it('sees documents that are not files (standard input) too, which it keeps rather than reads again', async () => {
    const r = await scan({ paths: [dir, '-'], root: dir, profile: 'strict', only, stdin: deployment('ghost').replace('name: ghost\n', 'name: from-stdin\n') });
    expect(r.findings.map((f) => `${f.file}:${f.region.startLine}`).sort()).toEqual(['<stdin>:9', 'manifests/api.yaml:9']);
  });

  it('gives a policy of the user\'s own the whole objects, not the members the built-in ones read', async () => {
    // Laid out as a policy folder (its id is its folder), so the METADATA is taken as written.
    const policies = join(dir, 'user-policies');
    mkdirSync(join(policies, 'user', 'images'), { recursive: true });
    writeFileSync(
      join(policies, 'user', 'images', 'policy.rego'),
      `# METADATA
# title: Images of the scan
# description: Names every image of the scan's Deployments in namespace shop.
# custom:
#   id: user/images
#   severity: low
#   inventory: true
#   kinds: [kubernetes]
#   remediation: Nothing to fix; this policy only lists images.
package user.images

violation contains {"msg": c.image, "path": ["metadata", "name"]} if {
  input.kind == "ServiceAccount"
  some d in data.inventory.namespace.shop["apps/v1"].Deployment
  some c in d.spec.template.spec.containers
}
`,
    );
    const r = await scan({ paths: [join(dir, 'manifests')], root: dir, profile: 'strict', policies: [policies], only: ['user/images', ...only] });
    expect(r.diagnostics).toEqual([]);
    expect(r.findings.map((f) => `${f.policy.id} ${f.message}`).sort()).toEqual(['k8s/service-account-missing Deployment "api" runs as service account "api", which no ServiceAccount in namespace "shop" of this scan defines', 'user/images ghcr.io/acme/app:1.0.0']);
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
