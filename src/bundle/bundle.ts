// OPA-layout policy bundles (`bundle.tar.gz`): /policy.wasm, /data.json, /.manifest — the layout
// `opa build -t wasm` writes, so bundles flow both ways between Palisade and OPA tooling.
// Palisade's policy metadata travels in the manifest's free-form `metadata.palisade` field
// (the WebAssembly module itself holds no annotations). Bytes in, bytes out: the CLI does I/O.

import { PalisadeError } from '../diagnostics.js';
import type { PolicyMeta } from '../engine/finding.js';
import { nodeZlib } from '../lazy-node.js';
import { readTar, TarError, writeTar, type TarEntry } from './tar.js';

export interface WasmModuleRef {
  entrypoint: string;
  module: string;
}

export interface Manifest {
  revision: string;
  roots: string[];
  wasm?: WasmModuleRef[];
  rego_version?: number;
  metadata?: Record<string, unknown>;
}

/** What Palisade records about the policies in a bundle it built. */
export interface PalisadeBundleMeta {
  version: 1;
  policies: Array<PolicyMeta & { entrypoint: string }>;
  /**
   * Entrypoint per document kind evaluating all that kind's policies at once: kind → entrypoint.
   * Policies that read `data.inventory` are in a separate one, under the key inventoryKey(kind).
   */
  kindEntrypoints: Record<string, string>;
  /** Content hash of the sources the bundle was built from (cache key). */
  sourceHash?: string;
  /**
   * Entrypoint → the only top-level input keys the code it reaches can read (the compiler's
   * analysis, src/rego/plan/input-keys.ts); the engine may leave every other member of a JSON
   * document out of the module's input. An entrypoint not listed gets the whole input.
   */
  inputKeys?: Record<string, string[]>;
}

/** The kindEntrypoints key of a kind's aggregate of inventory policies. */
export const inventoryKey = (kind: string) => `inventory:${kind}`;

export interface Bundle {
  wasm: Uint8Array;
  data: unknown;
  manifest: Manifest;
  /** Present when Palisade built the bundle. */
  palisade?: PalisadeBundleMeta;
  /**
   * The module's compilation (a WebAssembly.Module), when its reader started it as soon as the
   * bytes were read: compiling then runs on V8's background threads while the scan reads its
   * configuration and walks, instead of after. The engine compiles `wasm` when this is absent.
   */
  compiled?: Promise<object>;
}

const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export function writeBundle(bundle: Bundle): Uint8Array {
  // mtime 0 in gzip too, so identical inputs give identical bytes.
  return nodeZlib().gzipSync(writeBundleTar(bundle), { level: 9 });
}

/** The bundle's uncompressed tar (what writeBundle compresses); readBundleTar reads it. */
export function writeBundleTar(bundle: Bundle): Uint8Array {
  const manifest: Manifest = { ...bundle.manifest };
  if (bundle.palisade) manifest.metadata = { ...(manifest.metadata ?? {}), palisade: bundle.palisade };
  const enc = new TextEncoder();
  const entries: TarEntry[] = [
    { name: '/data.json', data: enc.encode(JSON.stringify(bundle.data ?? {})) },
    { name: '/policy.wasm', data: bundle.wasm },
    { name: '/.manifest', data: enc.encode(asciiJson(manifest)) },
  ];
  return writeTar(entries);
}

// The manifest carries every policy's prose (dashes, ellipses): written as pure ASCII JSON (the
// same values), every scan decodes and parses it as one-byte text, which is quicker.
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function bundleError(file: string, message: string, fix: string): PalisadeError {
  return new PalisadeError([{ file, line: 0, col: 0, code: 'bundle_error', message, fix }]);
}

/** Reads a `.tar.gz` bundle (Palisade's or `opa build -t wasm`'s). Throws PalisadeError(bundle_error). */
export function readBundle(bytes: Uint8Array, file: string): Bundle {
  let tar: Uint8Array;
  try {
    tar = nodeZlib().gunzipSync(bytes, { maxOutputLength: MAX_BUNDLE_BYTES });
  } catch (e) {
    throw bundleError(file, `not a gzip-compressed tar archive (${(e as Error).message})`, 'pass a bundle written by `palisade build` or `opa build -t wasm`');
  }
  return readBundleTar(tar, file);
}

/**
 * Reads a bundle's uncompressed tar (writeBundleTar's). Throws PalisadeError(bundle_error).
 * `validate: false` is for a bundle this installation built itself, whose module compiled and
 * whose metadata was checked when it was written: validating the module (a pass over 1 MB) and
 * 300 policies' metadata again is a share of every run's start-up. Compiling the module still
 * checks it (Engine.load).
 */
export function readBundleTar(tar: Uint8Array, file: string, { validate = true }: { validate?: boolean } = {}): Bundle {
  let entries: TarEntry[];
  try {
    entries = readTar(tar, { maxBytes: MAX_BUNDLE_BYTES });
  } catch (e) {
    if (e instanceof TarError) throw bundleError(file, e.message, 'rebuild the bundle; do not edit it by hand');
    throw e;
  }
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const dec = new TextDecoder();
  let manifest: Manifest = { revision: '', roots: [''] };
  const rawManifest = byName.get('/.manifest');
  if (rawManifest) {
    let raw: unknown;
    try {
      raw = JSON.parse(dec.decode(rawManifest));
    } catch (e) {
      throw bundleError(file, `/.manifest is not valid JSON (${(e as Error).message})`, 'rebuild the bundle');
    }
    const problem = manifestProblem(raw);
    if (problem) throw bundleError(file, `/.manifest ${problem}`, 'rebuild the bundle with `palisade build` or `opa build -t wasm`; do not edit the manifest by hand');
    manifest = raw as Manifest;
  }
  const modulePath = manifest.wasm?.[0]?.module ?? '/policy.wasm';
  const wasm = byName.get(modulePath);
  if (!wasm) {
    throw bundleError(file, `the bundle holds no WebAssembly module (${modulePath})`, 'build it with `palisade build` or `opa build -t wasm -e <entrypoint>`');
  }
  if (validate) checkWasm(wasm, file, modulePath);
  let data: unknown = {};
  const rawData = byName.get('/data.json');
  if (rawData && rawData.length > 0) {
    try {
      data = JSON.parse(dec.decode(rawData));
    } catch (e) {
      throw bundleError(file, `/data.json is not valid JSON (${(e as Error).message})`, 'fix or remove /data.json in the bundle');
    }
  }
  const palisade = manifest.metadata?.['palisade'] as PalisadeBundleMeta | undefined;
  if (palisade?.version !== 1) return { wasm, data, manifest };
  const problem = validate ? palisadeMetaProblem(palisade) : undefined;
  if (problem) throw bundleError(file, `/.manifest metadata.palisade ${problem}`, 'rebuild the bundle with `palisade build`; do not edit its metadata by hand');
  return { wasm, data, manifest, palisade: withDefaults(palisade) };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

/** What is wrong with a manifest's shape (the fields Palisade reads), or undefined. */
function manifestProblem(m: unknown): string | undefined {
  if (!isObject(m)) return `must be a JSON object, not ${m === null ? 'null' : Array.isArray(m) ? 'an array' : typeof m}`;
  if (m['roots'] !== undefined && !isStrings(m['roots'])) return '`roots` must be a list of strings';
  if (m['wasm'] !== undefined && !(Array.isArray(m['wasm']) && m['wasm'].every((w) => isObject(w) && typeof w['entrypoint'] === 'string' && typeof w['module'] === 'string'))) {
    return '`wasm` must be a list of {entrypoint, module} strings';
  }
  if (m['metadata'] !== undefined && !isObject(m['metadata'])) return '`metadata` must be an object';
  return undefined;
}

/** What is wrong with Palisade's own metadata, or undefined: a policy that cannot say which documents it reads would silently never run. */
function palisadeMetaProblem(p: PalisadeBundleMeta): string | undefined {
  const raw = p as unknown as Record<string, unknown>;
  if (!Array.isArray(raw['policies'])) return '`policies` must be a list';
  if (!isObject(raw['kindEntrypoints']) || !Object.values(raw['kindEntrypoints']).every((v) => typeof v === 'string')) return '`kindEntrypoints` must map kinds to entrypoint strings';
  // Keys that are wrong would hide input from a policy: malformed ones reject the bundle.
  if (raw['inputKeys'] !== undefined && !(isObject(raw['inputKeys']) && Object.values(raw['inputKeys']).every(isStrings))) return '`inputKeys` must map entrypoints to lists of input keys';
  for (const [i, pol] of (raw['policies'] as unknown[]).entries()) {
    if (!isObject(pol)) return `policies[${i}] must be an object`;
    for (const f of ['id', 'title', 'entrypoint'] as const) if (typeof pol[f] !== 'string' || pol[f] === '') return `policies[${i}] has no \`${f}\` string`;
    if (!SEVERITIES.includes(pol['severity'] as string)) return `policies[${i}] (${pol['id']}) has severity ${JSON.stringify(pol['severity'])}, not one of ${SEVERITIES.join(', ')}`;
    if (!isStrings(pol['kinds'])) return `policies[${i}] (${pol['id']}) \`kinds\` must be a list of document kinds, not ${JSON.stringify(pol['kinds'])}`;
    for (const f of ['description', 'remediation', 'url'] as const) if (pol[f] !== undefined && typeof pol[f] !== 'string') return `policies[${i}] (${pol['id']}) \`${f}\` must be a string`;
    if (pol['tags'] !== undefined && !isStrings(pol['tags'])) return `policies[${i}] (${pol['id']}) \`tags\` must be a list of strings`;
  }
  return undefined;
}

function withDefaults(p: PalisadeBundleMeta): PalisadeBundleMeta {
  const defaults = { description: '', remediation: '', tags: [], frameworks: {}, equivalents: {} };
  return { ...p, policies: p.policies.map((pol) => Object.assign({}, defaults, pol)) };
}

/** A module that is not WebAssembly at all is a bundle error here, not a crash in the engine. */
export function checkWasm(wasm: Uint8Array, file: string, what = 'the module'): void {
  if (!(globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean } }).WebAssembly.validate(wasm)) {
    throw bundleError(file, `${what} is not a valid WebAssembly module`, 'pass a module built by `palisade build` or `opa build -t wasm`');
  }
}
