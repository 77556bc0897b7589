// The finding: what the engine produces and every reporter, waiver and audit consumes. One shape
// for all output formats, so that `--format` never changes which findings exist or where they are.

import type { Region, Route } from '../loaders/types.js';

export type PolicySeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITY_ORDER: readonly PolicySeverity[] = ['info', 'low', 'medium', 'high', 'critical'];

/**
 * Which policies and findings a scan reports: `default` only what a maintainer of well-kept code
 * would act on, `strict` also the pedantic ones (zizmor's personas). Severity says how bad a
 * finding is; the profile says how sure and how actionable it is by default.
 */
export type Profile = 'default' | 'strict';
export const PROFILES: readonly Profile[] = ['default', 'strict'];

/** How likely a finding is to be a true positive (SARIF `precision`). */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** Policy metadata, from the policy's `# METADATA` block (validated at build time). */
export interface PolicyMeta {
  /** `<pack>/<kebab-name>`: folder, SARIF rule id, docs anchor and waiver key. Never renumbered. */
  id: string;
  title: string;
  severity: PolicySeverity;
  description: string;
  /** Markdown, with a before/after snippet. */
  remediation: string;
  /** Documentation for the control (docs anchor or upstream reference). */
  url?: string;
  tags: string[];
  /** e.g. { "cis-kubernetes": ["5.2.1"], "owasp-cicd": ["CICD-SEC-4"] } */
  frameworks: Record<string, string[]>;
  /** Ids of the same control in peers: { checkov: ["CKV_K8S_16"], trivy: ["KSV017"], kics: [...] }. */
  equivalents: Record<string, string[]>;
  /** Document kinds the policy applies to. */
  kinds: string[];
  /** `strict`: runs only in the strict profile. Absent = default. */
  profile?: Profile;
  /** The confidence of its findings unless a violation says otherwise. Absent = high. */
  confidence?: Confidence;
  /**
   * Reads `data.inventory`, the scan's Kubernetes objects: evaluated after every file is loaded
   * (docs/inventory.md), and only when the scan sees whole folders, not changed files alone.
   */
  inventory?: boolean;
}

export interface Finding {
  policy: PolicyMeta;
  message: string;
  /** Repo-relative path of the file the finding is in (the primary location). */
  file: string;
  region: Region;
  /** The route the policy reported, into the document's data. */
  route: Route;
  /** The resource concerned: `Deployment/prod/web`, `module.net.aws_security_group.x`, `jobs.build.steps[2]`. */
  resource?: string;
  /** From the violation's `confidence`, else the policy's, else high. */
  confidence: Confidence;
  /** `strict`: the violation (or its policy) belongs to the strict profile only. */
  profile?: 'strict';
  /** Extra fields the policy returned besides msg/path (kept for JSON output). */
  details?: Record<string, unknown>;
  /**
   * Stable identity across unrelated edits: a hash of policy id + file + logical route (not line
   * numbers or line text). SARIF partialFingerprints and waiver matching use it.
   */
  fingerprint: string;
  /** Set when a waiver or inline ignore applies: such findings are reported but never fail the run. */
  waived?: { by: 'waiver' | 'inline'; owner?: string; reason: string; expires?: string; waiverId?: string };
}
