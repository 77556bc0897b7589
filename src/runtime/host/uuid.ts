// uuid.rfc4122 (a random version-4 UUID, the same one for the same key within an evaluation, as
// OPA caches it) and uuid.parse (the fields github.com/google/uuid exposes, as OPA returns them).
// An unparsable UUID makes uuid.parse undefined, not an error.

import { randomUUID } from 'node:crypto';
import { str } from './errors.js';
import { evaluationCache, type HostContext } from './context.js';
import type { Value } from './values.js';

/** 100-ns intervals between the Gregorian epoch (1582-10-15) and the Unix epoch. */
const GREGORIAN_OFFSET = 122192928000000000n;

function bytesOf(s: string): Buffer | undefined {
  let hex: string;
  if (s.length === 36) {
    if (s[8] !== '-' || s[13] !== '-' || s[18] !== '-' || s[23] !== '-') return undefined;
    hex = s.replace(/-/g, '');
  } else if (s.length === 38 && s.startsWith('{') && s.endsWith('}')) {
    return bytesOf(s.slice(1, -1));
  } else if (s.length === 45 && s.toLowerCase().startsWith('urn:uuid:')) {
    return bytesOf(s.slice(9));
  } else if (s.length === 32) {
    hex = s;
  } else return undefined;
  if (!/^[0-9A-Fa-f]{32}$/.test(hex)) return undefined;
  return Buffer.from(hex, 'hex');
}

function variant(b: number): string {
  if ((b & 0xc0) === 0x80) return 'RFC4122';
  if ((b & 0xe0) === 0xc0) return 'Microsoft';
  if ((b & 0xe0) === 0xe0) return 'Future';
  return 'Reserved';
}

function toNs(hundreds: bigint): bigint | number {
  const ns = (hundreds - GREGORIAN_OFFSET) * 100n;
  return ns >= BigInt(Number.MIN_SAFE_INTEGER) && ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
}

export function parseUuid(s: string): Record<string, Value> | undefined {
  const b = bytesOf(s);
  if (!b) return undefined;
  const version = b[6]! >> 4;
  const out: Record<string, Value> = { version, variant: variant(b[8]!) };
  if (version === 1 || version === 2) {
    const low = BigInt(b.readUInt32BE(0));
    const mid = BigInt(b.readUInt16BE(4));
    const hi = BigInt(b.readUInt16BE(6) & 0x0fff);
    out.time = toNs(low | (mid << 32n) | (hi << 48n));
    out.clocksequence = ((b[8]! & 0x3f) << 8) | b[9]!;
    out.nodeid = [...b.subarray(10)].map((x) => x.toString(16).padStart(2, '0')).join('-');
    out.macvariables = `${b[10]! & 0x02 ? 'local' : 'global'}:${b[10]! & 0x01 ? 'multicast' : 'unicast'}`;
    if (version === 2) {
      const domains = ['Person', 'Group', 'Org'];
      out.domain = domains[b[9]!] ?? `Domain${b[9]}`;
      out.id = b.readUInt32BE(0);
    }
  } else if (version === 6) {
    const t = (BigInt(b.readUInt32BE(0)) << 28n) | (BigInt(b.readUInt16BE(4)) << 12n) | BigInt(b.readUInt16BE(6) & 0x0fff);
    out.time = toNs(t);
  } else if (version === 7) {
    const ms = (BigInt(b.readUInt32BE(0)) << 16n) | BigInt(b.readUInt16BE(4));
    out.time = ms * 1_000_000n;
  }
  return out;
}

export function uuidBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    'uuid.rfc4122': (k) => {
      const key = str(k, 1);
      const cache = evaluationCache(ctx, 'uuid.rfc4122');
      let id = cache.get(key) as string | undefined;
      if (id === undefined) {
        id = randomUUID();
        cache.set(key, id);
      }
      return id;
    },
    'uuid.parse': (s) => parseUuid(str(s, 1)),
  };
}
