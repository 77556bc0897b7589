// The Dockerfile loader (kind `dockerfile`): parse.ts gives the data and each instruction's line
// span; here routes map to spans. Dockerfile findings land on whole instructions (first..last
// line, continuations and heredoc bodies included), which is the unit a developer edits.

import type { Document, LoadResult, Location, Route } from '../types.js';
import { decodeInput, type InputFile } from '../common/input.js';
import { scanIgnores } from '../common/ignores.js';
import { LineIndex } from '../../text/line-index.js';
import { limits, type LoadOptions } from '../common/options.js';
import { parseDockerfile, type ParsedDockerfile } from './parse.js';

/** How many leading segments of `route` exist in `data`. */
export function matchedPrefix(data: unknown, route: Route): number {
  let cur: unknown = data;
  let n = 0;
  for (const seg of route) {
    if (Array.isArray(cur) && typeof seg === 'number' && seg >= 0 && seg < cur.length) cur = cur[seg];
    else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, String(seg))) cur = (cur as Record<string, unknown>)[String(seg)];
    else break;
    n++;
  }
  return n;
}

function spanOf(p: ParsedDockerfile, route: Route, matched: number): { first: number; last: number } | undefined {
  const [a, b, c, d] = route;
  const { data, spans } = p;
  if (a === 'instructions' && matched >= 2) return spans[b as number];
  if (a === 'stages' && matched >= 2) {
    const st = data.stages[b as number]!;
    const fromSpan = spans[st.instructions[0]!];
    if (!fromSpan) return undefined;
    if (c === 'instructions' && matched >= 4) return spans[st.instructions[d as number]!];
    if (matched >= 3 && c !== 'instructions') return fromSpan;
    const lastSpan = spans[st.instructions[st.instructions.length - 1]!] ?? fromSpan;
    return { first: fromSpan.first, last: lastSpan.last };
  }
  if (a === 'args' && matched >= 2) {
    const name = String(b);
    let found: number | undefined;
    data.instructions.forEach((ins, i) => {
      if (ins.stage === null && ins.cmd === 'arg' && ins.args.some((x) => x.split(/\s+/).some((w) => w === name || w.startsWith(`${name}=`)))) found = i;
    });
    return found === undefined ? undefined : spans[found];
  }
  return undefined;
}

export function loadDockerfile(file: InputFile, opts?: LoadOptions): LoadResult {
  const lim = limits(opts);
  const dec = decodeInput(file, lim.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const text = dec.text;
  const parsed = parseDockerfile(file.path, text);
  const lines = new LineIndex(text);
  const lastLineOf = new Map<number, number>();
  for (const s of parsed.spans) lastLineOf.set(s.first, s.last);
  const ig = scanIgnores(file.path, text, lines, { openers: ['#'], extent: (l) => lastLineOf.get(l) ?? l });

  const locate = (route: Route): Location => {
    const matched = matchedPrefix(parsed.data, route);
    let span = spanOf(parsed, route, matched);
    let resolvedLen = matched;
    if (!span) {
      span = { first: 1, last: Math.max(1, lines.lineCount - (text.endsWith('\n') ? 1 : 0)) };
      resolvedLen = 0;
    }
    const region = lines.linesRegion(span.first, span.last);
    const firstLine = text.slice(lines.lineStart(span.first), lines.lineEnd(span.first));
    region.startColumn = firstLine.length - firstLine.trimStart().length + 1;
    const loc: Location = { file: file.path, region };
    if (resolvedLen < route.length) loc.approximate = { resolved: route.slice(0, resolvedLen) };
    return loc;
  };
  const doc: Document = {
    kind: 'dockerfile',
    path: file.path,
    index: 0,
    data: parsed.data,
    resource: `dockerfile ${file.path}`,
    ignores: ig.ignores,
    locate,
    resourceAt(route) {
      const [a, b] = route;
      if (a === 'instructions' && typeof b === 'number') {
        const ins = parsed.data.instructions[b];
        if (!ins) return undefined;
        const st = ins.stage === null ? undefined : parsed.data.stages[ins.stage];
        return st ? `stage ${st.name ?? st.index}: ${ins.cmd.toUpperCase()}` : `${ins.cmd.toUpperCase()} (global)`;
      }
      if (a === 'stages' && typeof b === 'number') {
        const st = parsed.data.stages[b];
        return st ? `stage ${st.name ?? st.index}` : undefined;
      }
      return undefined;
    },
  };
  return { documents: [doc], diagnostics: [...parsed.diagnostics, ...ig.diagnostics] };
}
