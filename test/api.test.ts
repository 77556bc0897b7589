// The package-root API as DESIGN.md specifies it: compile() → {wasm, entrypoints, annotations},
// loadable by the stock opa-wasm SDK; compile errors carry {file, line, col, code, message}.

import opa from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { compile, hostBuiltins, PalisadeError } from '../src/index.js';

const policy = `# METADATA
# title: Example
# custom:
#   severity: high
package example

# METADATA
# description: only admins
default allow := false

allow if input.role == "admin"

deny contains msg if {
  some c in input.containers
  c.privileged
  msg := sprintf("container %q is privileged", [c.name])
}
`;

describe('compile()', () => {
  it('produces a module opa-wasm loads, with entrypoints and annotations', async () => {
    const out = await compile([{ path: 'example.rego', source: policy }], { entrypoints: ['example/allow', 'data.example.deny'] });
    expect(out.entrypoints).toEqual({ 'example/allow': 0, 'example/deny': 1 });
    expect(out.annotations.map((a) => [a.path, a.title ?? a.description, a.line])).toEqual([
      ['data.example', 'Example', 1],
      ['data.example.allow', 'only admins', 7],
    ]);
    const p = await opa.loadPolicy(out.wasm);
    expect(p.evaluate({ role: 'admin' }, 'example/allow')).toEqual([{ result: true }]);
    expect(p.evaluate({ role: 'dev' }, 'example/allow')).toEqual([{ result: false }]);
    // Builtins that run on the host side (sprintf here) come with Palisade: pass them to the SDK.
    const sync = opa.loadPolicySync(out.wasm, undefined, hostBuiltins({ strict: false }));
    expect(sync.evaluate({ containers: [{ name: 'a', privileged: true }, { name: 'b' }] }, 'example/deny')).toEqual([
      { result: ['container "a" is privileged'] },
    ]);
  });

  it('throws one error listing every problem with file, line, col and code', async () => {
    const bad = [
      { path: 'a.rego', source: 'package a\n\nallow if {\n  x == 1\n}\n' },
      { path: 'b.rego', source: 'package b\n\np := \n' },
    ];
    const err = await compile(bad, { entrypoints: ['a/allow'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PalisadeError);
    const diags = (err as PalisadeError).diagnostics.map((d) => ({ file: d.file, line: d.line, code: d.code }));
    expect(diags).toEqual([{ file: 'b.rego', line: expect.any(Number), code: 'rego_parse_error' }]);
    const unsafe = await compile([bad[0]!], { entrypoints: ['a/allow'] }).catch((e: unknown) => e);
    expect((unsafe as PalisadeError).diagnostics[0]).toMatchObject({ file: 'a.rego', line: 4, col: 3, code: 'rego_unsafe_var_error' });
  });
});
