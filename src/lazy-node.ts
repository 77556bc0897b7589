// Node built-ins that only some runs need, loaded on first use. Each costs a pre-commit hook's
// run ~1–3 ms to load (node:crypto brings a dozen internal modules), so modules every run imports
// reach them through here instead of a static import. Owns nothing else.

import { createRequire } from 'node:module';

let cryptoModule: typeof import('node:crypto') | undefined;
let zlibModule: typeof import('node:zlib') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
export const nodeZlib = (): typeof import('node:zlib') => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));
