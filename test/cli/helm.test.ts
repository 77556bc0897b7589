// Helm charts as they are laid out in real repositories: the templates are never parsed as YAML
// (no parse errors, one notice per chart saying how to scan it), `--helm` renders with
// `helm template` and reports on the templates, and a rendered stream piped into
// `palisade scan -` reports on its `# Source:` templates.

import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { scan } from '../../src/scan/scan.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            privileged: {{ .Values.privileged }}
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;

// What `helm template web .` prints for that chart (values.yaml: privileged: true).
const RENDERED = `---
# Source: web/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: release-web
spec:
  ports:
    - port: 80
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-web
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: web
          image: "nginx:1.25"
          securityContext:
            privileged: true
`;

let repo: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'palisade-helm-'));
  put('.palisade.yaml', 'failOn: high\n');
  put('charts/web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
  put('charts/web/values.yaml', 'replicaCount: 1\nimage:\n  repository: nginx\n  tag: "1.25"\nprivileged: true\n');
  put('charts/web/templates/_helpers.tpl', '{{- define "web.fullname" -}}{{ .Release.Name }}-web{{- end }}\n');
  put('charts/web/templates/NOTES.txt', 'Visit {{ .Release.Name }}\n');
  put('charts/web/templates/deployment.yaml', DEPLOYMENT);
  put('charts/web/templates/service.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  ports:\n    - port: {{ .Values.port | default 80 }}\n');
  put('charts/web/charts/redis/Chart.yaml', 'apiVersion: v2\nname: redis\nversion: 1.0.0\n');
  put('charts/web/charts/redis/templates/sts.yaml', 'kind: StatefulSet\nmetadata:\n  name: {{ .Release.Name }}-redis\n');
  // A fake `helm` that prints what the real one renders for this chart, so the test needs no helm.
  put('bin/helm', `#!/bin/sh\n[ "$1" = template ] && [ "$2" = web ] || exit 3\ncat <<'EOF'\n${RENDERED}EOF\n`);
  chmodSync(join(repo, 'bin/helm'), 0o755);
});

const cwd = process.cwd();
const path = process.env['PATH'];
afterEach(() => {
  process.chdir(cwd);
  process.env['PATH'] = path;
});

describe('a Helm chart in a repository', () => {
  it('is not parsed as YAML: no parse error, one notice for the chart (its subchart included)', async () => {
    process.env['PATH'] = '/nonexistent';
    const r = await scan({ paths: [repo], builtin: true });
    expect(r.diagnostics.filter((d) => d.code === 'input_parse_error')).toEqual([]);
    const notices = r.diagnostics.filter((d) => d.code === 'input_unrendered');
    expect(notices.map((d) => [d.file, d.severity])).toEqual([['charts/web', 'note']]);
    expect(notices[0]!.fix).toContain('helm template charts/web | palisade scan -');
    expect(r.findings.filter((f) => f.file.includes('templates/'))).toEqual([]);
    const cli = await run('scan', repo, '--format', 'json');
    expect(cli.code).toBe(0);
  });

  it('--helm renders it with helm template and reports on the template lines', async () => {
    process.env['PATH'] = [join(repo, 'bin'), path].join(delimiter);
    const r = await scan({ paths: [repo], helm: true });
    expect(r.diagnostics.filter((d) => d.code === 'input_parse_error' || d.code === 'input_unrendered')).toEqual([]);
    const priv = r.findings.find((f) => f.policy.id === 'k8s/privileged-container')!;
    expect(priv.file).toBe('charts/web/templates/deployment.yaml');
    // `privileged:` is on line 15 of the template.
    expect(priv.region).toMatchObject({ startLine: 15, startColumn: 13 });
  });

  it('--helm without helm on PATH says so once per chart, as a notice', async () => {
    process.env['PATH'] = '/nonexistent';
    const r = await scan({ paths: [repo], helm: true });
    const notices = r.diagnostics.filter((d) => d.code === 'input_unrendered');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('not on PATH');
  });

  it('reads a rendered stream from standard input, with findings on the # Source: templates', async () => {
    process.chdir(join(repo, 'charts/web'));
    const r = await scan({ paths: ['-'], stdin: RENDERED });
    expect(r.diagnostics.filter((d) => (d.severity ?? 'error') === 'error')).toEqual([]);
    const priv = r.findings.find((f) => f.policy.id === 'k8s/privileged-container')!;
    expect(priv.file).toBe('charts/web/templates/deployment.yaml');
    expect(priv.region.startLine).toBe(15);
    // Every object had a # Source:, so nothing is reported on the stream itself.
    expect(new Set(r.findings.map((f) => f.file))).toEqual(new Set(['charts/web/templates/deployment.yaml']));
  });

  it('finds the chart of a piped stream by name when it is rendered from elsewhere', async () => {
    process.chdir(repo);
    const r = await scan({ paths: ['-'], stdin: RENDERED });
    const priv = r.findings.find((f) => f.policy.id === 'k8s/privileged-container')!;
    expect(priv.file).toBe('charts/web/templates/deployment.yaml');
    expect(priv.region.startLine).toBe(15);
  });
});
