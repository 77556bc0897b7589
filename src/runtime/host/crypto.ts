// Digests: crypto.sha256/sha1/md5, the hex digest of a string's UTF-8 bytes.
// Must not encode or decode (base64, hex and urlquery are native: assembly/builtins/encoding.ts).

import { createHash } from 'node:crypto';
import { str } from './errors.js';
import type { Value } from './values.js';

const digest = (alg: string) => (x: Value) => createHash(alg).update(Buffer.from(str(x, 1), 'utf8')).digest('hex');

export const cryptoBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'crypto.sha256': digest('sha256'),
  'crypto.sha1': digest('sha1'),
  'crypto.md5': digest('md5'),
};
