// Small constructors for loader diagnostics, so that every one carries a fix and the same wording
// of positions. Must not format or print: src/diagnostics.ts does that.

import type { Diagnostic, DiagnosticCode, Severity } from '../../diagnostics.js';

export function fileDiagnostic(file: string, code: DiagnosticCode, message: string, fix: string, severity: Severity = 'error'): Diagnostic {
  return { file, line: 0, col: 0, code, message, fix, severity };
}

export function at(
  file: string,
  pos: { line: number; col: number },
  code: DiagnosticCode,
  message: string,
  fix: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line: pos.line, col: pos.col, code, message, fix, severity };
}
