// Dockerfile text → the instruction/stage data policies see (shape documented in docs/inputs.md
// and relied on by the dockerfile policy pack: keep it exact), plus the line span of each
// instruction. Follows BuildKit's reading of the format: parser directives (`# escape=`), comment
// lines (also inside continuations), escape-char line continuations, JSON (exec) form, `--flags`,
// heredocs (`<<EOF`, `<<-EOF`, quoted delimiters) and multi-stage builds. Must not evaluate
// variables or shell syntax.

import type { Diagnostic } from '../../diagnostics.js';
import { at } from '../common/diag.js';
import { runCommands, type ShellCommand } from './shell.js';

export interface DockerFrom {
  image: string;
  tag: string | null;
  digest: string | null;
  platform: string | null;
  raw: string;
}

export interface DockerStage {
  index: number;
  name: string | null;
  from: DockerFrom;
  instructions: number[];
}

export interface DockerInstruction {
  cmd: string;
  args: string[];
  raw: string;
  flags: Record<string, string>;
  json: boolean;
  /** Stage index; null for ARGs before the first FROM (global build args). */
  stage: number | null;
  heredocs: Array<{ name: string; body: string }>;
  /** RUN only: the shell commands it runs, each as its words (see shell.ts). */
  commands?: ShellCommand[];
}

export interface DockerfileData {
  stages: DockerStage[];
  instructions: DockerInstruction[];
  /** Global build args (ARG before the first FROM): name → default, null when none. */
  args: Record<string, string | null>;
}

export interface ParsedDockerfile {
  data: DockerfileData;
  /** 1-based first and last line of each instruction (heredoc bodies included). */
  spans: Array<{ first: number; last: number }>;
  diagnostics: Diagnostic[];
}

const KNOWN = new Set([
  'add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label',
  'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir',
]);
const JSON_FORM = new Set(['run', 'cmd', 'entrypoint', 'shell', 'copy', 'add', 'volume', 'healthcheck']);
const HAS_FLAGS = new Set(['from', 'run', 'copy', 'add', 'healthcheck']);
const HEREDOC_OK = new Set(['run', 'copy', 'add']);
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

/** Splits `--a=b --c rest` into flags and the rest; a flag without `=` is boolean "true". */
function takeFlags(s: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = s;
  for (;;) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|\S*))?(?:\s+|$)/.exec(rest);
    if (!m) break;
    const name = m[1]!;
    let value = m[2] ?? 'true';
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    // Repeated flags (several --mount) are kept, space separated, so no mount is lost.
    flags[name] = flags[name] === undefined ? value : `${flags[name]} ${value}`;
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

function parseFrom(rest: string, platform: string | null): { from: DockerFrom; name: string | null } {
  const words = rest.trim().split(/\s+/);
  const ref = words[0] ?? '';
  const name = words.length >= 3 && words[1]!.toLowerCase() === 'as' ? words[2]! : null;
  let image = ref;
  let digest: string | null = null;
  let tag: string | null = null;
  const atSign = image.indexOf('@');
  if (atSign !== -1) {
    digest = image.slice(atSign + 1);
    image = image.slice(0, atSign);
  }
  const colon = image.lastIndexOf(':');
  if (colon > image.lastIndexOf('/')) {
    tag = image.slice(colon + 1);
    image = image.slice(0, colon);
  }
  return { from: { image, tag, digest, platform, raw: rest.trim() }, name };
}

function jsonArray(s: string): string[] | undefined {
  const t = s.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // Not valid JSON: Docker then runs it as shell form, and so do we.
  }
  return undefined;
}

export function parseDockerfile(path: string, text: string): ParsedDockerfile {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const diagnostics: Diagnostic[] = [];
  const data: DockerfileData = { stages: [], instructions: [], args: {} };
  const spans: ParsedDockerfile['spans'] = [];
  let escape = '\\';

  // Parser directives: only at the very top, before any other comment, blank line or instruction.
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(lines[i]!);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape') {
      if (m[2] === '\\' || m[2] === '`') escape = m[2];
      else diagnostics.push(at(path, { line: i + 1, col: 1 }, 'input_parse_error', `invalid escape directive "${m[2]}"`, 'use `# escape=\\` or `# escape=`` (backtick)'));
    }
  }

  const isComment = (l: string) => /^\s*#/.test(l);
  const continues = (l: string) => l.trimEnd().endsWith(escape);

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || isComment(line)) continue;
    const first = i;
    const parts: string[] = [];
    let cur = line;
    for (;;) {
      if (continues(cur) && i + 1 < lines.length) {
        parts.push(cur.trimEnd().slice(0, -1).trim());
        i++;
        // Comment and blank lines inside a continuation are dropped, as BuildKit does.
        while (i < lines.length && (isComment(lines[i]!) || lines[i]!.trim() === '')) i++;
        if (i >= lines.length) break;
        cur = lines[i]!;
        continue;
      }
      parts.push(continues(cur) ? cur.trimEnd().slice(0, -1).trim() : cur.trim());
      break;
    }
    const joined = parts.filter((p) => p !== '').join(' ');
    const m = /^(\S+)\s*(.*)$/s.exec(joined);
    if (!m) continue;
    const cmd = m[1]!.toLowerCase();
    let rest = m[2]!;
    if (!KNOWN.has(cmd)) {
      diagnostics.push(at(path, { line: first + 1, col: 1 }, 'input_parse_error', `unknown instruction "${m[1]}"`, 'check the spelling; Docker rejects unknown instructions'));
    }
    let flags: Record<string, string> = {};
    if (HAS_FLAGS.has(cmd)) ({ flags, rest } = takeFlags(rest));

    const heredocs: DockerInstruction['heredocs'] = [];
    if (HEREDOC_OK.has(cmd) && rest.includes('<<')) {
      for (const h of rest.matchAll(HEREDOC)) {
        const strip = h[1] === '-';
        const name = h[3]!;
        const body: string[] = [];
        let closed = false;
        while (i + 1 < lines.length) {
          i++;
          const l = lines[i]!;
          if ((strip ? l.replace(/^\t+/, '') : l) === name) {
            closed = true;
            break;
          }
          body.push(strip ? l.replace(/^\t+/, '') : l);
        }
        if (!closed) {
          diagnostics.push(at(path, { line: first + 1, col: 1 }, 'input_parse_error', `heredoc <<${name} is never closed`, `end the heredoc with a line containing only ${name}`));
        }
        heredocs.push({ name, body: body.length > 0 ? body.join('\n') + '\n' : '' });
      }
    }

    const arr = JSON_FORM.has(cmd) ? jsonArray(rest) : undefined;
    const index = data.instructions.length;
    let stage: number | null = data.stages.length - 1;
    if (cmd === 'from') {
      const { from, name } = parseFrom(rest, flags.platform ?? null);
      stage = data.stages.length;
      data.stages.push({ index: stage, name, from, instructions: [] });
    } else if (stage < 0) {
      stage = null;
      if (cmd === 'arg') {
        for (const a of rest.trim().split(/\s+/).filter(Boolean)) {
          const eq = a.indexOf('=');
          const k = eq === -1 ? a : a.slice(0, eq);
          let v: string | null = eq === -1 ? null : a.slice(eq + 1);
          if (v !== null && v.length >= 2 && /^(["']).*\1$/.test(v)) v = v.slice(1, -1);
          data.args[k] = v;
        }
      } else if (KNOWN.has(cmd)) {
        diagnostics.push(at(path, { line: first + 1, col: 1 }, 'input_parse_error', `${m[1]} before the first FROM`, 'only ARG may come before FROM; move this instruction into a build stage'));
      }
    }
    if (stage !== null) data.stages[stage]!.instructions.push(index);
    const instruction: DockerInstruction = {
      cmd,
      args: arr ?? [rest],
      raw: lines.slice(first, i + 1).join('\n'),
      flags,
      json: arr !== undefined,
      stage,
      heredocs,
    };
    if (cmd === 'run') instruction.commands = runCommands(instruction.args, instruction.json, heredocs);
    data.instructions.push(instruction);
    spans.push({ first: first + 1, last: i + 1 });
  }
  if (data.stages.length === 0) {
    diagnostics.push(at(path, { line: 1, col: 1 }, 'input_parse_error', 'no FROM instruction: this Dockerfile has no build stage', 'start the build with `FROM <image>`'));
  }
  return { data, spans, diagnostics };
}
