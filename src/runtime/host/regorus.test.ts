// The regorus builtin cases that only call host builtins on literal arguments, evaluated directly
// against the host implementations (no compiler involved). Cases whose expected value is
// regorus's own behaviour rather than OPA's are listed in KNOWN with the reason.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../rego/builtins.js';
import { hostBuiltins } from './index.js';

const ROOT = join(process.cwd(), '../shared/corpora/rego-conformance/regorus/builtins');

/** file#note → why the expectation is not OPA's. */
const KNOWN: Record<string, string> = {
  'semver/is_valid.yaml#semver.compare wrong arg1 type': 'OPA returns false for a non-string; regorus fails',
  'units/parse.yaml#b suffix not supported': 'OPA fails on an unknown unit (strict); regorus is undefined',
};

interface Case {
  note: string;
  modules: string[];
  query: string;
  want_result?: unknown;
  error?: string;
  no_result?: boolean;
  skip?: boolean;
  strict?: boolean;
}

interface Rule {
  name: string;
  fn: string;
  args: unknown[];
}

/** A module made only of `name := host_builtin(json, ...)` rules, or undefined. */
function simpleRules(module: string): Rule[] | undefined {
  const lines = module.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  if (lines[0] !== 'package test') return undefined;
  const rules: Rule[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('import ')) continue;
    const m = /^(\w+)\s*:?=\s*([\w.]+)\((.*)\)$/.exec(line);
    if (!m) return undefined;
    const spec = BUILTINS[m[2]!];
    let args: unknown[];
    try {
      args = JSON.parse(`[${m[3]}]`) as unknown[];
    } catch {
      return undefined;
    }
    if (!spec || spec.impl !== 'host' || spec.arity !== args.length) return undefined;
    rules.push({ name: m[1]!, fn: m[2]!, args });
  }
  return rules.length > 0 ? rules : undefined;
}

/** Large integers leave the host as exact JSON; the YAML expectation holds doubles. */
function plain(v: unknown): unknown {
  if (v instanceof ArrayBuffer) return JSON.parse(new TextDecoder().decode(v));
  return v;
}

function decodeExpected(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeExpected);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['set!'])) return (o['set!'] as unknown[]).map(decodeExpected);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeExpected(x)]));
  }
  return v;
}

const files = existsSync(ROOT) ? fg.sync('**/*.yaml', { cwd: ROOT }).sort() : [];
const selected: [string, Case, Rule[]][] = [];
for (const f of files) {
  for (const c of (parse(readFileSync(join(ROOT, f), 'utf8')) as { cases: Case[] }).cases) {
    if (c.skip || c.modules.length !== 1) continue;
    const rules = simpleRules(c.modules[0]!);
    if (rules) selected.push([`${f}#${c.note}`, c, rules]);
  }
}

describe.skipIf(files.length === 0)('regorus builtin cases on host builtins (corpus: ../shared/corpora; skipped when absent)', () => {
  it('finds cases to run', () => {
    expect(selected.length).toBeGreaterThan(0);
  });

  it.each(selected)('%s', (id, c, rules) => {
    if (KNOWN[id]) return;
    const host = hostBuiltins({ strict: c.strict ?? true });
    const evaluate = (): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const r of rules) {
        const v = plain(host[r.fn]!(...r.args));
        if (v !== undefined) out[r.name] = v;
      }
      return out;
    };
    if (c.error !== undefined) {
      expect(evaluate).toThrow(/eval_(builtin|type)_error/);
      return;
    }
    const got = evaluate();
    const path = c.query.replace(/^data\.test\.?/, '');
    const value = path === '' ? got : got[path];
    if (c.no_result) expect(value).toBeUndefined();
    else expect(value).toEqual(decodeExpected(c.want_result));
  });
});
