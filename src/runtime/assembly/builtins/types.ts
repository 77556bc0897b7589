// Type tests, type_name, to_number and the native json.* builtins.

import {
  T_NULL, T_BOOL, T_INT, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len,
  boolV, mkStr, mkString, mkInt, isNumber,
} from "../value";
import { parseJSON, parseNumberText, dumpValue } from "../json";
import { newBuf } from "../buf";
import { heapPtr, setHeapPtr } from "../mem";
import { fail } from "./error";

export function isType(v: usize, t: u32): usize {
  const x = tag(v);
  if (t == T_INT) return boolV(isNumber(v));
  return boolV(x == t);
}

export function typeName(v: usize): usize {
  switch (tag(v)) {
    case T_NULL: return mkStr("null");
    case T_BOOL: return mkStr("boolean");
    case T_INT: case T_FLOAT: case T_BIGNUM: return mkStr("number");
    case T_STRING: return mkStr("string");
    case T_ARRAY: return mkStr("array");
    case T_OBJECT: return mkStr("object");
    default: return mkStr("set");
  }
}

export function toNumber(v: usize): usize {
  const t = tag(v);
  if (t == T_NULL) return mkInt(0);
  if (t == T_BOOL) return mkInt(load<u32>(v, 4));
  if (isNumber(v)) return v;
  if (t != T_STRING) return fail("operand 1 must be one of {boolean, null, number, string}");
  let p = v + 8;
  const e = p + len(v);
  if (p < e && load<u8>(p) == 0x2b) p++; // Go's ParseFloat accepts a leading '+'
  const r = p < e ? parseNumberText(p, e) : 0;
  if (r == 0) return fail("invalid syntax");
  return r;
}

export function jsonMarshal(v: usize): usize {
  const b = newBuf(64);
  dumpValue(b, v);
  return mkString(b.ptr, <u32>b.len);
}

export function jsonUnmarshal(s: usize): usize {
  if (tag(s) != T_STRING) return fail("operand 1 must be string");
  const r = parseJSON(s + 8, len(s));
  if (r == 0) return fail("invalid JSON");
  return r;
}

export function jsonIsValid(s: usize): usize {
  if (tag(s) != T_STRING) return boolV(false);
  const mark = heapPtr;
  const ok = parseJSON(s + 8, len(s)) != 0;
  setHeapPtr(mark);
  return boolV(ok);
}
