// Output channel escaping: the one layer that makes text from scanned files safe for where it is
// written. Everything a repository controls (file names, YAML keys, values quoted in messages,
// waiver reasons) reaches people through three channels, each with its own hazards:
//
// - the terminal and CI logs (text reports, diagnostics on stderr): control characters repaint
//   the screen or write the clipboard (OSC 52), and GitHub's runner reads every log line as a
//   potential workflow command — `::cmd::` at the start of a line (after whitespace; lines end at
//   \r or \n) and the legacy `##[cmd]` anywhere in it — so `::stop-commands::` in a YAML key would
//   blind every annotation after it; and Unicode's invisible format characters (bidi overrides and
//   isolates, zero-width characters) make a line read differently from what it holds ("Trojan
//   Source"), so they are shown as escapes too;
// - workflow commands themselves (annotations): `%`, `\r`, `\n` in data and also `:` and `,` in
//   properties must be percent-encoded (@actions/core's rules);
// - machine formats written to stdout (JSON, SARIF, JUnit): already escaped by their syntax, but
//   still read by the runner line by line, so `##[` is written with the format's own escape.
//
// Reporters compose lines from Palisade's own words plus content passed through `terminalText`;
// `guardOutput` then checks the whole report at the edge, so a reporter that forgets cannot open
// a channel. Must not decide layout or colour.

import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import type { ReportFormat } from './types.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Content for a terminal line: every control character (C0, DEL, C1, and the line and paragraph
 * separators) is shown as an escape, so content never ends a line or starts a sequence; `##[`
 * cannot form a legacy command, and content that would open a line with `::` cannot form one.
 */
export function terminalText(s: string): string {
  let out = s.replace(CONTROL, visible);
  out = out.replace(/##\[/g, '##\\[');
  return /^\s*::/u.test(out) ? out.replace(':', '\\:') : out;
}

/** Diagnostic in the house format, each field escaped for a terminal (message and fix stay one line each). */
export function formatDiagnosticForTerminal(d: Diagnostic): string {
  return formatDiagnostic({ ...d, file: terminalText(d.file), message: terminalText(d.message), ...(d.fix !== undefined ? { fix: terminalText(d.fix) } : {}) });
}

/** Invisible format characters: bidi marks, embeddings, overrides and isolates, zero-width characters, BOM. */
const INVISIBLE = '\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff';
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}]`, 'g');
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'g');
const visible = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * As @actions/core's escapeData (the message part of a workflow command), and more: other control
 * characters are shown as escapes (the log viewer renders ANSI sequences), and `##[` cannot form
 * a legacy command.
 */
export function escapeData(s: string): string {
  return s
    .replace(CONTROL, (c) => (c === '\n' || c === '\r' ? c : visible(c)))
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/##\[/g, '##%5B');
}

/** As @actions/core's escapeProperty: values of `key=value` properties, where `:` and `,` are syntax. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line whose properties and message may hold any content. */
export function workflowCommand(kind: string, props: Array<[string, string | number | undefined]>, message: string): string {
  const list = props.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${kind}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

const OWN_COMMAND = /^::(error|warning|notice)( [^:\r\n]*)?::/;

/**
 * The last check before a report leaves: every line a runner could take as a command is
 * neutralised with the format's own escape (lossless for JSON and XML). In the `github` format
 * lines Palisade opened with its own annotation command are left alone: their content is
 * percent-encoded, and a line that parses as a v2 command is never read as a legacy one.
 */
export function guardOutput(text: string, format: ReportFormat | 'terminal'): string {
  // Reports run to megabytes: only a text that holds something to neutralise is split into lines.
  // The line-start test for `::` is a regex over every line (77 ms of CPU for a 57 MB JSON
  // report): it runs only when the text holds a `::` at all (11 ms).
  INVISIBLE_RE.lastIndex = 0;
  if (!text.includes('##[') && !text.includes('\r') && !(text.includes('::') && /^[^\S\n]*::/mu.test(text)) && !INVISIBLE_RE.test(text)) return text;
  // Each format's own escape for a character, so JSON and XML still decode to the same text.
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
  const invisible = format === 'junit' ? (c: string) => `&#x${hex(c)};` : (c: string) => `\\u${hex(c)}`;
  const v1 = format === 'json' || format === 'sarif' ? '##\\u005b' : format === 'junit' ? '##&#91;' : '##\\[';
  const colon = format === 'junit' ? '&#58;' : '\\:';
  return text
    .split('\n')
    .map((line) => {
      if (format === 'github' && OWN_COMMAND.test(line)) return line;
      let l = line.replace(/\r/g, format === 'junit' ? '&#13;' : '\\r').replace(/##\[/g, v1).replace(INVISIBLE_RE, invisible);
      const m = /^(\s*)::/u.exec(l);
      if (m) l = `${m[1]}${colon}${l.slice(m[0].length - 1)}`;
      return l;
    })
    .join('\n');
}

/**
 * guardOutput over a report written as chunks: chunks are cut at line ends first, so every line
 * is guarded whole, exactly as guardOutput would guard the joined text.
 */
export function* guardChunks(chunks: Iterable<string>, format: ReportFormat | 'terminal'): Generator<string> {
  let rest = '';
  for (const c of chunks) {
    const text = rest + c;
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(end + 1);
    yield guardOutput(text.slice(0, end + 1), format);
  }
  if (rest) yield guardOutput(rest, format);
}
