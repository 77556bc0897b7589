// The evaluation engine: loads compiled policy bundles into opa-wasm and evaluates documents,
// turning violations into findings. Pure with respect to the file system — bundles arrive as
// bytes/objects and documents from the loaders — so it works the same from the CLI, the GitHub
// Action and the library API.
//
// Speed: each Palisade bundle has one entrypoint per document kind that evaluates all of that
// kind's policies in one call, so a document costs one evaluation per bundle. When that call
// fails (a policy aborts on a conflict or exceeds its budget), the policies of that kind are
// evaluated one by one so that the failing policy is reported and the others still are.

import * as opaWasm from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { Diagnostic } from '../diagnostics.js';
import type { Bundle } from '../bundle/bundle.js';
import type { Document } from '../loaders/types.js';
import { hostBuiltins } from '../runtime/host/index.js';
import type { Finding, PolicyMeta } from './finding.js';
import { toFinding, toViolation } from './violations.js';

interface PolicyEntry {
  meta: PolicyMeta;
  entrypoint: string;
}

interface LoadedBundle {
  name: string;
  instance: LoadedPolicy;
  /** kind → aggregate entrypoint, for Palisade bundles. */
  kindEntrypoints: Map<string, string>;
  /** kind → the policies that entrypoint evaluates ('*' applies to every kind). */
  policiesByKind: Map<string, PolicyEntry[]>;
  /** kind → its policies followed by the '*' ones, built on first use (not per document). */
  applicable: Map<string, PolicyEntry[]>;
  policies: PolicyEntry[];
}

export interface EngineOptions {
  /** Largest linear memory a policy may use, in 64 KiB pages (default 4096 = 256 MiB). */
  maxMemoryPages?: number;
}

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

const pagesFor = (bytes: number) => Math.ceil(bytes / 65536);
const encoder = new TextEncoder();

function applicableTo(b: LoadedBundle, kind: string): PolicyEntry[] {
  let list = b.applicable.get(kind);
  if (!list) {
    list = [...(b.policiesByKind.get(kind) ?? []), ...(b.policiesByKind.get('*') ?? [])];
    b.applicable.set(kind, list);
  }
  return list;
}

// The ES libraries this project compiles against leave WebAssembly undeclared (it is in lib.dom).
const compileWasm = (bytes: Uint8Array): Promise<object> =>
  (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<object> } }).WebAssembly.compile(bytes);

// opa-wasm's ESM entry names only loadPolicy; loadPolicySync lives on its default export (the
// typings declare it as a named export, so both shapes are accepted).
const sdk = (opaWasm as unknown as { default?: typeof opaWasm }).default ?? opaWasm;

export class Engine {
  private constructor(private readonly bundles: LoadedBundle[]) {}

  static async load(bundles: Array<{ name: string; bundle: Bundle }>, opts: EngineOptions = {}): Promise<Engine> {
    const loaded: LoadedBundle[] = [];
    for (const { name, bundle } of bundles) {
      // Host builtins are non-strict in scans: a builtin error on odd input makes that expression
      // undefined (OPA's default), rather than failing every policy on the document.
      // Compiled here and instantiated with loadPolicySync: opa-wasm's async loadPolicy tests its
      // argument with `instanceof Response`, and touching that global makes Node load its whole
      // fetch implementation (undici), tens of milliseconds of every CLI start.
      const instance = sdk.loadPolicySync(
        await compileWasm(bundle.wasm),
        { initial: Math.max(5, pagesFor(bundle.wasm.length) + 2), maximum: opts.maxMemoryPages ?? 4096 },
        hostBuiltins({ strict: false }),
      );
      if (bundle.data !== undefined) instance.setData(bundle.data as object);
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
      loaded.push({ name, instance, kindEntrypoints, policiesByKind, applicable: new Map(), policies });
    }
    return new Engine(loaded);
  }

  /** Every policy the engine runs, for reports that list rules even when nothing fired. */
  get policies(): PolicyMeta[] {
    return this.bundles.flatMap((b) => b.policies.map((p) => p.meta));
  }

  evaluate(doc: Document): EvaluationResult {
    const findings: Finding[] = [];
    const diagnostics: Diagnostic[] = [];
    // Encoded once, and only if some policy applies, then handed to every bundle as raw JSON bytes.
    let encoded: ArrayBuffer | undefined;
    for (const b of this.bundles) {
      const applicable = applicableTo(b, doc.kind);
      if (applicable.length === 0) continue;
      const input = (encoded ??= encoder.encode(JSON.stringify(doc.data ?? null)).buffer as ArrayBuffer);
      const aggregate = b.kindEntrypoints.get(doc.kind);
      if (aggregate) {
        try {
          const rs = b.instance.evaluate(input, aggregate) as Array<{ result: Record<string, unknown> }>;
          const byPolicy = rs[0]?.result ?? {};
          for (const p of applicable) this.collect(p.meta, doc, byPolicy[p.meta.id], findings);
          continue;
        } catch {
          // Fall through to one-by-one evaluation to isolate the failing policy.
        }
      }
      for (const p of applicable) {
        try {
          const rs = b.instance.evaluate(input, p.entrypoint) as Array<{ result: unknown }>;
          this.collect(p.meta, doc, rs[0]?.result, findings);
        } catch (e) {
          diagnostics.push({
            file: doc.path,
            line: 0,
            col: 0,
            code: 'eval_error',
            message: `policy ${p.meta.id} failed on this document: ${describe(e)}`,
            fix: 'the policy is at fault, not the file: report it to the policy owner (or exclude the policy in the config) and rerun',
          });
        }
      }
    }
    return { findings, diagnostics };
  }

  private collect(meta: PolicyMeta, doc: Document, result: unknown, out: Finding[]): void {
    if (result === undefined || result === null || result === false || result === true) return;
    const items = Array.isArray(result) ? result : [result];
    for (const item of items) {
      const v = toViolation(item);
      if (v) out.push(toFinding(meta, doc, v));
    }
  }
}

function describe(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
