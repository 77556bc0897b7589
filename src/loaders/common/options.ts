// The safety limits and switches every loader honours, with their defaults in one place so that
// docs, config and tests agree. Must not read configuration files: the CLI maps config onto this.

export interface LoadOptions {
  /** Largest file, in bytes, accepted for YAML, Dockerfile, package.json and generic JSON. */
  maxBytes?: number;
  /** Largest Terraform plan, in bytes (plans of real estates are big and machine-written). */
  maxPlanBytes?: number;
  /** Deepest nesting of arrays/objects accepted in JSON and YAML. */
  maxDepth?: number;
  /** YAML alias expansions allowed per document (the `yaml` package's maxAliasCount; billion laughs). */
  maxAliasCount?: number;
  /**
   * JSON files up to this size are scanned for duplicate keys (JSON.parse silently keeps the last).
   * Larger ones (plans written by Terraform, which cannot emit duplicates) skip that scan to stay fast.
   */
  duplicateKeyScanMaxBytes?: number;
  /** Cap on `files` in the repository document. */
  maxRepositoryFiles?: number;
  /** Terraform sources beside a plan: repo-relative path → text. The caller reads them; loaders never touch the disk. */
  terraformSources?: ReadonlyMap<string, string>;
}

export const DEFAULT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxPlanBytes: 512 * 1024 * 1024,
  maxDepth: 256,
  maxAliasCount: 100,
  duplicateKeyScanMaxBytes: 16 * 1024 * 1024,
  maxRepositoryFiles: 50_000,
} as const;

export type Limits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

export function limits(opts: LoadOptions | undefined): Limits {
  return {
    maxBytes: opts?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxPlanBytes: opts?.maxPlanBytes ?? DEFAULT_LIMITS.maxPlanBytes,
    maxDepth: opts?.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxAliasCount: opts?.maxAliasCount ?? DEFAULT_LIMITS.maxAliasCount,
    duplicateKeyScanMaxBytes: opts?.duplicateKeyScanMaxBytes ?? DEFAULT_LIMITS.duplicateKeyScanMaxBytes,
    maxRepositoryFiles: opts?.maxRepositoryFiles ?? DEFAULT_LIMITS.maxRepositoryFiles,
  };
}
