// The shell commands of a RUN instruction, as policies need them: each simple command as its
// list of words (argv, quotes removed), in the order the script runs them. Owns the one
// POSIX-shell tokeniser the dockerfile pack relies on, so no policy splits scripts with its own
// regex. It reads, never evaluates: variables stay literal (`$VERSION`), command substitutions
// and `sh -c` scripts are read as further commands, redirections are dropped (they are not
// arguments), and words such as `then`/`do` that only open a compound command are skipped.

/** Nested `sh -c '…'` / `$(…)` scripts read beyond this depth stay plain words. */
const MAX_DEPTH = 4;

/** Words that start a compound command or a branch of one: what follows is the command. */
const RESERVED = new Set(['!', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'time']);

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/bash']);

/**
 * Splits a shell script into simple commands (lists of words). Command boundaries: `&&`, `||`,
 * `;`, `;;`, `|`, `&`, newlines and parentheses outside quotes. Single quotes are literal; double
 * quotes honour `\"`, `\\`, `\$` and `` \` ``; a backslash outside quotes escapes the next
 * character (a backslash-newline joins lines). `#` at the start of a word begins a comment.
 */
export function shellCommands(script: string, depth = 0): string[][] {
  return shellPipeline(script, depth).map((c) => c.words);
}

/** As shellCommands, also telling which commands write into a pipe (`a | b`: a is piped). */
export function shellPipeline(script: string, depth = 0): Array<{ words: string[]; piped: boolean }> {
  const out: string[][] = [];
  const piped = new Set<string[]>();
  const nested: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  // The word being read is a redirection target: it is read like any word and then dropped.
  let redirectTarget = false;
  const endWord = () => {
    if (inWord && !redirectTarget) words.push(word);
    if (inWord) redirectTarget = false;
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    redirectTarget = false;
    while (words.length > 0 && RESERVED.has(words[0]!)) words.shift();
    if (words.length > 0) out.push(words);
    words = [];
  };
  const n = script.length;
  let i = 0;
  while (i < n) {
    const ch = script[i]!;
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? n : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (ch === '"') {
      inWord = true;
      i++;
      while (i < n && script[i] !== '"') {
        const c = script[i]!;
        if (c === '\\' && i + 1 < n && '"\\$`\n'.includes(script[i + 1]!)) {
          if (script[i + 1] !== '\n') word += script[i + 1];
          i += 2;
          continue;
        }
        if (c === '$' && script[i + 1] === '(' && script[i + 2] !== '(') {
          const end = closingParen(script, i + 1);
          const inner = script.slice(i + 2, end);
          if (depth < MAX_DEPTH) nested.push(...shellCommands(inner, depth + 1));
          word += script.slice(i, end + 1);
          i = end + 1;
          continue;
        }
        word += c;
        i++;
      }
      i++;
      continue;
    }
    if (ch === '\\') {
      if (script[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < n) {
        word += script[i + 1];
        inWord = true;
      }
      i += 2;
      continue;
    }
    if (ch === '$' && script[i + 1] === '(') {
      const end = closingParen(script, i + 1);
      if (script[i + 2] !== '(' && depth < MAX_DEPTH) nested.push(...shellCommands(script.slice(i + 2, end), depth + 1));
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '`') {
      const end = script.indexOf('`', i + 1);
      const stop = end === -1 ? n : end;
      if (depth < MAX_DEPTH) nested.push(...shellCommands(script.slice(i + 1, stop), depth + 1));
      word += script.slice(i, stop + 1);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (ch === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      i++;
      continue;
    }
    if (ch === '\n' || ch === ';' || ch === '(' || ch === ')') {
      endCommand();
      i++;
      continue;
    }
    if (ch === '&' || ch === '|') {
      // `&>` and `>&`/`|&` style redirections are handled with `>` below.
      if (ch === '&' && script[i + 1] === '>') {
        endWord();
        i = skipRedirect(script, i + 1);
        redirectTarget = true;
        continue;
      }
      const single = script[i + 1] !== ch;
      const last = words;
      endCommand();
      if (ch === '|' && single && out[out.length - 1] === last) piped.add(last);
      i += single ? 1 : 2;
      continue;
    }
    if (ch === '<' || ch === '>') {
      // A digit-only word right before the operator is a file descriptor (`2>`), not an argument.
      if (inWord && /^\d+$/.test(word)) {
        word = '';
        inWord = false;
      }
      endWord();
      i = skipRedirect(script, i);
      redirectTarget = true;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endCommand();
  const expanded: Array<{ words: string[]; piped: boolean }> = [];
  for (const cmd of out) {
    expanded.push({ words: cmd, piped: piped.has(cmd) });
    const script = shellScriptOf(cmd);
    if (script !== undefined && depth < MAX_DEPTH) expanded.push(...shellPipeline(script, depth + 1));
  }
  return [...expanded, ...nested.map((words) => ({ words, piped: false }))];
}

/** Skips a redirection operator (`>`, `>>`, `>&`, `<`, `<<`, `<&`, `>|`) and the blanks after it. */
function skipRedirect(script: string, i: number): number {
  let j = i + 1;
  while (j < script.length && (script[j] === '>' || script[j] === '<' || script[j] === '&' || script[j] === '|')) j++;
  while (j < script.length && (script[j] === ' ' || script[j] === '\t')) j++;
  return j;
}

/** The index of the `)` closing the `(` at `open`, skipping quoted text; the end if unclosed. */
function closingParen(s: string, open: number): number {
  let level = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e === -1) return s.length;
      i = e;
    } else if (c === '\\') i++;
    else if (c === '(') level++;
    else if (c === ')' && --level === 0) return i;
  }
  return s.length;
}

/** The script of `sh -c '…'` / `bash -ec '…'` (also behind `env`), or undefined. */
function shellScriptOf(cmd: string[]): string | undefined {
  const argv = commandOf(cmd).argv;
  const k = cmd.length - argv.length;
  if (!SHELLS.has(cmd[k] ?? '')) return undefined;
  for (let j = k + 1; j < cmd.length - 1; j++) {
    const w = cmd[j]!;
    if (!w.startsWith('-')) return undefined;
    if (/^-[a-z]*c[a-z]*$/.test(w)) return cmd[j + 1];
  }
  return undefined;
}

/**
 * A command as policies see it: `words` as written, and `argv`: the program and its arguments,
 * after leading `NAME=value` assignments and the wrappers that run another command
 * (`sudo -u app`, `env -i A=1`, `command`, `exec`, `nohup`, `nice`, `time`).
 */
export interface ShellCommand {
  words: string[];
  argv: string[];
  /** Its output goes into a pipe (`curl … | tar x`): the pipeline's status hides its failure. */
  piped: boolean;
}

const WRAPPERS = new Set(['sudo', 'env', 'command', 'exec', 'nohup', 'nice', 'time', 'gosu', 'su-exec']);
/** Wrapper options that take a value as the next word. */
const WRAPPER_VALUE_OPTIONS = new Set(['-u', '-g', '-n', '-C', '-h', '-p', '-U', '-r', '-t']);

export function commandOf(words: string[], piped = false): ShellCommand {
  let k = 0;
  for (;;) {
    while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!)) k++;
    const w = words[k];
    if (w === undefined || !WRAPPERS.has(w)) break;
    const takesUser = w === 'gosu' || w === 'su-exec';
    k++;
    while (k < words.length && words[k]!.startsWith('-') && words[k] !== '--') k += WRAPPER_VALUE_OPTIONS.has(words[k]!) ? 2 : 1;
    if (words[k] === '--') k++;
    if (takesUser) k++;
  }
  return { words, argv: words.slice(k), piped };
}

/**
 * The commands of a RUN instruction: its shell-form script (and heredoc bodies), or its exec
 * form as one command (whose `sh -c` script, if any, is read too).
 */
export function runCommands(args: string[], json: boolean, heredocs: Array<{ body: string }>): ShellCommand[] {
  return runWords(args, json, heredocs).map((c) => commandOf(c.words, c.piped));
}

function runWords(args: string[], json: boolean, heredocs: Array<{ body: string }>): Array<{ words: string[]; piped: boolean }> {
  if (json) {
    if (args.length === 0) return [];
    const script = shellScriptOf(args);
    return script === undefined ? [{ words: args, piped: false }] : [{ words: args, piped: false }, ...shellPipeline(script, 1)];
  }
  const cmds = shellPipeline(args.join(' '));
  // A heredoc is a script only when a shell reads it (`RUN <<EOF`, `RUN bash <<EOF`); fed to
  // `python3 <<EOF` or `cat > f <<EOF` it is data.
  const shellReads = cmds.length === 0 || (cmds.length === 1 && SHELLS.has(cmds[0]!.words[0]!) && cmds[0]!.words.length <= 2);
  if (shellReads) for (const h of heredocs) cmds.push(...shellPipeline(h.body));
  return cmds;
}
