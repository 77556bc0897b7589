import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PalisadeError } from '../diagnostics.js';
import { readBundle, readBundleTar, writeBundle, writeBundleTar } from './bundle.js';
import { readTar, writeTar } from './tar.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** Rewrites one header's type flag and fixes its checksum, to forge hostile archives. */
function withType(tar: Uint8Array, type: string): Uint8Array {
  const t = tar.slice();
  t[156] = type.charCodeAt(0);
  t.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += t[i]!;
  t.set(enc(sum.toString(8).padStart(6, '0') + '\0 '), 148);
  return t;
}

describe('tar', () => {
  it('round-trips entries, including long names', () => {
    const long = '/' + 'd'.repeat(80) + '/' + 'f'.repeat(60) + '.json';
    const tar = writeTar([
      { name: '/a.txt', data: enc('hello') },
      { name: long, data: enc('{}') },
      { name: 'empty', data: new Uint8Array() },
    ]);
    const out = readTar(tar);
    expect(out.map((e) => e.name)).toEqual(['/a.txt', long, '/empty']);
    expect(new TextDecoder().decode(out[0]!.data)).toBe('hello');
  });

  it('rejects entries that escape the bundle root', () => {
    expect(() => readTar(writeTar([{ name: '../../etc/passwd', data: enc('x') }]))).toThrow(/escapes the bundle root/);
    expect(() => readTar(writeTar([{ name: '/a/../../b', data: enc('x') }]))).toThrow(/escapes the bundle root/);
  });

  it('rejects links', () => {
    expect(() => readTar(withType(writeTar([{ name: '/l', data: new Uint8Array() }]), '2'))).toThrow(/is a link/);
  });

  it('rejects corrupt and truncated archives', () => {
    const tar = writeTar([{ name: '/a', data: enc('x'.repeat(2000)) }]);
    const bad = tar.slice();
    bad[0] = 0x41;
    expect(() => readTar(bad)).toThrow(/checksum/);
    expect(() => readTar(tar.subarray(0, 1024))).toThrow(/truncated/);
  });

  it('enforces an expansion limit', () => {
    const tar = writeTar([{ name: '/a', data: new Uint8Array(4096) }]);
    expect(() => readTar(tar, { maxBytes: 1000 })).toThrow(/expands beyond/);
  });
});

describe('bundle', () => {
  const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

  it('writes the OPA layout and reads it back with Palisade metadata', () => {
    const bytes = writeBundle({
      wasm,
      data: { x: 1 },
      manifest: { revision: '', roots: [''], wasm: [{ entrypoint: 'a/b', module: '/policy.wasm' }], rego_version: 1 },
      palisade: { version: 1, policies: [], kindEntrypoints: { kubernetes: 'palisade/kinds/kubernetes' } },
    });
    const files = readTar(gunzipSync(bytes)).map((e) => e.name);
    expect(files.sort()).toEqual(['/.manifest', '/data.json', '/policy.wasm']);
    const b = readBundle(bytes, 'b.tar.gz');
    expect(b.wasm).toEqual(wasm);
    expect(b.data).toEqual({ x: 1 });
    expect(b.palisade?.kindEntrypoints).toEqual({ kubernetes: 'palisade/kinds/kubernetes' });
  });

  it('writes the manifest as ASCII JSON and reads the same text back', () => {
    const title = 'dashes — ellipses … emoji 😀, separators \u2028 and controls \u007f\u0080';
    const palisade = { version: 1 as const, policies: [{ id: 'a/b', title, severity: 'low' as const, kinds: ['kubernetes'], entrypoint: 'a/b/violation' }], kindEntrypoints: {} };
    const tar = writeBundleTar({ wasm, data: {}, manifest: { revision: '', roots: [''] }, palisade });
    const manifest = readTar(tar).find((e) => e.name === '/.manifest')!.data;
    expect(manifest.every((b) => b < 0x80)).toBe(true);
    expect(readBundleTar(tar, 'b.tar').palisade?.policies[0]?.title).toBe(title);
  });

  it('is reproducible byte for byte', () => {
    const make = () => writeBundle({ wasm, data: {}, manifest: { revision: '', roots: [''] } });
    expect(make()).toEqual(make());
  });

  it('reads a bundle laid out as opa build writes it (no Palisade metadata)', () => {
    const manifest = { revision: '', roots: [''], wasm: [{ entrypoint: 'example/allow', module: '/policy.wasm' }] };
    const tar = writeTar([
      { name: '/data.json', data: enc('{}') },
      { name: '/example/policy.rego', data: enc('package example') },
      { name: '/policy.wasm', data: wasm },
      { name: '/.manifest', data: enc(JSON.stringify(manifest)) },
    ]);
    const b = readBundle(gzipSync(tar), 'opa.tar.gz');
    expect(b.palisade).toBeUndefined();
    expect(b.manifest.wasm?.[0]?.entrypoint).toBe('example/allow');
  });

  it('reports unreadable bundles as bundle_error diagnostics', () => {
    const attempt = (bytes: Uint8Array) => {
      try {
        readBundle(bytes, 'x.tar.gz');
      } catch (e) {
        return e as PalisadeError;
      }
      throw new Error('expected an error');
    };
    expect(attempt(enc('not gzip')).diagnostics[0]!.code).toBe('bundle_error');
    expect(attempt(gzipSync(writeTar([{ name: '/data.json', data: enc('{}') }]))).message).toMatch(/no WebAssembly module/);
  });

  it('carries the input keys of entrypoints, and rejects malformed ones', () => {
    const palisade = { version: 1 as const, policies: [], kindEntrypoints: {}, inputKeys: { 'palisade/kinds/terraform_plan': ['configuration', 'resource_changes'] } };
    const manifest = { revision: '', roots: [''] };
    expect(readBundle(writeBundle({ wasm, data: {}, manifest, palisade }), 'b.tar.gz').palisade?.inputKeys).toEqual(palisade.inputKeys);
    for (const inputKeys of [['a'], { 'a/b': 'a' }, { 'a/b': [1] }]) {
      const bad = { ...palisade, inputKeys } as unknown as typeof palisade;
      expect(() => readBundle(writeBundle({ wasm, data: {}, manifest, palisade: bad }), 'b.tar.gz'), JSON.stringify(inputKeys)).toThrow(/`inputKeys` must map entrypoints/);
    }
  });
});
