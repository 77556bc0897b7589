#!/usr/bin/env node
// The `palisade` command: a thin shim over the CLI. It runs the committed single-file bundle
// lib/cli.js unless a newer tsc build of the sources exists:
// - an installed package has no src/, so nothing in it can be newer than its lib/;
// - a checkout (a developer's, a git install such as the pre-commit hook's) runs dist/ only when it
//   was built after lib/ was last written: a build of local edits is then what runs, while a fresh
//   clone, a pull that brought a regenerated lib/, or `npm run bundle` run lib/.
//
// Start-up is what a pre-commit hook pays on every commit, and most of it is V8 compiling the
// bundle's functions: so the bundle is compiled with a V8 code cache kept in the user's cache
// folder, written after a run (it then holds every function that run compiled). V8 checks the
// cache against the source and its own version and falls back to compiling when they differ.
// The cache is code: it is read only from a folder of the user's own that no one else can write.
//
// V8 first compiles a WebAssembly function with its baseline compiler and recompiles it with the
// optimising one in the background once it has run about 1.8 MB of code (its "tiering budget",
// sized for long-lived browser pages). A one-file scan makes a few policy functions that hot, and
// Node does not exit until those background compiles finish: tens of milliseconds after the scan
// is done, more than the scan itself. A hundredfold budget leaves a short run on baseline code
// (a one-file scan spends 20-40 times the default in the runtime's busiest function; at ten
// times, that function's 8-11 ms optimising compile ran, and was waited for, on every commit),
// while a large scan's hot functions still reach it early in the scan (measured: the same CPU
// time on a 20 MB plan and on 4,000 Kubernetes documents). Set before any module compiles, as
// the budget is fixed when a module is compiled; the code cache above is made under the same flags.
//
// A CommonJS script, although the package is ES modules: Node then starts it without
// initialising its ES module loader, which costs a one-file scan several milliseconds (measured
// as CPU of alternating runs). dist/, an ES module build, is imported only in a checkout.
//
// V8's young generation starts at 1 MB and only doubles after a scavenge that finds most of it
// alive, so start-up (the code cache, the policies' metadata, the first document) takes three
// scavenges in a row. Growing it eightfold instead leaves a one-file scan with two; the ceiling
// (--max-semi-space-size) is unchanged, so a large scan reaches the same size, only sooner.
const { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// Node compiles its own built-in modules from a code cache embedded in its binary, and V8 rejects
// that cache once any V8 flag differs from the build's: a built-in first loaded after the flags
// below are set is compiled from source. So the built-ins every run loads come first:
// child_process (git, and commander's subcommands) with net, streams and dgram behind it, ~18M
// fewer instructions of a one-file scan (callgrind), and crypto (finding fingerprints: ~9M
// instructions from the cache, ~34M compiled). What only some runs load (zlib, worker threads)
// is compiled then, a cost those larger runs do not notice.
require('node:child_process');
require('node:crypto');

// A budget given on the command line (node --wasm-tiering-budget=N) is left alone.
if (!process.execArgv.some((a) => /^--wasm[-_]tiering[-_]budget\b/.test(a))) v8.setFlagsFromString('--wasm-tiering-budget=180000000');
if (!process.execArgv.some((a) => /^--semi[-_]space[-_]growth[-_]factor\b/.test(a))) v8.setFlagsFromString('--semi-space-growth-factor=8');

const at = (path) => join(__dirname, path);
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};
const lib = at('../lib/cli.js');
const dist = at('../dist/src/cli/main.js');
const useDist = existsSync(at('../src')) ? mtime(dist) > mtime(lib) : mtime(lib) < 0;

/** The cache file for this bundle (its size and time in the name, so installs do not thrash one file); undefined without a home. */
function cacheFile(st) {
  try {
    // HOME is what os.homedir() reads first; node:os is loaded only without it (a millisecond).
    const home = process.env.HOME || require('node:os').homedir();
    const base = process.env.XDG_CACHE_HOME || (home && join(home, '.cache'));
    return base ? join(base, 'palisade', `cli-${process.version}-${st.size}-${Math.trunc(st.mtimeMs)}.v8cache`) : undefined;
  } catch {
    return undefined; // no home directory to speak of: run without a cache
  }
}

/** The cache's bytes when the file and its folder are the user's own and writable by no one else. */
function readCache(file) {
  const mine = (st) => (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
  let fd;
  try {
    if (!mine(statSync(dirname(file)))) return undefined;
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || !mine(st)) return undefined;
    const buf = Buffer.alloc(st.size);
    for (let n = 0, r = -1; r !== 0 && n < st.size; n += r) r = readSync(fd, buf, n, st.size - n, null);
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, file);
    // Caches of other bundles (an upgrade, another Node) would only pile up: one is kept.
    for (const old of readdirSync(dirname(file))) if (/^cli-.*\.v8cache$/.test(old) && old !== basename(file)) rmSync(join(dirname(file), old), { force: true });
  } catch {
    // A read-only home or a full disk: the next run compiles again, nothing else changes.
  }
}

/** lib/cli.js, CommonJS's module function (scripts/bundle.mjs), compiled (from the code cache when it holds) and called; its exports and a hook to run after main(). */
function loadBundle() {
  // The bundle is pure ASCII (scripts/bundle.mjs refuses to write it otherwise), so latin1 reads
  // the same string, without UTF-8 decoding: a millisecond of every run.
  const source = readFileSync(lib, 'latin1');
  const file = cacheFile(statSync(lib));
  const cachedData = file && readCache(file);
  const script = new vm.Script(source, { filename: lib, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(lib), module, lib, dirname(lib));
  const after = () => {
    if (file && (cachedData === undefined || script.cachedDataRejected)) writeCache(file, script.createCachedData());
  };
  return { main: module.exports.main, after };
}

/** main() of the dist/ build (an ES module) or of the bundle, and what to do after it. */
async function load() {
  if (!useDist) return loadBundle();
  const { pathToFileURL } = require('node:url');
  return { ...(await import(pathToFileURL(dist).href)), after: () => {} };
}

load()
  .then(({ main, after }) =>
    main(process.argv).then((code) => {
      process.exitCode = code;
      after();
    }),
  )
  .catch((err) => {
    // main() reports its own errors; reaching here is a bug.
    console.error(`palisade: internal error: ${err && err.stack ? err.stack : err}\nThis is a bug in Palisade: please report it.`);
    process.exitCode = 3;
  });
