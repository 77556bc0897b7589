// sprintf: Go's fmt.Sprintf applied to Rego values the way OPA prepares them.
// OPA turns each argument into a Go value first: integral numbers become int (or *big.Int),
// other numbers float64, strings stay strings, and everything else (booleans, null, arrays,
// objects, sets) becomes its Rego text. So %d of 3.5 prints `%!d(float64=3.5)`, %t of true prints
// `%!t(string=true)` and %.2f of 3 prints `%!f(int=3)`: that is what OPA users see, and we keep it.
// Owns the verb/flag/width machinery; must not format floats itself (gofloat.ts does).

import { formatFloat } from './gofloat.js';
import { arr, str } from './errors.js';
import { goQuote, isGoPrint, regoString, type Value } from './values.js';

type Arg = { t: 'int'; v: bigint; big: boolean } | { t: 'float'; v: number } | { t: 'string'; v: string };

function toArg(v: Value): Arg {
  if (typeof v === 'number') {
    // OPA sees the number's JSON text: digits are an integer, JS prints 1e21 and above in exponent form
    if (Number.isInteger(v) && Math.abs(v) < 1e21) {
      const b = BigInt(v);
      return { t: 'int', v: b, big: b > 0x7fffffffffffffffn || b < -0x8000000000000000n };
    }
    return { t: 'float', v };
  }
  if (typeof v === 'bigint') return { t: 'int', v, big: v > 0x7fffffffffffffffn || v < -0x8000000000000000n };
  if (typeof v === 'string') return { t: 'string', v };
  return { t: 'string', v: regoString(v) };
}

interface Spec {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

function goType(a: Arg): string {
  return a.t === 'int' ? (a.big ? '*big.Int' : 'int') : a.t === 'float' ? 'float64' : 'string';
}

function plain(a: Arg): string {
  if (a.t === 'int') return a.v.toString();
  if (a.t === 'float') return signed(a.v, formatFloat(Math.abs(a.v), 'g', -1), noFlags());
  return a.v;
}

function noFlags(): Spec {
  return { plus: false, minus: false, sharp: false, space: false, zero: false };
}

function runeLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Pad to the width: spaces on the left, on the right with '-', or zeros when asked for. */
function pad(s: string, spec: Spec, zeroOk: boolean): string {
  const w = spec.width ?? 0;
  const n = runeLength(s);
  if (n >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - n);
  if (spec.zero && zeroOk) {
    // zeros go after the sign
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(w - n) + s.slice(sign.length);
  }
  return ' '.repeat(w - n) + s;
}

function signed(v: number | bigint, body: string, spec: Spec): string {
  const neg = typeof v === 'bigint' ? v < 0n : v < 0 || Object.is(v, -0);
  if (neg) return '-' + body;
  if (spec.plus) return '+' + body;
  if (spec.space) return ' ' + body;
  return body;
}

function fmtInteger(v: bigint, verb: string, spec: Spec): string {
  const abs = v < 0n ? -v : v;
  const base = verb === 'b' ? 2 : verb === 'o' || verb === 'O' ? 8 : verb === 'x' || verb === 'X' ? 16 : 10;
  let digits = abs.toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (spec.prec !== undefined) {
    if (spec.prec === 0 && abs === 0n) digits = '';
    digits = digits.padStart(spec.prec, '0');
  } else if (spec.zero && !spec.minus && spec.width !== undefined) {
    const signWidth = v < 0n || spec.plus || spec.space ? 1 : 0;
    const prefixWidth = (spec.sharp && base !== 10) || verb === 'O' ? (base === 8 && verb === 'o' ? 1 : 2) : 0;
    digits = digits.padStart(spec.width - signWidth - prefixWidth, '0');
  }
  let prefix = '';
  if (verb === 'O') prefix = '0o';
  else if (spec.sharp) {
    if (verb === 'o' && !digits.startsWith('0')) prefix = '0';
    else if (verb === 'x') prefix = '0x';
    else if (verb === 'X') prefix = '0X';
    else if (verb === 'b') prefix = '0b';
  }
  return pad(signed(v, prefix + digits, spec), { ...spec, zero: false }, false);
}

function quoteRune(cp: number): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  const ch = String.fromCodePoint(cp);
  if (ch === "'" || ch === '\\') return `'\\${ch}'`;
  if (isGoPrint(ch)) return `'${ch}'`;
  return goQuote(ch, "'");
}

function fmtArg(a: Arg, verb: string, spec: Spec): string | undefined {
  if (verb === 'T') return pad(goType(a), spec, false);
  if (a.t === 'int') {
    switch (verb) {
      case 'v':
      case 'd':
      case 'b':
      case 'o':
      case 'O':
      case 'x':
      case 'X':
        return fmtInteger(a.v, verb === 'v' ? 'd' : verb, spec);
      case 'c':
        return a.big ? undefined : pad(String.fromCodePoint(clampRune(a.v)), spec, true);
      case 'q':
        return a.big ? undefined : pad(quoteRune(Number(a.v)), spec, true);
      case 'U': {
        if (a.big) return undefined;
        const hex = (a.v < 0n ? -a.v : a.v).toString(16).toUpperCase().padStart(spec.prec ?? 4, '0');
        let s = `U+${hex}`;
        if (spec.sharp && a.v >= 0n && a.v <= 0x10ffffn && isGoPrint(String.fromCodePoint(Number(a.v)))) {
          s += ` '${String.fromCodePoint(Number(a.v))}'`;
        }
        return pad(s, spec, false);
      }
      default:
        return undefined;
    }
  }
  if (a.t === 'float') {
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'e':
      case 'E':
      case 'f':
      case 'F': {
        const v = verb === 'v' ? 'g' : verb;
        const prec = spec.prec ?? (v === 'g' || v === 'G' ? -1 : 6);
        const body = formatFloat(Math.abs(a.v), v as 'e', prec);
        return pad(signed(a.v, body, spec), spec, true);
      }
      default:
        return undefined;
    }
  }
  switch (verb) {
    case 'v':
    case 's': {
      const s = spec.prec !== undefined ? [...a.v].slice(0, spec.prec).join('') : a.v;
      return pad(s, spec, true);
    }
    case 'q':
      if (spec.sharp && !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff]/.test(a.v)) return pad('`' + a.v + '`', spec, true);
      return pad(goQuote(a.v), spec, true);
    case 'x':
    case 'X': {
      let bytes = [...Buffer.from(a.v, 'utf8')];
      if (spec.prec !== undefined) bytes = bytes.slice(0, spec.prec);
      const parts = bytes.map((b) => {
        const h = b.toString(16).padStart(2, '0');
        return verb === 'X' ? h.toUpperCase() : h;
      });
      const pfx = spec.sharp ? (verb === 'X' ? '0X' : '0x') : '';
      const s = spec.space ? parts.map((p) => pfx + p).join(' ') : pfx + parts.join('');
      return pad(s, spec, true);
    }
    default:
      return undefined;
  }
}

function clampRune(v: bigint): number {
  return v < 0n || v > 0x10ffffn || (v >= 0xd800n && v <= 0xdfffn) ? 0xfffd : Number(v);
}

export function sprintf(format: unknown, values: unknown): string {
  const f = str(format, 1);
  const args = arr(values, 2).map(toArg);
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < f.length) {
    const pct = f.indexOf('%', i);
    if (pct < 0) {
      out += f.slice(i);
      break;
    }
    out += f.slice(i, pct);
    i = pct + 1;
    const spec = noFlags();
    flags: for (; i < f.length; i++) {
      switch (f[i]) {
        case '+': spec.plus = true; break;
        case '-': spec.minus = true; spec.zero = false; break;
        case '#': spec.sharp = true; break;
        case ' ': spec.space = true; break;
        case '0': spec.zero = !spec.minus; break;
        default: break flags;
      }
    }
    // width: digits or '*' (taken from the arguments, as Go does)
    if (f[i] === '*') {
      i++;
      const w = args[argi++];
      if (w && w.t === 'int' && !w.big) {
        spec.width = Number(w.v < 0n ? -w.v : w.v);
        if (w.v < 0n) { spec.minus = true; spec.zero = false; }
      } else out += '%!(BADWIDTH)';
    } else {
      const m = /^\d+/.exec(f.slice(i));
      if (m) { spec.width = Number(m[0]); i += m[0].length; }
    }
    if (f[i] === '.') {
      i++;
      if (f[i] === '*') {
        i++;
        const p = args[argi++];
        if (p && p.t === 'int' && !p.big && p.v >= 0n) spec.prec = Number(p.v);
        else out += '%!(BADPREC)';
      } else {
        const m = /^\d+/.exec(f.slice(i));
        spec.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    if (i >= f.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(f.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const a = args[argi];
    if (a === undefined) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    argi++;
    const s = fmtArg(a, verb, spec);
    out += s ?? `%!${verb}(${goType(a)}=${plain(a)})`;
  }
  if (argi < args.length) {
    out += `%!(EXTRA ${args.slice(argi).map((a) => `${goType(a)}=${plain(a)}`).join(', ')})`;
  }
  return out;
}
