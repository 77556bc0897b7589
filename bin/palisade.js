#!/usr/bin/env node
// The `palisade` command: a thin shim over the compiled CLI, so `npx palisade` and the
// package's `bin` entry work the same from a clone (after `npm ci`) and from an install.
import { main } from '../dist/src/cli/main.js';

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
