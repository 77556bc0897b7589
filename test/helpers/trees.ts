// Test helper: the input trees that whole-scan suites run on, the project's fixtures always and
// the corpora (../shared/corpora) when they are there (a user's clone has none).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPORA = join(ROOT, '..', 'shared', 'corpora');

export const corpus = (...p: string[]) => join(CORPORA, ...p);
const subdirs = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []);

/** Tree name → folder. Fixtures always; corpora when ../shared is there. */
export const TREES: Array<[string, string]> = [
  ['fixtures/sample-repo', join(ROOT, 'fixtures', 'sample-repo')],
  ['fixtures/loaders', join(ROOT, 'fixtures', 'loaders')],
  ...subdirs(corpus('real-repos')).map((d): [string, string] => [`corpora/real-repos/${d}`, corpus('real-repos', d)]),
  ...['terraform-plans', 'terraform-configs', 'k8s-polaris'].filter((d) => existsSync(corpus(d))).map((d): [string, string] => [`corpora/${d}`, corpus(d)]),
  ...subdirs(corpus('peer-labels')).map((d): [string, string] => [`corpora/peer-labels/${d}`, corpus('peer-labels', d)]),
];
