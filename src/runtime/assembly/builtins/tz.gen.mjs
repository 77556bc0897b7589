// Generates tz.ts (the IANA time zones of the native time.* builtins) from the system's tzdata:
// `node src/runtime/assembly/builtins/tz.gen.mjs` (needs Debian's `tzdata`, which ships
// /usr/share/zoneinfo/tzdata.zi, and `zic` from libc-bin). Run it by hand when tzdata moves; the
// output is committed so that building the runtime needs no generator. tzdata is public domain.
//
// OPA resolves zones with Go's time.LoadLocation, which reads TZif files: explicit transitions,
// then the footer's POSIX TZ rule from the last transition on. zic's "slim" output stops the
// explicit transitions where the rule takes over, so the table keeps only those, and only from
// 1970 on (an instant before the first kept transition gets the type in effect just before it,
// which is exact back to the previous transition and close enough before).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = '/usr/share/zoneinfo/tzdata.zi';
const tmp = mkdtempSync(join(tmpdir(), 'palisade-tz-'));
execFileSync('zic', ['-b', 'slim', '-d', tmp, SOURCE]);
const version = /^# version (\S+)/m.exec(readFileSync(SOURCE, 'utf8'))?.[1] ?? 'unknown';

function files(d, pre = '') {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p, `${pre}${n}/`) : [`${pre}${n}`];
  });
}

/** The version-2 (64-bit) part of a TZif file. */
function parseTzif(buf) {
  const counts = (o) => [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32BE(o + 20 + i * 4));
  let [isut, isstd, leap, time, type, char] = counts(0);
  let o = 44 + time * 5 + type * 6 + char + leap * 8 + isstd + isut;
  [isut, isstd, leap, time, type, char] = counts(o);
  o += 44;
  const tx = [];
  for (let i = 0; i < time; i++) tx.push(Number(buf.readBigInt64BE(o + i * 8)));
  o += time * 8;
  const idx = [...buf.subarray(o, o + time)];
  o += time;
  const types = [];
  for (let i = 0; i < type; i++) types.push({ off: buf.readInt32BE(o + i * 6), dst: buf[o + i * 6 + 4], ai: buf[o + i * 6 + 5] });
  o += type * 6;
  const chars = buf.subarray(o, o + char).toString('latin1');
  o += char + leap * 12 + isstd + isut;
  for (const t of types) t.abbr = chars.slice(t.ai, chars.indexOf('\0', t.ai));
  return { tx, idx, types, footer: buf.subarray(o).toString('latin1').trim() };
}

/** Go's Location.lookupFirstZone: the type for instants before the first transition. */
function firstZone(z) {
  if (!z.idx.includes(0)) return 0;
  if (z.tx.length > 0 && z.types[z.idx[0]].dst) {
    for (let i = z.idx[0] - 1; i >= 0; i--) if (!z.types[i].dst) return i;
  }
  const i = z.types.findIndex((t) => !t.dst);
  return i < 0 ? 0 : i;
}

// ---- POSIX TZ footers, parsed as Go's tzset does (offsets negated to "east of UTC") ----

function parseFooter(s) {
  let rest = s;
  const name = () => {
    const m = rest[0] === '<' ? /^<([^>]*)>/.exec(rest) : /^([A-Za-z]{3,})/.exec(rest);
    if (!m) throw new Error(`bad TZ name in ${s}`);
    rest = rest.slice(m[0].length);
    return m[1];
  };
  const offset = () => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(rest);
    if (!m) throw new Error(`bad TZ offset in ${s}`);
    rest = rest.slice(m[0].length);
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -v : v;
  };
  const rule = () => {
    let r;
    let m;
    if ((m = /^J(\d+)/.exec(rest))) r = [1, Number(m[1]), 0, 0];
    else if ((m = /^M(\d+)\.(\d+)\.(\d+)/.exec(rest))) r = [3, Number(m[3]), Number(m[2]), Number(m[1])];
    else if ((m = /^(\d+)/.exec(rest))) r = [2, Number(m[1]), 0, 0];
    else throw new Error(`bad TZ rule in ${s}`);
    rest = rest.slice(m[0].length);
    let time = 7200;
    if (rest[0] === '/') {
      rest = rest.slice(1);
      time = offset();
    }
    return [...r, time];
  };
  const stdName = name();
  const stdOff = -offset();
  if (rest === '') return { stdName, stdOff };
  const dstName = name();
  const dstOff = rest === '' || rest[0] === ',' ? stdOff + 3600 : -offset();
  if (rest === '') rest = ',M3.2.0,M11.1.0';
  rest = rest.slice(1);
  const start = rule();
  rest = rest.slice(1);
  const end = rule();
  if (rest !== '') throw new Error(`trailing text in TZ ${s}`);
  return { stdName, stdOff, dstName, dstOff, start, end };
}

// ---- the tables ----

const abbrs = [];
const abbrOffset = new Map();
function abbr(s) {
  if (!abbrOffset.has(s)) {
    abbrOffset.set(s, abbrs.length);
    for (const c of s) abbrs.push(c.charCodeAt(0));
    abbrs.push(0);
  }
  return abbrOffset.get(s);
}

const zones = [];
const zoneKey = new Map();
const types = [];
const rules = [];
const ruleKey = new Map();
const stream = [];
const names = [];

function varint(v) {
  while (v >= 0x80) {
    stream.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  stream.push(v);
}

for (const name of files(tmp).sort()) {
  if (name === 'posixrules' || name === 'localtime' || name === 'Factory') continue;
  const z = parseTzif(readFileSync(join(tmp, name)));
  const first = z.tx.findIndex((t) => t >= 0);
  const keep = first < 0 ? 0 : z.tx.length - first;
  const start = z.tx.length - keep;
  const initial = start > 0 ? z.idx[start - 1] : firstZone(z);
  // the zone's own types, renumbered to those it still uses
  const used = [...new Set([initial, ...z.idx.slice(start)])];
  const zt = used.map((i) => [z.types[i].off, z.types[i].dst, abbr(z.types[i].abbr)]);
  const tx = z.tx.slice(start).map((t, k) => [t, used.indexOf(z.idx[start + k])]);
  const footer = z.footer ? parseFooter(z.footer) : undefined;
  const key = JSON.stringify([zt, tx, footer]);
  if (!zoneKey.has(key)) {
    if (used.length > 32) throw new Error(`${name}: more than 32 types`);
    let rule = -1;
    if (footer) {
      const r = [footer.stdOff, abbr(footer.stdName), footer.dstName === undefined ? 0 : footer.dstOff,
        footer.dstName === undefined ? -1 : abbr(footer.dstName), ...(footer.start ?? [0, 0, 0, 0, 0]), ...(footer.end ?? [0, 0, 0, 0, 0])];
      const rk = r.join(',');
      if (!ruleKey.has(rk)) {
        ruleKey.set(rk, rules.length / 14);
        rules.push(...r);
      }
      rule = ruleKey.get(rk);
    }
    // Transitions as varints of (delta << 6 | quarter-hour flag << 5 | type): deltas from the
    // previous transition (the first from 1970), in quarter hours when they divide evenly.
    const at = stream.length;
    let prev = 0;
    for (const [t, ty] of tx) {
      const d = t - prev;
      prev = t;
      varint(d % 900 === 0 ? (d / 900) * 64 + 32 + ty : d * 64 + ty);
    }
    zoneKey.set(key, zones.length / 4);
    zones.push(at, tx.length, types.length / 3, rule + 1);
    types.push(...zt.flat());
  }
  names.push([name, zoneKey.get(key)]);
}
rmSync(tmp, { recursive: true });

const nameBytes = [];
const nameIndex = [];
for (const [name, zone] of names) {
  nameIndex.push(nameBytes.length, zone);
  for (const c of name) nameBytes.push(c.charCodeAt(0));
}
nameIndex.push(nameBytes.length, 0);
if (nameBytes.length > 0xffff || stream.length > 0xffff || types.length / 3 > 0xffff) throw new Error('tables outgrew u16 indexes');

function rows(a, per) {
  const out = [];
  for (let i = 0; i < a.length; i += per) out.push(`  ${a.slice(i, i + per).join(', ')},`);
  return out.join('\n');
}

const size = nameBytes.length + nameIndex.length * 2 + zones.length * 2 + types.length * 4 + rules.length * 4 + abbrs.length + stream.length;
const text = `// GENERATED by tz.gen.mjs from tzdata ${version} (zic -b slim, transitions from 1970): do not edit.
// ${names.length} zone names, ${zones.length / 4} distinct zones, ${size} bytes of tables. See tz.gen.mjs for the encoding.

export const TZ_COUNT: i32 = ${names.length};
/** Sorted zone names: (byte offset into TZ_NAME_BYTES, zone) pairs, then the end offset. */
export const TZ_NAMES: usize = memory.data<u16>([
${rows(nameIndex, 18)}
]);
export const TZ_NAME_BYTES: usize = memory.data<u8>([
${rows(nameBytes, 24)}
]);
/** Per zone: stream offset, transition count, first type in TZ_TYPES, rule + 1 (0: none). */
export const TZ_ZONES: usize = memory.data<u16>([
${rows(zones, 18)}
]);
/** (UTC offset in seconds, is DST, abbreviation offset) triples; a zone's type 0 is its type before its first transition. */
export const TZ_TYPES: usize = memory.data<i32>([
${rows(types, 18)}
]);
/** NUL-terminated abbreviations. */
export const TZ_ABBRS: usize = memory.data<u8>([
${rows(abbrs, 24)}
]);
/**
 * POSIX TZ rules, 14 fields each: std offset, std abbreviation, dst offset, dst abbreviation (-1:
 * no DST), then start and end as (kind 1 Jn / 2 n / 3 Mm.w.d, day, week, month, time of day).
 */
export const TZ_RULES: usize = memory.data<i32>([
${rows(rules, 14)}
]);
/** Transitions: LEB128 varints of (delta << 6 | quarter-hour flag << 5 | type), see tz.gen.mjs. */
export const TZ_STREAM: usize = memory.data<u8>([
${rows(stream, 24)}
]);
`;
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'tz.ts'), text);
console.log(`tz.ts: ${names.length} names, ${zones.length / 4} zones, ${rules.length / 14} rules, ${size} bytes`);
