// The evaluation engine: loads compiled policy bundles into opa-wasm and evaluates documents,
// turning violations into findings. Pure with respect to the file system — bundles arrive as
// bytes/objects and documents from the loaders — so it works the same from the CLI, the GitHub
// Action and the library API.
//
// Speed: each Palisade bundle has one entrypoint per document kind that evaluates all of that
// kind's policies in one call, so a document costs one evaluation per bundle. When that call
// fails (a policy aborts on a conflict or exceeds its budget), the policies of that kind are
// evaluated one by one so that the failing policy is reported and the others still are.
//
// Budgets: a policy that runs too long (the runtime's step counter) or needs too much memory (the
// runtime's count of what an evaluation allocates beyond its input; the instance's maximum pages
// for modules built by OPA) fails on that document only. The aggregate call gets one policy's
// step budget, not the sum of its policies': a runaway policy then costs at most two budgets (the
// aggregate, then itself) instead of one per policy of the kind. A legitimate aggregate that
// needs more falls back to one-by-one evaluation, where each policy gets its own budget.

import * as opaWasm from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { inventoryKey, type Bundle } from '../bundle/bundle.js';
import type { Document } from '../loaders/types.js';
import { evaluateJson } from '../runtime/evaluate.js';
import { projectJson } from '../runtime/json-members.js';
import { collectGarbage } from '../runtime/release.js';
import { hostBuiltins } from '../runtime/host/index.js';
import type { Finding, PolicyMeta } from './finding.js';
import { ownedStrings, toFinding, toViolation, type Owned } from './violations.js';
import { ForeignModule, redirectPrints, TIME_BUDGET_MARK, workerAvailable } from './foreign.js';

interface PolicyEntry {
  meta: PolicyMeta;
  entrypoint: string;
}

interface LoadedBundle {
  name: string;
  instance: LoadedPolicy;
  /** Set for modules without the step counter: evaluations go through it. */
  foreign?: ForeignModule | undefined;
  /** kind → aggregate entrypoint, for Palisade bundles. */
  kindEntrypoints: Map<string, string>;
  /** kind → the policies that entrypoint evaluates ('*' applies to every kind). */
  policiesByKind: Map<string, PolicyEntry[]>;
  /** kind → its policies followed by the '*' ones, built on first use (not per document). */
  applicable: Map<string, PolicyEntry[]>;
  policies: PolicyEntry[];
  /** The bundle's own data document, restored after an inventory pass. */
  data: object | undefined;
  /** entrypoint → the top-level input keys it can read (Palisade bundles that record them). */
  inputKeys: Map<string, ReadonlySet<string>>;
  /** A new instance of the module, loaded as `instance` was (the bundle's data, budgets). */
  fresh: () => LoadedPolicy;
  /** The data document set for an inventory pass, while it runs, as JSON bytes (a renewed module takes them again). */
  passData?: ArrayBuffer | undefined;
  /** The module's memory once `passData` is in it: what renewing it could not give back. */
  passBytes?: number | undefined;
  /** What another thread needs to load the same bundle: its contents and compiled module (see shareable). */
  shared: { bundle: Bundle; module: object };
}

export interface EngineOptions {
  /** Most steps (iterations, function and builtin calls) one policy may take on one document; 0 = unlimited. */
  policySteps?: number;
  /** Largest linear memory a policy bundle may use, in MiB. */
  policyMemoryMB?: number;
  /** Wall-clock milliseconds one evaluation may take in a module without the step counter. */
  policyTimeMs?: number;
  /**
   * A module whose memory has grown to this many MiB is replaced by a fresh instance after the
   * evaluation, so the memory can be given back (runtime/release.ts). Default 64.
   */
  renewAtMB?: number;
  /**
   * Where a policy's `print()` lines go. Default: standard error, as `opa eval` prints them, so
   * a report on standard output (`-f json`, SARIF) stays parseable.
   */
  print?: (line: string) => void;
}

export const printToStderr = (line: string): void => void process.stderr.write(`${line}\n`);

/** Generous: a foreign module on a large plan may legitimately take seconds; this stops only a runaway. */
export const DEFAULT_POLICY_TIME_MS = 60_000;

/** A module's memory this large (MiB) after an evaluation is given back (see renewIfLarge). */
export const DEFAULT_RENEW_AT_MB = 64;

/**
 * Measured (docs/configuration.md): the built-in packs take at most ~8,500 steps per policy on
 * the largest corpus document (terragoat's 94 KB plan) and 17 million on the same plan grown to
 * 6 MB (a join over resources is quadratic). At ~16 million steps per second, 10^9 is about a
 * minute: far above any realistic document, far below "minutes per policy per file".
 */
export const DEFAULT_POLICY_STEPS = 1_000_000_000;
export const DEFAULT_POLICY_MEMORY_MB = 256;

export interface EvaluationResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** Metadata for entrypoints of bundles built by real OPA, which carry none of Palisade's. */
function foreignPolicyMeta(entrypoint: string): PolicyMeta {
  return {
    id: entrypoint,
    title: entrypoint,
    severity: 'medium',
    description: `Violations reported by the OPA entrypoint ${entrypoint}.`,
    remediation: 'See the policy that defines this entrypoint.',
    tags: [],
    frameworks: {},
    equivalents: {},
    kinds: ['*'],
  };
}

const memoryOf = (p: LoadedPolicy): ArrayBuffer => (p as unknown as { mem: { buffer: ArrayBuffer } }).mem.buffer;
const pagesFor = (bytes: number) => Math.ceil(bytes / 65536);
// wasm32 addresses at most 65536 pages (4 GiB).
const memoryPages = (mb: number) => Math.min(65536, Math.max(1, Math.floor(mb * 16)));

type WasmExports = { palisade_set_step_budget?: (n: number) => void; palisade_set_memory_budget?: (n: number) => void };
const encoder = new TextEncoder();

/** The SDK takes input bytes as a whole ArrayBuffer; a view into a larger one (a Buffer) is copied out. */
function exactBuffer(b: Uint8Array): ArrayBuffer {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return b.buffer as ArrayBuffer;
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return copy.buffer;
}

// Inventory policies are left out: they run in evaluateInventory, once the scan's objects are known.
function applicableTo(b: LoadedBundle, kind: string): PolicyEntry[] {
  let list = b.applicable.get(kind);
  if (!list) {
    list = [...(b.policiesByKind.get(kind) ?? []), ...(b.policiesByKind.get('*') ?? [])].filter((p) => !p.meta.inventory);
    b.applicable.set(kind, list);
  }
  return list;
}

// The ES libraries this project compiles against leave WebAssembly undeclared (it is in lib.dom).
const wasmApi = (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<object>; Module: { exports(m: object): Array<{ name: string }> } } }).WebAssembly;
const compileWasm = (bytes: Uint8Array): Promise<object> => wasmApi.compile(bytes);
const wasmExports = (module: object): string[] => wasmApi.Module.exports(module).map((e) => e.name);

// opa-wasm's ESM entry names only loadPolicy; loadPolicySync lives on its default export (the
// typings declare it as a named export, so both shapes are accepted).
const sdk = (opaWasm as unknown as { default?: typeof opaWasm }).default ?? opaWasm;

export class Engine {
  private constructor(
    private readonly bundles: LoadedBundle[],
    private readonly steps: number,
    private readonly memoryMB: number,
    private readonly print: (line: string) => void,
    private readonly renewAtBytes: number,
  ) {}

  static async load(bundles: Array<{ name: string; bundle: Bundle }>, opts: EngineOptions = {}): Promise<Engine> {
    const steps = opts.policySteps ?? DEFAULT_POLICY_STEPS;
    const memoryMB = opts.policyMemoryMB ?? DEFAULT_POLICY_MEMORY_MB;
    const loaded: LoadedBundle[] = [];
    for (const { name, bundle } of bundles) {
      // Host builtins are non-strict in scans: a builtin error on odd input makes that expression
      // undefined (OPA's default), rather than failing every policy on the document.
      // Compiled here and instantiated with loadPolicySync: opa-wasm's async loadPolicy tests its
      // argument with `instanceof Response`, and touching that global makes Node load its whole
      // fetch implementation (undici), tens of milliseconds of every CLI start.
      // Palisade's runtime counts the budget itself, from the parsed input on, so a large plan
      // does not spend a policy's budget; other modules are capped by their memory's maximum.
      let module: object;
      try {
        module = await (bundle.compiled ?? compileWasm(bundle.wasm));
      } catch (e) {
        // Bundles are validated when read, except the built-in one (policy/builtin.ts): a damaged
        // install is named here rather than crashing.
        throw new PalisadeError([{ file: name, line: 0, col: 0, code: 'bundle_error', message: `the policy module is not valid WebAssembly: ${describe(e)}`, fix: 'reinstall Palisade, or rebuild the bundle with `palisade build` (or `opa build -t wasm`)' }]);
      }
      const counted = wasmExports(module).includes('palisade_set_memory_budget');
      const maximum = counted ? 65536 : memoryPages(memoryMB);
      const memory = { initial: Math.min(maximum, Math.max(5, pagesFor(bundle.wasm.length) + 2)), maximum };
      const fresh = (): LoadedPolicy => {
        const p = sdk.loadPolicySync(module, memory, hostBuiltins({ strict: false }));
        if (bundle.data !== undefined) p.setData(bundle.data as object);
        const exports = (p as unknown as { wasmInstance: { exports: WasmExports } }).wasmInstance.exports;
        exports.palisade_set_step_budget?.(steps);
        exports.palisade_set_memory_budget?.(memoryMB * 1024 * 1024);
        return p;
      };
      let instance: LoadedPolicy;
      try {
        instance = fresh();
      } catch (e) {
        // A module that is WebAssembly but not a policy (missing ABI exports, a trap in its start
        // function, data it cannot take) is the bundle's fault, named as such.
        throw new PalisadeError([
          { file: name, line: 0, col: 0, code: 'bundle_error', message: `the policy module cannot be loaded: ${describe(e)}`, fix: 'pass a bundle built by `palisade build` or `opa build -t wasm` (OPA Wasm ABI 1.x)' },
        ]);
      }
      const kindEntrypoints = new Map<string, string>();
      const policiesByKind = new Map<string, PolicyEntry[]>();
      let policies: PolicyEntry[];
      if (bundle.palisade) {
        for (const [kind, ep] of Object.entries(bundle.palisade.kindEntrypoints)) kindEntrypoints.set(kind, ep);
        policies = bundle.palisade.policies.map(({ entrypoint, ...meta }) => ({ meta, entrypoint }));
      } else {
        const eps = (bundle.manifest.wasm ?? []).map((w) => w.entrypoint);
        policies = (eps.length ? eps : Object.keys(instance.entrypoints)).map((ep) => ({ meta: foreignPolicyMeta(ep), entrypoint: ep }));
      }
      for (const p of policies) {
        for (const kind of p.meta.kinds) {
          const list = policiesByKind.get(kind) ?? [];
          list.push(p);
          policiesByKind.set(kind, list);
        }
      }
      const exports = (instance as unknown as { wasmInstance: { exports: WasmExports } }).wasmInstance.exports;
      // Bundles built by real OPA lack the step counter: they run in a worker under a wall-clock
      // budget instead (foreign.ts), since nothing can interrupt them on this thread.
      const foreign =
        exports.palisade_set_step_budget === undefined && workerAvailable()
          ? new ForeignModule(bundle.wasm, bundle.data, memory, opts.policyTimeMs ?? DEFAULT_POLICY_TIME_MS, { prints: true })
          : undefined;
      const inputKeys = new Map(Object.entries(bundle.palisade?.inputKeys ?? {}).map(([ep, keys]) => [ep, new Set(keys)] as const));
      loaded.push({ name, instance, foreign, kindEntrypoints, policiesByKind, applicable: new Map(), policies, data: bundle.data as object | undefined, inputKeys, fresh, shared: { bundle, module } });
    }
    return new Engine(loaded, steps, memoryMB, opts.print ?? printToStderr, (opts.renewAtMB ?? DEFAULT_RENEW_AT_MB) * 1024 * 1024);
  }

  /** Every policy the engine runs, for reports that list rules even when nothing fired. */
  get policies(): PolicyMeta[] {
    return this.bundles.flatMap((b) => b.policies.map((p) => p.meta));
  }

  /**
   * The bundles as loaded (after policy selection), each with its compiled module: plain data a
   * worker thread loads an engine of the same policies from, without compiling again.
   */
  shareable(): Array<{ name: string; bundle: Omit<Bundle, 'compiled'>; module: object }> {
    return this.bundles.map(({ name, shared: { bundle, module } }) => {
      // A view into the bundle file would carry the whole file across: the module's bytes alone.
      const { compiled: _, wasm, ...rest } = bundle;
      return { name, bundle: { ...rest, wasm: wasm.slice() }, module };
    });
  }

  /** Whether some policy reads `data.inventory` (the scan's Kubernetes objects). */
  get needsInventory(): boolean {
    return this.inventoryReaders.length > 0;
  }

  /** Which of the bundles given to load() (their positions) have policies that read `data.inventory`. */
  get inventoryReaders(): number[] {
    return this.bundles.flatMap((b, i) => (b.policies.some((p) => p.meta.inventory) ? [i] : []));
  }

  evaluate(doc: Document): EvaluationResult {
    return this.run(doc, (b) => ({ policies: applicableTo(b, doc.kind), aggregate: b.kindEntrypoints.get(doc.kind) }));
  }

  /**
   * The second pass for policies that see the whole scan (`custom.inventory`): `inventory` is
   * set as `data.inventory` (Gatekeeper's shape) for the pass, then each document is evaluated by
   * those policies alone, through the kind's inventory aggregate when the bundle has one. The
   * bundle's own data is restored afterwards. Modules built by real OPA carry no Palisade
   * metadata, so they never take part.
   */
  evaluateInventory(docs: Document[], inventory: object): EvaluationResult {
    const findings: Finding[] = [];
    const diagnostics: Diagnostic[] = [];
    const pass = this.inventoryPass(inventory);
    try {
      for (const doc of docs) {
        const r = pass.evaluate(doc);
        for (const f of r.findings) findings.push(f);
        for (const d of r.diagnostics) diagnostics.push(d);
      }
    } finally {
      pass.end();
    }
    return { findings, diagnostics };
  }

  /**
   * evaluateInventory one document at a time, for a caller that does not hold them all (the scan
   * loads them again): `inventory` is set as `data.inventory` until `end()`, and nothing else may
   * be evaluated meanwhile. Each document's findings come bundle by bundle, as in evaluate().
   */
  inventoryPass(inventory: object): { evaluate(doc: Document): EvaluationResult; end(): void } {
    const bundles = this.bundles.filter((b) => !b.foreign && b.policies.some((p) => p.meta.inventory));
    const byKind = new Map<LoadedBundle, Map<string, PolicyEntry[]>>(bundles.map((b) => [b, new Map()]));
    const own = (b: LoadedBundle, kind: string) => {
      const cache = byKind.get(b)!;
      let list = cache.get(kind);
      if (!list) cache.set(kind, (list = b.policies.filter((p) => p.meta.inventory && p.meta.kinds.includes(kind))));
      return list;
    };
    for (const b of bundles) this.setPassData(b, inventory);
    return {
      evaluate: (doc) => this.run(doc, (b) => (byKind.has(b) ? { policies: own(b, doc.kind), aggregate: b.kindEntrypoints.get(inventoryKey(doc.kind)) } : { policies: [] })),
      end: () => {
        for (const b of bundles) this.endPassData(b);
      },
    };
  }

  /**
   * Evaluates documents again with every policy of their kind, `inventory` set as
   * `data.inventory`: for documents whose helpers read more when the scan's other files are known
   * (a reusable workflow or composite action and its callers, docs/inventory.md). The caller
   * merges these findings with the first pass's.
   */
  evaluateInContext(docs: Document[], inventory: object): EvaluationResult {
    return this.withInventory(docs, inventory, (b, doc) => ({ policies: applicableTo(b, doc.kind), aggregate: b.kindEntrypoints.get(doc.kind) }));
  }

  private withInventory(docs: Document[], inventory: object, pick: (b: LoadedBundle, doc: Document) => { policies: PolicyEntry[]; aggregate?: string | undefined }): EvaluationResult {
    const findings: Finding[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const b of this.bundles) {
      if (b.foreign || !docs.some((doc) => pick(b, doc).policies.length > 0)) continue;
      this.setPassData(b, inventory);
      try {
        for (const doc of docs) {
          const r = this.run(doc, (x) => (x === b ? pick(b, doc) : { policies: [] }));
          for (const f of r.findings) findings.push(f);
          for (const d of r.diagnostics) diagnostics.push(d);
        }
      } finally {
        this.endPassData(b);
      }
    }
    return { findings, diagnostics };
  }

  private setPassData(b: LoadedBundle, inventory: object): void {
    // Held as the bytes the module reads (the SDK takes an ArrayBuffer as JSON text): the
    // inventory's objects can go once the pass has started, and a renewal does not serialise them again.
    b.passData = exactBuffer(encoder.encode(JSON.stringify({ ...(b.data ?? {}), inventory })));
    b.instance.setData(b.passData);
    b.passBytes = memoryOf(b.instance).byteLength;
  }

  private endPassData(b: LoadedBundle): void {
    b.passData = b.passBytes = undefined;
    b.instance.setData(b.data ?? {});
  }

  private run(doc: Document, pick: (b: LoadedBundle) => { policies: PolicyEntry[]; aggregate?: string | undefined }): EvaluationResult {
    const findings: Finding[] = [];
    const diagnostics: Diagnostic[] = [];
    // One finding per fingerprint: a policy (or two rules of one) reporting the same thing twice
    // at the same route is one finding, whatever else its violation objects carry.
    const seen = new Set<string>();
    const own = ownedStrings();
    const collect = (meta: PolicyMeta, result: unknown) => this.collect(meta, doc, result, findings, seen, own, diagnostics);
    // The document's own JSON bytes when the loader kept them, else its JSON text, made once and
    // only if some policy applies; modules in this thread read it straight into their memory,
    // the worker of a foreign module takes it as one ArrayBuffer. Of the bytes, a module gets
    // only the top-level members its entrypoint can read (the bundle's inputKeys): a plan's
    // planned_values and prior_state are then neither copied into it nor parsed.
    let text: string | Uint8Array | undefined;
    let bytes: ArrayBuffer | undefined;
    const evaluate = (b: LoadedBundle, entrypoint: string): unknown => {
      text ??= doc.json ?? JSON.stringify(doc.data ?? null);
      if (!b.foreign) {
        const keys = typeof text === 'string' ? undefined : b.inputKeys.get(entrypoint);
        const input = keys ? projectJson(text as Uint8Array, keys, doc.jsonMembers && (() => doc.jsonMembers!())) : text;
        try {
          return redirectPrints(this.print, () => evaluateJson(b.instance, input, entrypoint));
        } finally {
          this.renewIfLarge(b);
        }
      }
      bytes ??= typeof text === 'string' ? (encoder.encode(text).buffer as ArrayBuffer) : exactBuffer(text);
      try {
        return b.foreign.evaluate(bytes, entrypoint);
      } finally {
        for (const line of b.foreign.lastOutput.split('\n').slice(0, -1)) this.print(line);
      }
    };
    for (const b of this.bundles) {
      const { policies: applicable, aggregate } = pick(b);
      if (applicable.length === 0) continue;
      if (aggregate) {
        try {
          const rs = evaluate(b, aggregate) as Array<{ result: Record<string, unknown> }>;
          const byPolicy = rs[0]?.result ?? {};
          for (const p of applicable) collect(p.meta, byPolicy[p.meta.id]);
          continue;
        } catch {
          // Fall through to one-by-one evaluation to isolate the failing policy.
        }
      }
      for (const p of applicable) {
        try {
          const rs = evaluate(b, p.entrypoint) as Array<{ result: unknown }>;
          collect(p.meta, rs[0]?.result);
        } catch (e) {
          diagnostics.push(this.failure(p.meta.id, doc, e));
        }
      }
    }
    return { findings, diagnostics };
  }

  /**
   * After an evaluation that grew the module's memory past `renewAtBytes` (a large plan), the
   * module is replaced by a fresh instance and its memory given back, before the findings and
   * the report are built: otherwise the written pages stay with the process to the end of the scan.
   * What an inventory pass's data takes is not counted: a fresh instance takes it again, so a
   * large inventory would otherwise renew the module (and parse the inventory) on every document.
   */
  private renewIfLarge(b: LoadedBundle): void {
    if (memoryOf(b.instance).byteLength < this.renewAtBytes + (b.passBytes ?? 0)) return;
    b.instance = b.fresh();
    if (b.passData) b.instance.setData(b.passData);
    collectGarbage();
  }

  private failure(policy: string, doc: Document, e: unknown): Diagnostic {
    const what = describe(e);
    const at = doc.index > 0 ? `document ${doc.index + 1} of this file` : 'this document';
    const base = { file: doc.path, line: 0, col: 0, code: 'eval_error' as const };
    if (what.startsWith('eval_budget_exceeded')) {
      return {
        ...base,
        message: `policy ${policy} exceeded its step budget (${this.steps} steps) on ${at}`,
        fix: `if the document is legitimately this large, raise limits.policySteps in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)`,
      };
    }
    if (what.startsWith(TIME_BUDGET_MARK)) {
      return {
        ...base,
        message: `policy ${policy} exceeded its time budget (${what.replace(/^.*longer than /, '')}) on ${at}; its module has no step counter (built by \`opa build\`), so it is timed instead`,
        fix: 'if the document is legitimately this large, raise limits.policyTimeMs in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)',
      };
    }
    if (MEMORY_FAILURE.test(what)) {
      return {
        ...base,
        message: `policy ${policy} exceeded its memory budget (${this.memoryMB} MiB) on ${at}`,
        fix: `if the document is legitimately this large, raise limits.policyMemoryMB in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)`,
      };
    }
    return {
      ...base,
      message: `policy ${policy} failed on ${at}: ${what}`,
      fix: 'the policy is at fault, not the file: report it to the policy owner (or exclude the policy in the config) and rerun',
    };
  }

  private collect(meta: PolicyMeta, doc: Document, result: unknown, out: Finding[], seen: Set<string>, own: Owned, diagnostics: Diagnostic[]): void {
    if (result === undefined || result === null || result === false || result === true) return;
    const items = Array.isArray(result) ? result : [result];
    let kept = 0;
    for (const item of items) {
      const v = toViolation(item);
      if (!v) continue;
      if (kept === MAX_FINDINGS_PER_POLICY) {
        diagnostics.push({
          file: doc.path,
          line: 0,
          col: 0,
          code: 'eval_error',
          severity: 'warning',
          message: `policy ${meta.id} reported ${items.length} violations on this document; only the first ${MAX_FINDINGS_PER_POLICY} are kept`,
          fix: 'fix the document (or the policy, if it reports one thing many times); the findings kept already fail the run',
        });
        return;
      }
      const f = toFinding(meta, doc, v, own);
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      out.push(f);
      kept++;
    }
  }
}

/** More violations than this from one policy on one document are a flood, not findings anyone reads. */
export const MAX_FINDINGS_PER_POLICY = 10_000;

// Palisade's runtime aborts with "out of memory"; OPA-built modules' allocators abort with their
// own words; the SDK's own memory.grow (to copy the input in) throws a RangeError.
const MEMORY_FAILURE = /out of memory|opa_malloc|memory size exceeded|Memory\.grow|could not allocate memory/i;

function describe(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
