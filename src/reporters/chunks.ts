// Reports as streams of text chunks: what lets a report of any size be written without ever
// being one string (V8 caps a string near 512 MiB; 36,000 documents' JSON report passed it). Owns
// the streamed JSON serializer (byte for byte JSON.stringify(value, null, 2)) and the batching of
// small chunks. Must not escape anything (escape.ts's guardChunks does, at the edge) and must
// not write anything.

/** Chunks are gathered up to about this many characters before they are handed on. */
const BATCH = 1 << 16;

/**
 * Which containers `jsonChunks` opens: a number opens every container down to that depth; an
 * object names the members to open (`'*'` for an array's entries) and how far, and writes the
 * others whole. A shape lets a report open its long lists without opening each entry: a SARIF
 * result opened member by member made dozens of tiny chunks, and the generator and batching
 * overhead of those was most of the cost of writing 25,000 results.
 */
export type Open = number | { readonly [member: string]: Open };

/**
 * A list whose entries are made as jsonChunks writes them, so a long list of report entries (SARIF
 * results) is never held at once. JSON.stringify sees it as the array it stands for.
 */
export class LazyList<T> {
  constructor(
    readonly length: number,
    readonly at: (i: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

const inner = (open: Open, key: string): Open => (typeof open === 'number' ? open - 1 : open[key] ?? 0);
const opens = (open: Open) => (typeof open === 'number' ? open > 0 : true);

/**
 * `JSON.stringify(value, null, 2)` as chunks: containers are opened as `open` says, member by
 * member; anything else is one JSON.stringify re-indented to where it sits (JSON text has no raw
 * newlines inside strings, so every `\n` is a line break of the layout). Values are the plain
 * data reports build: no toJSON, no cycles.
 */
export function* jsonChunks(value: unknown, open: Open, indent = ''): Generator<string> {
  if (!opens(open) || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const deeper = `${indent}  `;
  const list = Array.isArray(value) ? (value as unknown[]) : value instanceof LazyList ? (value as LazyList<unknown>) : undefined;
  if (list) {
    if (list.length === 0) return yield '[]';
    const at = Array.isArray(list) ? (i: number) => list[i] : list.at;
    const each = inner(open, '*');
    yield '[\n';
    for (let i = 0; i < list.length; i++) {
      const v = at(i);
      // As JSON.stringify: holes, undefined and functions in arrays are null.
      const whole = v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : undefined;
      // An entry written whole goes out with its indent and separator as one chunk.
      if (whole !== undefined || !opens(each) || v === null || typeof v !== 'object') {
        yield `${deeper}${whole ?? JSON.stringify(v, null, 2).replace(/\n/g, `\n${deeper}`)}${i + 1 < list.length ? ',\n' : '\n'}`;
        continue;
      }
      yield deeper;
      yield* jsonChunks(v, each, deeper);
      yield i + 1 < list.length ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return yield '{}';
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${deeper}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, inner(open, k), deeper);
    yield i + 1 < entries.length ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Lines as chunks, each line ending in `\n`: the layout of `lines.join('\n') + '\n'`. */
export function* lineChunks(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** Small chunks gathered into batches of about BATCH characters, so writes stay few. */
export function* batched(chunks: Iterable<string>): Generator<string> {
  let buf = '';
  for (const c of chunks) {
    buf += c;
    if (buf.length >= BATCH) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The whole report as one string, for callers that want one (tests, the library's renderReport). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}
