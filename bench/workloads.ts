// Synthetic but realistic benchmark inputs: Kubernetes policy sets of N rules and a ~3 KB
// Deployment. Rules are spread over the kinds real packs check (most apply to workloads, the
// rest to Services, Ingresses, RBAC …), the way a 200-rule pack looks.

const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob', 'Service', 'Ingress', 'Role', 'ClusterRole'];

/** One rule body per template, parameterised by i so rules differ. */
const TEMPLATES: Array<(i: number, kind: string) => string> = [
  (i, k) => `violation contains {"msg": sprintf("container %s is privileged (${i})", [c.name]), "path": ["spec", "template", "spec", "containers", j, "securityContext", "privileged"]} if {
  input.kind == "${k}"
  some j, c in input.spec.template.spec.containers
  c.securityContext.privileged == true
}`,
  (i, k) => `violation contains {"msg": sprintf("container %s has no memory limit (${i})", [c.name]), "path": ["spec", "template", "spec", "containers", j]} if {
  input.kind == "${k}"
  some j, c in input.spec.template.spec.containers
  not c.resources.limits.memory
}`,
  (i, k) => `violation contains {"msg": sprintf("image %s uses latest (${i})", [c.image]), "path": ["spec", "template", "spec", "containers", j, "image"]} if {
  input.kind == "${k}"
  some j, c in input.spec.template.spec.containers
  endswith(c.image, ":latest")
}`,
  (i, k) => `violation contains {"msg": "host network is shared (${i})", "path": ["spec", "template", "spec", "hostNetwork"]} if {
  input.kind == "${k}"
  input.spec.template.spec.hostNetwork == true
}`,
  (i, k) => `violation contains {"msg": sprintf("label %s missing (${i})", ["team"]), "path": ["metadata"]} if {
  input.kind == "${k}"
  not input.metadata.labels.team
}`,
];

export function policySet(rules: number): string {
  const out = ['package bench', ''];
  for (let i = 0; i < rules; i++) {
    // The first rules target Deployments (so a Deployment exercises a realistic share), the rest
    // spread over other kinds, as in a real pack where most rules do not apply to a given object.
    const kind = i < 20 ? 'Deployment' : KINDS[i % KINDS.length]!;
    out.push(TEMPLATES[i % TEMPLATES.length]!(i, kind), '');
  }
  return out.join('\n');
}

export function deployment(): unknown {
  const container = (n: number) => ({
    name: `app-${n}`,
    image: n === 0 ? 'registry.example.com/shop/web:latest' : `registry.example.com/shop/sidecar-${n}:1.2.${n}`,
    ports: [{ containerPort: 8080 + n, protocol: 'TCP' }],
    env: [
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'REGION', value: 'eu-west-1' },
      { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'db', key: 'host' } } },
    ],
    resources: n === 0 ? { requests: { cpu: '100m' } } : { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
    securityContext: { privileged: n === 1, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    livenessProbe: { httpGet: { path: '/healthz', port: 8080 + n }, initialDelaySeconds: 5, periodSeconds: 10 },
    readinessProbe: { httpGet: { path: '/ready', port: 8080 + n }, periodSeconds: 5 },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { app: 'web', tier: 'frontend' }, annotations: { 'deployment.kubernetes.io/revision': '7' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: { app: 'web', tier: 'frontend' } },
        spec: {
          serviceAccountName: 'web',
          securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [container(0), container(1), container(2)],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}
