// Palisade's library API (the package root). Two entry points mirror the two halves of the
// product: `compile` (Rego → a standalone WebAssembly module implementing OPA's Wasm ABI) and
// `scan` (files → findings). Both are thin: the work lives in src/rego, src/runtime and src/scan.

import type { Annotation } from './rego/ast.js';
import { compileModules } from './rego/compile.js';
import { parseModule } from './rego/parser.js';
import { lineIndexFor } from './rego/source.js';
import { linkPolicy } from './runtime/link.js';
import { PalisadeError } from './diagnostics.js';

export interface CompileOptions {
  /** Entrypoints as `pkg/rule` or `data.pkg.rule`. */
  entrypoints: string[];
  /** Parse Rego v0 syntax (OPA's --v0-compatible). */
  v0?: boolean;
  /** Builtin errors abort evaluation instead of making the expression undefined. */
  strict?: boolean;
}

export interface CompiledAnnotation extends Annotation {
  file: string;
  line: number;
  /** `data.pkg` for package annotations, `data.pkg.rule` for rule annotations. */
  path: string;
}

export interface CompileResult {
  /** Load with `loadPolicy` / `loadPolicySync` from @open-policy-agent/opa-wasm. */
  wasm: Uint8Array;
  /** Entrypoint name → id, as the module's `entrypoints` export reports them. */
  entrypoints: Record<string, number>;
  /** The modules' METADATA annotations (the module itself does not hold them). */
  annotations: CompiledAnnotation[];
}

/**
 * Compiles Rego modules into one WebAssembly policy module. Throws a `PalisadeError` whose
 * `diagnostics` list every problem found as `{file, line, col, code, message, fix}`.
 */
export async function compile(modules: Array<{ path: string; source: string }>, opts: CompileOptions): Promise<CompileResult> {
  const parsed = [];
  const problems = [];
  for (const m of modules) {
    try {
      parsed.push(parseModule(m.path, m.source, { v0: opts.v0 }));
    } catch (e) {
      if (e instanceof PalisadeError) problems.push(...e.diagnostics);
      else throw e;
    }
  }
  if (problems.length) throw new PalisadeError(problems);
  const plan = compileModules(parsed, { entrypoints: opts.entrypoints, strict: opts.strict });
  const entrypoints: Record<string, number> = {};
  plan.entrypoints.forEach((ep, i) => (entrypoints[ep.name] = i));
  const annotations: CompiledAnnotation[] = [];
  for (const mod of parsed) {
    const where = (a: Annotation) => ({ file: mod.file, line: lineIndexFor(mod).lineCol(a.span.start).line });
    const pkg = `data.${mod.package.join('.')}`;
    for (const a of mod.annotations) annotations.push({ ...a, ...where(a), path: pkg });
    for (const rule of mod.rules) {
      const head = rule.head.ref[0];
      const name = head && head.type === 'var' ? head.name : '';
      for (const a of rule.annotations) annotations.push({ ...a, ...where(a), path: `${pkg}.${name}` });
    }
  }
  return { wasm: linkPolicy(plan), entrypoints, annotations };
}

export { scan, type ScanOptions, type ScanResult } from './scan/scan.js';
export { Engine } from './engine/engine.js';
export { hostBuiltins } from './runtime/host/index.js';
export { readBundle, writeBundle, type Bundle } from './bundle/bundle.js';
export { renderReport, type ReportContext, type ReportFormat } from './reporters/index.js';
export { PalisadeError, formatDiagnostic, type Diagnostic } from './diagnostics.js';
export type { Finding, PolicyMeta, PolicySeverity } from './engine/finding.js';
export type { Document, Route, Region } from './loaders/types.js';
