// The generic YAML loader (kind `yaml`), for users' own policies over arbitrary YAML: one document
// per non-empty document of the stream.

import type { Document, LoadResult } from '../types.js';
import { decodeInput, type InputFile } from '../common/input.js';
import { limits, type LoadOptions } from '../common/options.js';
import { ignoresFor, locateIn, parseYamlStream, yamlEntries, type YamlEntry, type YamlStream } from './stream.js';

export function yamlDocument(kind: Document['kind'], stream: YamlStream, entry: YamlEntry): Document {
  return {
    kind,
    path: stream.path,
    index: entry.index,
    data: entry.data,
    ignores: ignoresFor(stream, entry),
    locate: (route) => locateIn(stream, entry, route),
  };
}

/** Decodes and parses, or returns the diagnostics that stopped it. */
export function readYaml(file: InputFile, opts?: LoadOptions): YamlStream | LoadResult {
  const lim = limits(opts);
  const dec = decodeInput(file, lim.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  return parseYamlStream(file.path, dec.text, lim);
}

/** As readYaml, with the entries made one by one (see yamlEntries); undefined when the file must take readYaml. */
export function readYamlEntries(file: InputFile, opts?: LoadOptions): ReturnType<typeof yamlEntries> | LoadResult {
  const lim = limits(opts);
  const dec = decodeInput(file, lim.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  return yamlEntries(file.path, dec.text, lim);
}

export function loadYaml(file: InputFile, opts?: LoadOptions): LoadResult {
  const s = readYaml(file, opts);
  if ('documents' in s) return s;
  return { documents: s.entries.map((e) => yamlDocument('yaml', s, e)), diagnostics: s.diagnostics };
}
