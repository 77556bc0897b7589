// A minimal, defensive ustar reader and writer: enough for OPA-layout bundles (`bundle.tar.gz`
// with /policy.wasm, /data.json, /.manifest). Bytes in, bytes out; no file-system access, so a
// hostile archive can never write outside anything — entries whose names escape the bundle root
// (`..`, absolute paths after normalisation, links) are rejected with a clear error.

const BLOCK = 512;

export interface TarEntry {
  /** Normalised path, always starting with `/` (OPA's convention inside bundles). */
  name: string;
  data: Uint8Array;
}

export class TarError extends Error {}

function writeString(buf: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length > length) throw new TarError(`tar: field too long: ${value}`);
  buf.set(bytes, offset);
}

function writeOctal(buf: Uint8Array, offset: number, length: number, value: number): void {
  writeString(buf, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function header(name: string, size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  let prefix = '';
  let base = name;
  if (new TextEncoder().encode(name).length > 100) {
    const cut = name.lastIndexOf('/', 154);
    if (cut <= 0) throw new TarError(`tar: path too long: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  writeString(h, 0, 100, base);
  writeOctal(h, 100, 8, 0o644);
  writeOctal(h, 108, 8, 0);
  writeOctal(h, 116, 8, 0);
  writeOctal(h, 124, 12, size);
  // A fixed mtime keeps bundles byte-for-byte reproducible.
  writeOctal(h, 136, 12, 0);
  h.fill(0x20, 148, 156);
  h[156] = 0x30; // '0': regular file
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  writeString(h, 345, 155, prefix);
  let sum = 0;
  for (const b of h) sum += b;
  writeString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** Serialises entries (names with or without a leading `/`) into an uncompressed tar. */
export function writeTar(entries: TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const e of entries) {
    // OPA writes names with a leading slash; tar tools accept it.
    const h = header(e.name.startsWith('/') ? e.name : `/${e.name}`, e.data.length);
    const padded = Math.ceil(e.data.length / BLOCK) * BLOCK;
    const body = new Uint8Array(padded);
    body.set(e.data);
    parts.push(h, body);
    total += BLOCK + padded;
  }
  parts.push(new Uint8Array(BLOCK * 2));
  total += BLOCK * 2;
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function readString(buf: Uint8Array, offset: number, length: number): string {
  let end = offset;
  while (end < offset + length && buf[end] !== 0) end++;
  return new TextDecoder().decode(buf.subarray(offset, end));
}

function readOctal(buf: Uint8Array, offset: number, length: number): number {
  const s = readString(buf, offset, length).trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarError(`tar: corrupt header (bad number ${JSON.stringify(s)})`);
  return parseInt(s, 8);
}

/** Resolves `.`/`..` segments; returns undefined when the path would leave the bundle root. */
export function normaliseEntryName(raw: string): string | undefined {
  const out: string[] = [];
  for (const seg of raw.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(seg);
  }
  if (raw.includes('\0')) return undefined;
  return '/' + out.join('/');
}

export interface ReadTarOptions {
  /** Refuse archives that would expand beyond this many bytes (default 512 MiB). */
  maxBytes?: number;
  maxEntries?: number;
}

/**
 * Reads regular files from an uncompressed tar; directories are skipped, links and escapes
 * rejected. Each entry's data is a view into `buf`, not a copy: the built-in bundle is read on
 * every scan, and copying its megabyte and a half is that much fresh memory for the process to
 * fault in (about 2 µs a page here, measured), for nothing.
 */
export function readTar(buf: Uint8Array, opts: ReadTarOptions = {}): TarEntry[] {
  const maxBytes = opts.maxBytes ?? 512 * 1024 * 1024;
  const maxEntries = opts.maxEntries ?? 10_000;
  const entries: TarEntry[] = [];
  let off = 0;
  let total = 0;
  let longName: string | undefined;
  while (off + BLOCK <= buf.length) {
    const h = buf.subarray(off, off + BLOCK);
    if (h.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    if (sum !== readOctal(h, 148, 8)) throw new TarError(`tar: corrupt header at byte ${off} (checksum mismatch)`);
    const size = readOctal(h, 124, 12);
    const type = String.fromCharCode(h[156] || 0x30);
    const prefix = readString(h, 345, 155);
    let name = longName ?? (prefix ? `${prefix}/${readString(h, 0, 100)}` : readString(h, 0, 100));
    longName = undefined;
    const dataStart = off + BLOCK;
    if (dataStart + size > buf.length) throw new TarError(`tar: truncated archive (entry ${name} needs ${size} bytes)`);
    const data = buf.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      // GNU long name: the next header's name is this entry's data.
      longName = readString(data, 0, data.length);
      continue;
    }
    if (type === 'x' || type === 'g' || type === '5') continue; // pax headers, directories
    if (type === '1' || type === '2') throw new TarError(`tar: entry ${name} is a link; bundles may only hold regular files`);
    if (type !== '0' && type !== '\0' && type !== '7') throw new TarError(`tar: entry ${name} has unsupported type '${type}'`);
    const normalised = normaliseEntryName(name);
    if (normalised === undefined || normalised === '/') throw new TarError(`tar: entry ${JSON.stringify(name)} escapes the bundle root`);
    name = normalised;
    total += size;
    if (total > maxBytes) throw new TarError(`tar: archive expands beyond ${maxBytes} bytes`);
    if (entries.length >= maxEntries) throw new TarError(`tar: more than ${maxEntries} entries`);
    // A plain Uint8Array even over a Buffer: callers get the type the signature promises.
    entries.push({ name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
  }
  return entries;
}
