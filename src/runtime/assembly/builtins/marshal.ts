// json.marshal_with_options: OPA's builtinJSONMarshalWithOpts, i.e. Go's json.Marshal (the dump
// json.marshal uses: sorted keys, HTML-safe escapes) or, when pretty, json.MarshalIndent with the
// prefix put before the first line too. Indentation is Go's json.Indent over the compact text.
// Must not format JSON any other way (../json.ts owns the dump).

import { T_BOOL, T_STRING, T_OBJECT, tag, len, objKey, objVal, mkString } from "../value";
import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";
import { dumpValue } from "../json";
import { mustBe, typeFailBuf, typeNameOf } from "./error";

function newline(b: Buf, prefix: usize, indent: usize, depth: i32): void {
  putByte(b, 0x0a);
  putBytes(b, prefix + 8, len(prefix));
  for (let i = 0; i < depth; i++) putBytes(b, indent + 8, len(indent));
}

/** Go's json.Indent of compact JSON text [p, p+n) into b. */
function indentJson(b: Buf, p: usize, n: usize, prefix: usize, indent: usize): void {
  let depth = 0, needIndent = false, inString = false;
  for (let i: usize = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (inString) {
      putByte(b, c);
      if (c == 0x5c) { i++; putByte(b, load<u8>(p + i)); }
      else if (c == 0x22) inString = false;
      continue;
    }
    if (needIndent && c != 0x7d && c != 0x5d) {
      needIndent = false;
      depth++;
      newline(b, prefix, indent, depth);
    }
    switch (c) {
      case 0x7b: case 0x5b: needIndent = true; putByte(b, c); break;
      case 0x2c: putByte(b, c); newline(b, prefix, indent, depth); break;
      case 0x3a: putByte(b, c); putByte(b, 0x20); break;
      case 0x7d: case 0x5d:
        if (needIndent) needIndent = false;
        else { depth--; newline(b, prefix, indent, depth); }
        putByte(b, c);
        break;
      case 0x22: inString = true; putByte(b, c); break;
      default: putByte(b, c);
    }
  }
}

/** "operand 2 key <k> failed cast to <want>: operand <idx> must be <want> but got <type>". */
function castFail(key: usize, want: string, idx: u32, got: usize): usize {
  const b = newBuf(96);
  putStr(b, "operand 2 key "); putBytes(b, key + 8, len(key)); putStr(b, " failed cast to ");
  putStr(b, want == "boolean" ? "bool" : want); putStr(b, ": operand "); putStr(b, idx.toString());
  putStr(b, " must be "); putStr(b, want); putStr(b, " but got "); putStr(b, typeNameOf(got));
  return typeFailBuf(b);
}

function keyIs(k: usize, s: string): bool {
  if (len(k) != <u32>s.length) return false;
  for (let i = 0; i < s.length; i++) if (<i32>load<u8>(k + 8 + <usize>i) != s.charCodeAt(i)) return false;
  return true;
}

export function marshalWithOptions(x: usize, opts: usize): usize {
  if (tag(opts) != T_OBJECT) return mustBe(2, "object", opts);
  let prefix: usize = 0, indent: usize = 0;
  let implicit = false, explicit = false, pretty = false;
  for (let i: u32 = 0; i < len(opts); i++) {
    const k = objKey(opts, i), v = objVal(opts, i);
    if (tag(k) != T_STRING) {
      const b = newBuf(96);
      putStr(b, "operand 2 failed to stringify key at index "); putStr(b, i.toString());
      putStr(b, ": operand "); putStr(b, i.toString()); putStr(b, " must be string but got "); putStr(b, typeNameOf(k));
      return typeFailBuf(b);
    }
    if (keyIs(k, "prefix") || keyIs(k, "indent")) {
      if (tag(v) != T_STRING) return castFail(k, "string", i, v);
      if (keyIs(k, "prefix")) prefix = v; else indent = v;
      implicit = true;
    } else if (keyIs(k, "pretty")) {
      if (tag(v) != T_BOOL) return castFail(k, "boolean", i, v);
      explicit = true;
      pretty = load<u32>(v, 4) != 0;
    } else {
      const b = newBuf(64);
      putStr(b, "operand 2 object contained unknown key "); putBytes(b, k + 8, len(k));
      return typeFailBuf(b);
    }
  }
  if (!explicit) pretty = implicit;
  const compact = newBuf(64);
  dumpValue(compact, x);
  if (!pretty) return mkString(compact.ptr, <u32>compact.len);
  const tab = newBuf(12);
  putStr(tab, "\t");
  const ind = indent != 0 ? indent : mkString(tab.ptr, 1);
  const pre = prefix != 0 ? prefix : mkString(tab.ptr, 0);
  const out = newBuf(compact.len * 2 + 16);
  putBytes(out, pre + 8, len(pre));
  indentJson(out, compact.ptr, compact.len, pre, ind);
  return mkString(out.ptr, <u32>out.len);
}
