// Loading and evaluating a scan's files on several threads (`--jobs`, config `jobs`). The main
// thread stays one of the workers: it walks the files in input order as the one-thread scan does
// and loads any file no worker has taken. The self-contained files are dealt in chunks, in turn:
// one chunk for the main thread, then one for each worker thread (parallel-worker.ts), sent to a
// worker ahead of the walk; so while the main thread loads its own chunk the workers load theirs,
// instead of the main thread only waiting for answers. Every answer is merged when the walk
// reaches its file, so findings, diagnostics and documents come out in exactly the one-thread
// order, and the report is byte for byte the same. Must not change what a file gives: workers
// run the same loaders and an engine over the same compiled bundles, budgets and selection.
//
// When: with a forced count (`--jobs N`), workers start at once. Otherwise they start only once
// the main thread has timed the first files and the rest would take longer than starting workers
// costs (BREAK_EVEN_MS); a small scan never starts one. A worker that stops (a crash, a bug) costs
// the file it was on a diagnostic naming it, and every file it had not started is loaded by the
// main thread: no file is lost and nothing waits on a dead thread.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import type { Engine } from '../engine/engine.js';
import type { Finding, PolicyMeta } from '../engine/finding.js';
import { realpath } from '../fs-async.js';
import { fileDiagnostic } from '../loaders/common/diag.js';
import type { LoadOptions } from '../loaders/common/options.js';
import type { Offload, OffloadedFile } from '../loaders/read.js';
import { SCAN_WORKER } from '../paths.js';
import type { FileAnswer, FileJob, WorkerInit, WorkerMessage } from './parallel-wire.js';
import { MAX_DEFAULT_JOBS } from './jobs.js';

/** Whether the worker script is there (in dist/ and the bundle; not when running unbuilt sources). */
export const workerAvailable = (): boolean => existsSync(SCAN_WORKER);

/**
 * The threads a scan uses when the user set no count: the cores not busy, availableParallelism
 * less the one-minute load average, a core counting when it is idle more than half the time; at
 * most MAX_DEFAULT_JOBS. One free core gives 1: the main thread alone, so a busy CI runner or a
 * laptop already compiling is not made slower.
 */
export function defaultJobs(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, cores, Math.round(cores - load)));
}

/**
 * Measured (docs/performance.md): a worker is ready 70–150 ms of CPU after it is asked for
 * (module load from the bundle or dist/, an engine over the compiled bundle), and its first
 * files run cold; in all a worker costs ~250 ms of CPU before it keeps pace. With one worker the
 * rest R of the scan then takes about 250 ms + R/2 instead of R, which pays past 500 ms: workers
 * start when the main thread's own pace says R exceeds this, a margin for the cold first files.
 */
export const BREAK_EVEN_MS = 600;
/** Files the main thread times before it estimates the rest. */
export const SAMPLE_FILES = 8;

/** Whether workers pay: the main thread's pace on the files it timed, times the self-contained files left. */
export function workersPay(timed: number, timedMs: number, remaining: number): boolean {
  return timed >= SAMPLE_FILES && (timedMs / timed) * remaining > BREAK_EVEN_MS;
}

/** Self-contained files per chunk (one message to a worker), and chunks a worker holds so it never waits for the next. */
const CHUNK = 4;
const CHUNKS_AHEAD = 2;
/** How far past the main thread's place chunks are handed out: bounds the answers held for merging. */
const WINDOW_PER_THREAD = CHUNK * CHUNKS_AHEAD * 2;

export interface ParallelOptions {
  /** The files of the loading loop, in its order (loaders/read.ts `loadable`). */
  files: FileJob['file'][];
  /** Which of them may go to a worker. */
  movable: boolean[];
  /** Threads in all, the main one included. */
  threads: number;
  /** Start the workers at once (a count the user set), rather than when it pays. */
  forced: boolean;
  engine: Engine;
  engineOptions: WorkerInit['engine'];
  load: LoadOptions & { root: string };
  /** Hands the scan what one file gave, when the loop reaches it. */
  replay: (answer: FileAnswer, findings: Finding[]) => void;
  /** The worker script (tests point it at a misbehaving one). */
  script?: string | URL;
}

interface Deferred {
  promise: Promise<OffloadedFile | undefined>;
  resolve(v: OffloadedFile | undefined): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Files sent and not answered, in the order it works on them. */
  queue: number[];
  stopped: boolean;
}

function deferred(): Deferred {
  let resolve!: Deferred['resolve'];
  const promise = new Promise<OffloadedFile | undefined>((r) => (resolve = r));
  return { promise, resolve };
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class ParallelScan implements Offload {
  private readonly slots = new Map<number, Deferred>();
  private readonly threads: Thread[] = [];
  /** Problems of the pool itself (a worker that could not start), for the scan's diagnostics. */
  readonly diagnostics: Diagnostic[] = [];
  private head = 0;
  /** The self-contained files in chunks; chunk k is the main thread's when k is a multiple of the thread count. */
  private readonly chunks: number[][] = [];
  /** The next chunk that may go to a worker. */
  private nextChunk = 0;
  private started = false;
  private closing = false;
  private remaining: number;
  private sampled = 0;
  private sampleMs = 0;
  private lastTake: { i: number; at: number } | undefined;
  private init: Promise<WorkerInit> | undefined;
  /** The engine's policies, in the order every thread's engine lists them (findings name theirs by index). */
  private readonly policies: PolicyMeta[];

  constructor(private readonly opts: ParallelOptions) {
    this.remaining = opts.movable.filter(Boolean).length;
    this.policies = opts.engine.policies;
    opts.movable.forEach((m, i) => {
      if (!m) return;
      const last = this.chunks[this.chunks.length - 1];
      if (last && last.length < CHUNK) last.push(i);
      else this.chunks.push([i]);
    });
  }

  movable(i: number): boolean {
    return this.opts.movable[i] === true;
  }

  take(i: number): Promise<OffloadedFile | undefined> | undefined {
    this.head = i;
    if (!this.started) this.consider(i);
    if (this.movable(i)) this.remaining--;
    const slot = this.slots.get(i);
    this.feed();
    // Nobody has it: the main thread loads it.
    if (!slot) return undefined;
    // Deleted once settled, not before: a worker that stops must still reach this promise.
    return slot.promise.finally(() => this.slots.delete(i));
  }

  /** Ends every worker (the scan is done with them, or failed). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  /** Before the workers run: times the main thread's files and starts them when the rest would pay for them. */
  private consider(i: number): void {
    const now = performance.now();
    if (this.lastTake && this.movable(this.lastTake.i)) {
      this.sampled++;
      this.sampleMs += now - this.lastTake.at;
    }
    this.lastTake = { i, at: now };
    if (this.opts.forced || workersPay(this.sampled, this.sampleMs, this.remaining)) this.start();
  }

  private start(): void {
    this.started = true;
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.init ??= realpath(this.opts.load.root)
      .catch(() => this.opts.load.root)
      .then((rootReal) => ({ bundles: this.opts.engine.shareable(), engine: this.opts.engineOptions, load: this.opts.load, rootReal }));
    for (let n = 1; n < this.opts.threads; n++) {
      void this.init.then((init) => {
        if (this.closing) return;
        let worker: Worker;
        try {
          worker = new Worker(this.opts.script ?? SCAN_WORKER, { workerData: init });
        } catch (e) {
          // Nothing was handed to it: the main thread keeps every file.
          this.diagnostics.push(this.notStarted(describe(e)));
          return;
        }
        const t: Thread = { worker, ready: false, queue: [], stopped: false };
        this.threads.push(t);
        worker.on('message', (m: WorkerMessage) => this.receive(t, m));
        worker.on('error', (e) => this.stopped(t, describe(e)));
        worker.on('exit', (code) => this.stopped(t, `it exited with code ${code}`));
      });
    }
  }

  private receive(t: Thread, m: WorkerMessage): void {
    if ('ready' in m) {
      t.ready = true;
    } else if ('startError' in m) {
      this.stopped(t, m.startError);
      void t.worker.terminate();
      return;
    } else {
      t.queue.shift();
      const file = this.opts.files[m.i]!;
      const answer: FileAnswer = 'error' in m ? { i: m.i, diagnostics: [this.failed(file.path, m.error)], findings: [], evalDiagnostics: [], docs: [], prints: [] } : m;
      this.answered(m.i, answer);
    }
    this.feed();
  }

  /** A worker gone: the file it was on is named in a diagnostic, the files it had not started come back; one that never started, a warning. */
  private stopped(t: Thread, why: string): void {
    if (t.stopped) return;
    t.stopped = true;
    if (this.closing) return;
    // Before it was ready nothing was handed to it: the main thread keeps every file.
    if (!t.ready) this.diagnostics.push(this.notStarted(why));
    const [current, ...rest] = t.queue;
    t.queue = [];
    if (current !== undefined) {
      if (t.ready) this.answered(current, { i: current, diagnostics: [this.failed(this.opts.files[current]!.path, `the worker thread evaluating it stopped: ${why}`)], findings: [], evalDiagnostics: [], docs: [], prints: [] });
      else this.giveBack(current);
    }
    for (const i of rest) this.giveBack(i);
    this.feed();
  }

  private notStarted(why: string): Diagnostic {
    return { file: '.', line: 0, col: 0, code: 'eval_error', severity: 'warning', message: `a worker thread could not start (${why}); its share of the files was scanned on the main thread`, fix: 'this is a Palisade bug: please report it; `--jobs 1` scans on one thread' };
  }

  private failed(path: string, why: string): Diagnostic {
    return fileDiagnostic(path, 'eval_error', `internal error while scanning this file on a worker thread (please report): ${why}`, 'report this at the Palisade issue tracker with the file if you can; `--jobs 1` scans on one thread; other files were still scanned');
  }

  private slot(i: number): Deferred {
    let s = this.slots.get(i);
    if (!s) this.slots.set(i, (s = deferred()));
    return s;
  }

  private answered(i: number, a: FileAnswer): void {
    const policies = this.policies;
    this.slot(i).resolve({
      diagnostics: a.diagnostics,
      replay: () => {
        // Findings get back their policy's metadata (they carry its index), in place, so every field keeps its order.
        const findings = a.findings.map((f) => Object.assign(f, { policy: policies[f.policy]! }) as unknown as Finding);
        this.opts.replay(a, findings);
      },
    });
  }

  /** The main thread loads it when its turn comes (the slot stays, resolved to nothing). */
  private giveBack(i: number): void {
    this.slot(i).resolve(undefined);
  }

  /** Hands the workers' chunks ahead of the walk to ready workers holding fewer than CHUNKS_AHEAD, within the window. */
  private feed(): void {
    const live = this.threads.filter((t) => !t.stopped);
    const limit = this.head + WINDOW_PER_THREAD * (live.length + 1);
    for (const t of live) {
      if (!t.ready) continue;
      while (t.queue.length < CHUNK * CHUNKS_AHEAD) {
        // The main thread's chunks, and chunks the walk has reached, are the main thread's to load.
        while (this.nextChunk < this.chunks.length && (this.nextChunk % this.opts.threads === 0 || this.chunks[this.nextChunk]![0]! <= this.head)) this.nextChunk++;
        const chunk = this.chunks[this.nextChunk];
        if (!chunk || chunk[0]! >= limit) return;
        this.nextChunk++;
        for (const i of chunk) {
          this.slot(i);
          t.queue.push(i);
        }
        t.worker.postMessage(chunk.map((i): FileJob => ({ i, file: this.opts.files[i]! })));
      }
    }
  }
}
