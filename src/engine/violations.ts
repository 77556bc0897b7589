// Turns what a policy returned into findings. Policies report violations as `{msg, path, …}`
// (Palisade's contract); Conftest-style policies report bare strings. Both are accepted so users
// can bring existing policies. Pure: no I/O; `locate` is called only here, once per finding, so
// documents pay for source positions only when something is wrong. A finding outlives its
// document (it is kept until the report is written), so it must not hold on to the document's
// text or trees: the strings it keeps are its own (see Owned).

import type { Document, Route } from '../loaders/types.js';
import { CONFIDENCES, type Confidence, type Finding, type PolicyMeta } from './finding.js';
import { fingerprint } from './fingerprint.js';

export interface Violation {
  msg: string;
  path: Route;
  confidence?: Confidence;
  profile?: 'strict';
  details?: Record<string, unknown>;
}

// Fields of a violation the engine reads itself, so they are not repeated in `details`.
const OWN_FIELDS = new Set(['msg', 'message', 'path', 'confidence', 'profile']);

/** `spec.containers[0].image` / `["spec", "containers", 0]` / `/spec/containers/0` → a route. */
export function parseRoute(path: unknown): Route {
  if (Array.isArray(path)) {
    return path.filter((p) => typeof p === 'string' || typeof p === 'number') as Route;
  }
  if (typeof path !== 'string' || path === '') return [];
  if (path.startsWith('/')) {
    // JSON Pointer
    return path
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  }
  const route: Route = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/g;
  for (const m of path.matchAll(re)) {
    if (m[2] !== undefined) route.push(Number(m[2]));
    else route.push(m[1] ?? m[3] ?? m[4] ?? '');
  }
  return route;
}

/** Normalises one element of a policy's violation set; undefined when it carries no message. */
export function toViolation(v: unknown): Violation | undefined {
  if (typeof v === 'string') return { msg: v, path: [] };
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const msg = typeof o['msg'] === 'string' ? o['msg'] : typeof o['message'] === 'string' ? o['message'] : undefined;
  if (msg === undefined) return undefined;
  const details: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) if (!OWN_FIELDS.has(k)) details[k] = val;
  const out: Violation = { msg, path: parseRoute(o['path']), details: Object.keys(details).length ? details : undefined };
  if ((CONFIDENCES as readonly unknown[]).includes(o['confidence'])) out.confidence = o['confidence'] as Confidence;
  if (o['profile'] === 'strict') out.profile = 'strict';
  return out;
}

/**
 * The identity part of a route. Terraform plans list resources by position, which shifts when a
 * resource is added; the resource address is what stays put, so it replaces the index.
 */
function logicalRoute(doc: Document, route: Route, resource: string | undefined): Route {
  if (doc.kind === 'terraform-plan' && route[0] === 'resource_changes' && typeof route[1] === 'number' && resource) {
    return ['resource_changes', resource, ...route.slice(2)];
  }
  return route;
}

/**
 * Longest message and resource name a finding shows. Policies quote document values (names, keys,
 * images), which a repository controls: a 1 MB container name quoted by twenty findings would make
 * a 20 MB report and flood CI logs. Real names are far shorter (Kubernetes: 253 characters).
 */
export const MAX_MESSAGE_CHARS = 2000;
export const MAX_RESOURCE_CHARS = 512;

/** `s` cut to `max` characters (never inside a surrogate pair), saying how much was left out. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return `${s.slice(0, end)}… (${s.length - end} more characters)`;
}

/** Gives a string a finding may keep: a copy of its own characters, one per distinct value. */
export type Owned = (s: string) => string;

/**
 * A string pool for the findings of one document. V8 makes a slice of a long string a view that
 * keeps the whole string alive, and loaders hand out slices of the file's text (resource names);
 * measured on a 20 MB plan, 13,560 findings' resource names kept the whole plan text alive until
 * the report was written. A copy owns only its characters, and equal strings (the keys of
 * routes, a resource several policies report) share one.
 */
export function ownedStrings(): Owned {
  const copies = new Map<string, string>();
  return (s) => {
    let copy = copies.get(s);
    if (copy === undefined) {
      // structuredClone copies the characters exactly (lone surrogates included) into one flat string.
      copy = structuredClone(s);
      copies.set(s, copy);
    }
    return copy;
  };
}

export function toFinding(policy: PolicyMeta, doc: Document, v: Violation, own: Owned = ownedStrings()): Finding {
  const loc = doc.locate(v.path);
  const fullResource = doc.resourceAt?.(v.path) ?? doc.resource;
  const resource = fullResource === undefined ? undefined : own(clip(fullResource, MAX_RESOURCE_CHARS));
  const message = clip(v.msg, MAX_MESSAGE_CHARS);
  return {
    policy,
    // A clipped message is a slice of the policy's whole message: copied, so the rest is freed.
    message: message === v.msg ? message : structuredClone(message),
    file: own(loc.file),
    region: loc.region,
    route: v.path.map((k) => (typeof k === 'string' ? own(k) : k)),
    resource,
    confidence: v.confidence ?? policy.confidence ?? 'high',
    ...(v.profile === 'strict' || policy.profile === 'strict' ? { profile: 'strict' as const } : {}),
    details: v.details,
    // Keyed on the document's own path, not the resolved location: a plan finding shown on a
    // .tf line must keep its identity when the HCL is reformatted.
    fingerprint: fingerprint(policy.id, doc.path, logicalRoute(doc, v.path, fullResource), doc.kind === 'kubernetes' ? fullResource : undefined),
  };
}
