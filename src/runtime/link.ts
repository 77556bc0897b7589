// The policy linker: turns a Plan into a standalone .wasm implementing OPA's Wasm ABI by adding
// the encoded plan to the prebuilt runtime (dist/runtime/runtime.wasm) as a PASSIVE data segment,
// plus a start function that reserves heap for it, copies it in (memory.init), drops the segment
// and calls the runtime's palisade_load. Passive, because an active segment beyond the memory
// the SDK provides (5 pages by default) would fail instantiation. Only appends: existing function
// and segment indices never move. Must not run a compiler or touch the filesystem except to read
// the runtime once.

import { readFileSync } from 'node:fs';
import type { Plan } from '../rego/ir.js';
import { encodePlan } from '../rego/plan/encode.js';
import { RUNTIME_WASM } from '../paths.js';
import { InternalError } from '../diagnostics.js';
import { BUILTINS } from '../rego/builtins.js';
import { hostCallName } from './host/index.js';

const SEC = { type: 1, import: 2, function: 3, export: 7, start: 8, element: 9, code: 10, data: 11, dataCount: 12 };

/** Where each section id sits in a module (DataCount goes between Element and Code). */
const ORDER: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 12: 10, 10: 11, 11: 12 };

interface Section { id: number; body: Uint8Array }

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    const v = this.b[this.pos++];
    if (v === undefined) throw new InternalError('runtime.wasm: unexpected end of module');
    return v;
  }
  u32(): number {
    let r = 0, shift = 0, c: number;
    do { c = this.byte(); r += (c & 0x7f) * 2 ** shift; shift += 7; } while (c & 0x80);
    return r;
  }
  bytes(n: number): Uint8Array { const s = this.b.subarray(this.pos, this.pos + n); this.pos += n; return s; }
  name(): string { return new TextDecoder().decode(this.bytes(this.u32())); }
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

function concat(parts: Array<Uint8Array | number[]>): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function parseSections(wasm: Uint8Array): Section[] {
  const r = new Reader(wasm);
  if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) {
    throw new InternalError('runtime.wasm: not a WebAssembly module');
  }
  r.pos = 8;
  const out: Section[] = [];
  while (r.pos < wasm.length) {
    const id = r.byte();
    const size = r.u32();
    out.push({ id, body: r.bytes(size) });
  }
  return out;
}

/** Count-prefixed vector section: returns the count and the bytes after it. */
function vec(body: Uint8Array): { count: number; rest: Uint8Array } {
  const r = new Reader(body);
  const count = r.u32();
  return { count, rest: body.subarray(r.pos) };
}

function withAppended(body: Uint8Array | undefined, item: Uint8Array | number[]): Uint8Array {
  const { count, rest } = body ? vec(body) : { count: 0, rest: new Uint8Array(0) };
  return concat([uleb(count + 1), rest, item]);
}

function countImportedFuncs(body: Uint8Array | undefined): number {
  if (!body) return 0;
  const r = new Reader(body);
  let funcs = 0;
  for (let n = r.u32(); n > 0; n--) {
    r.name(); r.name();
    const kind = r.byte();
    if (kind === 0) { r.u32(); funcs++; }
    else if (kind === 1) { r.byte(); limits(r); }
    else if (kind === 2) limits(r);
    else if (kind === 3) { r.byte(); r.byte(); }
    else throw new InternalError(`runtime.wasm: unknown import kind ${kind}`);
  }
  return funcs;
}

function limits(r: Reader): void {
  const flag = r.byte();
  r.u32();
  if (flag & 1) r.u32();
}

function exportedFuncs(body: Uint8Array | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!body) return out;
  const r = new Reader(body);
  for (let n = r.u32(); n > 0; n--) {
    const name = r.name();
    const kind = r.byte();
    const idx = r.u32();
    if (kind === 0) out.set(name, idx);
  }
  return out;
}

/** Index of the `() -> ()` function type, appending it when absent. */
function voidType(sections: Section[]): number {
  const sec = sections.find((s) => s.id === SEC.type);
  const r = new Reader(sec?.body ?? new Uint8Array([0]));
  const n = r.u32();
  for (let i = 0; i < n; i++) {
    if (r.byte() !== 0x60) throw new InternalError('runtime.wasm: unexpected type form');
    const params = r.u32(); r.bytes(params);
    const results = r.u32(); r.bytes(results);
    if (params === 0 && results === 0) return i;
  }
  const body = withAppended(sec?.body, [0x60, 0, 0]);
  if (sec) sec.body = body; else sections.push({ id: SEC.type, body });
  return n;
}

let runtimeCache: Uint8Array | undefined;

function runtimeBytes(): Uint8Array {
  if (!runtimeCache) {
    try {
      runtimeCache = new Uint8Array(readFileSync(RUNTIME_WASM));
    } catch (cause) {
      throw new InternalError(`cannot read the Palisade runtime at ${RUNTIME_WASM}: run \`npm run build\``, { cause });
    }
  }
  return runtimeCache;
}

/** Links an encoded plan (see src/rego/plan/encode.ts) into the runtime module. */
export function linkPlanBytes(plan: Uint8Array, runtime: Uint8Array = runtimeBytes()): Uint8Array {
  const sections = parseSections(runtime);
  const get = (id: number) => sections.find((s) => s.id === id);
  const typeIdx = voidType(sections);
  const importedFuncs = countImportedFuncs(get(SEC.import)?.body);
  const definedFuncs = get(SEC.function) ? vec(get(SEC.function)!.body).count : 0;
  const exports = exportedFuncs(get(SEC.export)?.body);
  const malloc = exports.get('opa_malloc');
  const load = exports.get('palisade_load');
  if (malloc === undefined || load === undefined) throw new InternalError('runtime.wasm lacks opa_malloc/palisade_load');
  const oldStart = get(SEC.start) ? new Reader(get(SEC.start)!.body).u32() : undefined;
  const segments = get(SEC.data) ? vec(get(SEC.data)!.body).count : 0;
  const startIdx = importedFuncs + definedFuncs;

  const len = sleb(plan.length);
  const code = concat([
    [1, 1, 0x7f], // one i32 local: the plan's address
    oldStart !== undefined ? [0x10, ...uleb(oldStart)] : [],
    [0x41, ...len, 0x10, ...uleb(malloc), 0x22, 0],
    [0x41, 0, 0x41, ...len, 0xfc, 8, ...uleb(segments), 0],
    [0xfc, 9, ...uleb(segments)],
    [0x20, 0, 0x41, ...len, 0x10, ...uleb(load), 0x0b],
  ]);

  const put = (id: number, body: Uint8Array) => {
    const s = get(id);
    if (s) s.body = body; else sections.push({ id, body });
  };
  put(SEC.function, withAppended(get(SEC.function)?.body, uleb(typeIdx)));
  put(SEC.code, withAppended(get(SEC.code)?.body, concat([uleb(code.length), code])));
  put(SEC.data, withAppended(get(SEC.data)?.body, concat([[1], uleb(plan.length), plan])));
  put(SEC.dataCount, new Uint8Array(uleb(segments + 1)));
  put(SEC.start, new Uint8Array(uleb(startIdx)));

  // Custom sections (names, producers) go last, where tools expect them.
  const ordered: Section[] = [];
  const known = sections.filter((s) => s.id !== 0).sort((a, b) => (ORDER[a.id] ?? 99) - (ORDER[b.id] ?? 99));
  ordered.push(...known, ...sections.filter((s) => s.id === 0));
  const parts: Array<Uint8Array | number[]> = [runtime.subarray(0, 8)];
  for (const s of ordered) parts.push([s.id, ...uleb(s.body.length)], s.body);
  return concat(parts);
}

/** Links a plan into a standalone policy module for @open-policy-agent/opa-wasm. */
export function linkPolicy(plan: Plan): Uint8Array {
  // Host builtins the SDK would shadow with its own JS versions go out under an alias.
  const builtins = plan.builtins.map((b) => (BUILTINS[b.name]?.impl === 'host' ? { ...b, name: hostCallName(b.name) } : b));
  return linkPlanBytes(encodePlan({ ...plan, builtins }));
}
