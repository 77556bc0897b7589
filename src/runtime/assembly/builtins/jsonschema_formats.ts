// The `format` checkers of gojsonschema (format_checkers.go) for json.match_schema: the same
// names, Go's time.Parse layouts for the date and time formats (gotime.ts), Go's net.ParseIP for
// ipv4/ipv6 (net.ts), Go's regexp (the RE2 engine) for `regex` and gojsonschema's own patterns.
// Unknown formats pass, as there. Must not report errors: jsonschema.ts does.
// The uri family follows Go's url.Parse (goUrl: its scheme, authority, port, host-character and
// %-escape rules) plus gojsonschema's rejection of backslashes; email follows Go's
// mail.ParseAddress (mailAddress) without RFC 2047 decoding of display names and without groups.

import { T_STRING, tag, len } from "../value";
import { Buf, newBuf, putByte } from "../buf";
import { clearBuiltinError } from "./error";
import { asciiBuf, parse as parseTime } from "./gotime";
import { parseIpNet } from "./net";
import { programOf } from "./regex";
import { newMachine, run } from "./regex/vm";

function is(f: usize, name: string): bool {
  const n = len(f);
  if (n != <u32>name.length) return false;
  for (let i: u32 = 0; i < n; i++) if (<u32>load<u8>(f + 8 + i) != <u32>name.charCodeAt(<i32>i)) return false;
  return true;
}

/** Whether Go's regexp `re` matches n bytes at p; false when p is not a valid pattern for `compiles`. */
function matches(re: string, p: usize, n: u32): bool {
  const b = asciiBuf(re);
  const prog = programOf(b.ptr, <u32>b.len);
  if (!prog) { clearBuiltinError(); return false; }
  return run(newMachine(prog, 0), p, n, 0);
}

function layout(l: string, p: usize, n: u32): bool {
  const b = asciiBuf(l);
  return parseTime(b.ptr, <u32>b.len, p, n);
}

function has(p: usize, n: u32, c: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (<u32>load<u8>(p + i) == c) return true;
  return false;
}

function isHex(c: u32): bool { return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66); }
function isAlnum(c: u32): bool { return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a); }
function find(p: usize, a: u32, b: u32, c: u32): i32 {
  for (let i = a; i < b; i++) if (<u32>load<u8>(p + i) == c) return <i32>i;
  return -1;
}
function findLast(p: usize, a: u32, b: u32, c: u32): i32 {
  for (let i = <i32>b - 1; i >= <i32>a; i--) if (<u32>load<u8>(p + <u32>i) == c) return i;
  return -1;
}

// The parts of the last goUrl parse that the checkers read.
let urlHasScheme = false;
let urlPath: Buf = changetype<Buf>(0);

const HOST_OK = "!$&'()*+,;=:[]<>\"-_.~";
const USER_OK = "-._:~!$&'()*+,;=%@";
function inSet(c: u32, set: string): bool {
  for (let i = 0; i < set.length; i++) if (<u32>set.charCodeAt(i) == c) return true;
  return false;
}

/** net/url's unescape over [a, b): %-escapes must be complete; a host takes only its characters. */
function unescapeOk(p: usize, a: u32, b: u32, host: bool, out: Buf | null): bool {
  for (let i = a; i < b; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x25) {
      if (i + 2 >= b || !isHex(load<u8>(p + i + 1)) || !isHex(load<u8>(p + i + 2))) return false;
      const hi = <u32>load<u8>(p + i + 1);
      const v = (hi <= 0x39 ? hi - 0x30 : (hi | 0x20) - 0x61 + 10);
      // in a host, %-escapes are only for non-ASCII bytes (and %25)
      if (host && v < 8 && !(hi == 0x32 && load<u8>(p + i + 2) == 0x35)) return false;
      if (out) { const lo = <u32>load<u8>(p + i + 2); putByte(out, v << 4 | (lo <= 0x39 ? lo - 0x30 : (lo | 0x20) - 0x61 + 10)); }
      i += 2;
      continue;
    }
    if (host && c < 0x80 && !isAlnum(c) && !inSet(c, HOST_OK)) return false;
    if (out) putByte(out, c);
  }
  return true;
}

function validPort(p: usize, a: u32, b: u32): bool {
  if (a == b) return true;
  if (load<u8>(p + a) != 0x3a) return false;
  for (let i = a + 1; i < b; i++) { const c = load<u8>(p + i); if (c < 0x30 || c > 0x39) return false; }
  return true;
}

/** net/url's parseAuthority over [a, b). */
function authorityOk(p: usize, a: u32, b: u32): bool {
  const at = findLast(p, a, b, 0x40);
  const h = at < 0 ? a : <u32>at + 1;
  if (at >= 0) {
    for (let i = a; i < <u32>at; i++) { const c = <u32>load<u8>(p + i); if (!isAlnum(c) && !inSet(c, USER_OK) && c < 0x80) return false; }
    if (!unescapeOk(p, a, <u32>at, false, null)) return false;
  }
  if (h < b && load<u8>(p + h) == 0x5b) {
    const close = findLast(p, h, b, 0x5d);
    if (close < 0 || !validPort(p, <u32>close + 1, b)) return false;
  } else {
    const colon = findLast(p, h, b, 0x3a);
    if (colon >= 0 && !validPort(p, <u32>colon, b)) return false;
  }
  return unescapeOk(p, h, b, true, null);
}

/** Go's url.Parse succeeds on n bytes at p (and gojsonschema's rule: no backslash); sets urlHasScheme and urlPath. */
function goUrl(p: usize, n: u32): bool {
  urlHasScheme = false;
  urlPath = newBuf(n + 1);
  if (find(p, 0, n, 0x5c) >= 0) return false;
  const hash = find(p, 0, n, 0x23);
  const end = hash < 0 ? n : <u32>hash;
  if (hash >= 0 && !unescapeOk(p, end + 1, n, false, null)) return false;
  for (let i: u32 = 0; i < end; i++) { const c = load<u8>(p + i); if (c < 0x20 || c == 0x7f) return false; }
  // the scheme: letters first, then letters, digits, + - .; a leading ':' is an error
  let rest: u32 = 0;
  for (let i: u32 = 0; i < end; i++) {
    const c = <u32>load<u8>(p + i);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) continue;
    if ((c >= 0x30 && c <= 0x39) || c == 0x2b || c == 0x2d || c == 0x2e) { if (i == 0) break; continue; }
    if (c == 0x3a) { if (i == 0) return false; urlHasScheme = true; rest = i + 1; }
    break;
  }
  let stop = end;
  const q = find(p, rest, end, 0x3f);
  if (q >= 0) stop = <u32>q;
  if (rest >= stop || load<u8>(p + rest) != 0x2f) {
    if (urlHasScheme) return true; // opaque: no path
    const slash = find(p, rest, stop, 0x2f);
    if (find(p, rest, slash < 0 ? stop : <u32>slash, 0x3a) >= 0) return false; // colon in the first segment
  }
  let path = rest;
  const authority = stop - rest >= 2 && load<u8>(p + rest) == 0x2f && load<u8>(p + rest + 1) == 0x2f &&
    (urlHasScheme || stop - rest < 3 || load<u8>(p + rest + 2) != 0x2f);
  if (authority) {
    const slash = find(p, rest + 2, stop, 0x2f);
    path = slash < 0 ? stop : <u32>slash;
    if (!authorityOk(p, rest + 2, path)) return false;
  }
  return unescapeOk(p, path, stop, false, urlPath);
}

/** rxURITemplate (`^([^{]*({[^}]*})?)*$`) on the URL's path: every '{' is closed by a later '}'. */
function uriTemplate(p: usize, n: u32): bool {
  if (!goUrl(p, n)) return false;
  let open = false;
  for (let i: usize = 0; i < urlPath.len; i++) {
    const c = load<u8>(urlPath.ptr + i);
    if (c == 0x7b) open = true;
    else if (c == 0x7d) open = false;
  }
  return !open;
}

/** gojsonschema's IsFormat: true for a known format the string satisfies, or any unknown format. */
export function checkFormat(f: usize, v: usize): bool {
  if (tag(f) != T_STRING || tag(v) != T_STRING) return true;
  // no heap reset here: a pattern compiled on the way may sit in the per-evaluation regex cache
  const p = v + 8, n = len(v);
  let ok = true;
  if (is(f, "date-time")) {
    ok = layout("15:04:05", p, n) || layout("15:04:05Z07:00", p, n) || layout("2006-01-02", p, n) ||
      layout("2006-01-02T15:04:05Z07:00", p, n) || layout("2006-01-02T15:04:05.999999999Z07:00", p, n);
  } else if (is(f, "date")) ok = layout("2006-01-02", p, n);
  else if (is(f, "time")) ok = layout("15:04:05Z07:00", p, n) || layout("15:04:05", p, n);
  else if (is(f, "email") || is(f, "idn-email")) ok = mailAddress(p, n);
  else if (is(f, "ipv4")) ok = has(p, n, 0x2e) && parseIpNet(p, n) != 0;
  else if (is(f, "ipv6")) ok = has(p, n, 0x3a) && parseIpNet(p, n) != 0;
  else if (is(f, "hostname")) {
    ok = n < 256 && matches("^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])(\\.([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9]))*$", p, n);
  } else if (is(f, "uri") || is(f, "iri")) ok = goUrl(p, n) && urlHasScheme;
  else if (is(f, "uri-reference") || is(f, "iri-reference")) ok = goUrl(p, n);
  else if (is(f, "uri-template")) ok = uriTemplate(p, n);
  else if (is(f, "uuid")) ok = matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", p, n);
  else if (is(f, "regex")) {
    ok = programOf(p, n) != 0;
    if (!ok) clearBuiltinError();
  } else if (is(f, "json-pointer")) ok = matches("^(?:/(?:[^~/]|~0|~1)*)*$", p, n);
  else if (is(f, "relative-json-pointer")) ok = matches("^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$", p, n);
  return ok;
}

// ---- Go's net/mail ParseAddress: an addr-spec, or a display name and <addr-spec>, and an optional
// trailing (comment). The parser works on [mp, me) and moves mp.

let mp: usize = 0, me: usize = 0;

function skipSpace(): void { while (mp < me && (load<u8>(mp) == 0x20 || load<u8>(mp) == 0x09)) mp++; }

/** RFC 5322 atext (and '.' when dot): printable ASCII but the specials, or any non-ASCII. */
function isAtext(c: u32, dot: bool): bool {
  if (c == 0x2e) return dot;
  if (inSet(c, "()<>[]:;@\\,\"")) return false;
  return (c >= 0x21 && c <= 0x7e) || c >= 0x80;
}

/** A dot-atom; unless permissive, without a leading, trailing or double dot. */
function atom(permissive: bool): bool {
  const a = mp;
  while (mp < me && isAtext(load<u8>(mp), true)) mp++;
  if (mp == a) return false;
  if (permissive) return true;
  if (load<u8>(a) == 0x2e || load<u8>(mp - 1) == 0x2e) return false;
  for (let q = a; q + 1 < mp; q++) if (load<u8>(q) == 0x2e && load<u8>(q + 1) == 0x2e) return false;
  return true;
}

/** A quoted-string; false when unclosed or holding a character it may not. */
function quoted(): bool {
  mp++;
  let escaped = false, any = false;
  while (mp < me) {
    const c = <u32>load<u8>(mp++);
    const vchar = (c >= 0x21 && c <= 0x7e) || c >= 0x80, wsp = c == 0x20 || c == 0x09;
    if (escaped) { if (!vchar && !wsp) return false; escaped = false; any = true; }
    else if (c == 0x22) { lastQuotedEmpty = !any; return true; }
    else if (c == 0x5c) escaped = true;
    else if (vchar || wsp) any = true;
    else return false;
  }
  return false;
}
let lastQuotedEmpty = false;

function addrSpec(): bool {
  const orig = mp;
  skipSpace();
  let ok = mp < me;
  if (ok) ok = load<u8>(mp) == 0x22 ? quoted() && !lastQuotedEmpty : atom(false);
  if (ok) ok = mp < me && load<u8>(mp++) == 0x40;
  if (ok) { skipSpace(); ok = mp < me; }
  if (ok) {
    if (load<u8>(mp) == 0x5b) {
      mp++;
      while (mp < me && load<u8>(mp) != 0x5d) {
        const c = <u32>load<u8>(mp++);
        if (!((c >= 0x21 && c <= 0x5a) || (c >= 0x5e && c <= 0x7e) || c >= 0x80)) { ok = false; break; }
      }
      ok = ok && mp < me && load<u8>(mp++) == 0x5d;
    } else ok = atom(false);
  }
  if (!ok) mp = orig;
  return ok;
}

/** Comments and white space; false on an unclosed comment. */
function skipCFWS(): bool {
  skipSpace();
  while (mp < me && load<u8>(mp) == 0x28) {
    let depth = 0;
    while (mp < me) {
      const c = load<u8>(mp++);
      if (c == 0x5c) { mp++; continue; }
      if (c == 0x28) depth++;
      else if (c == 0x29 && --depth == 0) break;
    }
    if (depth != 0) return false;
    skipSpace();
  }
  return true;
}

function mailAddress(p: usize, n: u32): bool {
  mp = p; me = p + n;
  skipSpace();
  if (mp == me) return false;
  if (!addrSpec()) {
    // display-name: words (atoms, dots allowed, or quoted strings), then <addr-spec>
    if (load<u8>(mp) != 0x3c) {
      let words = 0;
      while (true) {
        skipSpace();
        if (mp == me) break;
        const at = mp;
        if (!(load<u8>(mp) == 0x22 ? quoted() : atom(true))) { mp = at; break; }
        words++;
      }
      if (words == 0) return false;
    }
    skipSpace();
    if (mp == me || load<u8>(mp++) != 0x3c || !addrSpec() || mp == me || load<u8>(mp++) != 0x3e) return false;
  }
  return skipCFWS() && mp == me;
}
