// What crosses between a scan's main thread and its worker threads (scan/parallel.ts and
// parallel-worker.ts): plain data only, since messages are structured clones. Types only.

import type { Diagnostic } from '../diagnostics.js';
import type { DiscoveredFile } from '../discovery/discover.js';
import type { Bundle } from '../bundle/bundle.js';
import type { EngineOptions } from '../engine/engine.js';
import type { Finding } from '../engine/finding.js';
import type { LoadOptions } from '../loaders/common/options.js';
import type { DocumentKind, InlineIgnore } from '../loaders/types.js';

export interface WorkerInit {
  /** The scan's bundles after policy selection, each with its compiled module (a WebAssembly.Module crosses threads without recompiling). */
  bundles: Array<{ name: string; bundle: Omit<Bundle, 'compiled'>; module: object }>;
  engine: Pick<EngineOptions, 'policySteps' | 'policyMemoryMB' | 'policyTimeMs'>;
  /** The loaders' limits (files sent are of self-contained kinds: nothing else is needed). */
  load: LoadOptions;
  /** The scan root's real path, for the worker's containment gate. */
  rootReal: string;
}

/** One file to load and evaluate; `i` is its place in the loop's list of files. */
export interface FileJob {
  i: number;
  file: DiscoveredFile & { kind: Exclude<DocumentKind, 'repository'> };
}

/** A finding whose policy is its index in the engine's list of policies (the same list in every thread). */
export type WireFinding = Omit<Finding, 'policy'> & { policy: number };

/** What the scan keeps of a document besides its findings. */
export interface WireDocument {
  path: string;
  kind: DocumentKind;
  ignores: InlineIgnore[];
}

/** A file done: its load problems, then per document what evaluation gave, and the policies' print() lines. */
export interface FileAnswer {
  i: number;
  diagnostics: Diagnostic[];
  findings: WireFinding[];
  evalDiagnostics: Diagnostic[];
  docs: WireDocument[];
  prints: string[];
}

export type WorkerMessage = { ready: true } | { startError: string } | FileAnswer | { i: number; error: string };
