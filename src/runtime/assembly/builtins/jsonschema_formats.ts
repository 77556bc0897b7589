// The `format` checkers of gojsonschema (format_checkers.go) for json.match_schema: the same
// names, Go's time.Parse layouts for the date and time formats (gotime.ts), Go's net.ParseIP for
// ipv4/ipv6 (net.ts), Go's regexp (the RE2 engine) for `regex` and gojsonschema's own patterns.
// Unknown formats pass, as there. Must not report errors: jsonschema.ts does.
// Known approximations: `email` is an address with one '@' and no spaces (gojsonschema calls Go's
// mail.ParseAddress, which also takes "Name <a@b>"), and the uri family checks what makes Go's
// url.Parse fail (control bytes, a bad %-escape) plus gojsonschema's rejection of backslashes.

import { T_STRING, tag, len } from "../value";
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

/** What makes Go's url.Parse fail (control bytes, a bad %-escape), or a backslash (gojsonschema). */
function urlBroken(p: usize, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c < 0x20 || c == 0x7f || c == 0x5c) return true;
    if (c == 0x25) {
      if (i + 2 >= n || !isHex(load<u8>(p + i + 1)) || !isHex(load<u8>(p + i + 2))) return true;
    }
  }
  return false;
}

function isHex(c: u32): bool { return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66); }

/** Length of a URL scheme ("http:") at p, 0 when there is none. */
function schemeLen(p: usize, n: u32): u32 {
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x3a) return i > 0 ? i + 1 : 0;
    const alpha = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (i == 0 ? !alpha : !(alpha || (c >= 0x30 && c <= 0x39) || c == 0x2b || c == 0x2d || c == 0x2e)) return 0;
  }
  return 0;
}

/** rxURITemplate (`^([^{]*({[^}]*})?)*$`) on the URL's path: every '{' is closed by a later '}'. */
function uriTemplate(p: usize, n: u32): bool {
  if (urlBroken(p, n)) return false;
  const s = schemeLen(p, n);
  let a = p + s, e = p + n;
  for (let q = a; q < e; q++) { const c = load<u8>(q); if (c == 0x3f || c == 0x23) { e = q; break; } }
  // an opaque URL ("mailto:x") has no path for Go
  if (s > 0 && (a >= e || load<u8>(a) != 0x2f)) return true;
  if (e - a >= 2 && load<u8>(a) == 0x2f && load<u8>(a + 1) == 0x2f) {
    a += 2;
    while (a < e && load<u8>(a) != 0x2f) a++;
  }
  let open = false;
  for (let q = a; q < e; q++) {
    const c = load<u8>(q);
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
  else if (is(f, "email") || is(f, "idn-email")) ok = emailLike(p, n);
  else if (is(f, "ipv4")) ok = has(p, n, 0x2e) && parseIpNet(p, n) != 0;
  else if (is(f, "ipv6")) ok = has(p, n, 0x3a) && parseIpNet(p, n) != 0;
  else if (is(f, "hostname")) {
    ok = n < 256 && matches("^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])(\\.([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9]))*$", p, n);
  } else if (is(f, "uri") || is(f, "iri")) ok = schemeLen(p, n) > 0 && !urlBroken(p, n);
  else if (is(f, "uri-reference") || is(f, "iri-reference")) ok = !urlBroken(p, n);
  else if (is(f, "uri-template")) ok = uriTemplate(p, n);
  else if (is(f, "uuid")) ok = matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", p, n);
  else if (is(f, "regex")) {
    ok = programOf(p, n) != 0;
    if (!ok) clearBuiltinError();
  } else if (is(f, "json-pointer")) ok = matches("^(?:/(?:[^~/]|~0|~1)*)*$", p, n);
  else if (is(f, "relative-json-pointer")) ok = matches("^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$", p, n);
  return ok;
}

/** One '@' with something on both sides and no white space. */
function emailLike(p: usize, n: u32): bool {
  let at: i32 = -1;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x20 || (c >= 0x09 && c <= 0x0d)) return false;
    if (c == 0x40) { if (at >= 0) return false; at = <i32>i; }
  }
  return at > 0 && <u32>at < n - 1;
}
