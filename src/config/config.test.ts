import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, parseConfigYaml } from './config.js';

describe('parseConfig', () => {
  it('accepts a complete configuration', () => {
    const { config, diagnostics } = parseConfig(
      [
        'failOn: high',
        'ignore: ["vendor/**"]',
        'policies:',
        '  builtin: false',
        '  paths: [./policy]',
        '  exclude: ["k8s/*"]',
        '  severity: {"dockerfile/missing-healthcheck": info}',
        'waivers: .palisade/waivers.yaml',
        'limits: {maxFileBytes: 1000, policySteps: 5000000, policyMemoryMB: 512}',
      ].join('\n'),
      '.palisade.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(config.failOn).toBe('high');
    expect(config.policies).toEqual({ builtin: false, paths: ['./policy'], exclude: ['k8s/*'], severity: { 'dockerfile/missing-healthcheck': 'info' } });
    expect(config.waivers).toBe('.palisade/waivers.yaml');
    expect(config.limits).toEqual({ maxFileBytes: 1000, policySteps: 5000000, policyMemoryMB: 512 });
  });

  it('rejects policy budgets out of range', () => {
    const { diagnostics } = parseConfig('limits:\n  policySteps: -1\n  policyMemoryMB: 9000\n', 'c.yaml');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'limits.policySteps must be >= 0'],
      [3, 'limits.policyMemoryMB must be <= 4096'],
    ]);
  });

  it('defaults an empty file', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({ config: DEFAULT_CONFIG, diagnostics: [] });
  });

  it('points at an unknown setting with line and column', () => {
    const { diagnostics } = parseConfig('failOn: high\npolicies:\n  bultin: true\n', 'c.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'c.yaml', line: 3, col: 3, code: 'config_error', message: 'unknown setting policies.bultin' });
    expect(diagnostics[0]!.fix).toBeTruthy();
  });

  it('names the allowed values of a bad severity', () => {
    const { diagnostics } = parseConfig('failOn: severe\n', 'c.yaml');
    expect(diagnostics[0]!.message).toMatch(/failOn must be equal to one of the allowed values \(critical, high, medium, low, info\)/);
    expect(diagnostics[0]).toMatchObject({ line: 1, col: 9 });
  });

  it('reports YAML syntax errors and duplicate keys', () => {
    expect(parseConfig('failOn: [high\n', 'c.yaml').diagnostics[0]!.code).toBe('config_error');
    expect(parseConfig('failOn: high\nfailOn: low\n', 'c.yaml').diagnostics[0]!.line).toBe(2);
  });
});

describe('parseConfig through the fast YAML front end', () => {
  // Each text either takes the fast path or falls back to `yaml`: the result must not tell.
  const texts = [
    '# comment\nfailOn: low\n',
    'failOn: high\nprofile: strict\nignore:\n  - vendor/**\n  - "**/*.tmp"\npolicies:\n  builtin: true\n  paths: [./policy, "other"]\n  exclude:\n    - k8s/*\n  severity:\n    k8s/run-as-root: info\nwaivers: .palisade/waivers.yaml\nlimits:\n  maxFileBytes: 1000\n  policyTimeMs: 250\n',
    "failOn: 'medium'  # trailing comment\n",
    'policies: {builtin: false, paths: [a, b], exclude: []}\n',
    'limits: {maxDepth: 64, maxAliasCount: 0}\n',
    'failOn: high\r\nprofile: default\r\n',
    'failOn: &s high\nprofile: default\n',
    '---\nfailOn: low\n',
    'failOn: low\n---\nfailOn: high\n',
    '---\n',
    '# only a comment\n',
    'failOn: ~\n',
    'failOn: yes\n',
    'failOn: 1\n',
    'ignore: vendor\n',
    'ignore: ["[z-a]"]\n',
    'policies:\n  exclude: ["k8s/[b-a]"]\n',
    'failOn: high\nfailOn: low\n',
    'failOn: |\n  high\n',
    'limits:\n  maxFileBytes: 0x10\n',
    'limits:\n  maxFileBytes: 1e3\n',
    'unknown: 1\n',
    '- failOn\n',
    'failOn: high\n  bad: indent\n',
    '"failOn": "critical"\n',
  ];
  it('gives what the `yaml` path gives, configuration and diagnostics', () => {
    for (const text of texts) expect({ text, ...parseConfig(text, 'c.yaml') }).toEqual({ text, ...parseConfigYaml(text, 'c.yaml') });
  });
});
