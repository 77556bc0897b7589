// The loader registry: one pure loader per document kind, chosen by the kind discovery assigned.
// Adding a kind means adding a loader here and a detection rule in src/discovery/kind.ts.

import type { InputFile } from './common/input.js';
import type { LoadOptions } from './common/options.js';
import { loadDockerfile } from './dockerfile/load.js';
import { loadAction, loadWorkflow } from './github/load.js';
import { loadJson } from './json/load.js';
import { loadKubernetes } from './kubernetes/load.js';
import { loadPackageJson } from './package-json/load.js';
import { loadTerraformPlan } from './terraform/plan.js';
import type { DocumentKind, LoadResult } from './types.js';
import { loadYaml } from './yaml/load.js';

export type Loader = (file: InputFile, opts?: LoadOptions) => LoadResult;

/** Every file kind has a loader except `repository`, which is built from the whole scan (repository/build.ts). */
export const LOADERS: Readonly<Record<Exclude<DocumentKind, 'repository'>, Loader>> = {
  'terraform-plan': loadTerraformPlan,
  kubernetes: loadKubernetes,
  'github-workflow': loadWorkflow,
  'github-action': loadAction,
  dockerfile: loadDockerfile,
  'package-json': loadPackageJson,
  json: loadJson,
  yaml: loadYaml,
};

export type { InputFile } from './common/input.js';
export type { LoadOptions } from './common/options.js';
export { DEFAULT_LIMITS } from './common/options.js';
export { buildRepository } from './repository/build.js';
export type { TerraformPlanDocument } from './terraform/plan.js';
