// uuid.parse: the fields github.com/google/uuid exposes, as OPA's topdown/uuid.go returns them
// (version, variant; time for versions 1, 2, 6 and 7 as Unix nanoseconds; clock sequence, node id
// and MAC flags for 1 and 2; domain and id for 2). An unparsable UUID is undefined, not an error.
// Must not generate UUIDs: uuid.rfc4122 is random, which OPA's Wasm leaves to the SDK.

import { T_STRING, tag, len, mkInt, mkStr, mkObject, objPut, mkString } from "../value";
import { newBuf, putByte, putStr } from "../buf";
import { mustBe } from "./error";

/** 100-ns intervals between the Gregorian epoch (1582-10-15) and the Unix epoch. */
const GREGORIAN_OFFSET: i64 = 122192928000000000;
const HEX = "0123456789abcdef";

const bytes: usize = memory.data(16);

function hexVal(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return <i32>c - 0x61 + 10;
  return -1;
}

/** google/uuid's Parse: 36-char (optionally in {} or after urn:uuid:) or 32 hex digits, into `bytes`. */
function parse(p: usize, n: u32): bool {
  if (n == 38) {
    if (load<u8>(p) != 0x7b || load<u8>(p + 37) != 0x7d) return false;
    return parse(p + 1, 36);
  }
  if (n == 45) {
    const urn = "urn:uuid:";
    for (let i = 0; i < 9; i++) if ((<u32>load<u8>(p + <usize>i) | 0x20) != <u32>urn.charCodeAt(i)) return false;
    return parse(p + 9, 36);
  }
  let k: u32 = 0;
  if (n == 36) {
    if (load<u8>(p + 8) != 0x2d || load<u8>(p + 13) != 0x2d || load<u8>(p + 18) != 0x2d || load<u8>(p + 23) != 0x2d) return false;
  } else if (n != 32) return false;
  for (let i: u32 = 0; i < 16; i++) {
    if (n == 36 && (k == 8 || k == 13 || k == 18 || k == 23)) k++;
    const hi = hexVal(load<u8>(p + k)), lo = hexVal(load<u8>(p + k + 1));
    if (hi < 0 || lo < 0) return false;
    store<u8>(bytes + i, <u8>(hi << 4 | lo));
    k += 2;
  }
  return true;
}

@inline function b(i: u32): u64 { return <u64>load<u8>(bytes + i); }

function put(o: usize, key: string, v: usize): void { objPut(o, mkStr(key), v); }

export function uuidParse(s: usize): usize {
  if (tag(s) != T_STRING) return mustBe(1, "string", s);
  if (!parse(s + 8, len(s))) return 0;
  const version = <i32>(b(6) >> 4);
  const o = mkObject(8);
  put(o, "version", mkInt(version));
  const v8 = <u32>b(8);
  put(o, "variant", mkStr((v8 & 0xc0) == 0x80 ? "RFC4122" : (v8 & 0xe0) == 0xc0 ? "Microsoft" : (v8 & 0xe0) == 0xe0 ? "Future" : "Reserved"));
  if (version == 1 || version == 2) {
    const t = (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3)) | (b(4) << 8 | b(5)) << 32 | ((b(6) << 8 | b(7)) & 0x0fff) << 48;
    // Go's time.Unix(uuid.Time().UnixTime()).UnixNano(), which wraps as int64 arithmetic does
    put(o, "time", mkInt((<i64>t - GREGORIAN_OFFSET) * 100));
    put(o, "clocksequence", mkInt(<i64>((b(8) & 0x3f) << 8 | b(9))));
    const node = newBuf(17);
    for (let i: u32 = 10; i < 16; i++) {
      if (i > 10) putByte(node, 0x2d);
      putByte(node, HEX.charCodeAt(<i32>(b(i) >> 4)));
      putByte(node, HEX.charCodeAt(<i32>(b(i) & 15)));
    }
    put(o, "nodeid", mkString(node.ptr, <u32>node.len));
    const mac = newBuf(16);
    putStr(mac, (b(10) & 2) != 0 ? "local:" : "global:");
    putStr(mac, (b(10) & 1) != 0 ? "multicast" : "unicast");
    put(o, "macvariables", mkString(mac.ptr, <u32>mac.len));
    if (version == 2) {
      const d = <u32>b(9);
      if (d < 3) put(o, "domain", mkStr(d == 0 ? "Person" : d == 1 ? "Group" : "Org"));
      else {
        const name = newBuf(12);
        putStr(name, "Domain");
        if (d >= 100) putByte(name, 0x30 + d / 100);
        if (d >= 10) putByte(name, 0x30 + (d / 10) % 10);
        putByte(name, 0x30 + d % 10);
        put(o, "domain", mkString(name.ptr, <u32>name.len));
      }
      put(o, "id", mkInt(<i64>(b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3))));
    }
  } else if (version == 6) {
    const t = (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3)) << 28 | (b(4) << 8 | b(5)) << 12 | ((b(6) << 8 | b(7)) & 0x0fff);
    put(o, "time", mkInt((<i64>t - GREGORIAN_OFFSET) * 100));
  } else if (version == 7) {
    const ms = (b(0) << 40 | b(1) << 32 | b(2) << 24 | b(3) << 16 | b(4) << 8 | b(5));
    put(o, "time", mkInt(<i64>ms * 1000000));
  }
  return o;
}
