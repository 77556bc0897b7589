// File access for conftest's file-reading builtins as `palisade test` gives it: a relative path
// resolves against the directory of the test file being run (conftest: of the policy file holding
// the call; the same whenever the call is in the test). The only place host builtins reach the
// filesystem, and only in test runs; a scan gives them none.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConfigFiles } from './context.js';
import { BuiltinError } from './errors.js';

/** Reads relative to the directory of `testFile()` (asked at each read: the running test changes). */
export function configFilesNear(testFile: () => string): ConfigFiles {
  return {
    read(path) {
      const full = join(dirname(testFile()), path);
      try {
        return { path: full, text: readFileSync(full, 'utf8') };
      } catch (e) {
        throw new BuiltinError('', `read config file ${full}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    },
  };
}
