// The waiver model shared by the parser, the matcher and the audit. Owns the shapes only.

/** One entry of `.palisade/waivers.yaml`, validated. */
export interface Waiver {
  /** Stable id (e.g. `W-2025-014`), what findings and audits refer to. */
  id: string;
  /** A policy id or a glob over ids (`k8s/*`). */
  policy: string;
  /** A glob over repo-relative file paths (`deploy/**`). */
  path: string;
  /** A resource name or glob (`Deployment/prod/*`); when set, findings without that resource do not match. */
  resource?: string;
  /** Exactly one finding (its fingerprint); when set, nothing else matches. */
  fingerprint?: string;
  /** An email address or a `@team` handle: someone to ask before the expiry. */
  owner: string;
  reason: string;
  /** `YYYY-MM-DD`, inclusive: the waiver still applies on that day (UTC). */
  expires: string;
  ticket?: string;
  /** Where the entry is in the waiver file, for diagnostics. */
  source: { file: string; line: number; col: number };
}

/** Which findings each waiver matched in one scan (every waiver appears, with no fingerprints when unused). */
export interface WaiverMatch {
  waiverId: string;
  /** Fingerprints of the findings it matched (whether or not it was still in force). */
  fingerprints: string[];
  /** True when the waiver had expired, so it matched but did not waive. */
  expired: boolean;
}
