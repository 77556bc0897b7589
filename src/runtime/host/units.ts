// units.parse_bytes and units.parse with OPA's suffix tables, computed in exact rationals so that
// `1Ei` and `0.1m` come out exactly (bigint when beyond 2^53).
// parse_bytes: case-insensitive, K/M/G/T/P/E (×1000) and Ki…Ei (×1024), optional trailing b,
// result truncated to an integer. parse: `m` is milli and `M` mega; only the letters after the
// first are case-folded; fractional results keep 10 decimals, as OPA's big.Rat printout does.

import { fail, str } from './errors.js';
import type { Value } from './values.js';

function splitAmount(s: string): [string, string] {
  const i = [...s].findIndex((c) => !/[\p{Nd}.]/u.test(c));
  if (i < 0) return [s, ''];
  const cps = [...s];
  return [cps.slice(0, i).join(''), cps.slice(i).join('')];
}

/** A decimal string as an exact fraction; undefined when it is not a number. */
function rational(num: string): [bigint, bigint] | undefined {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(num);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const frac = m[2] ?? '';
  return [BigInt((m[1] || '0') + frac), 10n ** BigInt(frac.length)];
}

const DEC = ['k', 'm', 'g', 't', 'p', 'e'];

function parseBytes(raw: string): bigint {
  const s = raw.replace(/"/g, '').toLowerCase();
  if (s.includes(' ')) fail('units.parse_bytes: spaces not allowed in resource strings');
  const [num, unit] = splitAmount(s);
  if (num === '') fail('units.parse_bytes: no byte amount provided');
  let mult: bigint;
  const m = /^([kmgtpe])(i?)b?$/.exec(unit);
  if (unit === '') mult = 1n;
  else if (m) {
    const power = BigInt(DEC.indexOf(m[1]!) + 1);
    mult = m[2] ? 1024n ** power : 1000n ** power;
  } else return fail(`units.parse_bytes: byte unit ${unit} not recognized`);
  const r = rational(num);
  if (!r) fail('units.parse_bytes: could not parse byte amount to a number');
  return (r[0] * mult) / r[1];
}

function parseUnits(raw: string): number | bigint {
  const s = raw.replace(/"/g, '');
  if (s.includes(' ')) fail('units.parse: spaces not allowed in resource strings');
  const [num, rawUnit] = splitAmount(s);
  if (num === '') fail('units.parse: no amount provided');
  const unit = rawUnit.length > 1 ? rawUnit[0] + rawUnit.slice(1).toLowerCase() : rawUnit;
  let n = 1n;
  let d = 1n;
  if (unit === 'm') d = 1000n;
  else if (unit !== '') {
    const m = /^([kKMgGtTpPeE]|[kKmMgGtTpPeE]i)$/.exec(unit);
    if (!m) fail(`units.parse: unit ${unit} not recognized`);
    const letter = unit[0]!.toLowerCase();
    const power = BigInt(DEC.indexOf(letter) + 1);
    n = unit.length === 2 ? 1024n ** power : 1000n ** power;
  }
  const r = rational(num);
  if (!r) fail('units.parse: could not parse amount to a number');
  const num2 = r[0] * n;
  const den = r[1] * d;
  if (num2 % den === 0n) {
    const q = num2 / den;
    return q <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(q) : q;
  }
  // big.Rat.FloatString(10): rounded half away from zero to 10 decimals
  const scaled = (num2 * 10n ** 10n * 2n + den) / (den * 2n);
  const digits = scaled.toString().padStart(11, '0');
  return Number(`${digits.slice(0, -10)}.${digits.slice(-10)}`);
}

export const unitsBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'units.parse_bytes': (x) => {
    const v = parseBytes(str(x, 1));
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  },
  'units.parse': (x) => parseUnits(str(x, 1)),
};
