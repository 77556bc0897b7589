// net.cidr_* builtins for IPv4 and IPv6, with Go's net package parsing and printing rules
// (no leading zeros in IPv4 octets, host bits of a CIDR masked off, RFC 5952 IPv6 text,
// IPv4-mapped IPv6 addresses treated as IPv4).
// Owns address arithmetic on bigints. Results that are sets leave as sorted arrays.

import { elementFail, fail, str, typeFail } from './errors.js';
import { setOf, type Value } from './values.js';

interface Net {
  v6: boolean;
  /** network address */
  ip: bigint;
  prefix: number;
}

const bits = (v6: boolean): number => (v6 ? 128 : 32);

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let out = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    out = (out << 8n) | BigInt(p);
  }
  return out;
}

function parseV6(s: string): bigint | undefined {
  let head = s;
  let tailV4: bigint | undefined;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    tailV4 = parseV4(s.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = head.indexOf('::');
  if (dbl !== head.lastIndexOf('::')) return undefined;
  const groupsOf = (x: string): string[] => (x === '' ? [] : x.split(':'));
  let groups: string[];
  if (dbl >= 0) {
    const left = groupsOf(head.slice(0, dbl));
    const right = groupsOf(head.slice(dbl + 2));
    if (left.length + right.length > 7) return undefined;
    groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  } else groups = groupsOf(head);
  if (groups.length !== 8) return undefined;
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
    out = (out << 16n) | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== undefined) out = (out & ~0xffffffffn) | tailV4;
  return out;
}

/** Go's net.ParseIP, reduced to IPv4 when the address is IPv4-mapped. */
export function parseIp(s: string): { v6: boolean; ip: bigint } | undefined {
  const v4 = parseV4(s);
  if (v4 !== undefined) return { v6: false, ip: v4 };
  if (!s.includes(':')) return undefined;
  const v6 = parseV6(s);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn) return { v6: false, ip: v6 & 0xffffffffn };
  return { v6: true, ip: v6 };
}

function mask(v6: boolean, prefix: number): bigint {
  const n = bits(v6);
  return ((1n << BigInt(n)) - 1n) ^ ((1n << BigInt(n - prefix)) - 1n);
}

/** Go's net.ParseCIDR: the network, with the host bits cleared. */
export function parseCidr(s: string): Net | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = s.slice(0, slash);
  const len = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(len)) return undefined;
  const v4 = parseV4(addr);
  let v6: boolean;
  let ip: bigint;
  if (v4 !== undefined) {
    v6 = false;
    ip = v4;
  } else {
    if (!addr.includes(':')) return undefined;
    const x = parseV6(addr);
    if (x === undefined) return undefined;
    v6 = true;
    ip = x;
  }
  const prefix = Number(len);
  if (prefix > bits(v6)) return undefined;
  return { v6, ip: ip & mask(v6, prefix), prefix };
}

function formatV4(ip: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((ip >> s) & 0xffn)).join('.');
}

function formatV6(ip: bigint): string {
  if (ip >> 32n === 0xffffn) return formatV4(ip & 0xffffffffn);
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export function formatIp(v6: boolean, ip: bigint): string {
  return v6 ? formatV6(ip) : formatV4(ip);
}

function cidrOperand(v: Value, pos: number): Net {
  const s = str(v, pos);
  const n = parseCidr(s);
  if (!n) fail(`invalid CIDR address: ${s}`);
  return n;
}

/** An IP as a single-address network, or a CIDR. */
function cidrOrIp(s: string): Net | undefined {
  const ip = parseIp(s);
  if (ip) return { v6: ip.v6, ip: ip.ip, prefix: bits(ip.v6) };
  return parseCidr(s);
}

function last(n: Net): bigint {
  return n.ip | ((1n << BigInt(bits(n.v6) - n.prefix)) - 1n);
}

function contains(a: Net, b: Net): boolean {
  return a.v6 === b.v6 && b.prefix >= a.prefix && (b.ip & mask(a.v6, a.prefix)) === a.ip;
}

const EXPAND_LIMIT = 1 << 20;

function expand(n: Net): string[] {
  const size = 1n << BigInt(bits(n.v6) - n.prefix);
  if (size > BigInt(EXPAND_LIMIT)) fail(`CIDR ${formatIp(n.v6, n.ip)}/${n.prefix} has more than ${EXPAND_LIMIT} addresses`);
  const out: string[] = [];
  for (let i = 0n; i < size; i++) out.push(formatIp(n.v6, n.ip + i));
  return out;
}

/** Merge into the fewest CIDRs covering exactly the same addresses. */
function merge(nets: Net[]): string[] {
  const out: string[] = [];
  for (const v6 of [false, true]) {
    const ranges = nets
      .filter((n) => n.v6 === v6)
      .map((n): [bigint, bigint] => [n.ip, last(n)])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: [bigint, bigint][] = [];
    for (const r of ranges) {
      const top = merged[merged.length - 1];
      if (top && r[0] <= top[1] + 1n) {
        if (r[1] > top[1]) top[1] = r[1];
      } else merged.push([r[0], r[1]]);
    }
    const width = bits(v6);
    for (let [lo, hi] of merged) {
      while (lo <= hi) {
        let size = 0;
        while (size < width) {
          const block = 1n << BigInt(size + 1);
          if (lo % block !== 0n || lo + block - 1n > hi) break;
          size++;
        }
        out.push(`${formatIp(v6, lo)}/${width - size}`);
        lo += 1n << BigInt(size);
      }
    }
  }
  return out;
}

/** Collection operands of cidr_contains_matches: each element with its key. */
function keyed(v: Value, pos: number): [Value, string][] {
  const cidrOf = (x: Value, whole: Value): string => {
    if (typeof x === 'string') return x;
    if (Array.isArray(x) && typeof x[0] === 'string') return x[0];
    return elementFail(pos, whole, x, 'string', 'array');
  };
  if (typeof v === 'string') return [[v, v]];
  if (Array.isArray(v)) return v.map((x, i) => [i, cidrOf(x, v)]);
  if (v !== null && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, cidrOf(x, v)]);
  return typeFail(pos, v, 'string', 'array', 'set', 'object');
}

export const netBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'net.cidr_contains': (a, b) => {
    const net = cidrOperand(a, 1);
    const s = str(b, 2);
    const other = cidrOrIp(s);
    if (!other) fail(`invalid CIDR or IP address: ${s}`);
    return contains(net, other);
  },
  'net.cidr_intersects': (a, b) => {
    const x = cidrOperand(a, 1);
    const y = cidrOperand(b, 2);
    return x.v6 === y.v6 && x.ip <= last(y) && y.ip <= last(x);
  },
  'net.cidr_is_valid': (x) => typeof x === 'string' && parseCidr(x) !== undefined,
  'net.cidr_expand': (x) => setOf(expand(cidrOperand(x, 1))),
  'net.cidr_merge': (x) => {
    if (!Array.isArray(x)) typeFail(1, x, 'array', 'set');
    const nets = x.map((e) => {
      if (typeof e !== 'string') elementFail(1, x, e, 'string');
      const n = cidrOrIp(e);
      if (!n) fail(`invalid CIDR or IP address: ${e}`);
      return n;
    });
    return setOf(merge(nets));
  },
  'net.cidr_contains_matches': (a, b) => {
    const cidrs = keyed(a, 1).map(([k, s]): [Value, Net] => {
      const n = parseCidr(s);
      if (!n) fail(`invalid CIDR address: ${s}`);
      return [k, n];
    });
    const items = keyed(b, 2).map(([k, s]): [Value, Net] => {
      const n = cidrOrIp(s);
      if (!n) fail(`invalid CIDR or IP address: ${s}`);
      return [k, n];
    });
    const out: Value[] = [];
    for (const [ck, c] of cidrs) for (const [ik, i] of items) if (contains(c, i)) out.push([ck, ik]);
    return setOf(out);
  },
};
