// What a loader is given: a path and either text or bytes the caller has already read. Turning
// bytes into text is shared here so every kind rejects binary, non-UTF-8 and oversized input the
// same way. Must not touch the filesystem.

import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../../diagnostics.js';
import { fileDiagnostic } from './diag.js';

export interface InputFile {
  /** Repo-relative path with forward slashes; used in documents and diagnostics. */
  path: string;
  text?: string;
  bytes?: Uint8Array;
}

export type Decoded =
  /** `utf8` is the UTF-8 body the text was decoded from (BOM removed), when the input was UTF-8 bytes: byte scans over it are faster than over the string. */
  | { ok: true; text: string; utf8?: Uint8Array }
  | { ok: false; diagnostic: Diagnostic };

function byteLength(file: InputFile): number {
  return file.bytes ? file.bytes.byteLength : Buffer.byteLength(file.text ?? '', 'utf8');
}

/** The size limit's diagnostic, when the file is over it. */
function oversized(file: InputFile, maxBytes: number): Diagnostic | undefined {
  const size = byteLength(file);
  if (size <= maxBytes) return undefined;
  return fileDiagnostic(
    file.path,
    'input_limit_error',
    `file is ${size} bytes, over the ${maxBytes}-byte limit for this kind of input`,
    'raise limits.maxFileBytes (limits.maxPlanBytes for plans) in the Palisade config, or exclude the file with `ignore`',
  );
}

/**
 * Text of a file, or the reason it cannot be read as text. A UTF-8 BOM is dropped; UTF-16 with a
 * BOM (PowerShell's `terraform show -json > plan.json` writes it) is decoded; anything else must be
 * UTF-8 without NUL bytes.
 */
export function decodeInput(file: InputFile, maxBytes: number): Decoded {
  const over = oversized(file, maxBytes);
  if (over) return { ok: false, diagnostic: over };
  if (file.text !== undefined && !file.bytes) return fromText(file);
  const d = fromBytes(file);
  if (!d.ok || d.text !== undefined) return d;
  return { ok: true, text: d.utf8.toString('utf8'), utf8: d.utf8 };
}

/**
 * The file as UTF-8 bytes (BOM removed), for a kind read from its bytes alone (a plan): never
 * decoded to a string. The same checks as decodeInput; text or UTF-16 input is encoded once.
 */
export function decodeUtf8(file: InputFile, maxBytes: number): { ok: true; utf8: Buffer } | { ok: false; diagnostic: Diagnostic } {
  const over = oversized(file, maxBytes);
  if (over) return { ok: false, diagnostic: over };
  const d = file.text !== undefined && !file.bytes ? fromText(file) : fromBytes(file);
  if (!d.ok) return d;
  return { ok: true, utf8: d.text !== undefined ? Buffer.from(d.text, 'utf8') : d.utf8 };
}

function fromText(file: InputFile): Decoded {
  const text = file.text ?? '';
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.indexOf('\u0000') !== -1) return { ok: false, diagnostic: binary(file.path) };
  return { ok: true, text: t };
}

/** UTF-16 input as text; UTF-8 input as its body, not decoded. */
function fromBytes(file: InputFile): { ok: true; text: string } | { ok: true; text?: undefined; utf8: Buffer } | { ok: false; diagnostic: Diagnostic } {
  const b = file.bytes ?? new Uint8Array();
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    try {
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf.subarray(2));
      if (text.indexOf('\u0000') !== -1) return { ok: false, diagnostic: binary(file.path) };
      return { ok: true, text };
    } catch {
      return { ok: false, diagnostic: encoding(file.path, 'UTF-16 with invalid code units') };
    }
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  if (body.indexOf(0) !== -1) return { ok: false, diagnostic: binary(file.path) };
  if (!isUtf8(body)) return { ok: false, diagnostic: encoding(file.path, 'not valid UTF-8') };
  return { ok: true, utf8: body };
}

function binary(path: string): Diagnostic {
  return fileDiagnostic(
    path,
    'input_read_error',
    'file contains NUL bytes: it looks binary, not a text manifest',
    'exclude it with `ignore` in the Palisade config, or pass the text file it was generated from',
  );
}

function encoding(path: string, what: string): Diagnostic {
  return fileDiagnostic(path, 'input_read_error', `file is ${what}`, 're-save the file as UTF-8 (e.g. `iconv -t UTF-8`), or exclude it with `ignore`');
}
