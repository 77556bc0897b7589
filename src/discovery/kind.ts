// Which kind of input a file is, by name and path first and by content when the name is not
// enough (.json and .yaml files). Sniffing looks at the head of the file only, so discovery stays
// cheap; the loaders verify (a JSON sniffed as a plan that is not one loads as plain JSON, with a
// warning). Must not read files: callers pass the head.

import type { DocumentKind } from '../loaders/types.js';

/** What discovery finds: a document kind, or Terraform source kept for mapping plans to .tf lines. */
export type FileKind = DocumentKind | 'terraform-source';

/** Bytes of a file's head read for sniffing. */
export const SNIFF_BYTES = 64 * 1024;

export type NameVerdict = { kind: FileKind } | { sniff: 'json' | 'yaml' } | undefined;

export function kindByName(path: string): NameVerdict {
  // A file's path never ends in a slash: its name is what follows the last one (posix.basename,
  // a character loop in JavaScript, was a visible share of walking a 20,000-file tree).
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (base === 'Dockerfile' || base.startsWith('Dockerfile.') || lower.endsWith('.dockerfile') || base === 'Containerfile' || base.startsWith('Containerfile.')) {
    return { kind: 'dockerfile' };
  }
  if (base === 'package.json') return { kind: 'package-json' };
  if (lower.endsWith('.tf') || lower.endsWith('.tf.json')) return { kind: 'terraform-source' };
  const yaml = lower.endsWith('.yml') || lower.endsWith('.yaml');
  if (yaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return { kind: 'github-workflow' };
  if (lower === 'action.yml' || lower === 'action.yaml') return { kind: 'github-action' };
  if (yaml) return { sniff: 'yaml' };
  if (lower.endsWith('.json')) return { sniff: 'json' };
  return undefined;
}

/** Kind of a .json / .yaml file from its head. */
export function kindByContent(sniff: 'json' | 'yaml', head: string): DocumentKind {
  if (sniff === 'json') {
    if (head.includes('"format_version"') && (head.includes('"terraform_version"') || head.includes('"planned_values"') || head.includes('"resource_changes"'))) {
      return 'terraform-plan';
    }
    if (/^\s*\{/.test(head) && /"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return 'kubernetes';
    return 'json';
  }
  // Top-level (column 0) keys, in any document of the stream; Helm output starts with comments.
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) return 'kubernetes';
  return 'yaml';
}

export const SUPPORTED =
  'Terraform plan JSON, Kubernetes YAML, GitHub workflows (.github/workflows/*.yml) and actions (action.yml), Dockerfiles, package.json, and other .json/.yaml files';
