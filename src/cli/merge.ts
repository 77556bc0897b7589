// `palisade merge`: one report from the reports of a sharded scan (see reporters/merge.ts). Every
// input must be the same format, SARIF or Palisade JSON; the output is written atomically.

import { readFile } from 'node:fs/promises';
import type * as Sarif from 'sarif';
import { writeAtomic } from '../reporters/index.js';
import type { JsonReport } from '../reporters/json.js';
import { mergeJson, mergeSarif } from '../reporters/merge.js';
import { EXIT, usageError, type Io } from './io.js';

interface MergeOpts {
  output?: string;
}

export async function mergeCommand(io: Io, files: string[], opts: MergeOpts): Promise<number> {
  const parsed: Array<{ file: string; data: unknown }> = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw usageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'pass the reports the shards wrote');
    }
    try {
      parsed.push({ file, data: JSON.parse(text) });
    } catch {
      throw usageError(`${file} is not JSON`, 'pass SARIF or JSON reports written by `palisade scan --output sarif=… / json=…`');
    }
  }
  const kind = (d: unknown) => (Array.isArray((d as Sarif.Log).runs) ? 'sarif' : Array.isArray((d as JsonReport).findings) && (d as JsonReport).version === 1 ? 'json' : 'unknown');
  const kinds = new Set(parsed.map((p) => kind(p.data)));
  const bad = parsed.find((p) => kind(p.data) === 'unknown');
  if (bad) throw usageError(`${bad.file} is neither SARIF nor a Palisade JSON report`, 'pass the reports the shards wrote');
  if (kinds.size > 1) throw usageError('the reports mix SARIF and JSON', 'merge the SARIF files and the JSON files separately');
  const merged = kinds.has('sarif') ? mergeSarif(parsed.map((p) => p.data as Sarif.Log)) : mergeJson(parsed.map((p) => p.data as JsonReport));
  const text = `${JSON.stringify(merged, null, 2)}\n`;
  if (opts.output) await writeAtomic(opts.output, text);
  else io.out(text);
  return EXIT.clean;
}
