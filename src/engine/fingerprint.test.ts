import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeFilePath } from './fingerprint.js';

describe('fingerprint', () => {
  const base = fingerprint('k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged']);

  it('is a 32-digit hex string and deterministic', () => {
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprint('k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe(base);
  });

  it.each([
    ['policy id', fingerprint('k8s/host-network', 'deploy/web.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged'])],
    ['file', fingerprint('k8s/privileged-container', 'deploy/api.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged'])],
    ['route', fingerprint('k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', 1, 'securityContext', 'privileged'])],
    ['route key vs index', fingerprint('k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', '0', 'securityContext', 'privileged'])],
    ['resource', fingerprint('k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged'], 'Deployment/default/web')],
  ])('changes with the %s', (_what, other) => {
    expect(other).not.toBe(base);
  });

  it('is the SHA-256 of the canonical parts, as it always was (one-shot hashing changes nothing)', () => {
    const canonical = JSON.stringify(['palisade/v1', 'k8s/privileged-container', 'deploy/web.yaml', ['spec', 'containers', 0, 'securityContext', 'privileged'], null]);
    expect(base).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32));
  });

  it('is the same digest whether hashed in script (the first findings of a run) or natively (the rest)', () => {
    // Past the first few hundred fingerprints of a process, node:crypto takes over.
    for (let i = 0; i < 1200; i++) {
      const route = ['spec', 'containers', i, 'env', `NAME_${i}`, 'é'];
      const canonical = JSON.stringify(['palisade/v1', 'k8s/x', `deploy/${i}.yaml`, route, `Deployment/web${i}`]);
      expect(fingerprint('k8s/x', `deploy/${i}.yaml`, route, `Deployment/web${i}`)).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32));
    }
  });

  it('cannot be confused by separators inside parts', () => {
    expect(fingerprint('a/b', 'c', [])).not.toBe(fingerprint('a', 'b/c', []));
    expect(fingerprint('p', 'f', ['a.b'])).not.toBe(fingerprint('p', 'f', ['a', 'b']));
  });

  it('hashes the same path the same on every OS', () => {
    expect(fingerprint('p', 'deploy\\web.yaml', ['x'])).toBe(fingerprint('p', 'deploy/web.yaml', ['x']));
    expect(fingerprint('p', './deploy/web.yaml', ['x'])).toBe(fingerprint('p', 'deploy/web.yaml', ['x']));
    expect(normalizeFilePath('.//a//b')).toBe('a/b');
  });
});
