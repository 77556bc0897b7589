import { describe, expect, it } from 'vitest';
import { loadDockerfile } from '../../loaders/dockerfile/load.js';
import { palisadeBuiltins } from './palisade.js';

const load = palisadeBuiltins['palisade.load_documents']!;

describe('palisade.load_documents', () => {
  it("gives exactly the loader's documents, so unit tests see a scan's shape", () => {
    const text = "FROM python:3.12\nRUN pip install --trusted-host pypi.example.com 'flask>=3' && echo ok > /dev/null\n";
    const docs = load('dockerfile', text) as Array<{ instructions: Array<{ commands?: Array<{ argv: string[] }> }> }>;
    expect(docs).toEqual(loadDockerfile({ path: 'x', bytes: Buffer.from(text) }).documents.map((d) => d.data));
    expect(docs[0]!.instructions[1]!.commands!.map((c) => c.argv)).toEqual([
      ['pip', 'install', '--trusted-host', 'pypi.example.com', 'flask>=3'],
      ['echo', 'ok'],
    ]);
  });

  it('loads every object of a Kubernetes stream', () => {
    expect(load('kubernetes', 'kind: Pod\nmetadata: {name: a}\n---\nkind: Service\nmetadata: {name: b}\n')).toEqual([
      { kind: 'Pod', metadata: { name: 'a' } },
      { kind: 'Service', metadata: { name: 'b' } },
    ]);
  });

  it('rejects an unknown kind and text that does not load', () => {
    expect(() => load('helm', 'x')).toThrow('unknown document kind: helm');
    expect(() => load('kubernetes', 'kind: [unclosed')).toThrow(/input\.kubernetes/);
  });
});
