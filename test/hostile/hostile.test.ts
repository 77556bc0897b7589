// The hostile-input suite (issue 11): every case in cases.ts, run through the real command, must
// end with exit < 3 within a generous bound, report the hostile file in the house format, still
// report the good file beside it, read nothing outside the root, and let no workflow command or
// escape sequence from file content into any output. Large cases run under `npm run hostile`.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from './cases.js';
import { diagnosticFor, GOOD_FILE, injected, OUTSIDE_SECRET, runPalisade, sandbox } from './harness.js';

const ALL = process.env['npm_lifecycle_event'] === 'hostile' || process.env['PALISADE_HOSTILE'] === 'all';
const BOUND_MS = ALL ? 300_000 : 60_000;
/** action.yml's defaults, as the runner passes them. */
const ACTION_DEFAULTS = { INPUT_PATHS: '.', 'INPUT_CHANGED-ONLY': 'false', INPUT_BUILTIN: 'true', INPUT_ANNOTATIONS: 'true' };

describe('hostile inputs', () => {
  for (const c of CASES) {
    const skip = (c.large && !ALL) || c.skip?.() !== undefined;
    it.skipIf(skip)(`${c.cls}: ${c.name}`, { timeout: BOUND_MS + 30_000 }, async () => {
      const s = sandbox();
      const setup = c.setup(s);
      writeFileSync(join(s.home, 'output.txt'), '');
      const r = await runPalisade(s, {
        args: setup.args ?? ['scan', '.', '--no-color'],
        cwd: s.root,
        action: setup.action !== undefined,
        env: setup.action
          ? { GITHUB_WORKSPACE: s.root, GITHUB_STEP_SUMMARY: join(s.home, 'summary.md'), GITHUB_OUTPUT: join(s.home, 'output.txt'), ...ACTION_DEFAULTS, ...Object.fromEntries(Object.entries(setup.action).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) }
          : undefined,
        timeoutMs: BOUND_MS,
      });
      const all = `${r.out}\n${r.err}`;
      const report = `exit ${r.code} signal ${r.signal} in ${r.ms} ms\n--- stdout\n${r.out.slice(0, 3000)}\n--- stderr\n${r.err.slice(0, 3000)}`;
      expect(r.timedOut, `hung past ${BOUND_MS} ms\n${report}`).toBe(false);
      expect(r.signal, report).toBeNull();
      expect(r.code, report).toBeLessThan(3);
      if (setup.expect.exit) expect(setup.expect.exit, report).toContain(r.code);
      expect(all.includes(OUTSIDE_SECRET), `read outside the root\n${report}`).toBe(false);
      const annotations = setup.action !== undefined || (setup.args ?? []).includes('github');
      expect(injected(r.out, { annotations }), `injected into stdout\n${report}`).toEqual([]);
      expect(injected(r.err, { annotations: setup.action !== undefined }), `injected into stderr\n${report}`).toEqual([]);
      const summary = join(s.home, 'summary.md');
      if (existsSync(summary)) expect(readFileSync(summary, 'utf8')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      if (setup.expect.diag) expect(diagnosticFor(all, setup.expect.diag.file, setup.expect.diag), `no diagnostic for ${setup.expect.diag.file}\n${report}`).toBe(true);
      if (setup.expect.good !== false) expect(all.includes(GOOD_FILE), `the good file was not reported\n${report}`).toBe(true);
      const extra = setup.expect.check?.(r.out, r.err, s);
      expect(extra, report).toBeUndefined();
    });
  }
});
