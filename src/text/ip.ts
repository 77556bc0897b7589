// IP addresses and CIDR blocks as Go's net package parses and prints them (IPv4 and IPv6, as
// bigints), for the Terraform evaluator's cidr* functions. Pure; knows nothing of Rego values
// (the Rego net.cidr_* builtins and the JSON-Schema ipv4/ipv6 formats run inside the WebAssembly runtime).

export interface Net {
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

