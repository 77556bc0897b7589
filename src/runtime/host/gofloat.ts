// Go's strconv float formatting (%e %f %g, shortest and fixed precision) for sprintf.
// Owns: digit generation with Go's rounding (exact decimal value, ties to even), which differs
// from JS toFixed (ties away from zero) on values like 2.5. Must not handle flags or padding.

interface Digits {
  /** significant digits, no leading or trailing zeros ("" for zero) */
  d: string;
  /** decimal point position: value = 0.d × 10^dp */
  dp: number;
}

/** The exact decimal expansion of a finite, non-negative double. */
function exactDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  return trim({ d: digits, dp });
}

function trim(x: Digits): Digits {
  let d = x.d.replace(/0+$/, '');
  let dp = x.dp;
  const lead = d.length - d.replace(/^0+/, '').length;
  d = d.slice(lead);
  dp -= lead;
  return d === '' ? { d: '', dp: 0 } : { d, dp };
}

/** Round to `nd` significant digits, ties to even (on the exact value, so a real tie). */
function roundTo(x: Digits, nd: number): Digits {
  if (nd < 0) return { d: '', dp: 0 };
  if (x.d.length <= nd) return x;
  const rest = x.d.slice(nd);
  let up: boolean;
  if (rest[0]! > '5') up = true;
  else if (rest[0]! < '5') up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else up = nd > 0 && Number(x.d[nd - 1]) % 2 === 1;
  let head = x.d.slice(0, nd);
  let dp = x.dp;
  if (up) {
    const n = (BigInt(head === '' ? '0' : head) + 1n).toString();
    if (n.length > head.length) dp++;
    head = n;
  }
  return trim({ d: head, dp });
}

function shortest(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [m, e] = x.toExponential().split('e') as [string, string];
  return trim({ d: m.replace('.', ''), dp: Number(e) + 1 });
}

function digitAt(x: Digits, i: number): string {
  return i >= 0 && i < x.d.length ? x.d[i]! : '0';
}

function fmtE(x: Digits, prec: number, verb: 'e' | 'E'): string {
  let s = digitAt(x, 0);
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(x, i);
  }
  const exp = x.d === '' ? 0 : x.dp - 1;
  const abs = Math.abs(exp);
  return `${s}${verb}${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(x: Digits, prec: number): string {
  let s = '';
  if (x.dp > 0) for (let i = 0; i < x.dp; i++) s += digitAt(x, i);
  else s = '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) s += digitAt(x, x.dp + i);
  }
  return s;
}

/**
 * strconv.FormatFloat(|x|, verb, prec, 64) without the sign; prec -1 means shortest.
 * Infinities and NaN cannot arrive from JSON and are not handled.
 */
export function formatFloat(abs: number, verb: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', prec: number): string {
  const isShortest = prec < 0;
  let digs: Digits;
  if (isShortest) {
    digs = shortest(abs);
  } else {
    const exact = exactDigits(abs);
    switch (verb) {
      case 'e':
      case 'E':
        digs = roundTo(exact, prec + 1);
        break;
      case 'f':
      case 'F':
        digs = roundTo(exact, exact.dp + prec);
        break;
      default:
        digs = roundTo(exact, prec === 0 ? 1 : prec);
    }
  }
  switch (verb) {
    case 'e':
    case 'E':
      return fmtE(digs, isShortest ? Math.max(digs.d.length - 1, 0) : prec, verb);
    case 'f':
    case 'F':
      return fmtF(digs, isShortest ? Math.max(digs.d.length - digs.dp, 0) : prec);
    default: {
      let p = isShortest ? digs.d.length : prec === 0 ? 1 : prec;
      let eprec = p;
      if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      if (isShortest) eprec = 6;
      const exp = digs.dp - 1;
      if (digs.d !== '' && (exp < -4 || exp >= eprec)) {
        if (p > digs.d.length) p = digs.d.length;
        return fmtE(digs, Math.max(p - 1, 0), verb === 'g' ? 'e' : 'E');
      }
      if (p > digs.dp) p = digs.d.length;
      return fmtF(digs, Math.max(p - digs.dp, 0));
    }
  }
}
