// The hostile-input harness: runs the real `palisade` command (a child process, so that a crash,
// a V8 fatal error or a hang is observed as a user would see it, not inside the test runner) on a
// repository generated at test time, and checks what every hostile case must satisfy whatever it
// is: exit < 3, finished within a generous bound (a hang guard, not a speed assertion), nothing
// read outside the root, and no workflow command or escape sequence from file content in output.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin/palisade.cjs');
const ACTION = join(REPO, 'dist/src/action/main.js');

/** Content outside the scan root that must never appear in any output. */
export const OUTSIDE_SECRET = 'OUTSIDE-SECRET-c0ffee';
/** Planted in hostile content; its presence at the start of a line means an injected command. */
export const MARK = 'pwned';

export interface Sandbox {
  /** The scan root (a repository). */
  root: string;
  /** A directory beside the root holding `secret.txt`. */
  outside: string;
  /** A private HOME / XDG cache for the run. */
  home: string;
  write(rel: string, content: string | Uint8Array): string;
}

export function sandbox(): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'palisade-hostile-'));
  const root = join(base, 'repo');
  const outside = join(base, 'outside');
  const home = join(base, 'home');
  for (const d of [root, outside, home]) mkdirSync(d, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `root:x:0:0:${OUTSIDE_SECRET}\n`);
  return {
    root,
    outside,
    home,
    write(rel, content) {
      const p = join(root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
  };
}

/** A good file beside the hostile one: it must still be scanned and reported. */
export const GOOD_FILE = 'good/Dockerfile';
export function plantGood(s: Sandbox): void {
  s.write(GOOD_FILE, 'FROM node:20\nRUN curl -fsSL https://example.com/install.sh | sh\nUSER node\n');
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  out: string;
  err: string;
  ms: number;
}

export interface RunSpec {
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** Run the GitHub Action entry point instead of the CLI (args ignored). */
  action?: boolean;
  timeoutMs: number;
}

const CAP = 8 * 1024 * 1024;

export function runPalisade(s: Sandbox, spec: RunSpec): Promise<RunResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !k.startsWith('RUNNER_')) env[k] = v;
  Object.assign(env, { HOME: s.home, XDG_CACHE_HOME: join(s.home, '.cache'), NO_COLOR: '1' }, spec.env ?? {});
  delete env['CI'];
  const started = Date.now();
  return new Promise((resolve) => {
    // A heap cap well under the machine's, so that unbounded allocation shows as a crash here.
    const child = spawn(process.execPath, ['--max-old-space-size=2048', spec.action ? ACTION : BIN, ...(spec.action ? [] : spec.args)], { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      if (out.length < CAP) out += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < CAP) err += b.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, spec.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, out, err, ms: Date.now() - started });
    });
  });
}

/** Lines of any output that GitHub's runner would take as a workflow command, or a terminal as an escape sequence. */
export function injected(text: string, opts: { annotations: boolean }): string[] {
  const bad: string[] = [];
  // The runner splits on \r and \n, trims leading whitespace, and takes `::` at a line start (v2
  // commands) or `##[` anywhere (v1 commands).
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^\s+/u, '');
    if (t.includes('##[')) bad.push(line);
    else if (t.startsWith('::')) {
      const own = opts.annotations && /^::(error|warning|notice)( [^:]*)?::/.test(t);
      if (!own) bad.push(line);
    }
    // Control characters, and the invisible ones that make a line read other than it is (bidi, zero-width).
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(line)) bad.push(JSON.stringify(line));
  }
  return bad;
}

/** The house format naming `file` (with line:col when `positioned`). */
export function diagnosticFor(text: string, file: string, opts: { positioned?: boolean; code?: string } = {}): boolean {
  const esc = file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pos = opts.positioned ? ':\\d+:\\d+' : '(:\\d+:\\d+)?';
  const code = opts.code ?? '[a-z_]+';
  return new RegExp(`^(?:\\S*/)?${esc}${pos}: (error|warning|note)\\[${code}\\]: .+\\n\\s+fix: \\S`, 'm').test(text);
}
