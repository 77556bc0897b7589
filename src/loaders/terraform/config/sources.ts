// The Terraform sources of a scan (`.tf`, `.tf.json`, `.tfvars`, `.terraform/modules/modules.json`)
// as the evaluator needs them: files of a module folder, each parsed once (native or JSON syntax),
// parse errors as diagnostics at file:line:col, and where `terraform init` put a registry or git
// module. Must not read files: the caller passes their text.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../diagnostics.js';
import { LineIndex } from '../../../text/line-index.js';
import { at } from '../../common/diag.js';
import type { Body } from '../hcl/ast.js';
import { parseHclJson } from '../hcl/json.js';
import { parseHcl } from '../hcl/parser.js';
import { isOverrideFile } from './override.js';

export const isConfigFile = (p: string): boolean => p.endsWith('.tf') || p.endsWith('.tf.json');
export const isVarsFile = (p: string): boolean => p.endsWith('.tfvars') || p.endsWith('.tfvars.json');
/** Override files merge into other files' blocks (override.ts); they are not declarations of their own. */
const isOverride = (p: string): boolean => isOverrideFile(posix.basename(p));

export class SourceSet {
  private readonly parsed = new Map<string, Body | undefined>();
  private readonly lines = new Map<string, LineIndex>();
  private readonly byDir = new Map<string, string[]>();
  private readonly overridesByDir = new Map<string, string[]>();
  private readonly installed = new Map<string, Map<string, string> | undefined>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly texts: ReadonlyMap<string, string>) {
    for (const p of texts.keys()) {
      if (!isConfigFile(p)) continue;
      const byDir = isOverride(p) ? this.overridesByDir : this.byDir;
      const d = posix.dirname(p);
      let l = byDir.get(d);
      if (!l) byDir.set(d, (l = []));
      l.push(p);
    }
    // Terraform reads override files in lexical order of their names, after all the others.
    for (const l of this.byDir.values()) l.sort();
    for (const l of this.overridesByDir.values()) l.sort((a, b) => (posix.basename(a) < posix.basename(b) ? -1 : 1));
  }

  /** Folders holding .tf / .tf.json files. */
  dirs(): string[] {
    return [...this.byDir.keys()].sort();
  }

  configFiles(dir: string): string[] {
    return this.byDir.get(dir) ?? [];
  }

  /** The override files of a folder, in the order Terraform merges them. */
  overrideFiles(dir: string): string[] {
    return this.overridesByDir.get(dir) ?? [];
  }

  lineIndex(file: string): LineIndex {
    let l = this.lines.get(file);
    if (!l) this.lines.set(file, (l = new LineIndex(this.texts.get(file) ?? '')));
    return l;
  }

  /** The parsed body of a file; undefined when it is not in the set. Errors become diagnostics once. */
  body(file: string): Body | undefined {
    if (this.parsed.has(file)) return this.parsed.get(file);
    const text = this.texts.get(file);
    if (text === undefined) {
      this.parsed.set(file, undefined);
      return undefined;
    }
    const json = file.endsWith('.json');
    const r = json ? parseHclJson(text, isVarsFile(file) ? 'vars' : 'config') : parseHcl(text);
    for (const e of r.errors) this.diagnostics.push(at(file, this.lineIndex(file).lineCol(e.offset), 'input_parse_error', `invalid ${json ? 'Terraform JSON' : 'HCL'}: ${e.message}`, `${e.fix}; the rest of the file${r.body.blocks.length ? ' and the scan' : ''} is still checked`));
    this.parsed.set(file, r.body);
    return r.body;
  }

  /** The folder `terraform init` downloaded the module at `keyPath` (call names from the root) into. */
  installedModule(rootDir: string, keyPath: string[]): string | undefined {
    if (!this.installed.has(rootDir)) this.installed.set(rootDir, this.readManifest(rootDir));
    return this.installed.get(rootDir)?.get(keyPath.join('.'));
  }

  private readManifest(rootDir: string): Map<string, string> | undefined {
    const file = posix.join(rootDir, '.terraform/modules/modules.json');
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const out = new Map<string, string>();
    try {
      const m = JSON.parse(text) as { Modules?: Array<{ Key?: string; Dir?: string }> };
      for (const e of m.Modules ?? []) if (e.Key && e.Dir !== undefined) out.set(e.Key, posix.normalize(posix.join(rootDir, e.Dir)));
    } catch (e) {
      this.diagnostics.push(at(file, { line: 1, col: 1 }, 'input_parse_error', `invalid modules.json: ${(e as Error).message}`, 'run `terraform init` again to rewrite it', 'warning'));
    }
    return out;
  }
}
