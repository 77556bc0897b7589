// Builtins a capabilities file declares but Palisade does not implement (a policy library's own
// tool adds them, such as trivy's `result.new`): tests replace them with `with`; a call that is
// not replaced ends the evaluation with an error naming the builtin, as OPA's would. Kept apart
// from the compiler so a worker thread can build them from names alone.

/** Host functions for the declared builtins `names`. */
export function declaredStubs(names: Iterable<string>): Record<string, () => never> {
  const out: Record<string, () => never> = {};
  for (const name of names) {
    out[name] = () => {
      throw new Error(`eval_builtin_error: ${name}: not implemented: the capabilities file declares it, so Palisade can only use a \`with ${name} as …\` replacement`);
    };
  }
  return out;
}
