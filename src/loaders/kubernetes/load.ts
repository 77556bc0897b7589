// Kubernetes manifests: a YAML stream (kubectl's `---` separated files, Helm's rendered output)
// becomes one document per object. `List` kinds (`kind: List`, `kind: FooList` with `items`) are
// expanded so that policies see each item as an object, while routes still map into the item's
// place in the file. Documents without a `kind` stay generic `yaml` documents rather than vanish.
//
// resource names: `Kind/namespace/name`, or `Kind/name` when the manifest sets no namespace: the
// namespace is then decided at apply time (`kubectl -n`, or the object is cluster-scoped), so
// Palisade does not pretend it is `default`.

import type { Document, LoadResult, Route } from '../types.js';
import type { InputFile } from '../common/input.js';
import type { LoadOptions } from '../common/options.js';
import { readYaml, yamlDocument } from '../yaml/load.js';
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

export function loadKubernetes(file: InputFile, opts?: LoadOptions): LoadResult {
  const s = readYaml(file, opts);
  if ('documents' in s) return s;
  const documents: Document[] = [];
  for (const entry of s.entries) {
    const data = entry.data;
    if (!isObj(data) || typeof data.kind !== 'string') {
      documents.push(yamlDocument('yaml', s, entry));
      continue;
    }
    if (isList(data)) {
      (data.items as unknown[]).forEach((item, i) => {
        if (isObj(item)) documents.push(objectDocument(s, entry, item, ['items', i]));
      });
      continue;
    }
    documents.push(objectDocument(s, entry, data, []));
  }
  return { documents, diagnostics: s.diagnostics };
}
