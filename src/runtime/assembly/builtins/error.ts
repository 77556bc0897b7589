// The builtin error channel: a native builtin that fails returns 0 after calling fail(); the
// interpreter then aborts (strict plans) or treats the call as undefined. Owns only that state.

import { mkStr } from "../value";

let err: usize = 0;

export function fail(msg: string): usize {
  err = mkStr(msg);
  return 0;
}

export function builtinError(): usize { return err; }
export function clearBuiltinError(): void { err = 0; }
