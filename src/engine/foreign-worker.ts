// The worker side of evaluating modules that lack Palisade's step counter (bundles `opa build`
// wrote). Synchronous WebAssembly cannot be interrupted from the thread running it, so such a
// module runs here, and the engine's thread waits for each answer with a deadline and terminates
// this worker when it passes (see foreign.ts). Loads the module exactly as the engine does (plus
// a test run's own builtins and print capture, WorkerExtras); must not do anything else.

import { workerData, type MessagePort } from 'node:worker_threads';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import { configFilesNear } from '../runtime/host/config-files.js';
import { declaredStubs } from '../runtime/host/declared.js';
import { hostBuiltins } from '../runtime/host/index.js';
import { capturePrints, type WorkerExtras } from './foreign.js';

interface Init {
  wasm: Uint8Array;
  data: unknown;
  memory: { initial: number; maximum: number } | undefined;
  extras: WorkerExtras;
  flag: SharedArrayBuffer;
  port: MessagePort;
}

const sdk = (opaWasm as unknown as { default?: typeof opaWasm }).default ?? opaWasm;
const init = workerData as Init;
const flag = new Int32Array(init.flag);

const answer = (msg: unknown) => {
  init.port.postMessage(msg);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};

let testFile = '';
let cases: unknown[][] = [];
const { declared = [], recorder, configFiles, prints } = init.extras;
const builtins = {
  ...hostBuiltins({ strict: false, files: configFiles ? configFilesNear(() => testFile) : undefined }),
  ...declaredStubs(declared),
  ...(recorder ? { [recorder]: (args: unknown[]) => (cases.push(args), true) } : {}),
};

let instance: opaWasm.LoadedPolicy | undefined;
try {
  instance = sdk.loadPolicySync(init.wasm, init.memory, builtins);
  if (init.data !== undefined) instance.setData(init.data as object);
  answer({ ready: true });
} catch (e) {
  answer({ error: e instanceof Error ? e.message : String(e) });
}
init.port.on('message', (m: { input: ArrayBuffer | undefined; entrypoint: string; testFile?: string }) => {
  testFile = m.testFile ?? '';
  cases = [];
  const lines: string[] = [];
  const evaluate = () => instance!.evaluate(m.input, m.entrypoint);
  const extra = () => ({ ...(recorder ? { cases } : {}), ...(prints ? { output: lines.map((l) => l + '\n').join('') } : {}) });
  try {
    const result = prints ? capturePrints(lines, evaluate) : evaluate();
    answer({ result, ...extra() });
  } catch (e) {
    answer({ error: e instanceof Error ? e.message : typeof e === 'string' ? e : String(e), ...extra() });
  }
});
