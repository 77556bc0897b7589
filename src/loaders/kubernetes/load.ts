// Kubernetes manifests: a YAML stream (kubectl's `---` separated files, Helm's rendered output)
// becomes one document per object. `List` kinds (`kind: List`, `kind: FooList` with `items`) are
// expanded so that policies see each item as an object, while routes still map into the item's
// place in the file. Documents without a `kind` stay generic `yaml` documents rather than vanish.
//
// resource names: `Kind/namespace/name`, or `Kind/name` when the manifest sets no namespace: the
// namespace is then decided at apply time (`kubectl -n`, or the object is cluster-scoped), so
// Palisade does not pretend it is `default`.

import type { Diagnostic } from '../../diagnostics.js';
import type { Document, LoadResult, Route } from '../types.js';
import type { InputFile } from '../common/input.js';
import type { LoadOptions } from '../common/options.js';
import { readYaml, readYamlEntries, yamlDocument } from '../yaml/load.js';
import { helmSource, ignoresFor, locateIn, type YamlEntry, type YamlStream } from '../yaml/stream.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function resourceName(o: Obj): string {
  const kind = typeof o.kind === 'string' ? o.kind : '?';
  const md = isObj(o.metadata) ? o.metadata : {};
  const name = typeof md.name === 'string' ? md.name : typeof md.generateName === 'string' ? `${md.generateName}*` : '?';
  return typeof md.namespace === 'string' && md.namespace !== '' ? `${kind}/${md.namespace}/${name}` : `${kind}/${name}`;
}

function isList(o: Obj): boolean {
  return typeof o.kind === 'string' && /List$/.test(o.kind) && Array.isArray(o.items);
}

function objectDocument(stream: YamlStream, entry: YamlEntry, data: Obj, prefix: Route): Document {
  const source = helmSource(entry);
  const doc: Document = {
    kind: 'kubernetes',
    path: stream.path,
    index: entry.index,
    data,
    resource: resourceName(data),
    ignores: ignoresFor(stream, entry),
    locate(route) {
      const loc = locateIn(stream, entry, [...prefix, ...route]);
      if (loc.approximate) loc.approximate = { resolved: loc.approximate.resolved.slice(prefix.length) };
      return loc;
    },
  };
  if (source !== undefined) doc.source = source;
  return doc;
}

/** The documents of one entry of the stream: one object, a List's items, or a generic `yaml` document. */
function documentsOf(s: YamlStream, entry: YamlEntry, out: (doc: Document) => void): void {
  const data = entry.data;
  if (!isObj(data) || typeof data.kind !== 'string') return out(yamlDocument('yaml', s, entry));
  if (!isList(data)) return out(objectDocument(s, entry, data, []));
  (data.items as unknown[]).forEach((item, i) => {
    if (isObj(item)) out(objectDocument(s, entry, item, ['items', i]));
  });
}

export function loadKubernetes(file: InputFile, opts?: LoadOptions): LoadResult {
  const s = readYaml(file, opts);
  if ('documents' in s) return s;
  const documents: Document[] = [];
  for (const entry of s.entries) documentsOf(s, entry, (d) => documents.push(d));
  return { documents, diagnostics: s.diagnostics };
}

/**
 * loadKubernetes with each document handed to `sink` as soon as it is made, before the rest of
 * the file is decoded (see yamlEntries): the same documents in the same order, and the same
 * diagnostics, returned once the file is done.
 */
export function streamKubernetes(file: InputFile, opts: LoadOptions | undefined, sink: (doc: Document) => void): Diagnostic[] {
  const lazy = readYamlEntries(file, opts);
  if (!lazy) {
    const r = loadKubernetes(file, opts);
    for (const d of r.documents) sink(d);
    return r.diagnostics;
  }
  if ('documents' in lazy) return lazy.diagnostics;
  for (const entry of lazy.entries) documentsOf(lazy.stream, entry, sink);
  return lazy.stream.diagnostics;
}
