// Terraform's built-in functions (string, collection, encoding, numeric, hash, IP network, type
// conversion), evaluated on the value model of values.ts. A function that needs the clock, a random
// source or the filesystem returns UNKNOWN, as a plan would show it. `try` and `can` need their
// arguments unevaluated and live in the evaluator. Must not read files or know about HCL.

import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { nodeCrypto } from '../../../lazy-node.js';
import { formatIp, parseCidr as parseGoCidr } from '../../../text/ip.js';
import { FILE_FUNCTIONS } from './files.js';
import { EvalError, equal, hasUnknown, isObj, isUnknown, materialize, numStr, toBool, toNum, toStr, typeName, UNKNOWN, type Value } from './values.js';

type Fn = (args: Value[]) => Value;

const list = (v: Value, fn: string): Value[] => {
  if (Array.isArray(v)) return v;
  throw new EvalError(`${fn}: expected a list, got ${typeName(v)}`);
};
const obj = (v: Value, fn: string): { [k: string]: Value } => {
  if (isObj(v)) return v;
  throw new EvalError(`${fn}: expected a map or object, got ${typeName(v)}`);
};
const str = (v: Value): string => toStr(v);
const num = (v: Value): number => toNum(v);

/** Collections (lists and maps) as a list of their elements, in Terraform's order. */
const elements = (v: Value, fn: string): Value[] => (Array.isArray(v) ? v : isObj(v) ? Object.keys(v).sort().map((k) => v[k]!) : list(v, fn));

function distinct(xs: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of xs) if (!out.some((y) => equal(x, y))) out.push(x);
  return out;
}

/** Go's fmt verbs as Terraform's `format` supports them. */
function format(spec: string, args: Value[]): string {
  let n = 0;
  return spec.replace(/%(\[(\d+)\])?([-+# 0]*)(\d+)?(\.(\d+))?([%vdsfqtbeEgGxXo])/g, (_m, _i, idx: string | undefined, flags: string, width: string | undefined, _p, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (idx !== undefined) n = Number(idx) - 1;
    if (n >= args.length) throw new EvalError(`format: not enough arguments for "${spec}"`);
    const a = args[n++]!;
    let s: string;
    switch (verb) {
      case 'd':
        s = String(Math.trunc(num(a)));
        break;
      case 'f':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        s = verb === 'f' ? num(a).toFixed(prec ? Number(prec) : 6) : verb === 'e' || verb === 'E' ? num(a).toExponential(prec ? Number(prec) : 6) : String(num(a));
        if (verb === 'E' || verb === 'G') s = s.toUpperCase();
        break;
      case 'x':
      case 'X':
        s = typeof a === 'number' ? a.toString(16) : Buffer.from(str(a)).toString('hex');
        if (verb === 'X') s = s.toUpperCase();
        break;
      case 'o':
        s = num(a).toString(8);
        break;
      case 'b':
        s = num(a).toString(2);
        break;
      case 't':
        s = toBool(a) ? 'true' : 'false';
        break;
      case 'q':
        s = JSON.stringify(str(a));
        break;
      case 's':
        s = str(a);
        break;
      default:
        s = typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean' ? str(a) : jsonEncode(a);
    }
    if (prec !== undefined && verb === 's') s = s.slice(0, Number(prec));
    if (width !== undefined && s.length < Number(width)) {
      const pad = flags.includes('0') && !flags.includes('-') ? '0' : ' ';
      s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), pad);
    }
    if (flags.includes('+') && (verb === 'd' || verb === 'f') && num(a) >= 0) s = `+${s}`;
    return s;
  });
}

/** Terraform's jsonencode: object keys sorted, no spaces, HTML-unsafe characters escaped as Go does. */
export function jsonEncode(v: Value): string {
  const m = materialize(v);
  const sort = (x: Value): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (isObj(x)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) out[k] = sort(x[k]!);
      return out;
    }
    return x;
  };
  return JSON.stringify(sort(m)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** JSON / YAML data as values; numbers stay numbers. */
function fromData(x: unknown): Value {
  if (x === undefined) return null;
  if (Array.isArray(x)) return x.map(fromData);
  if (x && typeof x === 'object') {
    const out: { [k: string]: Value } = {};
    for (const [k, v] of Object.entries(x)) out[k] = fromData(v);
    return out;
  }
  if (x instanceof Date) return x.toISOString();
  return x as Value;
}

// ── IP networks (Go's net parsing and printing, as Terraform uses it: shared with net.cidr_*) ──

interface Net {
  v6: boolean;
  addr: bigint;
  bits: number;
}

function parseCidr(s: string, fn: string): Net {
  const n = parseGoCidr(s);
  if (!n) throw new EvalError(`${fn}: invalid CIDR address "${s}"`);
  return { v6: n.v6, addr: n.ip, bits: n.prefix };
}

function subnet(base: Net, newbits: number, netnum: number, fn: string): Net {
  const total = base.v6 ? 128 : 32;
  const bits = base.bits + newbits;
  if (bits > total) throw new EvalError(`${fn}: insufficient address space to extend prefix of ${base.bits} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) throw new EvalError(`${fn}: prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const mask = ((1n << BigInt(total)) - 1n) ^ ((1n << BigInt(total - base.bits)) - 1n);
  const addr = (base.addr & mask) | (BigInt(netnum) << BigInt(total - bits));
  return { v6: base.v6, addr, bits };
}

function host(base: Net, n: number, fn: string): string {
  const total = base.v6 ? 128 : 32;
  const size = 1n << BigInt(total - base.bits);
  const k = n < 0 ? size + BigInt(n) : BigInt(n);
  if (k < 0n || k >= size) throw new EvalError(`${fn}: host number ${n} does not fit in the prefix`);
  const mask = ((1n << BigInt(total)) - 1n) ^ (size - 1n);
  return formatIp(base.v6, (base.addr & mask) | k);
}

// ── the table ───────────────────────────────────────────────────────────────────────────────────

// node:crypto is loaded by the first configuration that calls a hash function, not by every run.
const hash = (alg: string, enc: 'hex' | 'base64') => (a: Value[]) => nodeCrypto().createHash(alg).update(str(a[0]!)).digest(enc);

const FUNCTIONS: Record<string, Fn> = {
  // strings
  format: ([f, ...a]) => format(str(f!), a),
  formatlist: ([f, ...a]) => {
    const n = Math.max(...a.map((x) => (Array.isArray(x) ? x.length : 1)), 0);
    return Array.from({ length: n }, (_, i) => format(str(f!), a.map((x) => (Array.isArray(x) ? x[i]! : x))));
  },
  join: ([sep, ...ls]) => ls.flatMap((l) => list(l!, 'join')).map(str).join(str(sep!)),
  split: ([sep, s]) => str(s!).split(str(sep!)),
  lower: ([s]) => str(s!).toLowerCase(),
  upper: ([s]) => str(s!).toUpperCase(),
  title: ([s]) => str(s!).replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()),
  trim: ([s, cut]) => {
    const set = new Set(str(cut!));
    const t = [...str(s!)];
    let i = 0;
    let j = t.length;
    while (i < j && set.has(t[i]!)) i++;
    while (j > i && set.has(t[j - 1]!)) j--;
    return t.slice(i, j).join('');
  },
  trimspace: ([s]) => str(s!).trim(),
  trimprefix: ([s, p]) => (str(s!).startsWith(str(p!)) ? str(s!).slice(str(p!).length) : str(s!)),
  trimsuffix: ([s, p]) => (str(p!) !== '' && str(s!).endsWith(str(p!)) ? str(s!).slice(0, -str(p!).length) : str(s!)),
  chomp: ([s]) => str(s!).replace(/(\r?\n)+$/, ''),
  indent: ([n, s]) => str(s!).replace(/\n/g, `\n${' '.repeat(num(n!))}`),
  replace: ([s, sub, rep]) => {
    const pat = str(sub!);
    if (pat.length > 1 && pat.startsWith('/') && pat.endsWith('/')) return str(s!).replace(goRegex(pat.slice(1, -1), 'g'), str(rep!).replace(/\$\{?(\d+)\}?/g, '$$$1'));
    return str(s!).split(pat).join(str(rep!));
  },
  substr: ([s, off, len]) => {
    const cs = [...str(s!)];
    let o = num(off!);
    if (o < 0) o = Math.max(0, cs.length + o);
    const l = num(len!);
    return cs.slice(o, l < 0 ? undefined : o + l).join('');
  },
  strrev: ([s]) => [...str(s!)].reverse().join(''),
  startswith: ([s, p]) => str(s!).startsWith(str(p!)),
  endswith: ([s, p]) => str(s!).endsWith(str(p!)),
  strcontains: ([s, p]) => str(s!).includes(str(p!)),
  regex: ([p, s]) => {
    const m = goRegex(str(p!), '').exec(str(s!));
    if (!m) throw new EvalError(`regex: pattern "${str(p!)}" did not match`);
    return captures(m);
  },
  regexall: ([p, s]) => [...str(s!).matchAll(goRegex(str(p!), 'g'))].map(captures),
  // collections
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    return Object.keys(obj(v!, 'length')).length;
  },
  concat: (ls) => ls.flatMap((l) => list(l, 'concat')),
  merge: (os) => Object.assign({}, ...os.filter((o) => o !== null).map((o) => obj(o, 'merge'))) as { [k: string]: Value },
  lookup: ([m, k, d]) => {
    const o = obj(m!, 'lookup');
    const key = str(k!);
    if (key in o) return o[key]!;
    if (d === undefined) throw new EvalError(`lookup: the map has no key "${key}"`);
    return d;
  },
  element: ([l, i]) => {
    const xs = list(l!, 'element');
    if (xs.length === 0) throw new EvalError('element: cannot use element on an empty list');
    const n = Math.floor(num(i!));
    return xs[((n % xs.length) + xs.length) % xs.length]!;
  },
  index: ([l, v]) => {
    const i = list(l!, 'index').findIndex((x) => equal(x, v!));
    if (i === -1) throw new EvalError('index: the value is not in the list');
    return i;
  },
  keys: ([m]) => Object.keys(obj(m!, 'keys')).sort(),
  values: ([m]) => {
    const o = obj(m!, 'values');
    return Object.keys(o).sort().map((k) => o[k]!);
  },
  contains: ([l, v]) => elements(l!, 'contains').some((x) => equal(x, v!)),
  distinct: ([l]) => distinct(list(l!, 'distinct')),
  flatten: ([l]) => {
    const out: Value[] = [];
    const go = (x: Value) => (Array.isArray(x) ? x.forEach(go) : out.push(x));
    list(l!, 'flatten').forEach(go);
    return out;
  },
  compact: ([l]) => list(l!, 'compact').filter((x) => x !== null && x !== ''),
  coalesce: (a) => {
    for (const x of a) if (x !== null && x !== '') return x;
    throw new EvalError('coalesce: no non-null, non-empty argument');
  },
  coalescelist: (a) => a.find((x) => Array.isArray(x) && x.length > 0) ?? [],
  slice: ([l, a, b]) => list(l!, 'slice').slice(num(a!), num(b!)),
  sort: ([l]) => list(l!, 'sort').map(str).sort(),
  reverse: ([l]) => [...list(l!, 'reverse')].reverse(),
  range: (a) => {
    const [start, end, step] = a.length === 1 ? [0, num(a[0]!), 1] : [num(a[0]!), num(a[1]!), a[2] === undefined ? (num(a[1]!) >= num(a[0]!) ? 1 : -1) : num(a[2])];
    if (step === 0) throw new EvalError('range: step must not be zero');
    const out: number[] = [];
    for (let x = start; step > 0 ? x < end : x > end; x += step) if (out.push(x) > 1024) throw new EvalError('range: more than 1024 elements');
    return out;
  },
  zipmap: ([k, v]) => {
    const ks = list(k!, 'zipmap');
    const vs = list(v!, 'zipmap');
    const out: { [k: string]: Value } = {};
    ks.forEach((x, i) => (out[str(x)] = vs[i] ?? null));
    return out;
  },
  setunion: (ls) => distinct(ls.flatMap((l) => elements(l, 'setunion'))),
  setintersection: ([first, ...rest]) => distinct(elements(first!, 'setintersection').filter((x) => rest.every((l) => elements(l, 'setintersection').some((y) => equal(x, y))))),
  setsubtract: ([a, b]) => distinct(elements(a!, 'setsubtract').filter((x) => !elements(b!, 'setsubtract').some((y) => equal(x, y)))),
  setproduct: (ls) => ls.reduce<Value[][]>((acc, l) => acc.flatMap((p) => elements(l, 'setproduct').map((x) => [...p, x])), [[]]),
  one: ([l]) => {
    const xs = elements(l!, 'one');
    if (xs.length > 1) throw new EvalError('one: the collection has more than one element');
    return xs[0] ?? null;
  },
  sum: ([l]) => list(l!, 'sum').reduce<number>((a, x) => a + num(x), 0),
  alltrue: ([l]) => list(l!, 'alltrue').every((x) => toBool(x)),
  anytrue: ([l]) => list(l!, 'anytrue').some((x) => toBool(x)),
  chunklist: ([l, n]) => {
    const xs = list(l!, 'chunklist');
    const size = num(n!);
    if (size <= 0) return [xs];
    const out: Value[] = [];
    for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
    return out;
  },
  transpose: ([m]) => {
    const out: { [k: string]: string[] } = {};
    for (const [k, vs] of Object.entries(obj(m!, 'transpose'))) for (const v of list(vs, 'transpose')) (out[str(v)] ??= []).push(k);
    for (const k of Object.keys(out)) out[k]!.sort();
    return out;
  },
  matchkeys: ([vals, keys, search]) => {
    const ks = list(keys!, 'matchkeys');
    const ss = list(search!, 'matchkeys');
    return list(vals!, 'matchkeys').filter((_, i) => ss.some((s) => equal(ks[i]!, s)));
  },
  // types
  tolist: ([l]) => elements(l!, 'tolist'),
  toset: ([l]) => distinct(elements(l!, 'toset')),
  tomap: ([m]) => obj(m!, 'tomap'),
  tostring: ([v]) => (v === null ? null : str(v!)),
  tonumber: ([v]) => (v === null ? null : num(v!)),
  tobool: ([v]) => (v === null ? null : toBool(v!)),
  sensitive: ([v]) => v!,
  nonsensitive: ([v]) => v!,
  issensitive: () => false,
  type: ([v]) => typeName(v!),
  // encoding
  jsonencode: ([v]) => jsonEncode(v!),
  jsondecode: ([s]) => {
    try {
      return fromData(JSON.parse(str(s!)));
    } catch (e) {
      throw new EvalError(`jsondecode: ${(e as Error).message}`);
    }
  },
  yamlencode: ([v]) => stringifyYaml(materialize(v!)),
  yamldecode: ([s]) => {
    try {
      return fromData(parseYaml(str(s!)));
    } catch (e) {
      throw new EvalError(`yamldecode: ${(e as Error).message}`);
    }
  },
  base64encode: ([s]) => Buffer.from(str(s!)).toString('base64'),
  base64decode: ([s]) => Buffer.from(str(s!), 'base64').toString('utf8'),
  base64gzip: () => UNKNOWN,
  textencodebase64: ([s]) => Buffer.from(str(s!)).toString('base64'),
  textdecodebase64: ([s]) => Buffer.from(str(s!), 'base64').toString('utf8'),
  urlencode: ([s]) => encodeURIComponent(str(s!)).replace(/%20/g, '+'),
  csvdecode: ([s]) => {
    const [head, ...rows] = str(s!).trim().split(/\r?\n/).map((l) => l.split(','));
    return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])));
  },
  // numbers
  abs: ([n]) => Math.abs(num(n!)),
  ceil: ([n]) => Math.ceil(num(n!)),
  floor: ([n]) => Math.floor(num(n!)),
  max: (a) => Math.max(...a.map(num)),
  min: (a) => Math.min(...a.map(num)),
  pow: ([a, b]) => Math.pow(num(a!), num(b!)),
  signum: ([n]) => Math.sign(num(n!)),
  log: ([a, b]) => Math.log(num(a!)) / Math.log(num(b!)),
  parseint: ([s, b]) => {
    const r = parseInt(str(s!), num(b!));
    if (Number.isNaN(r)) throw new EvalError(`parseint: cannot parse "${str(s!)}" in base ${num(b!)}`);
    return r;
  },
  // hashes
  md5: hash('md5', 'hex'),
  sha1: hash('sha1', 'hex'),
  sha256: hash('sha256', 'hex'),
  sha512: hash('sha512', 'hex'),
  base64sha256: hash('sha256', 'base64'),
  base64sha512: hash('sha512', 'base64'),
  // IP networks
  cidrsubnet: ([p, nb, nn]) => {
    const s = subnet(parseCidr(str(p!), 'cidrsubnet'), num(nb!), num(nn!), 'cidrsubnet');
    return `${formatIp(s.v6, s.addr)}/${s.bits}`;
  },
  cidrsubnets: ([p, ...nbs]) => {
    const base = parseCidr(str(p!), 'cidrsubnets');
    const total = base.v6 ? 128 : 32;
    let next = base.addr;
    return nbs.map((nb) => {
      const bits = base.bits + num(nb);
      const size = 1n << BigInt(total - bits);
      next = ((next + size - 1n) / size) * size;
      const out = `${formatIp(base.v6, next)}/${bits}`;
      next += size;
      return out;
    });
  },
  cidrhost: ([p, n]) => host(parseCidr(str(p!), 'cidrhost'), num(n!), 'cidrhost'),
  cidrnetmask: ([p]) => {
    const c = parseCidr(str(p!), 'cidrnetmask');
    return formatIp(false, ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - c.bits)) - 1n));
  },
  // paths (no file access: the loader is pure)
  basename: ([s]) => str(s!).split('/').pop() ?? '',
  dirname: ([s]) => {
    const p = str(s!);
    const i = p.lastIndexOf('/');
    return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
  },
  pathexpand: ([s]) => str(s!),
  abspath: ([s]) => str(s!),
};

/** Functions whose result is unknown by nature (clock, randomness, file hashes, provider-defined). */
const ALWAYS_UNKNOWN = new Set(['timestamp', 'uuid', 'uuidv5', 'bcrypt', 'fileset', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'filebase64sha256', 'filebase64sha512', 'plantimestamp', 'rsadecrypt', 'timeadd', 'timecmp', 'formatdate', 'ephemeralasnull', 'templatestring']);

/** Functions that look only at the shape of their arguments: unknown elements pass through. */
const STRUCTURAL = new Set(['length', 'concat', 'merge', 'lookup', 'element', 'keys', 'values', 'flatten', 'tolist', 'toset', 'tomap', 'slice', 'reverse', 'zipmap', 'one', 'coalescelist', 'chunklist', 'sensitive', 'nonsensitive', 'compact']);

export function hasFunction(name: string): boolean {
  return FILE_FUNCTIONS.has(name) || name in FUNCTIONS || ALWAYS_UNKNOWN.has(name) || name.startsWith('provider::');
}

export function callFunction(name: string, args: Value[]): Value {
  if (ALWAYS_UNKNOWN.has(name) || name.startsWith('provider::')) return UNKNOWN;
  const fn = FUNCTIONS[name];
  if (!fn) throw new EvalError(`call to unknown function ${name}`);
  const plain = args.map((a) => materialize(a));
  if (STRUCTURAL.has(name) ? plain.some(isUnknown) : plain.some(hasUnknown)) return UNKNOWN;
  return fn(plain);
}

/** Go's RE2 syntax as JavaScript accepts it: named groups `(?P<n>` become `(?<n>`. */
function goRegex(p: string, flags: string): RegExp {
  try {
    return new RegExp(p.replace(/\(\?P</g, '(?<'), flags + 'u');
  } catch (e) {
    throw new EvalError(`invalid regular expression "${p}": ${(e as Error).message}`);
  }
}

function captures(m: RegExpExecArray | RegExpMatchArray): Value {
  if (m.groups && Object.keys(m.groups).length) return Object.fromEntries(Object.entries(m.groups).map(([k, v]) => [k, v ?? '']));
  if (m.length === 1) return m[0];
  return m.slice(1).map((x) => x ?? '');
}

export { numStr };
