// A scan's worker thread (scan/parallel.ts starts it): loads and evaluates the files it is sent
// with its own engine over the same bundles (the main thread's compiled modules, its policy
// selection and budgets), through the same containment gate and loaders as the one-thread scan,
// and answers each file with what the main thread's scan would have kept of it. Must not decide
// anything the report depends on beyond that: waivers, ordering and the report stay on the main
// thread, which merges the answers in input order.

import { workerData, parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { ContainmentGate } from '../discovery/contained.js';
import { Engine } from '../engine/engine.js';
import type { PolicyMeta } from '../engine/finding.js';
import { limits } from '../loaders/common/options.js';
import { loadFile, readDiscovered } from '../loaders/read.js';
import type { Document } from '../loaders/types.js';
import type { FileAnswer, FileJob, WireDocument, WireFinding, WorkerInit, WorkerMessage } from './parallel-wire.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

// The one-thread scan prints a policy's print() lines as they come; here they wait in their
// file's answer, so the main thread can replay them in input order.
let prints: string[] = [];

async function start(): Promise<{ engine: Engine; policyIndex: Map<PolicyMeta, number> }> {
  const engine = await Engine.load(
    init.bundles.map(({ name, bundle, module }) => ({ name, bundle: { ...bundle, compiled: Promise.resolve(module) } })),
    { ...init.engine, print: (line) => void prints.push(line) },
  );
  // A finding names its policy by position: the main thread's engine lists the same policies in
  // the same order, and sending the metadata with every finding would copy it thousands of times.
  return { engine, policyIndex: new Map(engine.policies.map((p, i) => [p, i])) };
}

const ready = start();
const gate = new ContainmentGate(init.rootReal);
const lim = limits(init.load);

async function answer(job: FileJob): Promise<FileAnswer> {
  const { engine, policyIndex } = await ready;
  prints = [];
  const diagnostics: Diagnostic[] = [];
  const findings: WireFinding[] = [];
  const evalDiagnostics: Diagnostic[] = [];
  const docs: WireDocument[] = [];
  const r = await readDiscovered(gate, job.file, lim);
  if ('diagnostic' in r) return { i: job.i, diagnostics: [r.diagnostic], findings, evalDiagnostics, docs, prints };
  const evaluate = (doc: Document) => {
    const result = engine.evaluate(doc);
    for (const f of result.findings) findings.push(Object.assign(f, { policy: policyIndex.get(f.policy)! }) as unknown as WireFinding);
    for (const d of result.diagnostics) evalDiagnostics.push(d);
    docs.push({ path: doc.path, kind: doc.kind, ignores: doc.ignores });
  };
  loadFile(job.file, r.bytes, { ...init.load }, true, evaluate, diagnostics);
  return { i: job.i, diagnostics, findings, evalDiagnostics, docs, prints };
}

// Files are answered one at a time, in the order sent: the main thread knows which file a worker
// was on when it stopped.
let queue: Promise<void> = ready.then(
  () => post({ ready: true }),
  (e: unknown) => post({ startError: e instanceof Error ? e.message : String(e) }),
);
port.on('message', (jobs: FileJob[]) => {
  for (const job of jobs) {
    queue = queue.then(async () => {
      try {
        post(await answer(job));
      } catch (e) {
        // A bug, not the file's fault: named on the file, and the worker goes on with the next one.
        post({ i: job.i, error: e instanceof Error ? e.message : String(e) });
      }
    });
  }
});
