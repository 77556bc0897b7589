// Loader benchmark (issue 3): a ~100 MB Terraform plan and 10,000 Kubernetes documents built in
// memory, loaded by Palisade's loaders and by the plain parsers (JSON.parse, yaml) on the same
// bytes. Prints the ratio (target ≤ 1.5×) and memory; asserts nothing. `npm run bench` calls
// loadersBench(); `node dist/bench/loaders.js` runs it alone.

import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { loadKubernetes } from '../src/loaders/kubernetes/load.js';
import { loadTerraformPlan } from '../src/loaders/terraform/plan.js';

/** Same shape as the other benches' lines (bench/main.ts prints them). */
export interface BenchLine {
  name: string;
  value: string;
  target?: string;
}

export function planText(targetBytes: number): string {
  const resources: unknown[] = [];
  const changes: unknown[] = [];
  const config: unknown[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const values = {
      bucket: `bucket-${i}`,
      acl: i % 7 === 0 ? 'public-read' : 'private',
      force_destroy: false,
      tags: { Name: `bucket-${i}`, team: `team-${i % 13}`, cost_center: `cc-${i % 101}` },
      versioning: [{ enabled: i % 3 === 0, mfa_delete: false }],
      server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: `arn:aws:kms:us-east-1:123456789012:key/${i}` }] }] }],
      lifecycle_rule: [{ id: 'expire', enabled: true, expiration: [{ days: 30 + (i % 60) }], noncurrent_version_expiration: [] }],
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i}/*` }] }),
    };
    const address = `module.m${i % 50}.aws_s3_bucket.b["k${i}"]`;
    const r = { address, mode: 'managed', type: 'aws_s3_bucket', name: 'b', index: `k${i}`, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} };
    const c = { address, module_address: `module.m${i % 50}`, mode: 'managed', type: 'aws_s3_bucket', name: 'b', index: `k${i}`, change: { actions: ['create'], before: null, after: values, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } };
    resources.push(r);
    changes.push(c);
    if (i < 50) config.push({ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: { acl: { constant_value: 'private' } } });
    size += JSON.stringify(r).length + JSON.stringify(c).length;
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.7.0',
    planned_values: { root_module: { resources } },
    resource_changes: changes,
    configuration: { root_module: { resources: config } },
  });
}

function k8sText(docs: number): string {
  const out: string[] = [];
  for (let i = 0; i < docs; i++) {
    out.push(`---
# Source: app/templates/deployment-${i}.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 17}
  labels: {app: web-${i}, tier: frontend}
spec:
  replicas: ${1 + (i % 5)}
  selector:
    matchLabels:
      app: web-${i}
  template:
    metadata:
      labels:
        app: web-${i}
    spec:
      containers:
        - name: web
          image: "registry.example.com/web:${i % 9}.0.${i % 31}"
          ports:
            - containerPort: 8080
          securityContext:
            privileged: ${i % 11 === 0}
            runAsNonRoot: true
          resources:
            limits: {cpu: 500m, memory: 256Mi}
          env:
            - name: MODE
              value: |
                production
                line two
`);
  }
  return out.join('');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/**
 * CPU time (user + system) of fn: the machines are shared, and wall time there measures the
 * neighbours as much as the code. Both sides of every ratio are measured the same way.
 */
export function time<T>(fn: () => T): { ms: number; value: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, value };
}

export async function loadersBench(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

  const plan = Buffer.from(planText(100 * 1024 * 1024));
  sample();
  // The baseline's result is dropped at once, so the loader does not run with it still alive on the heap.
  const planBase = time(() => void JSON.parse(plan.toString('utf8')));
  sample();
  const planLoad = time(() => loadTerraformPlan({ path: 'plan.json', bytes: plan }));
  sample();
  const doc = planLoad.value.documents[0];
  if (!doc || planLoad.value.diagnostics.length > 0) throw new Error('bench plan did not load cleanly');
  const last = (planLoad.value.documents[0]!.data as { resource_changes: unknown[] }).resource_changes.length - 1;
  const loc1 = time(() => doc.locate(['resource_changes', last, 'change', 'after', 'acl']));
  const loc2 = time(() => doc.locate(['resource_changes', last - 1, 'change', 'after', 'acl']));
  sample();
  lines.push({ name: `terraform plan ${mb(plan.length)}: JSON.parse`, value: `${planBase.ms.toFixed(0)} ms cpu` });
  lines.push({ name: 'terraform plan: loadTerraformPlan', value: `${planLoad.ms.toFixed(0)} ms cpu` });
  lines.push({ name: 'terraform plan: ratio to JSON.parse', value: `${(planLoad.ms / planBase.ms).toFixed(2)}x`, target: '≤ 1.5x' });
  lines.push({ name: 'terraform plan: first locate (indexes the route lazily)', value: `${loc1.ms.toFixed(0)} ms cpu` });
  lines.push({ name: 'terraform plan: next locate', value: `${loc2.ms.toFixed(1)} ms cpu` });
  lines.push({ name: 'terraform plan: heapUsed after load', value: mb(process.memoryUsage().heapUsed) });

  const k8s = Buffer.from(k8sText(10_000));
  const k8sBase = time(() => void parseAllDocuments(k8s.toString('utf8')).map((d) => d.toJS()));
  sample();
  const k8sLoad = time(() => loadKubernetes({ path: 'all.yaml', bytes: k8s }));
  sample();
  if (k8sLoad.value.documents.length !== 10_000 || k8sLoad.value.diagnostics.length > 0) throw new Error('bench manifests did not load cleanly');
  const locK = time(() => k8sLoad.value.documents[9_999]!.locate(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']));
  lines.push({ name: `kubernetes 10,000 documents ${mb(k8s.length)}: yaml parseAllDocuments+toJS`, value: `${k8sBase.ms.toFixed(0)} ms cpu` });
  lines.push({ name: 'kubernetes: loadKubernetes', value: `${k8sLoad.ms.toFixed(0)} ms cpu` });
  lines.push({ name: 'kubernetes: ratio to yaml', value: `${(k8sLoad.ms / k8sBase.ms).toFixed(2)}x`, target: '≤ 1.5x' });
  lines.push({ name: 'kubernetes: locate in the last document', value: `${locK.ms.toFixed(1)} ms cpu` });
  lines.push({ name: 'peak rss (sampled)', value: mb(peakRss) });
  lines.push({ name: 'heapUsed at end', value: mb(process.memoryUsage().heapUsed) });
  if (loc1.value.file !== 'plan.json' || locK.value.region.startLine === 0) throw new Error('locate returned nonsense');
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await loadersBench()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(10)}${l.target ? `   (target ${l.target})` : ''}`);
}
