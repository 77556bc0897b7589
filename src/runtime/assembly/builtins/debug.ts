// print and trace. print's argument is an array with one set per operand (the values the
// operand took; empty when it was undefined), formatted as OPA does and sent to opa_println.

import { T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, len, arrGet, objKey, objVal, TRUE_V } from "../value";
import { opa_println } from "../mem";
import { dumpValue } from "../json";
import { Buf, newBuf, putByte, putBytes, putStr } from "../buf";

/** Rego term syntax, as OPA's print shows composite values: [1, 2], {"a": 1}, {1, 2}, set(). */
function putTerm(b: Buf, v: usize): void {
  const t = tag(v);
  if (t == T_ARRAY || t == T_SET) {
    if (t == T_SET && len(v) == 0) { putStr(b, "set()"); return; }
    putByte(b, t == T_ARRAY ? 0x5b : 0x7b);
    for (let i: u32 = 0; i < len(v); i++) {
      if (i) putStr(b, ", ");
      putTerm(b, arrGet(v, i));
    }
    putByte(b, t == T_ARRAY ? 0x5d : 0x7d);
    return;
  }
  if (t == T_OBJECT) {
    putByte(b, 0x7b);
    for (let i: u32 = 0; i < len(v); i++) {
      if (i) putStr(b, ", ");
      putTerm(b, objKey(v, i));
      putStr(b, ": ");
      putTerm(b, objVal(v, i));
    }
    putByte(b, 0x7d);
    return;
  }
  dumpValue(b, v);
}
import { fail } from "./error";

export function print(ops: usize): usize {
  if (tag(ops) != T_ARRAY) return fail("operand 1 must be array");
  const b = newBuf(128);
  for (let i: u32 = 0; i < len(ops); i++) {
    if (i) putByte(b, 0x20);
    const s = arrGet(ops, i);
    if (tag(s) != T_SET || len(s) == 0) { putStr(b, "<undefined>"); continue; }
    for (let j: u32 = 0; j < len(s); j++) {
      if (j) putByte(b, 0x20);
      const v = arrGet(s, j);
      if (tag(v) == T_STRING) putBytes(b, v + 8, len(v)); else putTerm(b, v);
    }
  }
  putByte(b, 0);
  opa_println(b.ptr);
  return TRUE_V;
}
