// Rego values as host builtins see them, and the few operations every family needs on them:
// OPA's type names, OPA's total order (for set results), Rego's printed syntax (sprintf %v) and
// an exact JSON encoding for integers beyond 2^53.
// Must not know about any particular builtin.
//
// Values arrive from @open-policy-agent/opa-wasm as JSON.parse output: Rego sets arrive as
// arrays and cannot be told apart from arrays here. Results may contain `bigint` for integers that
// a double cannot hold (nanosecond timestamps); exactJson prints those digit for digit.

export type Value = null | boolean | number | bigint | string | Value[] | { [key: string]: Value };

export type TypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export function typeName(v: unknown): TypeName {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    default:
      return Array.isArray(v) ? 'array' : 'object';
  }
}

const RANK: Record<TypeName, number> = { null: 0, boolean: 1, number: 2, string: 3, array: 4, object: 5 };

/** Go compares strings byte-wise in UTF-8, which is code-point order; JS `<` is UTF-16 order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** OPA's total order over values: null < boolean < number < string < array < object. */
export function compareValues(a: Value, b: Value): number {
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta !== tb) return RANK[ta] - RANK[tb];
  switch (ta) {
    case 'null':
      return 0;
    case 'boolean':
      return a === b ? 0 : a ? 1 : -1;
    case 'number':
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 'string':
      return compareStrings(a as string, b as string);
    case 'array': {
      const x = a as Value[];
      const y = b as Value[];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i]!, y[i]!);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    default: {
      const x = a as Record<string, Value>;
      const y = b as Record<string, Value>;
      const kx = Object.keys(x).sort(compareStrings);
      const ky = Object.keys(y).sort(compareStrings);
      for (let i = 0; i < Math.min(kx.length, ky.length); i++) {
        const c = compareStrings(kx[i]!, ky[i]!);
        if (c !== 0) return c;
        const d = compareValues(x[kx[i]!]!, y[ky[i]!]!);
        if (d !== 0) return d;
      }
      return kx.length - ky.length;
    }
  }
}

export function deepEqual(a: Value, b: Value): boolean {
  return compareValues(a, b) === 0;
}

/** A set result: sorted and without duplicates, so the JSON array is deterministic. */
export function setOf(items: Value[]): Value[] {
  const sorted = [...items].sort(compareValues);
  return sorted.filter((v, i) => i === 0 || compareValues(sorted[i - 1]!, v) !== 0);
}

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

export function isGoPrint(ch: string): boolean {
  return PRINTABLE.test(ch);
}

/** Go's strconv.Quote: the form OPA uses when it prints a string inside a composite value. */
export function goQuote(s: string, quote = '"'): string {
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') {
      out += '\\' + ch;
    } else if (isGoPrint(ch)) {
      out += ch;
    } else {
      out += escapeRune(cp);
    }
  }
  return out + quote;
}

function escapeRune(cp: number): string {
  switch (cp) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
  }
  // Lone surrogates are not valid UTF-8: Go would see U+FFFD after the JSON round trip.
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** A value in Rego syntax, as OPA's Term.String() prints it (object keys in sorted order). */
export function regoString(v: Value): string {
  switch (typeName(v)) {
    case 'null':
      return 'null';
    case 'boolean':
    case 'number':
      return String(v);
    case 'string':
      return goQuote(v as string);
    case 'array':
      return `[${(v as Value[]).map(regoString).join(', ')}]`;
    default: {
      const o = v as Record<string, Value>;
      const keys = Object.keys(o).sort(compareStrings);
      return `{${keys.map((k) => `${goQuote(k)}: ${regoString(o[k]!)}`).join(', ')}}`;
    }
  }
}

export function hasBigInt(v: unknown): boolean {
  if (typeof v === 'bigint') return true;
  if (Array.isArray(v)) return v.some(hasBigInt);
  if (typeof v === 'object' && v !== null) return Object.values(v).some(hasBigInt);
  return false;
}

/** JSON text with bigints printed exactly (JSON.stringify throws on them). */
export function exactJson(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${v.map(exactJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}:${exactJson(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
