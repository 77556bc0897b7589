// Palisade's own builtin: `palisade.load_documents(kind, text)`, the `input` documents Palisade's
// loader of that kind makes of a file's text — the exact shape policies see in a scan. It exists
// so Rego unit tests can state their input as the file a user writes (a Dockerfile's lines, a
// manifest) rather than as a hand-built object that may drift from the loader's shape: a test
// that passes on a hand-built shape the loader never produces proves nothing. Pure (no I/O); a
// kind without a loader, or text that does not load, is a builtin error.

import { LOADERS } from '../../loaders/index.js';
import { formatDiagnostic } from '../../diagnostics.js';
import { fail, str } from './errors.js';
import type { Value } from './values.js';

function loadDocuments(kind: string, text: string): Value {
  const loader = Object.prototype.hasOwnProperty.call(LOADERS, kind) ? LOADERS[kind as keyof typeof LOADERS] : undefined;
  if (!loader) return fail(`unknown document kind: ${kind} (one of ${Object.keys(LOADERS).join(', ')})`);
  const r = loader({ path: `input.${kind}`, bytes: Buffer.from(text, 'utf8') });
  const error = r.diagnostics.find((d) => (d.severity ?? 'error') === 'error');
  if (error) return fail(formatDiagnostic(error).split('\n')[0]!);
  return r.documents.map((d) => d.data as Value);
}

export const palisadeBuiltins: Record<string, (...args: Value[]) => unknown> = {
  'palisade.load_documents': (kind, text) => loadDocuments(str(kind, 1), str(text, 2)),
};
