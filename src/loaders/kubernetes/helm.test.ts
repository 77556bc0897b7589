import { describe, expect, it } from 'vitest';
import { chartName, chartOfTemplate, locateInTemplate, sourceUnderChart } from './helm.js';

const TEMPLATE = `spec:
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;

describe('Helm templates', () => {
  it('finds a chart folder from a template path, only when it holds Chart.yaml', () => {
    const charts = new Set(['deploy/web', 'deploy/web/charts/redis']);
    expect(chartOfTemplate('deploy/web/templates/x.yaml', (d) => charts.has(d))).toBe('deploy/web');
    expect(chartOfTemplate('deploy/web/charts/redis/templates/a/b.yaml', (d) => charts.has(d))).toBe('deploy/web/charts/redis');
    expect(chartOfTemplate('app/templates/x.yaml', (d) => charts.has(d))).toBeUndefined();
  });

  it('reads the chart name, and maps # Source: paths under the chart folder', () => {
    expect(chartName('apiVersion: v2\nname: web\n')).toBe('web');
    expect(chartName('{{ broken')).toBeUndefined();
    expect(sourceUnderChart('web/templates/x.yaml', 'web', 'deploy/web')).toBe('deploy/web/templates/x.yaml');
    expect(sourceUnderChart('web/charts/redis/templates/x.yaml', 'web', '')).toBe('charts/redis/templates/x.yaml');
    expect(sourceUnderChart('other/templates/x.yaml', 'web', 'deploy/web')).toBeUndefined();
    expect(sourceUnderChart('web/../../etc/passwd', 'web', 'deploy/web')).toBeUndefined();
  });

  it('locates a route key by key; a key the template makes through an expression is approximate', () => {
    expect(locateInTemplate('t.yaml', TEMPLATE, ['spec', 'template', 'spec', 'containers', 0, 'name'])).toEqual({
      file: 't.yaml',
      region: { startLine: 5, startColumn: 11, endLine: 5, endColumn: 34 },
    });
    const deep = locateInTemplate('t.yaml', TEMPLATE, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged']);
    expect(deep.region.startLine).toBe(7);
    expect(deep.approximate).toEqual({ resolved: ['spec', 'template', 'spec', 'containers', 0, 'securityContext'] });
    expect(locateInTemplate('t.yaml', undefined, ['spec']).region.startLine).toBe(1);
  });
});
