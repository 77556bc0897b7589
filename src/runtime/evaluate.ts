// The host side of one evaluation: the input goes into the module's memory and the result comes
// back out, through OPA's Wasm ABI 1.2 `opa_eval`, as the SDK's own fast path does, but without
// its per-call costs on the host: the SDK takes the input as a whole ArrayBuffer (text encoded to
// a fresh buffer, then copied into memory), finds the end of the result one byte at a time in
// JavaScript and builds a TextDecoder per call. Here text is encoded straight into the module's
// memory and the result's end is found by a native search. A Kubernetes scan's profile had the
// SDK's input and result handling at about 4 % of the scan. Same memory layout, same calls,
// same result value as `LoadedPolicy.evaluate`; modules of ABI minor < 2 take the SDK's path.
// A projected input (some members of a JSON object, chosen by the engine from the compiler's
// input keys) is written member by member, with no joined copy on the host.
// Must not interpret results or choose what to project: that is the engine's business.

import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { seedModule } from './entropy.js';
import { writeProjected, type ProjectedJson } from './json-members.js';

/** What the SDK's LoadedPolicy keeps and its 1.2 path uses (opa-wasm 1.10, pinned in package.json). */
interface PolicyState {
  minorVersion: number;
  mem: { buffer: ArrayBuffer; grow(pages: number): number };
  dataAddr: number;
  dataHeapPtr: number;
  entrypoints: Record<string, number>;
  wasmInstance: { exports: { opa_eval(reserved: number, entrypoint: number, data: number, input: number, inputLen: number, heapPtr: number, format: number): number } };
}

const PAGE = 64 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Makes the module's memory at least `end` bytes long, growing it as the SDK does. */
function reserve(state: PolicyState, end: number): void {
  const delta = end - state.mem.buffer.byteLength;
  if (delta > 0) state.mem.grow(Math.ceil(delta / PAGE));
}

const isProjected = (input: string | Uint8Array | ProjectedJson): input is ProjectedJson => typeof input === 'object' && 'members' in input;

// The input's text goes above the heap, not at its start: the module then builds the parsed value
// below the text, over the part already read (runtime/assembly/json.ts, parsing in place), so an
// input costs about its value's size, not text plus value. The gap is a guess at how much larger
// than its text the value is (a plan's is about 1.8 times); a wrong guess costs the module one
// move of the unread text, never a wrong result.
const GAP = 0.8;
const gapFor = (length: number) => Math.ceil((length * GAP) / 8) * 8;

/** Writes the input at `at`; its length in bytes. */
function writeInput(state: PolicyState, input: string | Uint8Array | ProjectedJson, at: number): number {
  if (isProjected(input)) {
    // Member by member, straight from the document's bytes: no joined copy on the host.
    reserve(state, at + input.length);
    writeProjected(new Uint8Array(state.mem.buffer), at, input);
    return input.length;
  }
  if (typeof input !== 'string') {
    reserve(state, at + input.byteLength);
    new Uint8Array(state.mem.buffer).set(input, at);
    return input.byteLength;
  }
  // Most inputs fit the memory already there; otherwise grow to the exact encoded size, once.
  if (at + input.length > state.mem.buffer.byteLength) reserve(state, at + Buffer.byteLength(input, 'utf8'));
  const first = encoder.encodeInto(input, new Uint8Array(state.mem.buffer, at));
  if (first.read === input.length) return first.written;
  reserve(state, at + Buffer.byteLength(input, 'utf8'));
  return encoder.encodeInto(input, new Uint8Array(state.mem.buffer, at)).written;
}

/** A fresh ArrayBuffer holding the input's bytes, as the SDK's own path takes it. */
function inputBuffer(input: string | Uint8Array | ProjectedJson): ArrayBuffer {
  if (typeof input === 'string') return encoder.encode(input).buffer as ArrayBuffer;
  if (!isProjected(input)) return input.slice().buffer as ArrayBuffer;
  const out = new Uint8Array(input.length);
  writeProjected(out, 0, input);
  return out.buffer as ArrayBuffer;
}

/**
 * Evaluates `entrypoint` on `input` (JSON text, its UTF-8 bytes, or some members of the object
 * those bytes hold: see ./json-members.ts) and returns the result set, exactly what
 * `policy.evaluate(input, entrypoint)` returns. Throws what the module throws.
 */
export function evaluateJson(policy: LoadedPolicy, input: string | Uint8Array | ProjectedJson, entrypoint: string): unknown {
  const state = policy as unknown as PolicyState;
  if (!(state.minorVersion >= 2)) return policy.evaluate(inputBuffer(input), entrypoint);
  if (!Object.prototype.hasOwnProperty.call(state.entrypoints, entrypoint)) throw `entrypoint ${entrypoint} is not valid in this instance`;
  const at = state.dataHeapPtr + gapFor(typeof input === 'string' || isProjected(input) ? input.length : input.byteLength);
  const inputLen = writeInput(state, input, at);
  seedModule(policy);
  const ret = state.wasmInstance.exports.opa_eval(0, state.entrypoints[entrypoint]!, state.dataAddr, at, inputLen, state.dataHeapPtr, 0);
  const bytes = new Uint8Array(state.mem.buffer);
  const end = bytes.indexOf(0, ret);
  return JSON.parse(decoder.decode(bytes.subarray(ret, end < 0 ? bytes.length : end)));
}
