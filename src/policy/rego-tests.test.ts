// The Rego test runner's print capture on the evaluating thread (the worker path is exercised
// through the CLI in src/cli/test.test.ts): each test keeps what it printed, and nothing reaches
// the console.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { runRegoTests } from './rego-tests.js';

describe('runRegoTests print capture', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps each test\'s print() lines with its result, also when it errors, and logs nothing', async () => {
    const log = vi.spyOn(console, 'log');
    const source = [
      'package p',
      'q := 1 if true',
      'q := 2 if true',
      'test_quiet if true',
      'test_loud if { print("a", 1); print(input.missing); false }',
      'test_err if { print("before"); q == 1 }',
    ].join('\n');
    const results = await runRegoTests([{ path: 'p_test.rego', source }]);
    expect(results.map((r) => [r.name, r.outcome, r.output])).toEqual([
      ['test_quiet', 'pass', undefined],
      ['test_loud', 'fail', 'a 1\n<undefined>\n'],
      ['test_err', 'error', 'before\n'],
    ]);
    expect(log).not.toHaveBeenCalled();
    // Restored after each evaluation: the runner must not leave console.log swallowed.
    expect(console.log).toBe(log);
  });
});
