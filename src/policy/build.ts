// Builds a policy set — Rego sources in, an OPA-layout bundle out: parse every module, read each
// policy's METADATA, generate the per-kind aggregate entrypoints the engine calls, compile to the
// IR, link into a standalone .wasm. Pure (sources arrive as text); the CLI and the pack builder
// do the file I/O.
//
// What counts as a policy: a module defining `violation` (Palisade's contract) or `deny` /
// `warn` (Conftest's). Other modules are libraries. `*_test.rego` modules are only compiled by
// `palisade test`.

import { PalisadeError, type Diagnostic } from '../diagnostics.js';
import { inventoryKey, type Bundle, type PalisadeBundleMeta } from '../bundle/bundle.js';
import { CONFIDENCES, type Confidence, type PolicyMeta, type PolicySeverity } from '../engine/finding.js';
import type { Module } from '../rego/ast.js';
import { compileWithBuiltins } from '../rego/capabilities.js';
import { parseModule } from '../rego/parser.js';
import { inputKeysByEntrypoint } from '../rego/plan/input-keys.js';
import { linkPolicy } from '../runtime/link.js';
import { policyMetaFromAnnotations } from './metadata.js';

export interface PolicySource {
  /** Path used in diagnostics (repo-relative for built-ins). */
  path: string;
  source: string;
  /**
   * The Rego version this source is written in, when it is fixed regardless of the run's
   * `--v0-compatible` (Palisade's own helper library is always v1). Unset: the run's choice.
   */
  regoVersion?: 0 | 1;
  /** Palisade's helper library (see Module.library). */
  library?: boolean;
}

/** Parses each source with its own Rego version (else the run's); every parse error is collected. */
export function parsePolicySources(sources: PolicySource[], opts: { v0?: boolean } = {}): { modules: Module[]; diagnostics: Diagnostic[] } {
  const modules: Module[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const src of sources) {
    const v0 = src.regoVersion === undefined ? opts.v0 : src.regoVersion === 0;
    try {
      const mod = parseModule(src.path, src.source, { v0 });
      modules.push(src.library ? { ...mod, library: true } : mod);
    } catch (e) {
      if (e instanceof PalisadeError) diagnostics.push(...e.diagnostics);
      else throw e;
    }
  }
  return { modules, diagnostics };
}

export interface BuildOptions {
  /** Parse as Rego v0 (OPA's --v0-compatible). */
  v0?: boolean;
  /** Built-in packs must carry complete, valid metadata; users' policies may omit it. */
  requireMetadata?: boolean;
  /** Base `data` document shipped in the bundle. */
  data?: unknown;
  /** Extra entrypoints to expose (e.g. `palisade build -e`). */
  entrypoints?: string[];
}

export const VIOLATION_RULES = ['violation', 'deny', 'warn'] as const;
const AGGREGATE_PACKAGE = ['palisade', 'kinds'];

function ruleName(rule: Module['rules'][number]): string | undefined {
  const head = rule.head.ref[0];
  return head && head.type === 'var' ? head.name : undefined;
}

function violationRule(mod: Module): string | undefined {
  const names = new Set(mod.rules.filter((r) => r.head.ref.length === 1 && !r.head.args).map(ruleName));
  return VIOLATION_RULES.find((n) => names.has(n));
}

const SEVERITIES: PolicySeverity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Metadata for a user's policy without a complete Palisade METADATA block. */
function derivedMeta(mod: Module, rule: string): PolicyMeta {
  const custom = mod.annotations.find((a) => a.custom)?.custom ?? {};
  const title = mod.annotations.find((a) => a.title)?.title;
  const pkg = mod.package.join('.');
  const severity = SEVERITIES.includes(custom['severity'] as PolicySeverity) ? (custom['severity'] as PolicySeverity) : rule === 'warn' ? 'low' : 'medium';
  const kinds = Array.isArray(custom['kinds']) ? (custom['kinds'] as string[]) : ['*'];
  return {
    id: typeof custom['id'] === 'string' ? custom['id'] : mod.package.join('/'),
    title: title ?? pkg,
    severity,
    description: mod.annotations.find((a) => a.description)?.description ?? `Violations reported by data.${pkg}.${rule}.`,
    remediation: typeof custom['remediation'] === 'string' ? custom['remediation'] : 'See the policy source for what it requires.',
    url: mod.annotations.find((a) => a.relatedResources?.length)?.relatedResources?.[0]?.ref,
    tags: Array.isArray(custom['tags']) ? (custom['tags'] as string[]) : [],
    frameworks: {},
    equivalents: {},
    kinds,
    // What changes how the policy runs is kept even when the block around it is incomplete: a
    // policy that reads data.inventory would otherwise silently never be given it.
    ...(custom['inventory'] === true && { inventory: true }),
    ...(custom['profile'] === 'strict' && { profile: 'strict' as const }),
    ...(CONFIDENCES.includes(custom['confidence'] as Confidence) && { confidence: custom['confidence'] as Confidence }),
  };
}

const identifier = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * Rego for the aggregate entrypoints: one object per kind, policy id → list of violations. Policies
 * that read `data.inventory` get their own aggregate per kind (`<kind>_inventory`), evaluated in
 * the scan's second pass; the first pass's aggregate leaves them out.
 */
function aggregateModule(policies: Array<PolicyMeta & { ref: string }>, kinds: string[]): string {
  const lines = [`package ${AGGREGATE_PACKAGE.join('.')}`, ''];
  for (const kind of kinds) {
    const members = policies.filter((p) => p.kinds.includes(kind) || p.kinds.includes('*'));
    for (const [suffix, group] of [['', members.filter((p) => !p.inventory)], ['_inventory', members.filter((p) => p.inventory)]] as const) {
      if (suffix && group.length === 0) continue;
      const entries = group.map((p) => `  ${JSON.stringify(p.id)}: [v | some v in ${p.ref}],`);
      lines.push(`${identifier(kind)}${suffix} := {`, ...entries, '}', '');
    }
  }
  return lines.join('\n');
}

export interface BuiltPolicySet {
  bundle: Bundle;
  policies: Array<PolicyMeta & { entrypoint: string }>;
}

export function buildPolicySet(sources: PolicySource[], opts: BuildOptions = {}): BuiltPolicySet {
  const { modules, diagnostics } = parsePolicySources(sources, { v0: opts.v0 });
  const policies: Array<PolicyMeta & { ref: string; entrypoint: string }> = [];
  const seen = new Map<string, string>();
  for (const mod of modules) {
    const rule = violationRule(mod);
    if (!rule) continue;
    let meta: PolicyMeta;
    const fromAnnotations = policyMetaFromAnnotations(mod.annotations, mod.file, mod.source);
    if (Array.isArray(fromAnnotations)) {
      if (opts.requireMetadata) {
        diagnostics.push(...fromAnnotations);
        continue;
      }
      meta = derivedMeta(mod, rule);
    } else {
      meta = fromAnnotations;
    }
    const clash = seen.get(meta.id);
    if (clash) {
      diagnostics.push({
        file: mod.file,
        line: 1,
        col: 1,
        code: 'policy_metadata_error',
        message: `policy id ${meta.id} is already used by ${clash}`,
        fix: 'give each policy its own id (ids are never shared or renumbered)',
      });
      continue;
    }
    seen.set(meta.id, mod.file);
    const ref = `data.${mod.package.join('.')}.${rule}`;
    policies.push({ ...meta, ref, entrypoint: `${mod.package.join('/')}/${rule}` });
  }
  if (diagnostics.length) throw new PalisadeError(diagnostics);

  const kinds = [...new Set(policies.flatMap((p) => p.kinds).filter((k) => k !== '*'))].sort();
  const aggregate = parseModule('<palisade:aggregate>', aggregateModule(policies, kinds));
  const kindEntrypoints: Record<string, string> = {};
  for (const kind of kinds) {
    kindEntrypoints[kind] = `${AGGREGATE_PACKAGE.join('/')}/${identifier(kind)}`;
    if (policies.some((p) => p.inventory && p.kinds.includes(kind))) kindEntrypoints[inventoryKey(kind)] = `${kindEntrypoints[kind]}_inventory`;
  }
  const entrypoints = [...Object.values(kindEntrypoints), ...policies.map((p) => p.entrypoint), ...(opts.entrypoints ?? [])];
  const { plan } = compileWithBuiltins([...modules, aggregate], { entrypoints, strict: false, v0: opts.v0 });
  const wasm = linkPolicy(plan);
  const metaOut: PalisadeBundleMeta = {
    version: 1,
    policies: policies.map(({ ref: _ref, ...p }) => p),
    kindEntrypoints,
    inputKeys: inputKeysByEntrypoint(plan),
  };
  return {
    bundle: {
      wasm,
      data: opts.data ?? {},
      manifest: {
        revision: '',
        roots: [''],
        wasm: entrypoints.map((entrypoint) => ({ entrypoint, module: '/policy.wasm' })),
        rego_version: opts.v0 ? 0 : 1,
      },
      palisade: metaOut,
    },
    policies: metaOut.policies,
  };
}
