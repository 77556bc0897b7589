// Errors raised inside host builtins, and the operand checks that raise them.
// Owns: the two error kinds OPA distinguishes (operand type errors vs. other builtin errors) and
// their exact message wording. Must not decide what an error means for evaluation: index.ts turns
// them into "undefined" (non-strict) or a thrown Error (strict).

import type { Value } from './values.js';
import { typeName } from './values.js';

/** A builtin rejected its input. `builtin` is filled in by the dispatcher when left empty. */
export class BuiltinError extends Error {
  readonly builtin: string;
  constructor(builtin: string, message: string) {
    super(message);
    this.name = 'BuiltinError';
    this.builtin = builtin;
  }
}

/** An operand had the wrong type: OPA reports these as `eval_type_error`, not `eval_builtin_error`. */
export class OperandTypeError extends BuiltinError {
  constructor(builtin: string, message: string) {
    super(builtin, message);
    this.name = 'OperandTypeError';
  }
}

export function fail(message: string): never {
  throw new BuiltinError('', message);
}

export function operandFail(pos: number, message: string): never {
  throw new OperandTypeError('', `operand ${pos} ${message}`);
}

export function typeFail(pos: number, got: unknown, ...expected: string[]): never {
  const want = expected.length === 1 ? expected[0] : `one of {${expected.join(', ')}}`;
  return operandFail(pos, `must be ${want} but got ${typeName(got)}`);
}

export function elementFail(pos: number, composite: unknown, got: unknown, ...expected: string[]): never {
  const t = typeName(composite);
  const want = expected.length === 1 ? `${expected[0]}s` : `(any of) {${expected.join(', ')}}`;
  return operandFail(pos, `must be ${t} of ${want} but got ${t} containing ${typeName(got)}`);
}

export function str(v: unknown, pos: number): string {
  if (typeof v !== 'string') typeFail(pos, v, 'string');
  return v;
}

export function num(v: unknown, pos: number): number {
  if (typeof v !== 'number') typeFail(pos, v, 'number');
  return v;
}

export function int(v: unknown, pos: number): number {
  const n = num(v, pos);
  if (!Number.isInteger(n)) operandFail(pos, 'must be integer number but got floating-point number');
  return n;
}

export function bool(v: unknown, pos: number): boolean {
  if (typeof v !== 'boolean') typeFail(pos, v, 'boolean');
  return v;
}

export function arr(v: unknown, pos: number): Value[] {
  if (!Array.isArray(v)) typeFail(pos, v, 'array');
  return v as Value[];
}

export function obj(v: unknown, pos: number): Record<string, Value> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) typeFail(pos, v, 'object');
  return v as Record<string, Value>;
}

/**
 * A Rego set or array of strings. Sets arrive from the Wasm module as JSON arrays, so both shapes
 * look the same here; the message names the expected types the way OPA does.
 */
export function strList(v: unknown, pos: number, expected: string[] = ['array', 'set']): string[] {
  if (!Array.isArray(v)) typeFail(pos, v, ...expected);
  for (const x of v) if (typeof x !== 'string') elementFail(pos, v, x, 'string');
  return v as string[];
}
