// One shape for every user-facing problem, from a Rego parse error to an unreadable input file:
//   file:line:col: error[code]: message
//     fix: what to do about it
// Codes are a closed set (below) so that users, tests and docs can rely on them. A bug in Palisade
// itself is not a Diagnostic: it is an InternalError, shown with "please report".

export type Severity = 'error' | 'warning' | 'note';

/** The closed set of diagnostic codes. Add a code here, with a line of doc, before using it. */
export const DIAGNOSTIC_CODES = {
  // Rego compilation (names follow OPA's error kinds where one exists)
  rego_parse_error: 'the Rego source does not parse',
  rego_compile_error: 'the Rego is well-formed but invalid (conflicts, unknown names, bad imports …)',
  rego_unsafe_var_error: 'a variable is not bound by any expression that can produce a value',
  rego_recursion_error: 'rules or functions depend on themselves',
  rego_type_error: 'a builtin is called with the wrong number or kind of arguments',
  rego_unsupported_error: 'valid Rego that Palisade cannot compile (named in the message)',
  // Policy metadata and packaging
  policy_metadata_error: 'a policy METADATA block is missing a field or has an invalid one',
  bundle_error: 'a policy bundle (.tar.gz / .wasm) cannot be read',
  // Inputs
  input_parse_error: 'an input file is not valid JSON/YAML/HCL/Dockerfile',
  input_limit_error: 'an input file exceeds a safety limit (size, depth, aliases …)',
  input_read_error: 'an input file cannot be read (permissions, binary, encoding, symlink loop …)',
  input_duplicate_key: 'a mapping has the same key twice',
  input_unrendered: 'a Helm chart was not rendered, so its templates were not scanned (they are not YAML until rendered)',
  scan_partial: 'policies that compare objects across the scan (custom.inventory) did not run: the scan saw only part of the inputs (changed files, a shard)',
  input_unresolved: 'part of an input cannot be resolved offline (a Terraform module that is not downloaded, a missing module folder); the rest is scanned',
  // Configuration, usage and evaluation
  config_error: 'the Palisade configuration file is invalid',
  usage_error: 'the command line is invalid',
  waiver_error: 'a waiver is malformed, expired or does not match anything',
  eval_error: 'a policy failed while evaluating a document (conflict, builtin error, budget)',
  // Output
  report_limit: 'findings were left out of an output to stay within its consumer\'s limits (GitHub SARIF or annotation caps)',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  col: number;
  code: DiagnosticCode;
  message: string;
  /** What the user should do. Every diagnostic shown to a person has one. */
  fix?: string;
  severity?: Severity;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col > 0 ? d.col : 1}` : d.file;
  const head = `${where}: ${d.severity ?? 'error'}[${d.code}]: ${d.message}`;
  return d.fix ? `${head}\n  fix: ${d.fix}` : head;
}

/** Thrown by the compiler and other library entry points: carries every problem found, not just the first. */
export class PalisadeError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'PalisadeError';
    this.diagnostics = diagnostics;
  }
}

/** A bug in Palisade, as opposed to a problem with what the user gave it. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}
