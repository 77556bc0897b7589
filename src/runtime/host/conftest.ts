// conftest's builtins, part of Palisade's conftest compatibility: `parse_config(parser, text)`,
// `parse_config_file(path)` and `parse_combined_config_files(paths)`. Formats are in
// conftest-formats.ts. The file-reading two need the run to provide file access (HostContext
// `files`; `palisade test` does): host builtins do no I/O of their own. As in conftest, a
// relative path is resolved against the directory of the policy file being run (for
// `palisade test`: the test's file).

import type { HostContext } from './context.js';
import { CONFTEST_PARSERS, parserForPath } from './conftest-formats.js';
import { arr, fail, str } from './errors.js';
import type { Value } from './values.js';

function parse(parser: string, text: string): Value {
  const fn = Object.prototype.hasOwnProperty.call(CONFTEST_PARSERS, parser) ? CONFTEST_PARSERS[parser] : undefined;
  if (!fn) fail(`unknown parser: ${parser} (Palisade reads ${Object.keys(CONFTEST_PARSERS).join(', ')})`);
  return fn!(text);
}

function readConfig(ctx: HostContext, name: string, path: string): { path: string; value: Value } {
  if (!ctx.files) return fail(`${name} reads files, which only \`palisade test\` provides`);
  const { path: full, text } = ctx.files.read(path);
  return { path: full, value: parse(parserForPath(full), text) };
}

export function conftestBuiltins(ctx: HostContext): Record<string, (...args: Value[]) => unknown> {
  return {
    parse_config: (parser, text) => parse(str(parser, 1), str(text, 2)),
    parse_config_file: (path) => readConfig(ctx, 'parse_config_file', str(path, 1)).value,
    // conftest's CombineConfigurations: [{path, contents}] sorted by path, one entry per document.
    parse_combined_config_files: (paths) => {
      const entries = arr(paths, 1).flatMap((p) => {
        const { path, value } = readConfig(ctx, 'parse_combined_config_files', str(p, 1));
        return (Array.isArray(value) ? value : [value]).map((contents) => ({ path, contents }));
      });
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
