// print and trace. print's argument is an array with one set per operand (the values the
// operand took; empty when it was undefined), formatted as OPA does and sent to opa_println.

import { T_STRING, T_ARRAY, T_SET, tag, len, arrGet, TRUE_V } from "../value";
import { opa_println } from "../mem";
import { dumpValue } from "../json";
import { newBuf, putByte, putBytes, putStr } from "../buf";
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
      if (tag(v) == T_STRING) putBytes(b, v + 8, len(v)); else dumpValue(b, v);
    }
  }
  putByte(b, 0);
  opa_println(b.ptr);
  return TRUE_V;
}
