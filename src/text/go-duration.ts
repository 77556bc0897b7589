// Go's time.ParseDuration in TypeScript, for the command line (`palisade test --timeout 1m30s`
// reads durations as `opa test` does). Rego's `time.parse_duration_ns` runs inside the module
// (src/runtime/assembly/builtins/); this is the host side's copy for options only.

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const MAX_INT64 = (1n << 63n) - 1n;

/** Go's time.ParseDuration, exactly (including its float rounding of fractions); throws Go's message. */
export function parseDuration(s: string): bigint {
  const orig = s;
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const invalid = (): never => fail(`time: invalid duration ${JSON.stringify(orig)}`);
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const intPart = m[1]!;
    const fracPart = m[2];
    if (intPart === '' && (fracPart === undefined || fracPart === '')) invalid();
    s = s.slice(m[0].length);
    const u = /^[^0-9.]+/.exec(s);
    if (!u) fail(`time: missing unit in duration ${JSON.stringify(orig)}`);
    const unit = UNITS[u![0]];
    if (unit === undefined) fail(`time: unknown unit ${JSON.stringify(u![0])} in duration ${JSON.stringify(orig)}`);
    s = s.slice(u![0].length);
    let v = BigInt(intPart || '0');
    if (v > MAX_INT64 / BigInt(unit!)) invalid();
    v *= BigInt(unit!);
    if (fracPart) {
      // Go keeps at most the digits that fit, then scales in float64.
      let f = 0;
      let scale = 1;
      for (const d of fracPart) {
        if (f > Number.MAX_SAFE_INTEGER / 10) break;
        f = f * 10 + Number(d);
        scale *= 10;
      }
      v += BigInt(Math.trunc(f * (unit! / scale)));
    }
    total += v;
    if (total > MAX_INT64 + (neg ? 1n : 0n)) invalid();
  }
  return neg ? -total : total;
}
