// Synthetic Kubernetes manifests for the scan benchmark: many files of several kinds, laid out the
// way a rendered Helm chart or a kustomize output directory looks. Roughly one object in five
// breaks some built-in policy, so the scan benchmark also pays for turning violations into
// findings (locating them in the YAML), not only for evaluating clean objects.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function podSpec(i: number, indent: string): string {
  const bad = i % 5 === 0;
  const lines = [
    `serviceAccountName: app-${i % 23}`,
    `automountServiceAccountToken: ${bad ? 'true' : 'false'}`,
    'securityContext:',
    '  runAsNonRoot: true',
    `  runAsUser: ${10000 + (i % 50)}`,
    '  seccompProfile:',
    '    type: RuntimeDefault',
    'containers:',
    `  - name: app-${i}`,
    `    image: "registry.example.com/team-${i % 17}/app:${bad ? 'latest' : `1.${i % 9}.${i % 31}`}"`,
    '    ports:',
    `      - containerPort: ${8000 + (i % 100)}`,
    '    env:',
    '      - name: LOG_LEVEL',
    '        value: info',
    '      - name: DB_HOST',
    '        valueFrom:',
    '          configMapKeyRef: {name: db, key: host}',
    '    resources:',
    '      requests: {cpu: 100m, memory: 128Mi}',
    ...(bad ? [] : ['      limits: {cpu: 500m, memory: 256Mi}']),
    '    securityContext:',
    `      privileged: ${i % 11 === 0}`,
    `      allowPrivilegeEscalation: ${bad}`,
    '      readOnlyRootFilesystem: true',
    '      capabilities:',
    '        drop: [ALL]',
    '    livenessProbe:',
    `      httpGet: {path: /healthz, port: ${8000 + (i % 100)}}`,
    '    readinessProbe:',
    `      httpGet: {path: /ready, port: ${8000 + (i % 100)}}`,
    '    volumeMounts:',
    '      - {name: tmp, mountPath: /tmp}',
    'volumes:',
    '  - name: tmp',
    '    emptyDir: {}',
  ];
  return lines.map((l) => indent + l).join('\n');
}

const meta = (i: number, name: string) => `metadata:
  name: ${name}-${i}
  namespace: team-${i % 17}
  labels: {app: ${name}-${i}, team: team-${i % 17}}`;

/** One Kubernetes object, its kind chosen by i (workloads dominate, as in real repositories). */
export function manifest(i: number): string {
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return `apiVersion: apps/v1
kind: Deployment
${meta(i, 'web')}
spec:
  replicas: ${1 + (i % 5)}
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
${podSpec(i, '      ')}
`;
    case 3:
      return `apiVersion: apps/v1
kind: StatefulSet
${meta(i, 'db')}
spec:
  serviceName: db-${i}
  selector:
    matchLabels: {app: db-${i}}
  template:
    metadata:
      labels: {app: db-${i}}
    spec:
${podSpec(i, '      ')}
`;
    case 4:
      return `apiVersion: batch/v1
kind: CronJob
${meta(i, 'report')}
spec:
  schedule: "${i % 60} 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
${podSpec(i, '          ')}
`;
    case 5:
      return `apiVersion: v1
kind: Service
${meta(i, 'web')}
spec:
  type: ${i % 15 === 5 ? 'NodePort' : 'ClusterIP'}
  selector: {app: web-${i}}
  ports:
    - port: 80
      targetPort: ${8000 + (i % 100)}
`;
    case 6:
      return `apiVersion: v1
kind: ConfigMap
${meta(i, 'settings')}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
  app.properties: |
    cache.size=${i % 1000}
    cache.ttl=60
`;
    case 7:
      return `apiVersion: networking.k8s.io/v1
kind: Ingress
${meta(i, 'web')}
spec:
  ingressClassName: nginx
  tls:
    - hosts: [web-${i}.example.com]
      secretName: web-${i}-tls
  rules:
    - host: web-${i}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web-${i}, port: {number: 80}}
`;
    case 8:
      return `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
${meta(i, 'reader')}
rules:
  - apiGroups: [""]
    resources: [${i % 20 === 8 ? '"*"' : 'pods, configmaps'}]
    verbs: [${i % 20 === 8 ? '"*"' : 'get, list, watch'}]
`;
    default:
      return `apiVersion: apps/v1
kind: DaemonSet
${meta(i, 'agent')}
spec:
  selector:
    matchLabels: {app: agent-${i}}
  template:
    metadata:
      labels: {app: agent-${i}}
    spec:
      hostNetwork: ${i % 20 === 9}
${podSpec(i, '      ')}
`;
  }
}

/** Writes `documents` objects as files of `perFile` documents each under dir; returns the bytes written. */
export function writeManifests(dir: string, documents: number, perFile = 10): number {
  let bytes = 0;
  for (let f = 0; f * perFile < documents; f++) {
    const sub = join(dir, `app-${f % 40}`, 'templates');
    mkdirSync(sub, { recursive: true });
    const docs: string[] = [];
    for (let i = f * perFile; i < Math.min(documents, (f + 1) * perFile); i++) docs.push(`# Source: app/templates/${i}.yaml\n${manifest(i)}`);
    const text = docs.join('---\n');
    writeFileSync(join(sub, `rendered-${f}.yaml`), text);
    bytes += text.length;
  }
  return bytes;
}
