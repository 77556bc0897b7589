// The builtin error channel: a native builtin that fails returns 0 after calling fail() (OPA's
// eval_builtin_error) or typeFail()/mustBe() (an operand of the wrong type: eval_type_error); the
// interpreter then aborts (strict plans) or treats the call as undefined. Owns only that state and
// the wording of operand type errors.

import { T_NULL, T_BOOL, T_STRING, T_ARRAY, T_OBJECT, T_SET, tag, mkStr, mkString } from "../value";
import { Buf, newBuf, putByte, putStr } from "../buf";

let err: usize = 0;
let typeErr: bool = false;

export function fail(msg: string): usize {
  err = mkStr(msg);
  typeErr = false;
  return 0;
}

/** An operand type error with a ready message, e.g. "operand 2 must be one of {2, 8, 10, 16}". */
export function typeFail(msg: string): usize {
  err = mkStr(msg);
  typeErr = true;
  return 0;
}

/** A builtin error whose message was assembled in b. */
export function failBuf(b: Buf): usize {
  err = mkString(b.ptr, <u32>b.len);
  typeErr = false;
  return 0;
}

/** An operand type error whose message was assembled in b. */
export function typeFailBuf(b: Buf): usize {
  err = mkString(b.ptr, <u32>b.len);
  typeErr = true;
  return 0;
}

/** OPA's type name of a value, as type errors print it. */
export function typeNameOf(v: usize): string {
  switch (tag(v)) {
    case T_NULL: return "null";
    case T_BOOL: return "boolean";
    case T_STRING: return "string";
    case T_ARRAY: return "array";
    case T_OBJECT: return "object";
    case T_SET: return "set";
    default: return "number";
  }
}

/** "operand <pos> must be <want> but got <type of got>" as an eval_type_error. */
export function mustBe(pos: u32, want: string, got: usize): usize {
  const b = newBuf(64);
  putStr(b, "operand ");
  putByte(b, 48 + pos);
  putStr(b, " must be ");
  putStr(b, want);
  putStr(b, " but got ");
  putStr(b, typeNameOf(got));
  err = mkString(b.ptr, <u32>b.len);
  typeErr = true;
  return 0;
}

/** "operand <pos> must be <coll> of <want>s but got <coll> containing <type of got>" (OPA's element error). */
export function elementFail(pos: u32, coll: usize, want: string, got: usize): usize {
  const b = newBuf(96);
  const t = typeNameOf(coll);
  putStr(b, "operand "); putByte(b, 48 + pos); putStr(b, " must be "); putStr(b, t);
  putStr(b, " of "); putStr(b, want); putStr(b, "s but got "); putStr(b, t); putStr(b, " containing "); putStr(b, typeNameOf(got));
  return typeFailBuf(b);
}

export function builtinError(): usize { return err; }
export function builtinErrorIsType(): bool { return typeErr; }
export function clearBuiltinError(): void { err = 0; typeErr = false; }
