// Byte encodings and digests: base64, base64url, hex, urlquery (Go's net/url rules) and
// crypto.sha256/sha1/md5 (hex digests of the UTF-8 bytes). Decoding is as strict as Go's: invalid
// input is a builtin error, never a best-effort guess as Node's Buffer would make.
// Must not do JSON or YAML (json.ts, yaml.ts).

import { createHash } from 'node:crypto';
import { elementFail, fail, obj, str, typeFail } from './errors.js';
import { compareStrings, type Value } from './values.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

function strictBase64(s: string, url: boolean): Buffer {
  const t = s.replace(/[\r\n]/g, '');
  const alphabet = url ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9+/]*$/;
  const body = t.replace(/={1,2}$/, '');
  if (t.length % 4 !== 0 || !alphabet.test(body)) {
    const bad = [...t].findIndex((c) => !(url ? /[A-Za-z0-9_-]/ : /[A-Za-z0-9+/]/).test(c));
    fail(`illegal base64 data at input byte ${bad < 0 ? t.length : bad}`);
  }
  const buf = Buffer.from(body, url ? 'base64url' : 'base64');
  // Go rejects non-zero trailing bits; re-encoding exposes them.
  if (buf.toString(url ? 'base64url' : 'base64').replace(/=+$/, '') !== body) {
    fail(`illegal base64 data at input byte ${body.length - 1}`);
  }
  return buf;
}

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's url.QueryUnescape. */
export function queryUnescape(s: string): string {
  const bytes: number[] = [];
  const src = utf8(s);
  for (let i = 0; i < src.length; i++) {
    const b = src[i]!;
    if (b === 0x25) {
      const hex = src.subarray(i + 1, i + 3).toString('latin1');
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        fail(`invalid URL escape ${JSON.stringify(src.subarray(i, i + 3).toString('utf8'))}`);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (b === 0x2b) bytes.push(0x20);
    else bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

function encodeObject(o: Record<string, Value>): string {
  const parts: string[] = [];
  for (const k of Object.keys(o).sort(compareStrings)) {
    const v = o[k]!;
    const values: string[] = [];
    if (typeof v === 'string') values.push(v);
    else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x !== 'string') elementFail(1, v, x, 'string');
        values.push(x);
      }
    } else typeFail(1, v, 'string', 'array', 'set');
    for (const x of values) parts.push(`${queryEscape(k)}=${queryEscape(x)}`);
  }
  return parts.join('&');
}

/** Go's url.ParseQuery: `&`-separated, semicolons rejected, keys kept in first-seen order. */
function decodeObject(s: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of s.split('&')) {
    if (part === '') continue;
    if (part.includes(';')) fail('invalid semicolon separator in query');
    const eq = part.indexOf('=');
    const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? '' : queryUnescape(part.slice(eq + 1));
    (out[k] ??= []).push(v);
  }
  return out;
}

const digest = (alg: string) => (x: Value) => createHash(alg).update(utf8(str(x, 1))).digest('hex');

export const encodingBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'base64.encode': (x) => utf8(str(x, 1)).toString('base64'),
  'base64.decode': (x) => strictBase64(str(x, 1), false).toString('utf8'),
  'base64.is_valid': (x) => {
    try {
      strictBase64(str(x, 1), false);
      return true;
    } catch {
      return false;
    }
  },
  'base64url.encode': (x) => {
    const s = utf8(str(x, 1)).toString('base64url');
    return s + '='.repeat((4 - (s.length % 4)) % 4);
  },
  'base64url.encode_no_pad': (x) => utf8(str(x, 1)).toString('base64url'),
  'base64url.decode': (x) => {
    let s = str(x, 1);
    // RFC 7515 appendix C: encoders may drop the padding
    if (!s.endsWith('=')) {
      const r = s.length % 4;
      if (r === 1) fail(`illegal base64url string: ${s}`);
      s += r === 2 ? '==' : r === 3 ? '=' : '';
    }
    return strictBase64(s, true).toString('utf8');
  },
  'hex.encode': (x) => utf8(str(x, 1)).toString('hex'),
  'hex.decode': (x) => {
    const s = str(x, 1);
    const bad = /[^0-9A-Fa-f]/.exec(s);
    if (bad) {
      const cp = bad[0].codePointAt(0)!;
      fail(`encoding/hex: invalid byte: U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(bad[0]).replace(/^"|"$/g, "'")}`);
    }
    if (s.length % 2 !== 0) fail('encoding/hex: odd length hex string');
    return Buffer.from(s, 'hex').toString('utf8');
  },
  'urlquery.encode': (x) => queryEscape(str(x, 1)),
  'urlquery.decode': (x) => queryUnescape(str(x, 1)),
  'urlquery.encode_object': (x) => encodeObject(obj(x, 1)),
  'urlquery.decode_object': (x) => decodeObject(str(x, 1)),
  'crypto.sha256': digest('sha256'),
  'crypto.sha1': digest('sha1'),
  'crypto.md5': digest('md5'),
};
