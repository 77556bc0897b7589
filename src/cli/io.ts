// How the CLI talks to people: diagnostics in the house format on stderr, exit codes from one
// table, and the line between user errors (exit 2, a fix to apply) and bugs (exit 3, please
// report, stack trace with --debug).

import { InternalError, PalisadeError, type Diagnostic } from '../diagnostics.js';
import { formatDiagnosticForTerminal, terminalText } from '../reporters/escape.js';

/** The documented exit codes. */
export const EXIT = {
  clean: 0,
  findings: 1,
  userError: 2,
  internalError: 3,
} as const;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  debug: boolean;
}

export const processIo = (debug = false): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  debug,
});

export function printDiagnostics(io: Io, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) io.err(formatDiagnosticForTerminal(d) + '\n');
}

/** A usage error in the house format (no file: it concerns the command line). */
export function usageError(message: string, fix: string): PalisadeError {
  return new PalisadeError([{ file: 'palisade', line: 0, col: 0, code: 'usage_error', message, fix }]);
}

/** Maps anything thrown by a command to output and an exit code. */
export function handleError(io: Io, e: unknown): number {
  if (e instanceof PalisadeError) {
    printDiagnostics(io, e.diagnostics);
    return EXIT.userError;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const kind = e instanceof InternalError ? 'internal error' : 'unexpected error';
  io.err(`palisade: ${kind}: ${terminalText(err.message)}\nThis is a bug in Palisade: please report it${io.debug ? '' : ' (rerun with --debug for the stack trace)'}.\n`);
  if (io.debug && err.stack) io.err(err.stack + '\n');
  return EXIT.internalError;
}
