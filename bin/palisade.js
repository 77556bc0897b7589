#!/usr/bin/env node
// The `palisade` command: a thin shim over the CLI. It runs the committed single-file bundle lib/
// (about a third less start-up than the tsc build's hundred modules, which a pre-commit hook pays
// on every commit) unless a newer tsc build of the sources exists:
// - an installed package has no src/, so nothing in it can be newer than its lib/;
// - a checkout (a developer's, a git install such as the pre-commit hook's) runs dist/ only when it
//   was built after lib/ was last written: a build of local edits is then what runs, while a fresh
//   clone, a pull that brought a regenerated lib/, or `npm run bundle` run lib/.
import { existsSync, statSync } from 'node:fs';

const at = (path) => new URL(path, import.meta.url);
const mtime = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return -1;
  }
};
const lib = at('../lib/cli.js');
const dist = at('../dist/src/cli/main.js');
const useDist = existsSync(at('../src')) ? mtime(dist) > mtime(lib) : mtime(lib) < 0;
const { main } = await import((useDist ? dist : lib).href);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // main() reports its own errors; reaching here is a bug.
    console.error(`palisade: internal error: ${err && err.stack ? err.stack : err}\nThis is a bug in Palisade: please report it.`);
    process.exitCode = 3;
  },
);
