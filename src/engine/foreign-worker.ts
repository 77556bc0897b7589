// The worker side of evaluating modules that lack Palisade's step counter (bundles `opa build`
// wrote). Synchronous WebAssembly cannot be interrupted from the thread running it, so such a
// module runs here, and the engine's thread waits for each answer with a deadline and terminates
// this worker when it passes (see foreign.ts). Loads the module exactly as the engine does; must
// not do anything else.

import { workerData, type MessagePort } from 'node:worker_threads';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import { hostBuiltins } from '../runtime/host/index.js';

interface Init {
  wasm: Uint8Array;
  data: unknown;
  memory: { initial: number; maximum: number };
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

let instance: opaWasm.LoadedPolicy | undefined;
try {
  instance = sdk.loadPolicySync(init.wasm, init.memory, hostBuiltins({ strict: false }));
  if (init.data !== undefined) instance.setData(init.data as object);
  answer({ ready: true });
} catch (e) {
  answer({ error: e instanceof Error ? e.message : String(e) });
}
init.port.on('message', (m: { input: ArrayBuffer; entrypoint: string }) => {
  try {
    answer({ result: instance!.evaluate(m.input, m.entrypoint) });
  } catch (e) {
    answer({ error: e instanceof Error ? e.message : typeof e === 'string' ? e : String(e) });
  }
});
