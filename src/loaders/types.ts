// The document contract between loaders (which read files) and everything after them (engine,
// reporters, waivers). A loader turns one file into zero or more documents plus diagnostics, and
// never throws on bad input: a broken file becomes a diagnostic naming file:line:col and a fix.

import type { Diagnostic } from '../diagnostics.js';

export type DocumentKind =
  | 'terraform-plan'
  | 'kubernetes'
  | 'github-workflow'
  | 'github-action'
  | 'dockerfile'
  | 'package-json'
  | 'repository'
  | 'json'
  | 'yaml';

/** A route into a document's data: object keys and array indices, as policies report in `path`. */
export type Route = Array<string | number>;

/** 1-based, inclusive start, exclusive end column (SARIF convention: endColumn is one past the last character). */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Location {
  /** Repo-relative path, with forward slashes, of the file the region is in. */
  file: string;
  region: Region;
  /** Set when the route did not exist and the region is that of its nearest existing ancestor. */
  approximate?: { resolved: Route };
}

/** An inline suppression comment such as `# palisade:ignore k8s/privileged-container reason`. */
export interface InlineIgnore {
  policyId: string;
  reason: string;
  /** The lines the comment covers (its own line and the next non-comment line), 1-based. */
  lines: { start: number; end: number };
  /** Where the comment itself is, for audits. */
  region: Region;
  /**
   * Repo-relative file the comment (and `lines`) is in, when it is not the document's own file:
   * a Terraform plan's ignores come from the .tf sources beside it. Absent means `Document.path`.
   */
  file?: string;
}

/** One top-level member of a JSON object: its decoded key and its value's byte range [start, end). */
export interface JsonMember {
  key: string;
  start: number;
  end: number;
}

export interface Document {
  kind: DocumentKind;
  /** Repo-relative path of the file this document came from. */
  path: string;
  /** Index of this document within its file (multi-document YAML), 0 otherwise. */
  index: number;
  /** What policies see as `input`. Plain JSON data. */
  data: unknown;
  /**
   * The UTF-8 JSON text `data` was parsed from, when the loader has it as read: the engine hands
   * it to policies as is, instead of serializing `data` again (for a large plan, as costly as
   * parsing it).
   */
  json?: Uint8Array;
  /**
   * The top-level members of `json` when it is an object, in document order (a duplicate key
   * appears each time; the last one is the value): each value's byte range [start, end) in `json`.
   * Known from the loader's validation pass, so a consumer can hand on only the members it needs.
   */
  jsonMembers?(): JsonMember[];
  /** Resolves a route to a source span; computed lazily, only for findings. */
  locate(route: Route): Location;
  /** A human name for what the document describes: `Deployment/default/web`, `aws_s3_bucket.logs`, `workflow ci.yml`. */
  resource?: string;
  /** Resource name for a route inside the document, when finer-grained (Terraform address, job/step). */
  resourceAt?(route: Route): string | undefined;
  /** Provenance, e.g. Helm's `# Source: chart/templates/x.yaml`. */
  source?: string;
  ignores: InlineIgnore[];
}

export interface LoadResult {
  documents: Document[];
  diagnostics: Diagnostic[];
}
