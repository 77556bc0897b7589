// semver.compare and semver.is_valid: Semantic Versioning 2.0.0 exactly (no leading `v`, no
// leading zeros in numeric parts, prerelease precedence by identifiers, build metadata ignored).

import { fail, str } from './errors.js';
import type { Value } from './values.js';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

interface Version {
  core: [bigint, bigint, bigint];
  pre: string[];
}

function parse(s: string, pos: number): Version {
  const m = SEMVER.exec(s);
  if (!m) fail(`operand ${pos}: string ${JSON.stringify(s)} is not a valid SemVer`);
  return { core: [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)], pre: m[4] ? m[4].split('.') : [] };
}

function cmpIdent(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSemver(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    if (a.core[i]! !== b.core[i]!) return a.core[i]! < b.core[i]! ? -1 : 1;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const c = cmpIdent(a.pre[i]!, b.pre[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(a.pre.length - b.pre.length);
}

export const semverBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'semver.compare': (a, b) => compareSemver(parse(str(a, 1), 1), parse(str(b, 2), 2)),
  'semver.is_valid': (x) => typeof x === 'string' && SEMVER.test(x),
};
