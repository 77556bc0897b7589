// Wall-clock budgets for modules without Palisade's step counter. Palisade's own modules count
// steps and abort themselves; a module `opa build` wrote cannot, and synchronous WebAssembly
// cannot be interrupted from its own thread. So such a module is evaluated in a worker thread:
// the engine posts the input on a MessageChannel, blocks on Atomics.wait with the deadline, takes
// the answer with receiveMessageOnPort (no event loop needed, so the engine's API stays
// synchronous), and when the deadline passes terminates the worker (V8 stops even a tight
// WebAssembly loop) and starts a fresh one for the next evaluation. `palisade test --timeout` runs
// test evaluations the same way (WorkerExtras: the test runner's own builtins), and collects
// their `print()` output (capturePrints). Must not interpret results.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import { FOREIGN_WORKER } from '../paths.js';

// worker_threads (and the Node internals it loads) is required on first use, not imported: the
// engine module is on every scan's start-up path, and only modules `opa build` wrote need a worker.
let workerThreads: typeof import('node:worker_threads') | undefined;
const threads = (): typeof import('node:worker_threads') => (workerThreads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

/** Thrown when an evaluation passes its deadline; the engine reports it as a budget diagnostic. */
export const TIME_BUDGET_MARK = 'eval_time_exceeded';

/** Whether the worker script is there (in dist/ and the bundle; not when running unbuilt sources). */
export const workerAvailable = (): boolean => existsSync(FOREIGN_WORKER);

type Answer = { ready: true } | { result: unknown; cases?: unknown[][]; output?: string } | { error: string; cases?: unknown[][]; output?: string };

/**
 * Runs `fn` (a synchronous opa-wasm evaluation) with each line the module prints handed to
 * `sink`. opa-wasm's `opa_println` import writes straight to console.log and offers no hook, so
 * console.log is swapped for the call's duration; the evaluation is synchronous, so nothing else
 * on this thread can log meanwhile.
 */
export function redirectPrints<T>(sink: (line: string) => void, fn: () => T): T {
  const log = console.log;
  console.log = (...args: unknown[]) => sink(args.map(String).join(' '));
  try {
    return fn();
  } finally {
    console.log = log;
  }
}

/** redirectPrints into a list (the test runner reports each test's output). */
export function capturePrints<T>(lines: string[], fn: () => T): T {
  return redirectPrints((line) => void lines.push(line), fn);
}

/** What a test run adds to the scan's host builtins in the worker (plain data: it crosses threads). */
export interface WorkerExtras {
  /** Builtins a capabilities file declares but Palisade lacks: stubs that fail naming them. */
  declared?: string[];
  /** The name of a builtin recording its argument (a partial-object test case), returned with each answer. */
  recorder?: string;
  /** Give conftest's file builtins access relative to each evaluation's `testFile`. */
  configFiles?: boolean;
  /** Collect each evaluation's `print()` output (lastOutput) instead of letting it reach the console. */
  prints?: boolean;
}

export class ForeignModule {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly wasm: Uint8Array,
    private readonly data: unknown,
    private readonly memory: { initial: number; maximum: number } | undefined,
    readonly budgetMs: number,
    private readonly extras: WorkerExtras = {},
  ) {}

  /** What the recorder builtin received during the last evaluation (WorkerExtras.recorder). */
  lastCases: unknown[][] = [];

  /** What the last evaluation printed, one `\n`-ended line per print() (WorkerExtras.prints). */
  lastOutput = '';

  private receive(deadline: number): Answer | undefined {
    for (;;) {
      const got = threads().receiveMessageOnPort(this.port!);
      if (got) return got.message as Answer;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.flag, 0, 0, left);
      Atomics.store(this.flag, 0, 0);
    }
  }

  private start(): void {
    const { MessageChannel, Worker } = threads();
    const { port1, port2 } = new MessageChannel();
    Atomics.store(this.flag, 0, 0);
    this.worker = new Worker(FOREIGN_WORKER, {
      workerData: { wasm: this.wasm, data: this.data, memory: this.memory, extras: this.extras, flag: this.flag.buffer, port: port2 },
      transferList: [port2],
    });
    // The scan must be able to exit while an idle worker waits for work.
    this.worker.unref();
    // A worker that dies (a module that will not load, a broken install) is reported by the
    // missing answer below; its 'error' event must not also crash the process later.
    this.worker.on('error', () => {});
    this.port = port1;
    // Starting a worker is not the policy's time: it gets its own, generous, deadline.
    const ready = this.receive(Date.now() + Math.max(30_000, this.budgetMs));
    if (!ready || !('ready' in ready)) {
      this.stop();
      throw new Error(`the policy module cannot be loaded in a worker: ${ready && 'error' in ready ? ready.error : 'no answer'}`);
    }
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.port?.close();
    this.port = undefined;
  }

  /** opa-wasm's evaluate, in the worker, within the budget; throws `eval_time_exceeded: …` past it. */
  evaluate(input: ArrayBuffer | undefined, entrypoint: string, testFile?: string): unknown {
    if (!this.worker) this.start();
    Atomics.store(this.flag, 0, 0);
    this.lastCases = [];
    this.lastOutput = '';
    this.port!.postMessage({ input, entrypoint, testFile });
    const a = this.receive(Date.now() + this.budgetMs);
    if (!a) {
      // Nothing can stop the module but ending its thread; the next evaluation gets a new one.
      this.stop();
      throw new Error(`${TIME_BUDGET_MARK}: the policy ran longer than ${this.budgetMs} ms`);
    }
    if ('cases' in a && a.cases) this.lastCases = a.cases;
    if ('output' in a && a.output) this.lastOutput = a.output;
    if ('error' in a) throw new Error(a.error);
    return 'result' in a ? a.result : undefined;
  }
}
