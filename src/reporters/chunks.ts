// Reports as streams of text chunks: what lets a report of any size be written without ever
// being one string (V8 caps a string near 512 MiB; 36,000 documents' JSON report passed it). Owns
// the streamed JSON serializer (byte for byte JSON.stringify(value, null, 2)) and the batching of
// small chunks. Must not escape anything (escape.ts's guardChunks does, at the edge) and must
// not write anything.

/** Chunks are gathered up to about this many characters before they are handed on. */
const BATCH = 1 << 16;

/**
 * `JSON.stringify(value, null, 2)` as chunks: containers down to `depth` are opened member by
 * member, anything deeper is one JSON.stringify re-indented to where it sits (JSON text has no
 * raw newlines inside strings, so every `\n` is a line break of the layout). Values are the plain
 * data reports build: no toJSON, no cycles.
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  const open = depth > 0 && value !== null && typeof value === 'object';
  if (!open) {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v = value[i];
      // As JSON.stringify: holes, undefined and functions in arrays are null.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonChunks(v, depth - 1, inner);
      yield i + 1 < value.length ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return yield '{}';
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
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
