// Number literals as OPA compares them: by the exact value their text denotes (ast.NumberCompare
// ends in big.Rat), so 1, 1.0 and 1e0 are one key and 18446744073709551617 is not
// 18446744073709551616. The compiler's checks key literals with this; it must not round through
// a JS number, which is what made those two integers collide.

/** A canonical text of the value a JSON number text denotes: `-0.D×10^E` as `-D e E`. */
export function numberKey(raw: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw);
  if (!m) return raw;
  const [, sign, int = '', frac = '', exp = '0'] = m;
  let digits = (int + frac).replace(/^0+/, '');
  const lead = (int + frac).length - digits.length;
  // value = 0.<int+frac> × 10^(int.length) × 10^exp; leading zeros move the point left
  const e = BigInt(int.length) - BigInt(lead) + BigInt(exp);
  digits = digits.replace(/0+$/, '');
  if (digits === '') return '0';
  return `${sign}${digits}e${e}`;
}
