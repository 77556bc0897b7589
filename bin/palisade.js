#!/usr/bin/env node
// The `palisade` command: a thin shim over the CLI. It runs the tsc build (dist/) when there is
// one — a developer's built clone, or the npm package — and otherwise the committed bundle lib/
// (a fresh clone, a git install such as the pre-commit hook's), which needs no build.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli/main.js', import.meta.url);
const { main } = await import(existsSync(built) ? built.href : new URL('../lib/cli.js', import.meta.url).href);

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
