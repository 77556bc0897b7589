// OPA-layout policy bundles (`bundle.tar.gz`): /policy.wasm, /data.json, /.manifest — the layout
// `opa build -t wasm` writes, so bundles flow both ways between Palisade and OPA tooling.
// Palisade's policy metadata travels in the manifest's free-form `metadata.palisade` field
// (the WebAssembly module itself holds no annotations). Bytes in, bytes out: the CLI does I/O.

import { gunzipSync, gzipSync } from 'node:zlib';
import { PalisadeError } from '../diagnostics.js';
import type { PolicyMeta } from '../engine/finding.js';
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
  /** Entrypoint per document kind evaluating all that kind's policies at once: kind → entrypoint. */
  kindEntrypoints: Record<string, string>;
  /** Content hash of the sources the bundle was built from (cache key). */
  sourceHash?: string;
}

export interface Bundle {
  wasm: Uint8Array;
  data: unknown;
  manifest: Manifest;
  /** Present when Palisade built the bundle. */
  palisade?: PalisadeBundleMeta;
}

const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export function writeBundle(bundle: Bundle): Uint8Array {
  const manifest: Manifest = { ...bundle.manifest };
  if (bundle.palisade) manifest.metadata = { ...(manifest.metadata ?? {}), palisade: bundle.palisade };
  const enc = new TextEncoder();
  const entries: TarEntry[] = [
    { name: '/data.json', data: enc.encode(JSON.stringify(bundle.data ?? {})) },
    { name: '/policy.wasm', data: bundle.wasm },
    { name: '/.manifest', data: enc.encode(JSON.stringify(manifest)) },
  ];
  // mtime 0 in gzip too, so identical inputs give identical bytes.
  return gzipSync(writeTar(entries), { level: 9 });
}

function bundleError(file: string, message: string, fix: string): PalisadeError {
  return new PalisadeError([{ file, line: 0, col: 0, code: 'bundle_error', message, fix }]);
}

/** Reads a `.tar.gz` bundle (Palisade's or `opa build -t wasm`'s). Throws PalisadeError(bundle_error). */
export function readBundle(bytes: Uint8Array, file: string): Bundle {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: MAX_BUNDLE_BYTES });
  } catch (e) {
    throw bundleError(file, `not a gzip-compressed tar archive (${(e as Error).message})`, 'pass a bundle written by `palisade build` or `opa build -t wasm`');
  }
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
    try {
      manifest = JSON.parse(dec.decode(rawManifest)) as Manifest;
    } catch (e) {
      throw bundleError(file, `/.manifest is not valid JSON (${(e as Error).message})`, 'rebuild the bundle');
    }
  }
  const modulePath = manifest.wasm?.[0]?.module ?? '/policy.wasm';
  const wasm = byName.get(modulePath);
  if (!wasm) {
    throw bundleError(file, `the bundle holds no WebAssembly module (${modulePath})`, 'build it with `palisade build` or `opa build -t wasm -e <entrypoint>`');
  }
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
  return { wasm, data, manifest, palisade: palisade?.version === 1 ? palisade : undefined };
}
